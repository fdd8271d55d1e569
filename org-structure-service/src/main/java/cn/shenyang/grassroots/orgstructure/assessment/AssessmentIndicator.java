package cn.shenyang.grassroots.orgstructure.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One indicator of a year's assessment, with its weight; one per year is the party-building one. */
@Entity
@Table(name = "assessment_indicator")
@IdClass(AssessmentIndicator.Key.class)
public class AssessmentIndicator extends PanacheEntityBase {
    public record Key(Integer year, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public Integer year;

    @Id
    public String code;

    public String name;

    public BigDecimal weight;

    @Column(name = "party_building")
    public boolean partyBuilding;

    @Column(name = "pass_mark")
    public BigDecimal passMark;

    public static List<AssessmentIndicator> ofYear(int year) {
        return list("year = ?1 order by code", year);
    }

    public Scoring.Indicator rule() {
        return new Scoring.Indicator(code, name, weight, partyBuilding, passMark);
    }
}
