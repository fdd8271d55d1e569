package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.rural.support.Reach;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return as callers see it: its review status and the amounts of its current revision. */
@Schema(name = "CollectiveIncome", description = "A village's collective-income return for one year")
public record CollectiveIncomeView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The village (org unit)") UUID villageId,
        @Schema(required = true, description = "The year the income was earned") int year,
        @Schema(required = true) IncomeReviewStatus status,
        @Schema(required = true, description = "The day of the latest review step") LocalDate statusOn,
        @Schema(required = true, description = "The number of the current revision, from 1") int currentRevision,
        @Schema(required = true, description = "The current revision's amounts by source") IncomeSourceAmounts amounts,
        @Schema(required = true, description = "The current revision's total: the sum of its sources (yuan)") BigDecimal total,
        @Schema(description = "The current revision's evidence reference") String evidenceRef,
        @Schema(required = true, description = "The day the current revision was submitted") LocalDate reportedOn,
        @Schema(description = "The latest confirmed revision: what CONFIRMED statistics count until a correction is "
                + "confirmed; null before the first confirmation") Integer confirmedRevision,
        @Schema(description = "The latest confirmed revision's total (yuan); null before the first confirmation")
        BigDecimal confirmedTotal,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static CollectiveIncomeView of(CollectiveIncome c, IncomeRevision current) {
        return new CollectiveIncomeView(c.id, c.villageId, c.year, c.status, c.statusOn, c.currentRevision,
                IncomeSourceAmounts.of(current.amounts()), current.total, current.evidenceRef, current.reportedOn,
                c.confirmedRevision, c.confirmedTotal, c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    @Schema(name = "IncomeSourceAmounts", description = "Amounts by source, in yuan with 2 decimals")
    public record IncomeSourceAmounts(
            @Schema(required = true, description = "土地经济 (yuan)") BigDecimal land,
            @Schema(required = true, description = "飞地经济 (yuan)") BigDecimal enclave,
            @Schema(required = true, description = "能人经济 (yuan)") BigDecimal capablePerson,
            @Schema(required = true, description = "资产租赁 (yuan)") BigDecimal assetLeasing,
            @Schema(required = true, description = "服务创收 (yuan)") BigDecimal service,
            @Schema(required = true, description = "其他 (yuan)") BigDecimal other) {

        public static IncomeSourceAmounts of(IncomeAmounts a) {
            return new IncomeSourceAmounts(a.land(), a.enclave(), a.capablePerson(), a.assetLeasing(), a.service(),
                    a.other());
        }
    }

    @Schema(name = "CollectiveIncomeRevision", description = "One version of a return's amounts; a correction after "
            + "confirmation adds one with its reason, so earlier versions stay as they were")
    public record RevisionView(
            @Schema(required = true, description = "From 1, in the order the versions were submitted") int revision,
            @Schema(required = true) IncomeSourceAmounts amounts,
            @Schema(required = true, description = "The sum of the sources (yuan)") BigDecimal total,
            String evidenceRef,
            @Schema(description = "Why this version replaced the one before (AMEND, CORRECT); null for the first") String reason,
            @Schema(required = true, description = "The day the village submitted this version") LocalDate reportedOn,
            @Schema(description = "The day this version was confirmed; null if it never was") LocalDate confirmedOn,
            @Schema(required = true, description = "True for the return's current version") boolean current,
            @Schema(required = true, description = "True for the version CONFIRMED statistics count: the latest confirmed")
            boolean counted,
            @Schema(required = true, description = "Who entered it") String recordedBy,
            @Schema(required = true, description = "When it was entered, apart from when it was submitted")
            OffsetDateTime recordedAt) {

        public static RevisionView of(IncomeRevision r, CollectiveIncome c) {
            return new RevisionView(r.revision, IncomeSourceAmounts.of(r.amounts()), r.total, r.evidenceRef, r.reason,
                    r.reportedOn, r.confirmedOn, r.revision == c.currentRevision,
                    c.confirmedRevision != null && r.revision == c.confirmedRevision, r.recordedBy, r.recordedAt);
        }
    }

    @Schema(name = "CollectiveIncomeStep", description = "One step of a return's review")
    public record StepView(
            @Schema(required = true) UUID id,
            @Schema(required = true) IncomeReviewAction action,
            @Schema(description = "Null for REPORT") IncomeReviewStatus fromStatus,
            @Schema(required = true) IncomeReviewStatus toStatus,
            @Schema(required = true, description = "The revision acted on (for AMEND and CORRECT: the one created)") int revision,
            @Schema(required = true, description = "The day the step happened; rules and history order use it")
            LocalDate occurredOn,
            String reason,
            String evidenceRef,
            @Schema(required = true, description = "Who entered the step") String recordedBy,
            @Schema(required = true, description = "When it was entered, apart from when it happened") OffsetDateTime recordedAt) {

        public static StepView of(IncomeStep s) {
            return new StepView(s.id, s.action, s.fromStatus, s.toStatus, s.revision, s.occurredOn, s.reason,
                    s.evidenceRef, s.recordedBy, s.recordedAt);
        }
    }

    @Schema(name = "CollectiveIncomeAllowedAction", description = "An action the review table offers your role in the "
            + "return's status")
    public record AllowedAction(
            @Schema(required = true) IncomeReviewAction action,
            @Schema(required = true) IncomeReviewStatus toStatus,
            @Schema(required = true, description = "How far above the village your scope must begin") Reach requiredReach,
            @Schema(required = true, description = "False while a rule holds the action back; blockedBy says which")
            boolean available,
            String blockedBy) {}

    @Schema(name = "CollectiveIncomeAllowedActions")
    public record AllowedActions(
            @Schema(required = true) UUID incomeId,
            @Schema(required = true) IncomeReviewStatus status,
            @Schema(required = true) long version,
            @Schema(required = true, description = "The day the rules were judged on") LocalDate occurredOn,
            @Schema(required = true, maxItems = 10) List<AllowedAction> actions) {}
}
