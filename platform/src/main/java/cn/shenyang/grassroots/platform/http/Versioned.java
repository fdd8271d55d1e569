package cn.shenyang.grassroots.platform.http;

/** A response view of a resource with an optimistic-lock version, answered with its ETag by {@link Versions#ok(Versioned)}. */
public interface Versioned {
    long version();
}
