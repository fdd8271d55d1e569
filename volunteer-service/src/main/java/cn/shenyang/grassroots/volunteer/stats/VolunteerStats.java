package cn.shenyang.grassroots.volunteer.stats;

import cn.shenyang.grassroots.volunteer.activity.ActivityKind;
import cn.shenyang.grassroots.volunteer.compound.PropertyServiceGrade;
import cn.shenyang.grassroots.volunteer.opinion.OpinionStatus;
import cn.shenyang.grassroots.volunteer.team.TeamKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerStats", description = "The three platforms of a subtree (the org unit and everything below it) in "
        + "one year, or all time when no year is given. The period runs from 1 January of the year (or the beginning) to "
        + "periodEnd: 31 December of the year, or today while the year runs or when no year is given. Every figure counts by "
        + "the day things happened (servedOn, foundedOn, startsAt, the grade change's or opinion step's occurredOn), never "
        + "by when they were entered. Counts are exact; hours are sums of 0.5-hour steps.")
public record VolunteerStats(
        @Schema(required = true) UUID orgUnitId,
        @Schema(required = true) String orgUnitName,
        @Schema(description = "The year counted; null for all time") Integer year,
        @Schema(required = true, description = "First day of the period; null for all time") LocalDate periodStart,
        @Schema(required = true, description = "Last day of the period: 31 December of the year, or today while the year runs "
                + "or for all time") LocalDate periodEnd,
        @Schema(required = true) Volunteers volunteers,
        @Schema(required = true, description = "Teams owned by units of the subtree founded on or before periodEnd, by kind "
                + "(every kind listed, 0 included)") Map<TeamKind, Long> teamsByKind,
        @Schema(required = true) Activities activities,
        @Schema(required = true, description = "Compounds of communities in the subtree first graded on or before periodEnd, "
                + "by the grade they held on periodEnd (the latest grade change dated on or before it); every grade listed")
        Map<PropertyServiceGrade, Long> compoundsByGrade,
        @Schema(required = true) Opinions opinions) {

    @Schema(name = "VolunteerStatsVolunteers", description = "Volunteers of the subtree and their service")
    public record Volunteers(
            @Schema(required = true, description = "ACTIVE volunteers whose home community is in the subtree, registered on "
                    + "or before periodEnd (status is today's)") long volunteers,
            @Schema(required = true, description = "Of volunteers, those who are Party members") long partyMemberVolunteers,
            @Schema(required = true, description = "Sum of the service hours of those volunteers served in the year (by "
                    + "servedOn, the local day the service began), or all their hours when no year is given; reversals "
                    + "subtract, amendments count") BigDecimal hours,
            @Schema(required = true, description = "volunteers by star level 0–5 on periodEnd, from their cumulative hours "
                    + "served up to and including periodEnd: 0 under 100 h, 1★ from 100 h, 2★ 300 h, 3★ 600 h, 4★ 1,000 h, "
                    + "5★ 1,500 h (thresholds inclusive); the six counts add up to volunteers", maxItems = 6)
            List<StarCount> byStarLevel) {}

    @Schema(name = "VolunteerStarCount")
    public record StarCount(@Schema(required = true, minimum = "0", maximum = "5") int starLevel,
            @Schema(required = true) long volunteers) {}

    @Schema(name = "VolunteerStatsActivities", description = "Activities and fairs held: organised in the subtree, not "
            + "cancelled, starting (local day of startsAt) in the period and already started")
    public record Activities(
            @Schema(required = true, description = "SERVICE_FAIR activities held in the period (the article's 18 fairs)") long fairsHeld,
            @Schema(required = true, description = "Service items offered at those fairs (the article's 100+ items)") long fairServiceItems,
            @Schema(required = true, description = "Held activities by kind, fairs included (every kind listed)") Map<ActivityKind, Long> heldByKind) {}

    @Schema(name = "VolunteerStatsOpinions", description = "Opinions of studios of the subtree")
    public record Opinions(
            @Schema(required = true, description = "Opinions received (receivedOn) in the period") long received,
            @Schema(required = true, description = "Those received in the period by their status today (every status listed)")
            Map<OpinionStatus, Long> receivedByStatus,
            @Schema(required = true, description = "Opinions whose RESOLVE step is dated in the period, whenever received "
                    + "(the article's 30+ problems solved)") long resolved,
            @Schema(required = true, description = "Opinions whose CONVERT_TO_PROPOSAL step is dated in the period (the "
                    + "article's 7 proposals and motions)") long convertedToProposals,
            @Schema(required = true, description = "Open days held (heldOn) in the period by those studios (the article's "
                    + "100+ open days)") long openDaysHeld) {}
}
