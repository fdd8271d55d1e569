package cn.shenyang.grassroots.gateway.client;

import cn.shenyang.grassroots.gateway.account.Grantee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** A script or system that logs in with a client id and secret. Only {@link IntegrationClientService} writes it. */
@Entity
@Table(name = "integration_client")
public class IntegrationClient extends Grantee {
    @Column(name = "client_id")
    public String clientId;

    public String name;

    /** bcrypt; never leaves this entity. */
    @Column(name = "secret_hash")
    public String secretHash;

    public static Optional<IntegrationClient> byClientId(String clientId) {
        return find("lower(clientId) = lower(?1)", clientId).firstResultOptional();
    }
}
