package cn.shenyang.grassroots.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.sql.EventLoopReads;
import cn.shenyang.grassroots.platform.sql.Where;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventLoopReadsTest {
    enum Colour { RED }

    @Inject
    EventLoopReads reads;

    @Inject
    Vertx vertx;

    @Inject
    DataSource dataSource;

    @Test
    void valuesBindToTheirPlaceholdersOnTheServicesOwnDatabase() throws Exception {
        UUID id = UUID.randomUUID();
        Where w = new Where().and("true = ?", true);
        String colour = w.param(Colour.RED);
        String missing = w.param(null);
        String uuid = w.param(id);
        List<String> row = reads.rows(w, "select " + colour + "::text, coalesce(" + missing + "::text, 'none'), "
                + uuid + "::uuid::text, " + colour + "::text || '!', current_database() from (select 1) t" + w.sql(),
                r -> List.of(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4)))
                .await().atMost(java.time.Duration.ofSeconds(10)).get(0);
        assertEquals(List.of("RED", "none", id.toString(), "RED!"), row.subList(0, 4));
        try (Connection jdbc = dataSource.getConnection(); ResultSet r = jdbc.createStatement().executeQuery("select current_database()")) {
            r.next();
            assertEquals(r.getString(1), row.get(4), "the JDBC URL's database");
        }
    }

    @Test
    void workerThreadsShareOneConnectionWhateverTheirNumber() throws Exception {
        int workers = 8;
        CyclicBarrier together = new CyclicBarrier(workers);
        List<CompletableFuture<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Context context = vertx.getOrCreateContext();
            CompletableFuture<Integer> read = new CompletableFuture<>();
            answers.add(read);
            // a blocking request's worker thread carries an event loop's context, but is no event loop;
            // the barrier keeps all eight busy at once, so they are eight threads
            context.runOnContext(v -> context.<Integer>executeBlocking(() -> {
                together.await(10, TimeUnit.SECONDS);
                return reads.rows(new Where(), "select 1", r -> r.getInteger(0))
                        .await().atMost(java.time.Duration.ofSeconds(10)).get(0);
            }, false).onComplete(done -> {
                if (done.succeeded()) {
                    read.complete(done.result());
                } else {
                    read.completeExceptionally(done.cause());
                }
            }));
        }
        for (CompletableFuture<Integer> read : answers) {
            assertEquals(1, read.get(20, TimeUnit.SECONDS));
        }
        try (Connection jdbc = dataSource.getConnection(); ResultSet r = jdbc.createStatement().executeQuery(
                "select count(*) from pg_stat_activity where datname = current_database() and application_name = 'vertx-pg-client'")) {
            r.next();
            // one per event loop at most (Quarkus runs two per core) and one for every other thread
            assertTrue(r.getInt(1) <= Runtime.getRuntime().availableProcessors() * 2 + 1, r.getInt(1) + " connections");
        }
    }

    @Test
    void anEventLoopsReadIsAnsweredOnThatEventLoop() throws Exception {
        for (int i = 0; i < 4; i++) {
            Context context = vertx.getOrCreateContext();
            CompletableFuture<Thread[]> threads = new CompletableFuture<>();
            context.runOnContext(v -> {
                Thread sent = Thread.currentThread();
                reads.rows(new Where(), "select 1", r -> r.getInteger(0)).subscribe()
                        .with(found -> threads.complete(new Thread[] {sent, Thread.currentThread()}), threads::completeExceptionally);
            });
            Thread[] both = threads.get(10, TimeUnit.SECONDS);
            assertTrue(both[0].getName().contains("eventloop"), both[0].getName());
            assertSame(both[0], both[1], "sent on " + both[0].getName() + ", answered on " + both[1].getName());
        }
    }
}
