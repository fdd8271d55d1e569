package cn.shenyang.grassroots.volunteer.support;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts what Hibernate sends to PostgreSQL while a block runs (JDBC statements prepared,
 * flushes, transactions), from its statistics, switched on only for the block.
 */
public final class SqlCounter {
    private SqlCounter() {}

    /** What one block of work cost. */
    public record Counts(long statements, long flushes, long transactions, long entitiesLoaded) {}

    public static Counts count(Runnable block) {
        Statistics stats = Arc.container().instance(SessionFactory.class).get().getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        try {
            block.run();
            return new Counts(stats.getPrepareStatementCount(), stats.getFlushCount(), stats.getTransactionCount(),
                    stats.getEntityLoadCount());
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }
}
