package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A village's collective-income return for one year: where its review stands, its current
 * revision and the latest confirmed one (the figure statistics count). Written by
 * {@link CollectiveIncomeService} and {@link IncomeReviewService}; the import writes with COPY.
 */
@Entity
@Table(name = "collective_income")
public class CollectiveIncome extends Audited {
    @Id
    public UUID id;

    @Column(name = "village_id")
    public UUID villageId;

    public int year;

    @Enumerated(EnumType.STRING)
    public IncomeReviewStatus status;

    /** The day of the latest step; the next step may not be dated before it. */
    @Column(name = "status_on")
    public LocalDate statusOn;

    @Column(name = "current_revision")
    public int currentRevision;

    @Column(name = "current_total")
    public BigDecimal currentTotal;

    @Column(name = "confirmed_revision")
    public Integer confirmedRevision;

    @Column(name = "confirmed_total")
    public BigDecimal confirmedTotal;
}
