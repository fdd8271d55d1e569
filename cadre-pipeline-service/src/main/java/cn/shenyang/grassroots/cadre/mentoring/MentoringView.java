package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Mentorships, talks and overdue items as callers see them. */
public final class MentoringView {
    private MentoringView() {}

    @Schema(name = "Mentorship")
    public record MentorshipView(UUID id, UUID cadreId, MentorLevel level, String mentorName, String mentorPosition,
            LocalDate startsOn, LocalDate endsOn, boolean current, long version, OffsetDateTime createdAt,
            String createdBy, OffsetDateTime updatedAt, String updatedBy) implements Versioned {
        public static MentorshipView of(Mentorship m) {
            return new MentorshipView(m.id, m.cadreId, m.level, m.mentorName, m.mentorPosition, m.startsOn, m.endsOn,
                    m.endsOn == null, m.version, m.createdAt, m.createdBy, m.updatedAt, m.updatedBy);
        }
    }

    @Schema(name = "TalkRecord")
    public record TalkView(UUID id, UUID cadreId, UUID mentorshipId, TalkerRole talkerRole, String talkerName,
            LocalDate heldOn, String summary, long version, OffsetDateTime createdAt, String createdBy) {
        public static TalkView of(TalkRecord t) {
            return new TalkView(t.id, t.cadreId, t.mentorshipId, t.talkerRole, t.talkerName, t.heldOn, t.summary,
                    t.version, t.createdAt, t.createdBy);
        }
    }

    @Schema(name = "OverdueTalk", description = "A talk owed for a period that ended without one: each pool member is "
            + "owed a talk by a township mentor and one by a village mentor every half-year, and one by the township "
            + "Party secretary every year, once in the pool at least the grace days before the period's last day")
    public record OverdueTalk(
            OverdueKind kind,
            UUID cadreId,
            String cadreName,
            UUID villageId,
            @Schema(description = "The village's parent unit (township or sub-district)") UUID townshipId,
            @Schema(description = "MENTOR_HALF_YEAR: whose talk is owed, the township's or the village's mentor") MentorLevel mentorLevel,
            @Schema(description = "MENTOR_HALF_YEAR: the mentorship of that level current on dueBy; null when the "
                    + "cadre had no such mentor (the talk is owed all the same)") UUID mentorshipId,
            @Schema(description = "The mentor, when there was one") String mentorName,
            @Schema(description = "e.g. 2026-H1 or 2025") String period,
            LocalDate periodStart,
            @Schema(description = "Last day of the period: the deadline that passed") LocalDate dueBy,
            @Schema(description = "The latest talk of this kind before the deadline, if any") LocalDate lastTalkOn) {}
}
