package cn.shenyang.grassroots.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.DatabaseException;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hot reads answered on the event loop, on the service's own database (the JDBC URL's host, port
 * and database, the same user). Over JDBC a read of one row hands the request to a worker thread
 * and back and wakes PostgreSQL once per statement, which costs more than the read itself. Here
 * each event loop has its own connection, made on that loop, so an answer arrives on the thread
 * that sent the statement; and the statements of the loop's concurrent requests are pipelined on
 * it, so PostgreSQL answers several per wake-up. Other threads share one such connection.
 *
 * <p>For short reads only: a statement waits for those sent before it on the same connection.
 */
@ApplicationScoped
public class EventLoopReads {
    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** Connections each event loop keeps (and the other threads together). */
    @ConfigProperty(name = "grassroots.event-loop-reads.connections-per-loop", defaultValue = "1")
    int perLoop;

    /** Statements sent on a connection before the first of them is answered. */
    @ConfigProperty(name = "grassroots.event-loop-reads.pipelined", defaultValue = "16")
    int pipelined;

    private final Map<Thread, SqlClient> clients = new ConcurrentHashMap<>();
    private volatile SqlClient shared;

    /**
     * Runs {@code sql} (a {@link Where}'s clause and its {@code ?n} placeholders) and reads each row.
     * A failure of the database or of the connection arrives as the {@link SQLException} JDBC would
     * have given, with its SQL state, so it answers as any other database failure does.
     */
    public <T> Uni<List<T>> rows(Where where, String sql, Function<Row, T> reader) {
        Uni<RowSet<Row>> rows = Uni.createFrom().completionStage(() -> client().preparedQuery(where.numbered(sql))
                .execute(Tuple.from(where.values())).toCompletionStage());
        return rows.onFailure().transform(EventLoopReads::asSqlException).map(found -> {
            List<T> read = new ArrayList<>(found.size());
            for (Row row : found) {
                read.add(reader.apply(row));
            }
            return read;
        });
    }

    /** PostgreSQL's error with its SQL state; a connection refused, lost or not had in time as class 08. */
    static SQLException asSqlException(Throwable failure) {
        if (failure instanceof DatabaseException e) {
            return new SQLException(e.getMessage(), e.getSqlState(), failure);
        }
        return new SQLException("The database connection failed: " + failure.getMessage(), "08006", failure);
    }

    /** The calling event loop's own client, made on that loop; other threads share one. */
    private SqlClient client() {
        // the thread, not the context: a worker thread running a blocking request carries its event loop's context
        Thread loop = Context.isOnEventLoopThread() ? Thread.currentThread() : null;
        SqlClient client = loop == null ? shared : clients.get(loop);
        if (client == null) {
            synchronized (this) {
                client = loop == null ? shared : clients.get(loop);
                if (client == null) {
                    client = PgBuilder.client()
                            .with(new PoolOptions().setMaxSize(perLoop).setConnectionTimeout(5)
                                    .setConnectionTimeoutUnit(TimeUnit.SECONDS))
                            .connectingTo(options()).using(vertx).build();
                    if (loop == null) {
                        shared = client;
                    } else {
                        clients.put(loop, client);
                    }
                }
            }
        }
        return client;
    }

    private PgConnectOptions options() {
        PgConnectOptions options = PgConnectOptions.fromUri(jdbcUrl.replaceFirst("^jdbc:", ""))
                .setCachePreparedStatements(true).setPipeliningLimit(pipelined);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options;
    }

    @PreDestroy
    synchronized void close() {
        clients.values().forEach(SqlClient::close);
        if (shared != null) {
            shared.close();
        }
    }
}
