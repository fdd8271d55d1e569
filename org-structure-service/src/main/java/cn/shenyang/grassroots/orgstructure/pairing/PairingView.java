package cn.shenyang.grassroots.orgstructure.pairing;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pairing")
public record PairingView(
        UUID id,
        UUID departmentId,
        UUID communityId,
        LocalDate validFrom,
        LocalDate validTo,
        long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {

    public static PairingView of(Pairing p) {
        return new PairingView(p.id, p.departmentId, p.communityId, p.validFrom, p.validTo, p.version, p.createdAt,
                p.createdBy, p.updatedAt, p.updatedBy);
    }
}
