package cn.shenyang.grassroots.volunteer.representative;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A party-congress deputy, people's-congress deputy or CPPCC member linked to a unit (and a studio). */
@Entity
@Table(name = "representative")
public class Representative extends Audited {
    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public RepresentativeBody body;

    @Enumerated(EnumType.STRING)
    @Column(name = "congress_level")
    public CongressLevel congressLevel;

    /** The unit the representative is linked to (constituency, contact point): scopes the record. */
    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "studio_id")
    public UUID studioId;

    /** Personal data: masked in views for callers who may not read it, never logged. */
    public String phone;

    public String occupation;

    @Column(name = "term_starts_on")
    public LocalDate termStartsOn;

    @Column(name = "term_ends_on")
    public LocalDate termEndsOn;

    /** True on {@code day} when the term had begun and not ended. */
    public boolean servingOn(LocalDate day) {
        return !day.isBefore(termStartsOn) && (termEndsOn == null || !day.isAfter(termEndsOn));
    }
}
