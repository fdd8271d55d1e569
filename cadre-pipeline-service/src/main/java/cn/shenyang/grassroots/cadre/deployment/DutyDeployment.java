package cn.shenyang.grassroots.cadre.deployment;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A group of cadres put on emergency duty at a post and place, on a shift. */
@Entity
@Table(name = "duty_deployment")
public class DutyDeployment extends Audited {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public DeploymentKind kind;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    public String post;

    public String place;

    @Enumerated(EnumType.STRING)
    public Shift shift;

    public int headcount;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String note;
}
