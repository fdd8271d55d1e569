package cn.shenyang.grassroots.gateway.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every gateway instance has used of each caller's limit in the current period, so that two
 * instances do not each allow the whole limit. Requests never wait for the database: each
 * instance counts in memory and, once a second, adds its new requests to PostgreSQL and reads back
 * the total — at most a second of one caller's traffic on the other instances goes uncounted.
 */
@ApplicationScoped
public class SharedUsage {
    /** One caller's use of one period on this instance: counted, and added to the shared total so far. */
    static final class Usage {
        final AtomicLong here = new AtomicLong();
        volatile long sent;
    }

    @Inject
    EntityManager em;

    @Inject
    RateLimitConfig config;

    @Inject
    Clock clock;

    private final Map<String, Usage> usage = new ConcurrentHashMap<>();
    /**
     * Every caller's use of the current period on the other instances, as of the last exchange: the
     * shared total less what this instance had sent, worked out together and published at once, so
     * a request never sets a new "sent" against an old total (which let a caller through twice).
     */
    private volatile Map<String, Long> elsewhere = Map.of();

    /** Counts one request of {@code caller}; false if all instances together have used the limit. */
    public boolean take(String caller, long limit) {
        String key = window() + "|" + caller;
        Usage u = usage.computeIfAbsent(key, k -> new Usage());
        long here = u.here.incrementAndGet();
        if (here + elsewhere.getOrDefault(key, 0L) > limit) {
            u.here.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Adds this instance's new requests to the shared counts and learns the others'. */
    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void exchange() {
        long current = window();
        usage.keySet().removeIf(k -> Long.parseLong(k.substring(0, k.indexOf('|'))) < current);
        List<Map.Entry<String, Usage>> changed = new ArrayList<>();
        for (Map.Entry<String, Usage> e : usage.entrySet()) {
            if (e.getValue().here.get() != e.getValue().sent) {
                changed.add(e);
            }
        }
        for (Map.Entry<String, Usage> e : changed) {
            Usage u = e.getValue();
            long here = u.here.get();
            em.createNativeQuery("""
                    insert into rate_usage (key, used, expires_at) values (?1, ?2, ?3)
                    on conflict (key) do update set used = rate_usage.used + excluded.used""")
                    .setParameter(1, e.getKey()).setParameter(2, here - u.sent)
                    .setParameter(3, Instant.ofEpochMilli((current + 2) * config.period().toMillis()).atOffset(ZoneOffset.UTC))
                    .executeUpdate();
            u.sent = here;
        }
        // every caller active anywhere this period, so a caller new to this instance is limited at once
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key, used from rate_usage where key like ?1")
                .setParameter(1, current + "|%").getResultList();
        Map<String, Long> others = new java.util.HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            Usage u = usage.get((String) r[0]);
            others.put((String) r[0], Math.max(0, ((Number) r[1]).longValue() - (u == null ? 0 : u.sent)));
        }
        elsewhere = others;
        em.createNativeQuery("delete from rate_usage where expires_at < ?1")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** The number of the current period since the epoch. */
    private long window() {
        return clock.millis() / config.period().toMillis();
    }
}
