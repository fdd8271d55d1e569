package cn.shenyang.grassroots.gateway.openapi;

import cn.shenyang.grassroots.platform.openapi.DocumentConventions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.OpenApiConfig;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Serves one document at {@code /q/openapi}: the gateway's own endpoints plus every routed
 * service's, from the documents {@link ServiceDocuments} last fetched, finished by
 * {@link PublishedDocument} and {@link DocumentConventions}; the services that are down are listed
 * in {@code x-missing-services}. Runs per request so the document follows the services.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class MergedDocumentFilter implements OASFilter {
    public static final String MISSING = "x-missing-services";
    /** Defined once in platform and identical in every document; the gateway's copy is kept. */
    private static final Set<String> SHARED_SCHEMAS = Set.of("Problem", "Violation");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The gateway's own document as built, before any merge changed the model. */
    private static volatile ObjectNode own;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        ServiceDocuments documents = Arc.container().instance(ServiceDocuments.class).get();
        OpenApiMergeConfig config = Arc.container().instance(OpenApiMergeConfig.class).get();
        ServiceDocuments.Snapshot snapshot = documents.current();
        if (own == null) {
            own = DocumentConventions.apply(toJson(api));
        }
        Map<String, JsonNode> services = new LinkedHashMap<>();
        snapshot.documents().forEach((name, doc) -> {
            if (doc instanceof ObjectNode document) {
                services.put(name, DocumentConventions.apply(document.deepCopy()));
            }
        });
        ObjectNode merged = DocumentMerge.merge(own, services, documents.prefixes(), SHARED_SCHEMAS);
        PublishedDocument.finish(merged, config.baseUrl());
        DocumentConventions.apply(merged);
        List<String> missing = snapshot.missing();
        if (!missing.isEmpty()) {
            merged.putPOJO(MISSING, List.copyOf(missing));
        }
        replace(api, OpenApiParser.parse(new ByteArrayInputStream(merged.toString().getBytes(StandardCharsets.UTF_8)),
                Format.JSON, OpenApiConfig.fromConfig(ConfigProvider.getConfig())));
    }

    private static ObjectNode toJson(OpenAPI api) {
        try {
            return (ObjectNode) JSON.readTree(OpenApiSerializer.serialize(api, Format.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(OpenAPI api, OpenAPI published) {
        api.setInfo(published.getInfo());
        api.setServers(published.getServers());
        api.setSecurity(published.getSecurity());
        api.setTags(published.getTags());
        api.setPaths(published.getPaths());
        api.setComponents(published.getComponents());
        api.setExtensions(published.getExtensions());
    }
}
