package cn.shenyang.grassroots.cadre.deployment;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DutyDeployment")
public record DutyDeploymentView(UUID id, DeploymentKind kind, UUID orgUnitId, String post, String place, Shift shift,
        int headcount, LocalDate startsOn, LocalDate endsOn, String note, long version, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime updatedAt, String updatedBy) implements Versioned {

    public static DutyDeploymentView of(DutyDeployment d) {
        return new DutyDeploymentView(d.id, d.kind, d.orgUnitId, d.post, d.place, d.shift, d.headcount, d.startsOn,
                d.endsOn, d.note, d.version, d.createdAt, d.createdBy, d.updatedAt, d.updatedBy);
    }

    @Schema(name = "DutyDeploymentCounts", description = "Deployments overlapping a period under a subtree")
    public record Counts(UUID orgUnitId, LocalDate from, LocalDate to, long deployments, long headcount,
            List<KindCount> byKind) {}

    @Schema(name = "DutyDeploymentKindCount")
    public record KindCount(DeploymentKind kind, long deployments, long headcount) {}
}
