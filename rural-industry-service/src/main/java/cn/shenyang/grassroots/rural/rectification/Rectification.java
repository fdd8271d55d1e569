package cn.shenyang.grassroots.rural.rectification;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A weak-and-lax village party organisation's case for one year: its plan, the four-ones cover
 * (responsibility assignments of org-structure, by id) and where it stands. Its problems, notes
 * and steps hang on it; adding or resolving a problem changes its version, so a close-out and a
 * concurrent new problem cannot both succeed.
 */
@Entity
@Table(name = "rectification")
public class Rectification extends Audited {
    @Id
    public UUID id;

    @Column(name = "village_id")
    public UUID villageId;

    public int year;

    @Column(name = "identified_on")
    public LocalDate identifiedOn;

    @Enumerated(EnumType.STRING)
    public RectificationStatus status;

    @Column(name = "status_on")
    public LocalDate statusOn;

    @Column(name = "plan_summary")
    public String planSummary;

    @Column(name = "city_leader_assignment_id")
    public UUID cityLeaderAssignmentId;

    @Column(name = "township_leader_assignment_id")
    public UUID townshipLeaderAssignmentId;

    @Column(name = "first_secretary_assignment_id")
    public UUID firstSecretaryAssignmentId;

    @Column(name = "paired_agency_assignment_id")
    public UUID pairedAgencyAssignmentId;

    public boolean fourOnesComplete() {
        return cityLeaderAssignmentId != null && townshipLeaderAssignmentId != null && firstSecretaryAssignmentId != null
                && pairedAgencyAssignmentId != null;
    }
}
