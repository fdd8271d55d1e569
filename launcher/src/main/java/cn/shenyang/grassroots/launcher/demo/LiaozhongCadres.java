package cn.shenyang.grassroots.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Liaozhong's "thousand geese": the reserve village-cadre ledger of the selections of 2017–2020,
 * imported in one file through the ledger import (every step replayed by the service's rules on its
 * own day). On 31 December 2020 the pool holds 932 cadres ("930余名") spread over every village, and
 * the year 2020 saw 88 cadres admitted to the Party as probationary members and 165 elected into the
 * village committees; the 2020 selection has cadres in every stage, rejected and withdrawn ones too.
 */
final class LiaozhongCadres {
    static final int IN_POOL_2020 = 932;
    static final int ELECTED_2020 = 165;
    static final int ADMITTED_PROBATIONARY_2020 = 88;
    private static final int REMOVED = 30;
    private static final String[] SOURCES = {"VILLAGER_REPRESENTATIVE", "VILLAGER_REPRESENTATIVE", "PARTY_MEMBER",
        "PARTY_MEMBER", "COLLEGE_GRADUATE_OFFICIAL", "ENTREPRENEUR", "ENTREPRENEUR", "VETERAN", "VETERAN", "RETIREE", "OTHER"};
    private static final String[] CHANNELS = {"SELF", "MASS", "MASS", "PARTY_ORGANIZATION", "PARTY_ORGANIZATION"};
    private static final String[] REPORTS = {"群众公认度高，工作能力强", "致富带动能力突出，热心公益", "政治素质好，服务意识强",
        "熟悉村情民意，敢于担当"};

    private final Api api;
    private final Loaded loaded;
    private final People people = new People(21011520L);

    LiaozhongCadres(Api api, Loaded loaded) {
        this.api = api;
        this.loaded = loaded;
    }

    /** One cadre's row: what happened to them and when. */
    private final class Row {
        final People.Person p;
        final String source;
        String partyStatus;
        final String education;
        final String village;
        final LocalDate recommended;
        int steps; // 1 recommended … 6 admitted
        String exit;
        LocalDate exitOn;
        LocalDate activist;
        LocalDate probationary;
        LocalDate member;

        Row(String village, int cohort, int steps) {
            this.village = village;
            this.steps = steps;
            source = people.pick(SOURCES);
            boolean retiree = source.equals("RETIREE");
            int year = cohort - (retiree ? people.between(50, 62) : people.between(23, 43));
            p = people.person("210115", year, year);
            education = source.equals("COLLEGE_GRADUATE_OFFICIAL") ? people.pick(new String[] {"JUNIOR_COLLEGE", "BACHELOR"})
                    : people.pick(new String[] {"SENIOR_HIGH", "SENIOR_HIGH", "VOCATIONAL", "JUNIOR_COLLEGE", "BACHELOR"});
            partyStatus = source.equals("PARTY_MEMBER") ? people.pick(new String[] {"PROBATIONARY", "MEMBER", "MEMBER"})
                    : people.pick(new String[] {"NONE", "NONE", "NONE", "ACTIVIST", "MEMBER"});
            recommended = LocalDate.of(cohort, 3, 1).plusDays(people.between(0, 40));
        }

        LocalDate on(int step) {
            LocalDate publicized = recommended.plusDays(28).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            return switch (step) {
                case 1 -> recommended;
                case 2 -> recommended.plusDays(7);
                case 3 -> recommended.plusDays(14);
                case 4 -> recommended.plusDays(21);
                case 5 -> publicized;
                default -> publicized.plusDays(7); // the day after a 5-working-day window opened on a Monday
            };
        }
    }

