package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.PartyOrganizationKind;
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
    static final int NAME = 0;
    static final int LEVEL = 1;
    static final int PARENT_ID = 2;
    static final int PARENT_CODE = 3;
    static final int CODE = 4;
    static final int PARTY_KIND = 5;
    static final int PARTY_NAME = 6;
    static final int PARTY_SECRETARY = 7;

    /** The position of a column in {@link #COLUMNS}, or -1 for one that is not known. */
    static int column(String name) {
        return switch (name) {
            case "name" -> NAME;
            case "level" -> LEVEL;
            case "parentId" -> PARENT_ID;
            case "parentDivisionCode" -> PARENT_CODE;
            case "divisionCode" -> CODE;
            case "partyOrgKind" -> PARTY_KIND;
            case "partyOrgName" -> PARTY_NAME;
            case "partySecretaryName" -> PARTY_SECRETARY;
            default -> -1;
        };
    }
}
