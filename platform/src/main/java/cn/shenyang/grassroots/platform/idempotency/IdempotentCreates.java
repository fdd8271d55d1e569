package cn.shenyang.grassroots.platform.idempotency;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes a create safe to retry: the first response to an {@code Idempotency-Key} is stored in the
 * same transaction as the thing it created, and a retry with the same key and body gets that
 * response again. The key row is claimed first, so a concurrent duplicate waits for the first
 * transaction and then replays instead of creating twice.
 */
@ApplicationScoped
public class IdempotentCreates {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    /** What a create produced: where it lives, what to answer, and its ETag. */
    public record Created<V>(URI location, V body, String etag) {
        /** Created at {@code path/id} under the API's base URI, with the ETag of {@code version}. */
        public static <V> Created<V> at(UriInfo uri, String path, UUID id, V body, long version) {
            return new Created<>(uri.getBaseUriBuilder().path(path).path(id.toString()).build(), body,
                    Versions.etag(version));
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public <V> Response create(String key, String scope, Object request, Supplier<Created<V>> action) {
        if (key == null) {
            return answer(action.get());
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (scope, idem_key, request_hash, created_at)
                values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, hash);
        }
        Created<V> created = action.get();
        em.createNativeQuery("""
                update idempotency_key set status = 201, location = ?3, etag = ?4, body = ?5
                where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .setParameter(3, created.location().toString())
                .setParameter(4, created.etag())
                .setParameter(5, write(created.body()))
                .executeUpdate();
        return answer(created);
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, location, etag, body from idempotency_key
                where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable("Idempotency-Key '" + key
                    + "' was already used with a different request body; use a new key for a new request", null);
        }
        Response.ResponseBuilder r = Response.status(((Number) row[1]).intValue())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(row[4])
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            r.location(URI.create((String) row[2]));
        }
        if (row[3] != null) {
            r.header(HttpHeaders.ETAG, row[3]);
        }
        return r.build();
    }

    private static <V> Response answer(Created<V> created) {
        return Response.created(created.location())
                .header(HttpHeaders.ETAG, created.etag())
                .entity(created.body())
                .build();
    }

    /** Keys are kept a day: long enough for any client retry loop, short enough to stay small. */
    @Scheduled(every = "1h", delayed = "5m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("delete from idempotency_key where created_at < now() - interval '24 hours'")
                .executeUpdate();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }

    private String write(Object body) {
        try {
            return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store response", e);
        }
    }
}
