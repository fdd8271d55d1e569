package cn.shenyang.grassroots.gateway.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One downstream answer of a view: its body, or why it is missing. A failure never fails the view. */
record Fetched(String part, String service, JsonNode body, Missing missing) {

    /** Starts the call; its failure becomes a {@link Missing} (the fallback of every client bean's call). */
    static Uni<Fetched> of(String part, String service, Uni<JsonNode> call) {
        return call.map(body -> new Fetched(part, service, body, null))
                .onFailure().recoverWithItem(e -> new Fetched(part, service, null, Missing.of(part, service, e)));
    }

    /**
     * One section of a service's combined answer, as if fetched on its own: missing for the same
     * reason as the call, or as FORBIDDEN when the service withheld it from the caller's role.
     */
    Fetched section(String sectionPart, String field) {
        if (body == null) {
            return new Fetched(sectionPart, service, null,
                    new Missing(sectionPart, service, missing.reason(), missing.detail()));
        }
        JsonNode section = body.path(field);
        if (!section.isMissingNode() && !section.isNull()) {
            return new Fetched(sectionPart, service, section, null);
        }
        boolean withheld = false;
        for (JsonNode name : body.path("withheld")) {
            withheld |= name.asText().equals(field);
        }
        return new Fetched(sectionPart, service, null, withheld
                ? new Missing(sectionPart, service, Missing.Reason.FORBIDDEN, service + " withholds " + field + " from your role")
                : new Missing(sectionPart, service, Missing.Reason.FAILED, service + " answered without " + field));
    }

    /** The section built from the body, or null when the part is missing. */
    <T> T map(Function<JsonNode, T> section) {
        return body == null ? null : section.apply(body);
    }

    boolean notFound() {
        return missing != null && missing.reason() == Missing.Reason.NOT_FOUND;
    }

    static List<Missing> missing(List<Fetched> all) {
        return all.stream().map(Fetched::missing).filter(Objects::nonNull).toList();
    }
}
