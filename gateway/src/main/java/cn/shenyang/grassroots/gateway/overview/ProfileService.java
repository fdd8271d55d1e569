package cn.shenyang.grassroots.gateway.overview;

import static cn.shenyang.grassroots.gateway.overview.OverviewService.CADRE;
import static cn.shenyang.grassroots.gateway.overview.OverviewService.ORG;
import static cn.shenyang.grassroots.gateway.overview.OverviewService.RURAL;
import static cn.shenyang.grassroots.gateway.overview.OverviewService.VOLUNTEER;

import cn.shenyang.grassroots.gateway.overview.OrgUnitProfile.ProfileList;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Composes the profile the way {@link OverviewService} composes the overview: all calls at once, failures as missing. */
@ApplicationScoped
public class ProfileService {
    /** Items per list: a unit's first screen, not an export. */
    static final int ITEMS = 20;
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    @Inject
    OrgStructureClient org;
    @Inject
    VolunteerClient volunteer;
    @Inject
    CadrePipelineClient cadre;
    @Inject
    RuralIndustryClient rural;
    @Inject
    ObjectMapper json;

    public Uni<OrgUnitProfile> profile(String auth, UUID id) {
        List<Uni<Fetched>> calls = List.of(
                Fetched.of("orgUnit", ORG, org.orgUnit(auth, id)),
                Fetched.of("ancestors", ORG, org.ancestors(auth, id)),
                Fetched.of("responsibilityAssignments", ORG, org.assignments(auth, id, ITEMS)),
                Fetched.of("pairings", ORG, org.pairings(auth, id, ITEMS)),
                Fetched.of("whistles", ORG, org.whistles(auth, id, ITEMS)),
                Fetched.of("volunteerTeams", VOLUNTEER, volunteer.teams(auth, id, ITEMS)),
                Fetched.of("residentialCompounds", VOLUNTEER, volunteer.compounds(auth, id, ITEMS)),
                Fetched.of("opinions", VOLUNTEER, volunteer.opinions(auth, id, ITEMS)),
                Fetched.of("reserveCadres", CADRE, cadre.reserveCadres(auth, id, ITEMS)),
                Fetched.of("collectiveIncomes", RURAL, rural.incomes(auth, id, ITEMS)),
                Fetched.of("villageIndustries", RURAL, rural.industries(auth, id, ITEMS)),
                Fetched.of("cooperatives", RURAL, rural.cooperatives(auth, id, ITEMS)),
                Fetched.of("rectifications", RURAL, rural.rectifications(auth, id, ITEMS)));
        return Uni.combine().all().unis(calls).with(Fetched.class, all -> compose(id, all));
    }

    OrgUnitProfile compose(UUID id, List<Fetched> all) {
        if (all.get(0).notFound()) {
            throw ProblemException.notFound("Org unit", id);
        }
        List<Missing> missing = new ArrayList<>(Fetched.missing(all));
        return new OrgUnitProfile(id, all.get(0).map(this::object),
                all.get(1).map(this::objects),
                list(all.get(2)), list(all.get(3)), list(all.get(4)), list(all.get(5)), list(all.get(6)),
                list(all.get(7)), list(all.get(8)), list(all.get(9)), list(all.get(10)), list(all.get(11)),
                list(all.get(12)), missing);
    }

    private ProfileList list(Fetched page) {
        return page.map(b -> {
            return new ProfileList(b.path("totalItems").asLong(), objects(b.path("items")));
        });
    }

    private List<Map<String, Object>> objects(JsonNode array) {
        List<Map<String, Object>> objects = new ArrayList<>();
        array.forEach(item -> objects.add(object(item)));
        return objects;
    }

    private Map<String, Object> object(JsonNode node) {
        return json.convertValue(node, OBJECT);
    }
}
