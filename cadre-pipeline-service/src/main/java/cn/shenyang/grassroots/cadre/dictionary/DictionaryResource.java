package cn.shenyang.grassroots.cadre.dictionary;

import cn.shenyang.grassroots.cadre.coverage.CoverageGap;
import cn.shenyang.grassroots.cadre.deployment.DeploymentKind;
import cn.shenyang.grassroots.cadre.deployment.Shift;
import cn.shenyang.grassroots.cadre.mentoring.MentorLevel;
import cn.shenyang.grassroots.cadre.mentoring.OverdueKind;
import cn.shenyang.grassroots.cadre.mentoring.TalkerRole;
import cn.shenyang.grassroots.cadre.objection.ObjectionStatus;
import cn.shenyang.grassroots.cadre.outcome.Committee;
import cn.shenyang.grassroots.cadre.posting.CadreRank;
import cn.shenyang.grassroots.cadre.posting.PostingSource;
import cn.shenyang.grassroots.cadre.practice.PracticeKind;
import cn.shenyang.grassroots.cadre.publicity.NoticeKind;
import cn.shenyang.grassroots.cadre.reserve.CadreSource;
import cn.shenyang.grassroots.cadre.reserve.Education;
import cn.shenyang.grassroots.cadre.reserve.Gender;
import cn.shenyang.grassroots.cadre.reserve.NegativeListItem;
import cn.shenyang.grassroots.cadre.reserve.PartyStatus;
import cn.shenyang.grassroots.cadre.reserve.RecommendationChannel;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.cadre.training.TrainingKind;
import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Chinese and English labels of every enum value this service uses, for frontends to show. */
@Path("/api/v1/reserve-cadre-dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dictionaries", description = "Labels of the enum values of cadre-pipeline-service")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class DictionaryResource {

    @Schema(name = "CadreDictionaryEntry")
    public record Entry(String value, String labelZh, String labelEn) {}

    private static final Map<String, List<Entry>> DICTIONARIES = build();

    @GET
    @Operation(operationId = "getReserveCadreDictionaries", summary = "Every enum of this service with Chinese and English labels",
            description = "Keyed by dictionary name (stage, action, source, trainingKind…); each a list in declaration order.")
    @APIResponse(responseCode = "200", description = "The dictionaries")
    public Map<String, List<Entry>> dictionaries() {
        return DICTIONARIES;
    }

    private static Map<String, List<Entry>> build() {
        Map<String, List<Entry>> d = new LinkedHashMap<>();
        d.put("stage", entries(Stage.values()));
        d.put("action", entries(Stage.Action.values()));
        d.put("gender", entries(Gender.values()));
        d.put("education", entries(Education.values()));
        d.put("partyStatus", entries(PartyStatus.values()));
        d.put("source", entries(CadreSource.values()));
        d.put("channel", entries(RecommendationChannel.values()));
        d.put("negativeListItem", entries(NegativeListItem.values()));
        d.put("objectionStatus", entries(ObjectionStatus.values()));
        d.put("committee", entries(Committee.values()));
        d.put("noticeKind", entries(NoticeKind.values()));
        d.put("trainingKind", entries(TrainingKind.values()));
        d.put("mentorLevel", entries(MentorLevel.values()));
        d.put("talkerRole", entries(TalkerRole.values()));
        d.put("overdueKind", entries(OverdueKind.values()));
        d.put("coverageGap", entries(CoverageGap.values()));
        d.put("practiceKind", entries(PracticeKind.values()));
        d.put("postingSource", entries(PostingSource.values()));
        d.put("cadreRank", entries(CadreRank.values()));
        d.put("deploymentKind", entries(DeploymentKind.values()));
        d.put("shift", entries(Shift.values()));
        return java.util.Collections.unmodifiableMap(d);
    }

    private static List<Entry> entries(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Entry(v.name(), v.labelZh(), v.labelEn())).toList();
    }
}
