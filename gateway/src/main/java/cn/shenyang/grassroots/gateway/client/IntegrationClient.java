package cn.shenyang.grassroots.gateway.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A script or system that logs in with a client id and secret. Only {@link IntegrationClientService} writes it. */
@Entity
@Table(name = "integration_client")
public class IntegrationClient extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "client_id")
    public String clientId;

    public String name;

    /** bcrypt; never leaves this entity. */
    @Column(name = "secret_hash")
    public String secretHash;

    /** Comma-separated role names. */
    public String roles;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    public boolean enabled;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<IntegrationClient> byClientId(String clientId) {
        return find("lower(clientId) = lower(?1)", clientId).firstResultOptional();
    }
}
