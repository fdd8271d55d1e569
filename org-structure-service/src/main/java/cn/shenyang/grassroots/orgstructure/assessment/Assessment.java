package cn.shenyang.grassroots.orgstructure.assessment;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit secretary's annual assessment. Only {@link AssessmentService} writes it. */
@Entity
@Table(name = "assessment")
public class Assessment extends Audited {
    @Id
    public UUID id;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "org_unit_path", columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String orgUnitPath;

    public int year;

    @Column(name = "secretary_name")
    public String secretaryName;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, BigDecimal> scores;

    public BigDecimal total;

    public boolean vetoed;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;
}
