package cn.shenyang.grassroots.cadre.importing;

import cn.shenyang.grassroots.cadre.outcome.Committee;
import cn.shenyang.grassroots.cadre.reserve.CadreSource;
import cn.shenyang.grassroots.cadre.reserve.Education;
import cn.shenyang.grassroots.cadre.reserve.Gender;
import cn.shenyang.grassroots.cadre.reserve.NegativeListItem;
import cn.shenyang.grassroots.cadre.reserve.PartyStatus;
import cn.shenyang.grassroots.cadre.reserve.RecommendationChannel;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One cadre of an existing ledger: the person as recommended, then the date of every step taken
 * (empty from the first step not taken), an exit if any, and the dated steps into the Party.
 */
record LedgerRow(int row, String name, Gender gender, LocalDate birthDate, String idNumber, String phone,
        Education education, PartyStatus partyStatus, UUID villageId, CadreSource source, RecommendationChannel channel,
        LocalDate recommendedOn, String reason,
        LocalDate qualifiedOn, List<NegativeListItem> negativeListFindings,
        LocalDate nominatedOn, Integer votesFor, Integer votesCast,
        LocalDate inspectedOn, String inspectionReport, BigDecimal writtenTestScore, BigDecimal interviewScore,
        LocalDate publicizedOn, LocalDate publicityStartsOn,
        LocalDate admittedOn,
        Stage.Action exit, LocalDate exitOn, String exitReason, Committee committee,
        LocalDate activistOn, LocalDate probationaryOn, LocalDate memberOn) {

    /** The CSV header, in this order; NDJSON objects use the same names. README "Importing a ledger" documents each. */
    static final List<String> COLUMNS = List.of("name", "gender", "birthDate", "idNumber", "phone", "education",
            "partyStatus", "villageId", "source", "channel", "recommendedOn", "reason", "qualifiedOn",
            "negativeListFindings", "nominatedOn", "votesFor", "votesCast", "inspectedOn", "inspectionReport",
            "writtenTestScore", "interviewScore", "publicizedOn", "publicityStartsOn", "admittedOn", "exit", "exitOn",
            "exitReason", "committee", "activistOn", "probationaryOn", "memberOn");
}
