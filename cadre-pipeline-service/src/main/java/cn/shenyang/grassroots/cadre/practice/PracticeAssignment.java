package cn.shenyang.grassroots.cadre.practice;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A post in the village's key work given to a reserve cadre, with its responsibilities and how it went. */
@Entity
@Table(name = "practice_assignment")
public class PracticeAssignment extends Audited {
    @Id
    public UUID id;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Enumerated(EnumType.STRING)
    public PracticeKind kind;

    public String title;

    public String responsibilities;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String assessment;
}
