package cn.shenyang.grassroots.orgstructure.department;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department as callers see it; the liaison's phone is masked for roles that may not read it. */
@Schema(name = "Department")
public record DepartmentView(
        UUID id,
        String name,
        UUID districtId,
        DepartmentKind kind,
        DepartmentRequests.Liaison liaison,
        long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {

    public static DepartmentView of(Department d, boolean personalData) {
        DepartmentRequests.Liaison liaison = d.liaisonName == null ? null : new DepartmentRequests.Liaison(
                d.liaisonName, personalData ? d.liaisonPhone : Masking.phone(d.liaisonPhone));
        return new DepartmentView(d.id, d.name, d.districtId, d.kind, liaison, d.version, d.createdAt, d.createdBy,
                d.updatedAt, d.updatedBy);
    }
}
