package cn.shenyang.grassroots.orgstructure.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The version of a year's indicators as one set, for its ETag; {@link AssessmentService} bumps it on each replacement. */
@Entity
@Table(name = "assessment_indicator_set")
public class AssessmentIndicatorSet extends PanacheEntityBase {
    @Id
    public Integer year;

    public long version;
}
