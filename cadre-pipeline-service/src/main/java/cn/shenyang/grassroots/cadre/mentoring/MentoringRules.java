package cn.shenyang.grassroots.cadre.mentoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tunables of talk-record overdue detection; see the README table. */
@ConfigMapping(prefix = "cadre.mentoring")
public interface MentoringRules {
    /**
     * A mentorship (or a cadre's pool membership) that began fewer than this many days before a
     * period ended owes no talk for that period: nobody is overdue for a talk they had two days for.
     */
    @WithDefault("30")
    int graceDays();
}
