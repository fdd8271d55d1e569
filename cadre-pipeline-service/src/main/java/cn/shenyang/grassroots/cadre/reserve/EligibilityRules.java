package cn.shenyang.grassroots.cadre.reserve;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The qualification-screening rules of one selection year, and the check itself. */
public record EligibilityRules(int year, int minAge, int maxAge, Education minEducation,
        List<NegativeListItem> disqualifying) {

    /** Every rule the candidate fails, in words; empty when eligible. */
    public List<String> failures(LocalDate birthDate, Education education, Collection<NegativeListItem> findings,
            LocalDate screenedOn) {
        List<String> failures = new ArrayList<>();
        int age = Period.between(birthDate, screenedOn).getYears();
        if (age < minAge || age > maxAge) {
            failures.add("age " + age + " on " + screenedOn + " is outside " + minAge + "–" + maxAge);
        }
        if (education.ordinal() < minEducation.ordinal()) {
            failures.add("education " + education + " is below the required " + minEducation);
        }
        for (NegativeListItem finding : findings) {
            if (disqualifying.contains(finding)) {
                failures.add("negative-list finding " + finding);
            }
        }
        return failures;
    }
}
