package cn.shenyang.grassroots.volunteer.studio;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A "two representatives, one member" studio (工作室) where people bring their opinions. */
@Entity
@Table(name = "representative_studio")
public class RepresentativeStudio extends Audited {
    @Id
    public UUID id;

    public String name;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    public String address;

    @Column(name = "opened_on")
    public LocalDate openedOn;
}
