package cn.shenyang.grassroots.gateway.openapi;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.OpenApiConfig;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Serves one document at {@code /q/openapi}: the gateway's own endpoints plus every routed
 * service's, from the documents {@link ServiceDocuments} last fetched, and the services that are
 * down listed in {@code x-missing-services}. Runs per request so the document follows the services.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class MergedDocumentFilter implements OASFilter {
    public static final String MISSING = "x-missing-services";
    /** Defined once in platform and identical in every document; the gateway's copy is kept. */
    private static final Set<String> SHARED_SCHEMAS = Set.of("Problem", "Violation");

    /** What the previous run added, so a model that is reused between requests can be reset first. */
    private static volatile Set<String> addedPaths = Set.of();
    private static volatile Set<String> addedSchemas = Set.of();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        ServiceDocuments documents = Arc.container().instance(ServiceDocuments.class).get();
        ServiceDocuments.Snapshot snapshot = documents.current();
        if (api.getPaths() == null) {
            api.setPaths(OASFactory.createPaths());
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        addedPaths.forEach(api.getPaths()::removePathItem);
        if (api.getComponents().getSchemas() != null) {
            addedSchemas.forEach(api.getComponents()::removeSchema);
        }

        Set<String> ownSchemas = api.getComponents().getSchemas() == null ? Set.of()
                : new HashSet<>(api.getComponents().getSchemas().keySet());
        Set<String> ownOperations = new HashSet<>();
        if (api.getPaths().getPathItems() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                for (Operation op : item.getOperations().values()) {
                    if (op.getOperationId() != null) {
                        ownOperations.add(op.getOperationId());
                    }
                }
            }
        }
        var fragment = DocumentMerge.merge(snapshot.documents(), documents.prefixes(), ownSchemas, SHARED_SCHEMAS,
                ownOperations);
        OpenAPI services = OpenApiParser.parse(
                new ByteArrayInputStream(fragment.toString().getBytes(StandardCharsets.UTF_8)), Format.JSON,
                OpenApiConfig.fromConfig(ConfigProvider.getConfig()));

        Set<String> paths = new LinkedHashSet<>();
        if (services.getPaths() != null && services.getPaths().getPathItems() != null) {
            services.getPaths().getPathItems().forEach((path, item) -> {
                api.getPaths().addPathItem(path, item);
                paths.add(path);
            });
        }
        Set<String> schemas = new LinkedHashSet<>();
        if (services.getComponents() != null && services.getComponents().getSchemas() != null) {
            for (Map.Entry<String, org.eclipse.microprofile.openapi.models.media.Schema> s
                    : services.getComponents().getSchemas().entrySet()) {
                api.getComponents().addSchema(s.getKey(), s.getValue());
                schemas.add(s.getKey());
            }
        }
        if (services.getTags() != null) {
            for (Tag tag : services.getTags()) {
                if (api.getTags() == null || api.getTags().stream().noneMatch(t -> t.getName().equals(tag.getName()))) {
                    api.addTag(tag);
                }
            }
        }
        addedPaths = paths;
        addedSchemas = schemas;
        api.setServers(null);
        List<String> missing = snapshot.missing();
        if (missing.isEmpty()) {
            api.removeExtension(MISSING);
        } else {
            api.addExtension(MISSING, List.copyOf(missing));
        }
    }
}
