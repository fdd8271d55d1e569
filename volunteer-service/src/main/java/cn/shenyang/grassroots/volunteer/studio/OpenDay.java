package cn.shenyang.grassroots.volunteer.studio;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A studio's open day (开放日) as held; who attended is in open_day_attendance. */
@Entity
@Immutable
@Table(name = "studio_open_day")
public class OpenDay extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "studio_id")
    public UUID studioId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String theme;

    public int visitors;

    public String notes;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
