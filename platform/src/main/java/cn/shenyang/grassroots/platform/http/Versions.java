package cn.shenyang.grassroots.platform.http;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** ETag from an entity's optimistic-lock version, and the If-Match check every update makes. */
public final class Versions {
    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with {@code body} and the ETag of {@code version}: what every read and update of a versioned resource answers. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, etag(version)).build();
    }

    /** 200 with the view and the ETag of the version it shows. */
    public static Response ok(Versioned view) {
        return ok(view, view.version());
    }

    /**
     * 428 when the caller sent no If-Match, 412 when none of its tags is the current version.
     * {@code *} matches any existing resource.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag you last read, so concurrent edits are not lost");
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(
                "The resource has changed since you read it (current ETag " + current + "); read it again");
    }
}
