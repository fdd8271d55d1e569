package cn.shenyang.grassroots.cadre.objection;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An objection filed against a candidate during their publicity window. */
@Entity
@Table(name = "publicity_objection")
public class Objection extends Audited {
    @Id
    public UUID id;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    public String objector;

    public String summary;

    @Enumerated(EnumType.STRING)
    public ObjectionStatus status;

    @Column(name = "settled_on")
    public LocalDate settledOn;

    public String settlement;
}
