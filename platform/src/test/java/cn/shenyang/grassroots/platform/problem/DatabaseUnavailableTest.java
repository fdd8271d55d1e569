package cn.shenyang.grassroots.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A lost database connection, a pool with no free connection, a deadlock or a serialisation failure
 * is a 503 to retry, not a 500 to report; any other SQL failure stays a 500.
 */
class DatabaseUnavailableTest {
    @Test
    void connectionAndShutdownStatesAnywhereInTheCausesAreUnavailability() {
        assertTrue(ProblemMappers.databaseUnavailable(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(ProblemMappers.databaseUnavailable(new RuntimeException(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01")))));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("the database system is starting up", "57P03")));
        assertFalse(ProblemMappers.databaseUnavailable(new PersistenceException(new SQLException("duplicate", "23505"))));
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("no state")));
        assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("a bug")));
    }

    @Test
    void aCommitThatFailsBecausePostgresqlWentAwayIsUnavailabilityToo() {
        // as Narayana reports it: the SQL error only among the suppressed exceptions of the rollback
        var rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")));
        var failure = new RuntimeException("Error invoking subclass method", rollback);
        assertTrue(ProblemMappers.databaseUnavailable(failure));
        assertEquals(503, new ProblemMappers().unexpected(failure, null).getStatus());
        var other = new RuntimeException("rolled back");
        other.addSuppressed(new SQLException("syntax", "42601"));
        assertFalse(ProblemMappers.databaseUnavailable(other));
        var loop = new RuntimeException("suppresses what it caused");
        loop.addSuppressed(new RuntimeException(loop));
        assertFalse(ProblemMappers.databaseUnavailable(loop));
    }

    @Test
    void theAnswerIsA503ProblemWithRetryAfter() {
        var r = new ProblemMappers().unexpected(new PersistenceException(new SQLException("I/O error", "08006")), null);
        assertEquals(503, r.getStatus());
        assertEquals("1", r.getHeaderString("Retry-After"));
        assertEquals("urn:grassroots:problem:service-unavailable", ((Problem) r.getEntity()).type());
    }

    @Test
    void deadlocksAndSerialisationFailuresAreConflictsToRetry() {
        assertTrue(ProblemMappers.transactionConflict(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(ProblemMappers.transactionConflict(new SQLException("could not serialize access", "40001")));
        assertFalse(ProblemMappers.transactionConflict(new PersistenceException(new SQLException("duplicate", "23505"))));
        var r = new ProblemMappers().unexpected(new PersistenceException(new SQLException("deadlock detected", "40P01")), null);
        assertEquals(503, r.getStatus());
        assertEquals("1", r.getHeaderString("Retry-After"));
        var other = new ProblemMappers().unexpected(new PersistenceException(new SQLException("syntax", "42601")), null);
        assertEquals(500, other.getStatus());
    }

    @Test
    void aPoolWithNoFreeConnectionIsBusyNotBroken() {
        var timeout = new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));
        assertTrue(ProblemMappers.poolExhausted(timeout));
        assertFalse(ProblemMappers.poolExhausted(new PersistenceException(new SQLException("syntax", "42601"))));
        var r = new ProblemMappers().unexpected(timeout, null);
        assertEquals(503, r.getStatus());
        assertEquals("1", r.getHeaderString("Retry-After"));
        assertEquals("The service is busy; nothing was changed; try again shortly", ((Problem) r.getEntity()).detail());
    }
}
