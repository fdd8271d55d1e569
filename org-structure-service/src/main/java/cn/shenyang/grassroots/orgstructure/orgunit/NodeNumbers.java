package cn.shenyang.grassroots.orgstructure.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Node numbers (the labels of paths) in blocks: the sequence steps by {@value #BLOCK}, and each
 * value starts a block of that many numbers this process hands out without asking the database
 * again. Numbers only need to be unique; the gaps a restart leaves do no harm.
 */
@ApplicationScoped
public class NodeNumbers {
    /** The sequence's increment (migration V2). */
    public static final int BLOCK = 1024;

    @Inject
    EntityManager em;

    private long next;
    private long end;

    /** One number, for a single create. */
    public synchronized long next() {
        if (next == end) {
            next = blocks(1)[0];
            end = next + BLOCK;
        }
        return next++;
    }

    /** {@code n} fresh numbers, for a bulk write. */
    public long[] take(int n) {
        Reserved reserved = reserve(n);
        long[] numbers = new long[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = reserved.get(i);
        }
        return numbers;
    }

    /**
     * Fresh numbers for up to {@code n} units, held as the starts of their blocks: a bulk import that
     * knows only the most rows its body could hold reserves that many without an array of them.
     */
    public Reserved reserve(long n) {
        return new Reserved(blocks(Math.toIntExact((n + BLOCK - 1) / BLOCK)));
    }

    /** Numbers reserved in blocks; the i-th is computed from its block's start. */
    public record Reserved(long[] starts) {
        public long get(int i) {
            return starts[i / BLOCK] + i % BLOCK;
        }
    }

    private long[] blocks(int count) {
        @SuppressWarnings("unchecked")
        List<Number> starts = em.createNativeQuery("select nextval('org_unit_node_seq') from generate_series(1, ?1)")
                .setParameter(1, count).getResultList();
        return starts.stream().mapToLong(Number::longValue).toArray();
    }
}
