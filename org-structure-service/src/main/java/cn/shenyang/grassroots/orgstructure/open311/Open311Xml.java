package cn.shenyang.grassroots.orgstructure.open311;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The GeoReport v2 XML documents: {@code <services><service>…} and {@code <service_requests><request>…},
 * the same fields in the same order as the JSON form, an absent value as an empty element as in the
 * specification's examples, UTF-8 with the XML declaration the specification requires.
 */
final class Open311Xml {
    static final String MEDIA_TYPE = "text/xml; charset=utf-8";

    private Open311Xml() {}

    static String services(List<Open311Views.Service> services) {
        return document("services", w -> {
            for (Open311Views.Service s : services) {
                w.writeStartElement("service");
                element(w, "service_code", s.serviceCode());
                element(w, "service_name", s.serviceName());
                element(w, "description", s.description());
                element(w, "metadata", s.metadata());
                element(w, "type", s.type());
                element(w, "keywords", s.keywords());
                element(w, "group", s.group());
                w.writeEndElement();
            }
        });
    }

    static String requests(List<Open311Views.ServiceRequest> requests) {
        return document("service_requests", w -> {
            for (Open311Views.ServiceRequest r : requests) {
                w.writeStartElement("request");
                element(w, "service_request_id", r.serviceRequestId());
                element(w, "status", r.status());
                element(w, "status_notes", r.statusNotes());
                element(w, "service_name", r.serviceName());
                element(w, "service_code", r.serviceCode());
                element(w, "description", r.description());
                element(w, "agency_responsible", r.agencyResponsible());
                element(w, "service_notice", r.serviceNotice());
                element(w, "requested_datetime", r.requestedDatetime());
                element(w, "updated_datetime", r.updatedDatetime());
                element(w, "expected_datetime", r.expectedDatetime());
                element(w, "address", r.address());
                element(w, "address_id", r.addressId());
                element(w, "zipcode", r.zipcode());
                element(w, "lat", r.lat() == null ? null : r.lat().toPlainString());
                element(w, "long", r.longitude() == null ? null : r.longitude().toPlainString());
                element(w, "media_url", r.mediaUrl());
                w.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String document(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            w.writeStartElement(root);
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the GeoReport XML document", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        w.writeStartElement(name);
        if (value != null) {
            w.writeCharacters(xmlChars(value.toString()));
        }
        w.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters even escaped; a ledger imported from elsewhere might hold one. */
    private static String xmlChars(String s) {
        return s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
