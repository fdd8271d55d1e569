package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An issue a community cannot solve alone. Only {@link WhistleService} and {@link WhistleWorkflow} write it. */
@Entity
@Table(name = "whistle")
public class Whistle extends Audited {
    @Id
    public UUID id;

    @Column(name = "community_id")
    public UUID communityId;

    @Column(name = "community_path", columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String communityPath;

    @Column(name = "category_id")
    public UUID categoryId;

    public String title;

    public String description;

    public String address;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Column(name = "photo_urls")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] photoUrls;

    @Enumerated(EnumType.STRING)
    public WhistleStatus status;

    @Enumerated(EnumType.STRING)
    public Escalation escalation;

    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;

    @Column(name = "last_step_at")
    public OffsetDateTime lastStepAt;

    @Column(name = "lead_department_id")
    public UUID leadDepartmentId;

    @Column(name = "dispatched_at")
    public OffsetDateTime dispatchedAt;

    /** The current lead department's check-in deadline. */
    @Column(name = "check_in_deadline")
    public OffsetDateTime checkInDeadline;

    @Column(name = "resolve_deadline")
    public OffsetDateTime resolveDeadline;

    @Column(name = "first_dispatched_at")
    public OffsetDateTime firstDispatchedAt;

    /** When the department that first checked in as lead was made lead. */
    @Column(name = "first_lead_assigned_at")
    public OffsetDateTime firstLeadAssignedAt;

    @Column(name = "first_lead_check_in_at")
    public OffsetDateTime firstLeadCheckInAt;

    @Column(name = "first_lead_check_in_on_time")
    public Boolean firstLeadCheckInOnTime;

    @Column(name = "first_resolved_at")
    public OffsetDateTime firstResolvedAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    /** The latest rating (1–5). */
    public Integer rating;

    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;

    /** The path of the community's sub-district (its parent): the path without its last label. */
    public String subdistrictPath() {
        int dot = communityPath.lastIndexOf('.');
        return dot < 0 ? communityPath : communityPath.substring(0, dot);
    }
}
