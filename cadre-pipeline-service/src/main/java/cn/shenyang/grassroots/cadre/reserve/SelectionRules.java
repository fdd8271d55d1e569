package cn.shenyang.grassroots.cadre.reserve;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Tunables of reserve-cadre selection; see the README table. */
@ConfigMapping(prefix = "cadre.selection")
public interface SelectionRules {
    /** Length of a publicity window in working days (weekends and listed holidays skipped). */
    @WithDefault("5")
    int publicityWorkingDays();

    /** Public holidays (YYYY-MM-DD) that do not count as working days. */
    Optional<List<String>> publicHolidays();

    /** Working days on which offices open although they fall on a weekend (调休), YYYY-MM-DD. */
    Optional<List<String>> extraWorkingDays();

    /** Democratic nomination needs more than this share of the votes cast, in percent. */
    @WithDefault("50")
    int nominationMajorityPercent();

    /** Lowest passing written-test score (0–100). */
    @WithDefault("60")
    int writtenTestPassMark();

    /** Lowest passing interview score (0–100). */
    @WithDefault("60")
    int interviewPassMark();

    /** The eligibility rules that apply unless a year overrides them. */
    Eligibility eligibility();

    /** Per-year overrides, keyed by the year of recommendation: {@code cadre.selection.years."2021".max-age=40}. */
    Map<String, YearOverride> years();

    interface Eligibility {
        /** Minimum age on the day of qualification screening. */
        @WithDefault("18")
        int minAge();

        /** Maximum age on the day of qualification screening. */
        @WithDefault("45")
        int maxAge();

        @WithDefault("SENIOR_HIGH")
        Education minEducation();

        /** Negative-list findings that disqualify. */
        @WithDefault("CRIMINAL_RECORD,DISCIPLINARY_SANCTION,DISHONEST_DEBTOR,ORGANIZED_CRIME,ILLEGAL_RELIGIOUS_ACTIVITY,ELECTION_BRIBERY,OTHER")
        List<NegativeListItem> disqualifying();
    }

    interface YearOverride {
        OptionalInt minAge();

        OptionalInt maxAge();

        Optional<Education> minEducation();

        Optional<List<NegativeListItem>> disqualifying();
    }

    /** The rules in force for candidates recommended in {@code year}. */
    default EligibilityRules forYear(int year) {
        Eligibility d = eligibility();
        YearOverride o = years().get(Integer.toString(year));
        if (o == null) {
            return new EligibilityRules(year, d.minAge(), d.maxAge(), d.minEducation(), List.copyOf(d.disqualifying()));
        }
        return new EligibilityRules(year, o.minAge().orElse(d.minAge()), o.maxAge().orElse(d.maxAge()),
                o.minEducation().orElse(d.minEducation()), List.copyOf(o.disqualifying().orElse(d.disqualifying())));
    }

    /** Why democratic nomination fails with these votes, or null when they are a majority. */
    default String nominationRefusal(int votesFor, int votesCast) {
        int percent = nominationMajorityPercent();
        return (long) votesFor * 100 > (long) votesCast * percent ? null
                : votesFor + " of " + votesCast + " votes is not more than " + percent + "%";
    }

    /** Every score below its pass mark, in words; empty when the inspection passes. */
    default List<String> inspectionFailures(BigDecimal writtenTestScore, BigDecimal interviewScore) {
        List<String> failures = new ArrayList<>();
        if (writtenTestScore.compareTo(BigDecimal.valueOf(writtenTestPassMark())) < 0) {
            failures.add("written-test score " + writtenTestScore + " is below the pass mark " + writtenTestPassMark());
        }
        if (interviewScore.compareTo(BigDecimal.valueOf(interviewPassMark())) < 0) {
            failures.add("interview score " + interviewScore + " is below the pass mark " + interviewPassMark());
        }
        return failures;
    }
}
