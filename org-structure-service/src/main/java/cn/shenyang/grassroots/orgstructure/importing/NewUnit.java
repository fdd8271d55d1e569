package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.PartyOrganizationKind;
import java.util.UUID;

/**
 * A unit a bulk write is about to store, with its id, node number and parent resolved. It keeps
 * its parent's path (one string that all its siblings share) rather than its own: the country's
 * 665k units would otherwise hold 45 MB of paths until they are stored.
 */
public record NewUnit(UUID id, long nodeNo, UUID parentId, String parentPath, String name, Level level,
        String divisionCode, PartyOrganizationKind partyOrgKind, String partyOrgName, String partySecretaryName) {

    /** The unit's path: its parent's, then its own node number. */
    public String path() {
        return parentPath == null ? Long.toString(nodeNo) : parentPath + "." + nodeNo;
    }
}
