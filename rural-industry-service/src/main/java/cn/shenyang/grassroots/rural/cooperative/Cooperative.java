package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A farmer cooperative or family farm of a village and the person who leads it. */
@Entity
@Table(name = "cooperative")
public class Cooperative extends Audited {
    @Id
    public UUID id;

    @Column(name = "village_id")
    public UUID villageId;

    @Enumerated(EnumType.STRING)
    public CooperativeKind kind;

    public String name;

    /** 统一社会信用代码, when registered. */
    @Column(name = "registration_code")
    public String registrationCode;

    public String industry;

    @Column(name = "leader_name")
    public String leaderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "leader_role")
    public LeaderRole leaderRole;

    /** Personal data: masked in views for callers who may not read it, never logged. */
    @Column(name = "leader_id_number")
    public String leaderIdNumber;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;
}
