package cn.shenyang.grassroots.orgstructure.whistle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.ColumnTransformer;

/** A department a whistle was dispatched to, as lead or co-handler, with its own check-in deadline. */
@Entity
@Table(name = "whistle_assignment")
public class WhistleAssignment extends PanacheEntityBase {
    /** Named apart from the gateway's account Role, which the merged document would put in its place. */
    @Schema(name = "WhistleAssignmentRole")
    public enum Role { LEAD, CO_HANDLER }

    @Id
    public UUID id;

    @Column(name = "whistle_id")
    public UUID whistleId;

    @Column(name = "department_id")
    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    @Column(name = "check_in_deadline")
    public OffsetDateTime checkInDeadline;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "result_reported_at")
    public OffsetDateTime resultReportedAt;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    public boolean active;

    /** The whistle's, so that statistics over a period and subtree read this table alone. */
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;

    @Column(name = "community_path", columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String communityPath;

    /** Checked in at or before the deadline: the deadline's own second still counts. */
    public boolean onTime() {
        return checkedInAt != null && !checkedInAt.isAfter(checkInDeadline);
    }
}
