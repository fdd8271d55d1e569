package cn.shenyang.grassroots.volunteer.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of the service-hour ledger, never changed once written (a trigger refuses any UPDATE or
 * DELETE). Corrections are new rows: {@link ServiceRecordKind#REVERSAL} and {@link ServiceRecordKind#AMENDMENT}.
 */
@Entity
@Immutable
@Table(name = "service_record")
public class ServiceRecord extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Enumerated(EnumType.STRING)
    public ServiceRecordKind kind;

    /** The record a REVERSAL or AMENDMENT corrects. */
    @Column(name = "corrects_id")
    public UUID correctsId;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    /** The local day the service began: the day statistics and star levels count it on. */
    @Column(name = "served_on")
    public LocalDate servedOn;

    /** Negative for a reversal. */
    public BigDecimal hours;

    public String description;

    /** Why a correction was made. */
    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
