package cn.shenyang.grassroots.orgstructure.dictionary;

import cn.shenyang.grassroots.orgstructure.assessment.Grade;
import cn.shenyang.grassroots.orgstructure.department.DepartmentKind;
import cn.shenyang.grassroots.orgstructure.memberunit.Evaluation;
import cn.shenyang.grassroots.orgstructure.memberunit.MemberUnitKind;
import cn.shenyang.grassroots.orgstructure.memberunit.MemberUnitStatus;
import cn.shenyang.grassroots.orgstructure.responsibility.ResponsibilityKind;
import cn.shenyang.grassroots.orgstructure.servicesite.ServiceSiteKind;
import cn.shenyang.grassroots.orgstructure.whistle.Escalation;
import cn.shenyang.grassroots.orgstructure.whistle.Urgency;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleStatus;
import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The governance enums (whistles, departments, member units, responsibility, assessments, service sites) with labels. */
@Path("/api/v1/governance-dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Governance dictionaries", description = "Chinese and English labels of the governance enum values")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class GovernanceDictionaryResource {

    @Schema(name = "GovernanceDictionaryEntry")
    public record Entry(String value, String labelZh, String labelEn) {}

    private static final Map<String, List<Entry>> DICTIONARIES = build();

    @GET
    @Operation(operationId = "getGovernanceDictionaries", summary = "Every governance enum with Chinese and English labels",
            description = "Keyed by dictionary name (whistleStatus, whistleAction, urgency…); each a list in declaration order.")
    @APIResponse(responseCode = "200", description = "The dictionaries")
    public Map<String, List<Entry>> dictionaries() {
        return DICTIONARIES;
    }

    private static Map<String, List<Entry>> build() {
        Map<String, List<Entry>> d = new LinkedHashMap<>();
        d.put("whistleStatus", entries(WhistleStatus.values()));
        d.put("whistleAction", entries(WhistleStatus.Action.values()));
        d.put("urgency", entries(Urgency.values()));
        d.put("escalation", entries(Escalation.values()));
        d.put("departmentKind", entries(DepartmentKind.values()));
        d.put("memberUnitKind", entries(MemberUnitKind.values()));
        d.put("memberUnitStatus", entries(MemberUnitStatus.values()));
        d.put("evaluation", entries(Evaluation.values()));
        d.put("responsibilityKind", entries(ResponsibilityKind.values()));
        d.put("serviceSiteKind", entries(ServiceSiteKind.values()));
        d.put("assessmentGrade", entries(Grade.values()));
        return Collections.unmodifiableMap(d);
    }

    private static List<Entry> entries(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Entry(v.name(), v.labelZh(), v.labelEn())).toList();
    }
}
