package cn.shenyang.grassroots.platform.it;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.sql.EventLoopReads;
import cn.shenyang.grassroots.platform.sql.Where;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A small resource that uses every cross-cutting piece, so the platform is tested as a service uses it. */
@Path("/api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notes")
@RolesAllowed({Roles.ADMIN, Roles.VIEWER})
public class NoteResource {
    public record NoteRequest(@NotBlank @Size(max = 200) String text, @Valid Detail detail, List<@Valid Detail> more) {}

    public record Detail(@Size(max = 50) String label, Map<String, String> tags) {}

    public record NoteView(UUID id, String text, long version, java.time.OffsetDateTime createdAt) implements Versioned {
        static NoteView of(Note n) {
            return new NoteView(n.id, n.text, n.version, n.createdAt);
        }
    }

    @Inject
    Notes notes;

    @Inject
    EventLoopReads reads;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createNote")
    public Response create(@HeaderParam(IdempotentCreates.HEADER) String key, @Valid @NotNull NoteRequest request,
            @Context UriInfo uri) {
        return idempotent.create(key, caller.name() + " POST notes", request, () -> {
            Note n = notes.create(request.text());
            return IdempotentCreates.Created.at(uri, "api/v1/notes", n.id, NoteView.of(n), n.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNote")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(NoteView.of(notes.require(id)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @IfMatch(Notes.class)
    @Operation(operationId = "updateNote")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NoteRequest request) {
        return Versions.ok(NoteView.of(notes.update(id, ifMatch, request.text())));
    }

    @GET
    @Path("/{id}/text")
    @Operation(operationId = "getNoteText")
    public Uni<String> text(@PathParam("id") UUID id) {
        Where w = new Where().and("id = ?", id);
        return reads.rows(w, "select text from note" + w.sql(), r -> r.getString(0)).map(found -> {
            if (found.isEmpty()) {
                throw ProblemException.notFound("Note", id);
            }
            return found.get(0);
        });
    }

    @GET
    @Operation(operationId = "listNotes")
    public Page<NoteView> list(@QueryParam("q") String q, @QueryParam("since") java.time.LocalDate since,
            @Valid @BeanParam PageRequest page) {
        return notes.list(q, since, page).map(NoteView::of);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importNotes")
    public Map<String, Long> importCsv(InputStream csv) throws IOException {
        long bytes = 0;
        byte[] buffer = new byte[65536];
        for (int n; (n = csv.read(buffer)) > 0;) {
            bytes += n;
        }
        return Map.of("bytes", bytes);
    }

    @ApplicationScoped
    public static class Notes implements CurrentVersion {
        @Inject
        Caller caller;

        @Inject
        Clock clock;

        @Inject
        EntityManager em;

        @Transactional
        Note create(String text) {
            Note n = new Note();
            n.id = UUID.randomUUID();
            n.text = text;
            n.created(caller.name(), clock);
            n.persist();
            return n;
        }

        @Transactional
        Note update(UUID id, String ifMatch, String text) {
            Note n = require(id);
            Versions.requireMatch(ifMatch, n.version);
            n.text = text;
            n.touched(caller.name(), clock);
            return n;
        }

        Note require(UUID id) {
            Note n = Note.findById(id);
            if (n == null) {
                throw ProblemException.notFound("Note", id);
            }
            return n;
        }

        Page<Note> list(String q, java.time.LocalDate since, PageRequest page) {
            Where where = new Where().andIf(q == null ? null : Where.contains(q), "text ilike ?")
                    .andIf(since, "created_at >= cast(? as date)");
            return where.page(em, "*", "note", "text, id", page, Note.class);
        }

        @Override
        public long of(UUID id) {
            return require(id).version;
        }
    }
}
