package cn.shenyang.grassroots.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body; every error the suite answers has this shape. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI reference identifying the problem type") String type,
        @Schema(description = "Short, human-readable summary of the problem type") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "The request path that produced the problem") String instance,
        @Schema(description = "Field-level violations, for validation problems") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected input: where it is ({@code field}, a JSON path or parameter name) and why. */
    @Schema(name = "Violation")
    public record Violation(String field, String message) {}
}
