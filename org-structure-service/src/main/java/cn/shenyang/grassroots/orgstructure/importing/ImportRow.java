package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.PartyOrganizationKind;
import java.util.Set;
import java.util.UUID;

/**
 * One row of a bulk import. A row names its parent either by id (an existing unit) or by
 * division code (an existing unit or a row earlier in the same file).
 */
record ImportRow(int row, String name, Level level, UUID parentId, String parentDivisionCode, String divisionCode,
        PartyOrganizationKind partyOrgKind, String partyOrgName, String partySecretaryName) {

    /** The CSV header, in this order; NDJSON rows use the same field names. */
    static final String[] COLUMNS = {"name", "level", "parentId", "parentDivisionCode", "divisionCode",
        "partyOrgKind", "partyOrgName", "partySecretaryName"};
    static final Set<String> KNOWN = Set.of(COLUMNS);
}
