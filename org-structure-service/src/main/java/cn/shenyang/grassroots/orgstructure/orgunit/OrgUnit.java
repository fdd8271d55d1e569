package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A node of the organisation graph. Only {@link OrgUnitService} writes it. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends Audited {
    @Id
    public UUID id;

    @Column(name = "node_no", nullable = false, updatable = false)
    public long nodeNo;

    public String name;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Node numbers from the root down, e.g. {@code 1.17.402}. */
    @Column(columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String path;

    @Column(name = "division_code")
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_org_kind")
    public PartyOrganizationKind partyOrgKind;

    @Column(name = "party_org_name")
    public String partyOrgName;

    @Column(name = "party_secretary_name")
    public String partySecretaryName;

    @Enumerated(EnumType.STRING)
    public OrgUnitStatus status;

    @Column(name = "dissolved_reason")
    public String dissolvedReason;

    /** Set while the unit's CREATED feed entry is still read from this row (bulk imports; see ChangeFeed). */
    @Column(name = "created_change_seq", insertable = false, updatable = false)
    public Long createdChangeSeq;

    public int depth() {
        return depth(path);
    }

    /** Levels of a path: its labels. */
    static int depth(String path) {
        int depth = 1;
        for (int i = path.indexOf('.'); i >= 0; i = path.indexOf('.', i + 1)) {
            depth++;
        }
        return depth;
    }
}
