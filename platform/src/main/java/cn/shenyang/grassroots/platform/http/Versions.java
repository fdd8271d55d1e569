package cn.shenyang.grassroots.platform.http;

import cn.shenyang.grassroots.platform.problem.ProblemException;

/** ETag from an entity's optimistic-lock version, and the If-Match check every update makes. */
public final class Versions {
    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
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
