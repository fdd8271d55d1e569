package cn.shenyang.grassroots.rural.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A progress note of a case, dated the day it describes; appended, never changed. */
@Entity
@Table(name = "rectification_note")
public class RectificationNote extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "rectification_id")
    public UUID rectificationId;

    @Column(name = "noted_on")
    public LocalDate notedOn;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
