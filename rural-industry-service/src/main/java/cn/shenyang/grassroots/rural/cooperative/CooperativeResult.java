package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** What a cooperative achieved in one year: the households it linked in and the income increase attributed to it. */
@Entity
@Table(name = "cooperative_result")
public class CooperativeResult extends Audited {
    @Id
    public UUID id;

    @Column(name = "cooperative_id")
    public UUID cooperativeId;

    public int year;

    @Column(name = "linked_households")
    public int linkedHouseholds;

    @Column(name = "income_increase")
    public BigDecimal incomeIncrease;

    @Column(name = "evidence_ref")
    public String evidenceRef;
}
