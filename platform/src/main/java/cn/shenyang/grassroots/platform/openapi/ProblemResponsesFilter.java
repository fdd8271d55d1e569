package cn.shenyang.grassroots.platform.openapi;

import cn.shenyang.grassroots.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every operation documents the errors it can answer as problem+json, so generated clients can
 * decode them: a 400 on every operation, 415 on every one that takes a body, 412 and 428 where it
 * takes If-Match, 422 where it takes an Idempotency-Key, and any 4xx/5xx a resource declared gets
 * the Problem schema. Runs when the service is built, so starting it does not redo the work.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/" + Problem.class.getSimpleName();

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("The request is malformed or invalid"));
        }
        if (takesHeader(operation, "If-Match")) {
            addIfAbsent(responses, "412", "If-Match does not match the current ETag: read the resource again");
            addIfAbsent(responses, "428", "If-Match is missing: send the ETag you last read");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "415", "The body's Content-Type is missing or is not one this operation takes");
        }
        if (takesHeader(operation, "Idempotency-Key")) {
            addIfAbsent(responses, "422", "The Idempotency-Key was already used with a different request body");
        }
        addIfAbsent(responses, "503", "The database is not available at the moment (a restart); nothing was changed: "
                + "retry after Retry-After seconds");
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse()
                    .description("Unexpected failure (logged; no details are exposed)"));
        }
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            // a resource that documents its own problem type (the token endpoint's OAuthProblem) keeps it
            if ((e.getKey().startsWith("4") || e.getKey().startsWith("5")) && e.getValue().getRef() == null
                    && (e.getValue().getContent() == null || e.getValue().getContent().getMediaTypes().isEmpty()
                            || e.getValue().getContent().hasMediaType("application/json"))) {
                e.getValue().setContent(problemContent());
            }
        }
        return operation;
    }

    private static boolean takesHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // Problem is referenced by the filter, not by any Java signature, so register it here.
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                    .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details")
                    .addProperty("type", stringSchema("URI reference identifying the problem type"))
                    .addProperty("title", stringSchema("Short summary of the problem type"))
                    .addProperty("status", OASFactory.createSchema()
                            .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER))
                    .addProperty("detail", stringSchema("Explanation specific to this occurrence"))
                    .addProperty("instance", stringSchema("The request path"))
                    .addProperty("violations", OASFactory.createSchema()
                            .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema()
                                    .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                                    .addProperty("field", stringSchema("Field or parameter"))
                                    .addProperty("message", stringSchema("Why it was rejected")))));
        }
        openAPI.setServers(null);
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema stringSchema(String description) {
        return OASFactory.createSchema()
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                .description(description);
    }
}
