package cn.shenyang.grassroots.gateway.overview;

import static cn.shenyang.grassroots.gateway.overview.OverviewService.CADRE;
import static cn.shenyang.grassroots.gateway.overview.OverviewService.ORG;
import static cn.shenyang.grassroots.gateway.overview.OverviewService.RURAL;
import static cn.shenyang.grassroots.gateway.overview.OverviewService.VOLUNTEER;

import cn.shenyang.grassroots.gateway.overview.OrgUnitProfile.ProfileList;
import cn.shenyang.grassroots.platform.paging.PageRequest;
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

    /**
     * One call per service (org-structure, volunteer and rural-industry answer all their sections at
     * once, cadre-pipeline has one), then each section as if fetched on its own.
     */
    public Uni<OrgUnitProfile> profile(String auth, UUID id) {
        List<Uni<Fetched>> calls = List.of(
                Fetched.of("governance", ORG, org.profile(auth, id)),
                Fetched.of("threePlatforms", VOLUNTEER, volunteer.profile(auth, id)),
                Fetched.of("reserveCadres", CADRE, cadre.reserveCadres(auth, id, PageRequest.DEFAULT_SIZE)),
                Fetched.of("ruralIndustry", RURAL, rural.profile(auth, id)));
        return Uni.combine().all().unis(calls).with(Fetched.class, answers -> {
            Fetched governance = answers.get(0);
            Fetched platforms = answers.get(1);
            Fetched ruralIndustry = answers.get(3);
            return compose(id, List.of(
                    governance.section("orgUnit", "orgUnit"),
                    governance.section("ancestors", "ancestors"),
                    governance.section("responsibilityAssignments", "responsibilityAssignments"),
                    governance.section("pairings", "pairings"),
                    governance.section("whistles", "whistles"),
                    platforms.section("volunteerTeams", "volunteerTeams"),
                    platforms.section("residentialCompounds", "residentialCompounds"),
                    platforms.section("opinions", "opinions"),
                    answers.get(2),
                    ruralIndustry.section("collectiveIncomes", "collectiveIncomes"),
                    ruralIndustry.section("villageIndustries", "villageIndustries"),
                    ruralIndustry.section("cooperatives", "cooperatives"),
                    ruralIndustry.section("rectifications", "rectifications")));
        });
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
        return page.map(b -> new ProfileList(b.path("totalItems").asLong(), objects(b.path("items"))));
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