    void load() {
        JsonNode liaozhong = api.unit("divisionCode=210115");
        List<JsonNode> villages = new ArrayList<>(api.all("/org-units?ancestorId=" + liaozhong.get("id").asText()
                + "&level=VILLAGE"));
        villages.sort(Comparator.comparing(u -> u.get("divisionCode").asText()));
        List<Row> rows = new ArrayList<>();
        int pool = IN_POOL_2020 + ELECTED_2020 + REMOVED;
        for (int i = 0; i < pool; i++) {
            int cohort = i < 260 ? 2017 : i < 600 ? 2018 : i < 940 ? 2019 : 2020;
            rows.add(new Row(villages.get(i % villages.size()).get("id").asText(), cohort, 6));
        }
        // outcomes of the pool: elected in the village committee elections at the end of 2020, removed over the years
        for (int i = 0; i < ELECTED_2020; i++) {
            Row r = rows.get(i * 5 % 940);
            r.exit = "ELECT";
            r.exitOn = LocalDate.of(2020, 10, 12).plusDays(people.between(0, 60));
        }
        int removed = 0;
        for (int i = 3; removed < REMOVED; i += 29) {
            Row r = rows.get(i);
            if (r.exit == null) {
                r.exit = "REMOVE";
                LocalDate exitOn = r.on(6).plusDays(people.between(60, 400));
                r.exitOn = exitOn.isAfter(LocalDate.of(2020, 12, 20)) ? LocalDate.of(2020, 12, 20) : exitOn;
                removed++;
            }
        }
        // into the Party: 88 probationary members in 2020, 40 who became probationary in 2019 full members in 2020
        int probationary2020 = 0;
        int probationary2019 = 0;
        for (Row r : rows) {
            if (r.recommended.getYear() > 2019 || (r.exit != null && r.exit.equals("REMOVE"))) {
                continue;
            }
            if (r.partyStatus.equals("NONE") || r.partyStatus.equals("ACTIVIST")) {
                if (probationary2020 < ADMITTED_PROBATIONARY_2020 && r.recommended.getYear() <= 2018) {
                    r.activist = r.partyStatus.equals("NONE") ? r.on(6).plusDays(30 + people.between(0, 200)) : null;
                    r.probationary = LocalDate.of(2020, 6, 1).plusDays(people.between(0, 100));
                    probationary2020++;
                } else if (probationary2019 < 40 && r.recommended.getYear() == 2017) {
                    r.activist = r.partyStatus.equals("NONE") ? r.on(6).plusDays(20) : null;
                    r.probationary = LocalDate.of(2019, 5, 1).plusDays(people.between(0, 60));
                    r.member = r.probationary.plusYears(1);
                    probationary2019++;
                }
            }
        }
        // the 2020 selection still under way, and those who dropped out of it
        int[] stalled = {14, 11, 9, 7, 6}; // recommended, qualified, nominated, inspected, publicized
        for (int stage = 0; stage < stalled.length; stage++) {
            for (int n = 0; n < stalled[stage]; n++) {
                rows.add(new Row(villages.get((stage * 31 + n * 7) % villages.size()).get("id").asText(), 2020, stage + 1));
            }
        }
        for (int n = 0; n < 34; n++) {
            Row r = new Row(villages.get((n * 11) % villages.size()).get("id").asText(), 2020, 1 + n % 4);
            r.exit = n % 4 == 3 ? "WITHDRAW" : "REJECT";
            r.exitOn = r.on(r.steps).plusDays(3);
            rows.add(r);
        }
        // in files of 200 cadres, one after the other, each answered well within the gateway's 5 s
        String csv = csv(rows);
        String header = csv.substring(0, csv.indexOf('\n') + 1);
        String[] lines = csv.substring(header.length()).split("\n");
        for (int from = 0; from < lines.length; from += 200) {
            String file = header + String.join("\n", java.util.Arrays.copyOfRange(lines, from, Math.min(from + 200, lines.length))) + "\n";
            api.importFile("/reserve-cadres/import", "text/csv", file);
        }
        loaded.add("reserve cadres (Liaozhong ledger, 2017-2020)", rows.size());
    }

    private String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder("name,gender,birthDate,idNumber,phone,education,partyStatus,villageId,source,"
                + "channel,recommendedOn,reason,qualifiedOn,nominatedOn,votesFor,votesCast,inspectedOn,inspectionReport,"
                + "writtenTestScore,interviewScore,publicizedOn,admittedOn,exit,exitOn,exitReason,committee,activistOn,"
                + "probationaryOn,memberOn\n");
        for (Row r : rows) {
            int cast = people.between(30, 60);
            csv.append(String.join(",", r.p.name(), r.p.gender(), r.p.birthDate().toString(), r.p.idNumber(), r.p.phone(),
                    r.education, r.partyStatus, r.village, r.source, people.pick(CHANNELS), r.on(1).toString(), "村级后备干部推荐",
                    date(r, 2), date(r, 3), r.steps >= 3 ? Integer.toString(cast / 2 + 1 + people.between(0, cast / 2 - 1)) : "",
                    r.steps >= 3 ? Integer.toString(cast) : "", date(r, 4), r.steps >= 4 ? people.pick(REPORTS) : "",
                    r.steps >= 4 ? Integer.toString(people.between(62, 96)) : "",
                    r.steps >= 4 ? Integer.toString(people.between(65, 97)) : "", date(r, 5), date(r, 6),
                    r.exit == null ? "" : r.exit, r.exitOn == null ? "" : r.exitOn.toString(),
                    r.exit == null || r.exit.equals("ELECT") ? "" : r.exit.equals("REMOVE") ? "外出务工，调整出库" : "资格审查未通过",
                    "ELECT".equals(r.exit) ? (r.partyStatus.equals("MEMBER") ? "VILLAGE_PARTY_COMMITTEE" : "VILLAGERS_COMMITTEE") : "",
                    r.activist == null ? "" : r.activist.toString(), r.probationary == null ? "" : r.probationary.toString(),
                    r.member == null ? "" : r.member.toString())).append('\n');
        }
        return csv.toString();
    }

    private static String date(Row r, int step) {
        return r.steps >= step ? r.on(step).toString() : "";
    }
}
