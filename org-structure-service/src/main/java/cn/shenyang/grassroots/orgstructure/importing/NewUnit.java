package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.PartyOrganizationKind;
import java.util.UUID;

/** A unit a bulk write is about to store, with its id, node number, parent and path resolved. */
public record NewUnit(UUID id, long nodeNo, UUID parentId, String path, String name, Level level, String divisionCode,
        PartyOrganizationKind partyOrgKind, String partyOrgName, String partySecretaryName) {}
