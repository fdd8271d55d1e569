package cn.shenyang.grassroots.orgstructure.memberunit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member unit head's annual report (述职) to the working committee, with the year's commitments. */
@Entity
@Table(name = "duty_report")
public class DutyReport extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "member_unit_id")
    public UUID memberUnitId;

    public int year;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<MemberUnitRequests.Commitment> commitments;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
