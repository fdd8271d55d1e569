package cn.shenyang.grassroots.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Optimistic-lock version and the created/updated by/at columns of an audited table. */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {
    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** Stamps a new row; times are stored in UTC. */
    public void created(String actor, Clock clock) {
        createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        createdBy = actor;
        updatedAt = createdAt;
        updatedBy = actor;
    }

    public void touched(String actor, Clock clock) {
        updatedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        updatedBy = actor;
    }
}
