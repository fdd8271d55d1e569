package cn.shenyang.grassroots.rural.importing;

import cn.shenyang.grassroots.rural.income.IncomeAmounts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One row of a yearly-returns file, parsed; {@code row} counts data rows from 1. */
record IncomeRow(int row, UUID villageId, int year, IncomeAmounts amounts, String evidenceRef, LocalDate reportedOn,
        LocalDate reviewedOn, LocalDate confirmedOn) {

    static final List<String> COLUMNS = List.of("villageId", "year", "land", "enclave", "capablePerson", "assetLeasing",
            "service", "other", "evidenceRef", "reportedOn", "reviewedOn", "confirmedOn");
}
