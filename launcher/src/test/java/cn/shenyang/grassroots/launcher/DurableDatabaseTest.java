package cn.shenyang.grassroots.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** ./suite's PostgreSQL keeps what it acknowledged: the embedded test defaults are overridden. */
class DurableDatabaseTest {

    @Test
    void theSuitesDatabaseFlushesEveryCommit() throws Exception {
        Path data = Files.createTempDirectory("suite-pgdata");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (EmbeddedPostgres pg = SuiteLauncher.durable(data, port).start();
                Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            assertEquals("on", show(st, "fsync"));
            assertEquals("on", show(st, "synchronous_commit"));
            assertEquals("on", show(st, "full_page_writes"));
            assertEquals("64MB", show(st, "shared_buffers"));
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String show(Statement st, String setting) throws Exception {
        try (ResultSet rs = st.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
