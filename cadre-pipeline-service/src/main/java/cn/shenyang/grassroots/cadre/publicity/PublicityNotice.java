package cn.shenyang.grassroots.cadre.publicity;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One of the "three publicities" of a township's or village's selection round. */
@Entity
@Table(name = "publicity_notice")
public class PublicityNotice extends Audited {
    @Id
    public UUID id;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    public int year;

    public String title;

    public String content;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "public_until")
    public LocalDate publicUntil;
}
