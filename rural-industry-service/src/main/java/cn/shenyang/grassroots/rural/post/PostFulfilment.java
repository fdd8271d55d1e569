package cn.shenyang.grassroots.rural.post;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something a member did to fulfil a claimed post, dated the day it happened; appended, never changed. */
@Entity
@Table(name = "post_fulfilment")
public class PostFulfilment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String description;

    public BigDecimal hours;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
