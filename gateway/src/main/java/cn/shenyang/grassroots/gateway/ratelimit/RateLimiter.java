package cn.shenyang.grassroots.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

/**
 * One token bucket per caller (and limit), refilled greedily over the period, kept in a bounded
 * cache so idle callers are forgotten; and the caller's use of the period summed over every gateway
 * instance ({@link SharedUsage}), so N instances do not allow N times the limit.
 */
@ApplicationScoped
public class RateLimiter {
    /** The outcome for one request: allowed or not, what is left, and how long to wait when refused. */
    public record Decision(boolean allowed, long limit, long remaining, Duration retryAfter) {}

    @Inject
    RateLimitConfig config;

    @Inject
    Clock clock;

    @Inject
    SharedUsage shared;

    private Cache<String, Bucket> buckets;
    private TimeMeter time;

    @PostConstruct
    void init() {
        buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(config.period().multipliedBy(2)).build();
        time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                java.time.Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    public boolean enabled() {
        return config.enabled();
    }

    public Decision forSubject(String subject, Collection<String> roles) {
        long limit = roles.stream().mapToLong(r -> config.roles().getOrDefault(r, config.defaultLimit())).max()
                .orElse(config.defaultLimit());
        return take("sub:" + subject, limit);
    }

    public Decision forAddress(String address) {
        return take("addr:" + address, config.anonymous());
    }

    private Decision take(String caller, long limit) {
        // the limit is part of the key, so a changed role gets a bucket of the right size
        Bucket bucket = buckets.get(caller + "|" + limit, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, config.period()).build())
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && !shared.take(caller, limit)) {
            // this instance's bucket has room, but the instances together have used the period's limit
            bucket.addTokens(1);
            long millis = config.period().toMillis();
            return new Decision(false, limit, 0, Duration.ofMillis(millis - clock.millis() % millis));
        }
        return new Decision(probe.isConsumed(), limit, probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
