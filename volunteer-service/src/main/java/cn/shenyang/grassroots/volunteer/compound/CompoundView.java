package cn.shenyang.grassroots.volunteer.compound;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResidentialCompound")
public record CompoundView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) UUID communityId,
        @Schema(required = true, maxLength = 300) String address,
        @Schema(required = true) int households,
        @Schema(required = true) PropertyServiceGrade grade,
        @Schema(required = true, description = "The day the current grade was given") LocalDate gradeSince,
        UUID propertyCompanyId,
        @Schema(description = "The compound's owners' committee, if it has one") UUID ownersCommitteeId,
        @Schema(required = true) PartyCoverage partyCoverage,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    /** The party's presence among the other two parties of the compound's "3+N". */
    @Schema(name = "CompoundPartyCoverage", description = "Whether the property company and the owners' committee have a "
            + "party organisation or party members; null where the compound has no company or no committee")
    public record PartyCoverage(
            @Schema(description = "The property company has a party organisation") Boolean companyPartyOrganization,
            @Schema(description = "Party members working for the property company") Integer companyPartyMembers,
            @Schema(description = "The owners' committee has a party organisation (e.g. a branch)") Boolean committeePartyOrganization,
            @Schema(description = "Party members on the owners' committee") Integer committeePartyMembers,
            @Schema(required = true, description = "True when the company or the committee has a party organisation or party members")
            boolean covered) {}

    public static CompoundView of(ResidentialCompound c, UUID committeeId, PartyCoverage coverage) {
        return new CompoundView(c.id, c.name, c.communityId, c.address, c.households, c.grade, c.gradeSince,
                c.propertyCompanyId, committeeId, coverage, c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    @Schema(name = "CompoundGradeChange", description = "One grade the compound held, from occurredOn")
    public record GradeChangeView(
            @Schema(required = true) UUID id,
            @Schema(description = "Null for the first grading") PropertyServiceGrade fromGrade,
            @Schema(required = true) PropertyServiceGrade toGrade,
            @Schema(required = true, description = "The day it was regraded") LocalDate occurredOn,
            String reason,
            @Schema(required = true, description = "Who entered it") String recordedBy,
            @Schema(required = true, description = "When it was entered") OffsetDateTime recordedAt) {
        public static GradeChangeView of(CompoundGradeChange c) {
            return new GradeChangeView(c.id, c.fromGrade, c.toGrade, c.occurredOn, c.reason, c.recordedBy, c.recordedAt);
        }
    }
}
