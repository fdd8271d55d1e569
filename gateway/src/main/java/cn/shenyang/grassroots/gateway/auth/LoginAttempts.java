package cn.shenyang.grassroots.gateway.auth;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per account and per client address in a sliding window: after too many, that
 * account or address is refused (even with the right password) until the oldest failure leaves
 * the window. Kept in memory: a restart or a second gateway instance starts counting afresh, which
 * still bounds guessing to a few attempts per minute per instance.
 */
@ApplicationScoped
public class LoginAttempts {
    @Inject
    AuthConfig config;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** How long the caller must wait, when the account or the address is locked. */
    public Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock.instant();
        Duration a = waitFor("account:" + account.toLowerCase(), config.maxFailuresPerAccount(), now);
        Duration b = waitFor("address:" + address, config.maxFailuresPerAddress(), now);
        Duration longest = a.compareTo(b) >= 0 ? a : b;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        record("account:" + account.toLowerCase(), now);
        record("address:" + address, now);
    }

    /** A successful login clears the account's failures; the address keeps its count. */
    public void succeeded(String account) {
        failures.remove("account:" + account.toLowerCase());
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            prune(times, now);
        }
    }

    private Duration waitFor(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            // the lock lifts when enough failures have left the window to get below the limit
            Instant release = times.stream().skip(times.size() - max).findFirst().orElseThrow()
                    .plus(config.failureWindow());
            return Duration.between(now, release);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(config.failureWindow());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    /** Forgets keys whose failures have all left the window, so memory stays bounded. */
    @Scheduled(every = "5m", delayed = "5m")
    void purge() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }
}
