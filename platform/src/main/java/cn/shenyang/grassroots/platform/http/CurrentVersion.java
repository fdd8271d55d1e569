package cn.shenyang.grassroots.platform.http;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import java.util.UUID;

/**
 * The current optimistic-lock version of one kind of resource, for {@link IfMatch}. Throws the same
 * 404 problem as a read when the resource does not exist or lies outside the caller's scope, so a
 * precondition never reveals what a read would hide.
 */
public interface CurrentVersion {
    long of(UUID id);

    /**
     * The version for the path parameter as sent; a resource named by something other than a UUID
     * (a year) overrides this. A value that is not a UUID is a 400 naming the parameter.
     */
    default long of(String pathValue, String pathParam) {
        UUID id;
        try {
            id = UUID.fromString(pathValue);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(pathParam, "'" + pathValue + "' is not a valid UUID");
        }
        return of(id);
    }
}
