package cn.shenyang.grassroots.platform.strict;

/**
 * Paths whose bodies must reach their handler as a stream (the gateway's proxied routes): their
 * size is checked from Content-Length only, never by reading the body first.
 */
public interface StreamedBodies {
    boolean streams(String path);
}
