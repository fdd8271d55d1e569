package cn.shenyang.grassroots.rural.income;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a return's amounts; appended, never changed except for the day it was confirmed. */
@Entity
@Table(name = "collective_income_revision")
public class IncomeRevision extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "income_id")
    public UUID incomeId;

    public int revision;

    public BigDecimal land;

    public BigDecimal enclave;

    @Column(name = "capable_person")
    public BigDecimal capablePerson;

    @Column(name = "asset_leasing")
    public BigDecimal assetLeasing;

    public BigDecimal service;

    public BigDecimal other;

    /** The sum of the six sources (the database checks it). */
    public BigDecimal total;

    @Column(name = "evidence_ref")
    public String evidenceRef;

    /** Why this revision replaced the one before; null for the first. */
    public String reason;

    /** The day the village submitted these amounts. */
    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "confirmed_on")
    public LocalDate confirmedOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public IncomeAmounts amounts() {
        return new IncomeAmounts(land, enclave, capablePerson, assetLeasing, service, other);
    }

    public void amounts(IncomeAmounts a) {
        land = a.land();
        enclave = a.enclave();
        capablePerson = a.capablePerson();
        assetLeasing = a.assetLeasing();
        service = a.service();
        other = a.other();
        total = a.total();
    }
}
