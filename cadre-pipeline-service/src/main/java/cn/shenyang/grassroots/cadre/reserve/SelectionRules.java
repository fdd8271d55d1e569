package cn.shenyang.grassroots.cadre.reserve;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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
}
