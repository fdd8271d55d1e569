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
        long[] starts = blocks((n + BLOCK - 1) / BLOCK);
        long[] numbers = new long[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = starts[i / BLOCK] + i % BLOCK;
        }
        return numbers;
    }

    private long[] blocks(int count) {
        @SuppressWarnings("unchecked")
        List<Number> starts = em.createNativeQuery("select nextval('org_unit_node_seq') from generate_series(1, ?1)")
                .setParameter(1, count).getResultList();
        return starts.stream().mapToLong(Number::longValue).toArray();
    }
}
