package cn.shenyang.grassroots.orgstructure.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Fresh planner statistics for the tables a bulk write changed by more than autovacuum waits for,
 * gathered once the write has committed: ANALYZE of the country's units costs 0.3 s, which the caller
 * need not wait for. Until it has run the planner still knows the sizes of tables whose indexes were rebuilt.
 */
@ApplicationScoped
public class TableStatistics {
    private static final Logger LOG = Logger.getLogger(TableStatistics.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DataSource dataSource;

    /** Analyzes the units and their roll-ups after the current transaction commits (nothing if it rolls back). */
    public void refreshAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // statistics describe committed rows only
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    CompletableFuture.runAsync(TableStatistics.this::analyze);
                }
            }
        });
    }

    private void analyze() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze org_unit, org_unit_rollup");
        } catch (SQLException e) {
            // autovacuum gathers them within its next round
            LOG.warnf("Statistics of the org units not refreshed after a bulk write: %s", e.getMessage());
        }
    }
}
