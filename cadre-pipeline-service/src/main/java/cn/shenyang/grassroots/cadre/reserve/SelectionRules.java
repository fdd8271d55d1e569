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

    /** The eligibility rules that apply unless a source or a year overrides them. */
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

        /** Rules of one source that differ from the general ones: {@code cadre.selection.eligibility.sources.RETIREE.max-age=65}. */
        Map<CadreSource, RuleOverride> sources();
    }

    /** Keys that replace the ones they name; unset keys fall through to the next, more general level. */
    interface RuleOverride {
        OptionalInt minAge();

        OptionalInt maxAge();

        Optional<Education> minEducation();

        Optional<List<NegativeListItem>> disqualifying();
    }

    interface YearOverride extends RuleOverride {
        /** {@code cadre.selection.years."2021".sources.RETIREE.max-age=60}. */
        Map<CadreSource, RuleOverride> sources();
    }

    /**
     * The rules for candidates of {@code source} recommended in {@code year}. Each key is taken from
     * the first level that sets it: the year's rules for the source, the source's rules, the year's
     * rules, the general rules.
     */
    default EligibilityRules forYear(int year, CadreSource source) {
        Eligibility d = eligibility();
        YearOverride y = years().get(Integer.toString(year));
        List<RuleOverride> levels = new ArrayList<>();
        if (y != null && y.sources().containsKey(source)) {
            levels.add(y.sources().get(source));
        }
        if (d.sources().containsKey(source)) {
            levels.add(d.sources().get(source));
        }
        if (y != null) {
            levels.add(y);
        }
        int minAge = levels.stream().map(RuleOverride::minAge).filter(OptionalInt::isPresent).findFirst()
                .map(OptionalInt::getAsInt).orElse(d.minAge());
        int maxAge = levels.stream().map(RuleOverride::maxAge).filter(OptionalInt::isPresent).findFirst()
                .map(OptionalInt::getAsInt).orElse(d.maxAge());
        Education education = levels.stream().map(RuleOverride::minEducation).flatMap(Optional::stream).findFirst()
                .orElse(d.minEducation());
        List<NegativeListItem> disqualifying = levels.stream().map(RuleOverride::disqualifying).flatMap(Optional::stream)
                .findFirst().orElse(d.disqualifying());
        return new EligibilityRules(year, source, minAge, maxAge, education, List.copyOf(disqualifying));
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
