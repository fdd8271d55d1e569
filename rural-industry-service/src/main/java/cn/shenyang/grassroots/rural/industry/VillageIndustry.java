package cn.shenyang.grassroots.rural.industry;

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

/** An industry or product of a village, running from startedOn to endedOn (inclusive); at most one leading at a time. */
@Entity
@Table(name = "village_industry")
public class VillageIndustry extends Audited {
    @Id
    public UUID id;

    @Column(name = "village_id")
    public UUID villageId;

    public String name;

    @Enumerated(EnumType.STRING)
    public IndustryCategory category;

    /** The village's leading industry ("one village, one product"). */
    @Column(name = "leading_industry")
    public boolean leadingIndustry;

    @Column(name = "greenhouse_area_hectares")
    public BigDecimal greenhouseAreaHectares;

    @Column(name = "households_involved")
    public int householdsInvolved;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    public String description;
}
