package cn.shenyang.grassroots.cadre.reserve;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The qualification-screening rules for candidates of one source recommended in one year, and the check itself. */
public record EligibilityRules(int year, CadreSource source, int minAge, int maxAge, Education minEducation,
        List<NegativeListItem> disqualifying) {

    /** How refusals name the rules: "the 2026 rules for RETIREE". */
    public String name() {
        return "the " + year + " rules for " + source;
    }

    /** One rule failed: the candidate's field it concerns and why. */
    public record Failure(String field, String message) {}

    /** Every rule the candidate fails on the screening day, in words; empty when eligible. */
    public List<String> failures(LocalDate birthDate, Education education, Collection<NegativeListItem> findings,
            LocalDate screenedOn) {
        return check(birthDate, education, findings, screenedOn).stream().map(Failure::message).toList();
    }

    /** The same, each failure with the field it concerns (birthDate, education, negativeListFindings). */
    public List<Failure> check(LocalDate birthDate, Education education, Collection<NegativeListItem> findings,
            LocalDate screenedOn) {
        List<Failure> failures = new ArrayList<>();
        int age = Period.between(birthDate, screenedOn).getYears();
        if (age < minAge || age > maxAge) {
            failures.add(new Failure("birthDate", "age " + age + " on " + screenedOn + " is outside " + minAge + "–" + maxAge));
        }
        if (education.ordinal() < minEducation.ordinal()) {
            failures.add(new Failure("education", "education " + education + " is below the required " + minEducation));
        }
        for (NegativeListItem finding : findings) {
            if (disqualifying.contains(finding)) {
                failures.add(new Failure("negativeListFindings", "negative-list finding " + finding));
            }
        }
        return failures;
    }
}
