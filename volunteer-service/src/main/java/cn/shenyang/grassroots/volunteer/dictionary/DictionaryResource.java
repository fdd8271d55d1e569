package cn.shenyang.grassroots.volunteer.dictionary;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.activity.ActivityKind;
import cn.shenyang.grassroots.volunteer.activity.ActivityStatus;
import cn.shenyang.grassroots.volunteer.activity.ParticipationStatus;
import cn.shenyang.grassroots.volunteer.activity.ServiceTheme;
import cn.shenyang.grassroots.volunteer.certificate.CertificateView;
import cn.shenyang.grassroots.volunteer.compound.PropertyServiceGrade;
import cn.shenyang.grassroots.volunteer.hours.CorrectionAction;
import cn.shenyang.grassroots.volunteer.hours.ServiceRecordKind;
import cn.shenyang.grassroots.volunteer.meeting.FollowUpStatus;
import cn.shenyang.grassroots.volunteer.meeting.TripartiteParty;
import cn.shenyang.grassroots.volunteer.opinion.OpinionCategory;
import cn.shenyang.grassroots.volunteer.opinion.OpinionChannel;
import cn.shenyang.grassroots.volunteer.opinion.OpinionStatus;
import cn.shenyang.grassroots.volunteer.representative.CongressLevel;
import cn.shenyang.grassroots.volunteer.representative.RepresentativeBody;
import cn.shenyang.grassroots.volunteer.team.TeamKind;
import cn.shenyang.grassroots.volunteer.team.TeamLevel;
import cn.shenyang.grassroots.volunteer.volunteer.Gender;
import cn.shenyang.grassroots.volunteer.volunteer.Skill;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Chinese and English labels of every enum value this service uses, for frontends to show. */
@Path("/api/v1/volunteer-dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteer dictionaries", description = "Labels of the enum values of volunteer-service")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class DictionaryResource {

    @Schema(name = "VolunteerDictionaryEntry")
    public record Entry(@Schema(required = true) String value, @Schema(required = true) String labelZh,
            @Schema(required = true) String labelEn) {}

    @Schema(name = "VolunteerDictionaries", description = "Keyed by dictionary name; each a list in declaration order")
    public static class Dictionaries extends LinkedHashMap<String, List<Entry>> {}

    private static final Map<String, List<Entry>> DICTIONARIES = build();

    @GET
    @Operation(operationId = "getVolunteerDictionaries", summary = "Every enum of this service with Chinese and English labels",
            description = "Keyed by dictionary name (skill, teamKind, serviceTheme, propertyServiceGrade, opinionStatus…).")
    @APIResponse(responseCode = "200", description = "The dictionaries",
            content = @Content(schema = @Schema(implementation = Dictionaries.class)))
    public Map<String, List<Entry>> dictionaries() {
        return DICTIONARIES;
    }

    private static Map<String, List<Entry>> build() {
        Map<String, List<Entry>> d = new LinkedHashMap<>();
        d.put("gender", entries(Gender.values()));
        d.put("volunteerStatus", entries(VolunteerStatus.values()));
        d.put("skill", entries(Skill.values()));
        d.put("teamKind", entries(TeamKind.values()));
        d.put("teamLevel", entries(TeamLevel.values()));
        d.put("activityKind", entries(ActivityKind.values()));
        d.put("serviceTheme", entries(ServiceTheme.values()));
        d.put("activityStatus", entries(ActivityStatus.values()));
        d.put("participationStatus", entries(ParticipationStatus.values()));
        d.put("serviceRecordKind", entries(ServiceRecordKind.values()));
        d.put("correctionAction", entries(CorrectionAction.values()));
        d.put("certificateStatus", entries(CertificateView.CertificateStatus.values()));
        d.put("propertyServiceGrade", entries(PropertyServiceGrade.values()));
        d.put("tripartiteParty", entries(TripartiteParty.values()));
        d.put("followUpStatus", entries(FollowUpStatus.values()));
        d.put("representativeBody", entries(RepresentativeBody.values()));
        d.put("congressLevel", entries(CongressLevel.values()));
        d.put("opinionChannel", entries(OpinionChannel.values()));
        d.put("opinionCategory", entries(OpinionCategory.values()));
        d.put("opinionStatus", entries(OpinionStatus.values()));
        d.put("opinionAction", entries(OpinionStatus.Action.values()));
        return Collections.unmodifiableMap(d);
    }

    private static List<Entry> entries(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Entry(v.name(), v.labelZh(), v.labelEn())).toList();
    }
}
