package cn.shenyang.grassroots.gateway.problem;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import java.time.Duration;

/** 429: the caller must wait; {@link #retryAfter()} becomes the Retry-After header. */
public class RetryLaterException extends ProblemException {
    private final Duration retryAfter;

    public RetryLaterException(String detail, Duration retryAfter) {
        super(429, "too-many-requests", "Too many requests", detail, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least 1, as Retry-After needs. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
