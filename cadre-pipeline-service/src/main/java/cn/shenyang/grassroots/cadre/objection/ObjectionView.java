package cn.shenyang.grassroots.cadre.objection;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objection as callers see it. */
@Schema(name = "PublicityObjection")
public record ObjectionView(UUID id, UUID cadreId, LocalDate filedOn, String objector, String summary,
        ObjectionStatus status, LocalDate settledOn, String settlement, long version, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime updatedAt, String updatedBy) implements Versioned {

    public static ObjectionView of(Objection o) {
        return new ObjectionView(o.id, o.cadreId, o.filedOn, o.objector, o.summary, o.status, o.settledOn,
                o.settlement, o.version, o.createdAt, o.createdBy, o.updatedAt, o.updatedBy);
    }
}
