package cn.shenyang.grassroots.cadre.reserve;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Publicity windows as configured: {@code cadre.selection.publicity-working-days}, holidays and make-up days. */
@ApplicationScoped
public class PublicityWindows {
    @Inject
    SelectionRules rules;

    WorkingDays workingDays;

    @PostConstruct
    void init() {
        workingDays = new WorkingDays(
                rules.publicHolidays().orElse(List.of()).stream().map(LocalDate::parse).collect(Collectors.toSet()),
                rules.extraWorkingDays().orElse(List.of()).stream().map(LocalDate::parse).collect(Collectors.toSet()));
    }

    /** The last day of a window that opens on {@code start}. */
    public LocalDate endOfWindowFrom(LocalDate start) {
        return workingDays.windowEnd(start, rules.publicityWorkingDays());
    }
}
