package cn.shenyang.grassroots.platform.http;

import java.util.UUID;

/**
 * The current optimistic-lock version of one kind of resource, for {@link IfMatch}. Throws the same
 * 404 problem as a read when the resource does not exist or lies outside the caller's scope, so a
 * precondition never reveals what a read would hide.
 */
public interface CurrentVersion {
    long of(UUID id);
}
