package cn.shenyang.grassroots.platform.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.problem.ProblemMappers;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** A failed event-loop read answers as the same failure over JDBC would: PostgreSQL's SQL state kept, a lost connection 503. */
class EventLoopFailuresTest {
    @Test
    void postgresqlsErrorsKeepTheirSqlState() {
        assertEquals("57P01", EventLoopReads.asSqlException(
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)).getSQLState());
        assertEquals("42601", EventLoopReads.asSqlException(new PgException("syntax", "ERROR", "42601", null)).getSQLState());
    }

    @Test
    void aRefusedOrLostConnectionIsAConnectionFailure() {
        assertEquals("08006", EventLoopReads.asSqlException(ClosedConnectionException.INSTANCE).getSQLState());
        assertEquals("08006", EventLoopReads.asSqlException(new ConnectException("Connection refused")).getSQLState());
    }

    @Test
    void soTheCallerGetsA503ToRetryOrA500ForABug() {
        assertEquals(503, new ProblemMappers().unexpected(EventLoopReads.asSqlException(ClosedConnectionException.INSTANCE), null)
                .getStatus());
        assertEquals(503, new ProblemMappers().unexpected(EventLoopReads.asSqlException(
                new PgException("the database system is starting up", "FATAL", "57P03", null)), null).getStatus());
        assertEquals(500, new ProblemMappers().unexpected(EventLoopReads.asSqlException(
                new PgException("syntax", "ERROR", "42601", null)), null).getStatus());
    }
}
