package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The enum codes of this API with their Chinese and English labels, for frontends' dropdowns. */
@Path("/api/v1/org-unit-dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class OrgUnitDictionaryResource {

    @Schema(name = "OrgUnitLevelEntry")
    public record LevelEntry(Level code, String labelZh, String labelEn,
            @Schema(description = "The tier of the official division codes this level belongs to") Level.Tier tier,
            @Schema(description = "Levels a unit of this level may sit directly under") List<Level> allowedParents,
            @Schema(description = "Whether a unit of this level may be a root (PROVINCE, and CITY for a city's own tree)")
            boolean mayBeRoot) {}

    @Schema(name = "OrgUnitTierEntry")
    public record TierEntry(Level.Tier code, String labelZh, String labelEn,
            @Schema(description = "Digits of an official division code at this tier") int codeLength,
            List<Level> levels) {}

    @Schema(name = "PartyOrganizationKindEntry")
    public record KindEntry(PartyOrganizationKind code, String labelZh, String labelEn) {}

    @Schema(name = "OrgUnitDictionaries")
    public record Dictionaries(List<LevelEntry> levels, List<TierEntry> tiers, List<KindEntry> partyOrganizationKinds) {}

    @GET
    @Operation(operationId = "getOrgUnitDictionaries", summary = "Levels, tiers and party-organisation kinds with labels")
    public Dictionaries get() {
        return new Dictionaries(
                Arrays.stream(Level.values()).map(l -> new LevelEntry(l, l.labelZh, l.labelEn, l.tier,
                        l.allowedParents().stream().sorted().toList(), l.mayBeRoot())).toList(),
                Arrays.stream(Level.Tier.values()).map(t -> new TierEntry(t, t.labelZh, t.labelEn, t.codeLength,
                        t.levels().stream().sorted().toList())).toList(),
                Arrays.stream(PartyOrganizationKind.values()).map(k -> new KindEntry(k, k.labelZh, k.labelEn)).toList());
    }
}
