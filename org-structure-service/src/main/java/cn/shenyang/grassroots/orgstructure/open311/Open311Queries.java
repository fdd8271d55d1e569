package cn.shenyang.grassroots.orgstructure.open311;

import cn.shenyang.grassroots.orgstructure.orgunit.Timestamps;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleCategoryService;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleStatus;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The GeoReport v2 view of whistles: categories as services, whistles as service requests. Only
 * public facts are read (no people, no notes typed by people other than the whistle itself).
 */
@ApplicationScoped
public class Open311Queries {
    /** The specification's default: a span of 90 days or the first 1000 requests, whichever is smaller. */
    static final int DEFAULT_DAYS = 90;
    static final int LIMIT = 1000;

    public record RequestFilter(String serviceRequestIds, String serviceCodes, String statuses, String startDate,
            String endDate) {}

    @Inject
    EntityManager em;

    @Inject
    WhistleCategoryService categories;

    @Inject
    Today today;

    public List<Open311Views.Service> services() {
        return categories.all().stream().map(c -> new Open311Views.Service(c.id.toString(), c.name,
                c.description == null ? c.name : c.description, false, "realtime", "", "社区吹哨 Whistles")).toList();
    }

    public List<Open311Views.ServiceRequest> requests(RequestFilter f) {
        Where where = new Where();
        if (f.serviceRequestIds() != null) {
            where.and("w.id = any(cast(? as uuid[]))", "{" + String.join(",", ids(f.serviceRequestIds(), "service_request_id")) + "}");
        }
        if (f.serviceCodes() != null) {
            where.and("w.category_id = any(cast(? as uuid[]))", "{" + String.join(",", ids(f.serviceCodes(), "service_code")) + "}");
        }
        if (f.statuses() != null) {
            List<String> statuses = Arrays.stream(f.statuses().split(",")).map(String::strip).distinct().toList();
            for (String s : statuses) {
                if (!s.equals("open") && !s.equals("closed")) {
                    throw ProblemException.invalid("status", "'" + s + "' is not open or closed");
                }
            }
            if (statuses.size() == 1) {
                where.and(statuses.get(0).equals("closed") ? "w.status = 'CLOSED'" : "w.status <> 'CLOSED'");
            }
        }
        OffsetDateTime start = time(f.startDate(), "start_date");
        OffsetDateTime end = time(f.endDate(), "end_date");
        if (f.serviceRequestIds() == null && start == null && end == null) {
            start = today.now().minusDays(DEFAULT_DAYS);
        }
        where.andIf(start, "w.raised_at >= ?").andIf(end, "w.raised_at <= ?");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("""
                select w.id, w.status, c.name, w.category_id, w.description, d.name as agency, w.raised_at,
                       w.updated_at, w.resolve_deadline, w.address, w.latitude, w.longitude, w.photo_urls[1]
                from whistle w join whistle_category c on c.id = w.category_id
                     left join department d on d.id = w.lead_department_id""" + where.sql()
                + " order by w.raised_at desc, w.id limit " + LIMIT)).getResultList();
        List<Open311Views.ServiceRequest> found = new ArrayList<>();
        for (Object[] r : rows) {
            WhistleStatus status = WhistleStatus.valueOf((String) r[1]);
            found.add(new Open311Views.ServiceRequest(r[0].toString(), status == WhistleStatus.CLOSED ? "closed" : "open",
                    notes(status), (String) r[2], r[3].toString(), (String) r[4], (String) r[5], null, format(r[6]),
                    format(r[7]), format(r[8]), (String) r[9], null, null, (BigDecimal) r[10], (BigDecimal) r[11],
                    (String) r[12]));
        }
        return found;
    }

    /** One request, as an array of one (the specification's form); 404 when there is none. */
    public List<Open311Views.ServiceRequest> request(String id) {
        List<Open311Views.ServiceRequest> found = isUuid(id)
                ? requests(new RequestFilter(id, null, null, null, null)) : List.of();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Service request", id);
        }
        return found;
    }

    private static String notes(WhistleStatus status) {
        return switch (status) {
            case RAISED -> "Raised by the community; waiting to be dispatched";
            case DISPATCHED -> "Dispatched; waiting for the responsible department to check in";
            case IN_PROGRESS -> "The responsible department is working on it";
            case RESOLVED -> "A result was reported; waiting for the community to confirm";
            case CLOSED -> "Confirmed by the community";
            case RETURNED -> "Returned by the department; being dispatched anew";
        };
    }

    private String format(Object timestamp) {
        if (timestamp == null) {
            return null;
        }
        OffsetDateTime t = Timestamps.utc(timestamp);
        return t.atZoneSameInstant(today.zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static List<String> ids(String list, String field) {
        List<String> ids = Arrays.stream(list.split(",")).map(String::strip).toList();
        for (String id : ids) {
            if (!isUuid(id)) {
                throw ProblemException.invalid(field, "'" + id + "' is not an id of this jurisdiction");
            }
        }
        return ids;
    }

    private static boolean isUuid(String s) {
        try {
            UUID.fromString(s);
            return s.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static OffsetDateTime time(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a W3C date-time with offset, e.g. 2010-01-01T00:00:00Z");
        }
    }
}
