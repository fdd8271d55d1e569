package cn.shenyang.grassroots.volunteer.certificate;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A numbered certificate of a volunteer's service hours over a period; its figures are fixed when issued. */
@Entity
@Table(name = "service_certificate")
public class ServiceCertificate extends Audited {
    @Id
    public UUID id;

    public String number;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "issuer_unit_id")
    public UUID issuerUnitId;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    public BigDecimal hours;

    public int stars;

    public String purpose;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revoke_reason")
    public String revokeReason;
}
