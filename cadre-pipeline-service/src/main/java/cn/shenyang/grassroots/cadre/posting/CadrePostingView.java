package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CadrePosting")
public record CadrePostingView(UUID id, String personName,
        @Schema(description = "Masked unless your role may read personal data") String idNumber,
        @Schema(description = "Masked unless your role may read personal data") String phone,
        PostingSource source, CadreRank rank, String fromUnit,
        @Schema(description = "Where the cadre works") UUID orgUnitId,
        @Schema(description = "The township-level unit (a sub-district's 党工委) that manages the cadre: the destination "
                + "itself, or the township-level unit above it") UUID managingUnitId,
        String post, LocalDate startsOn, LocalDate endsOn, long version, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime updatedAt, String updatedBy) implements Versioned {

    public static CadrePostingView of(CadrePosting p, boolean personalData) {
        return new CadrePostingView(p.id, p.personName,
                personalData ? p.idNumber : Masking.idNumber(p.idNumber),
                personalData ? p.phone : Masking.phone(p.phone),
                p.source, p.rank, p.fromUnit, p.orgUnitId, p.managingUnitId, p.post, p.startsOn, p.endsOn,
                p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    @Schema(name = "CadrePostingCounts", description = "Postings whose destination lies in a subtree, counted two ways")
    public record Counts(
            UUID orgUnitId,
            int year,
            LocalDate activeOn,
            @Schema(description = "Intake: postings that started (startsOn) in the year, whenever they end. The "
                    + "article's Sujiatun figures for 2020 are intakes: 40 by open selection, 19 newly promoted, "
                    + "360+ stationed from the district service centres") Tally startedInYear,
            @Schema(description = "Postings running on activeOn: started on or before it and not ended before it")
            Tally runningOn) {}

    @Schema(name = "CadrePostingTally", description = "Sources, ranks and units with nothing to count are left out")
    public record Tally(
            long total,
            @Schema(description = "By origin") Map<PostingSource, Long> bySource,
            Map<CadreRank, Long> byRank,
            @Schema(description = "By destination: the managing township-level unit, with its origins") List<UnitTally> byUnit) {}

    @Schema(name = "CadrePostingUnitTally")
    public record UnitTally(UUID orgUnitId, String name, long total, Map<PostingSource, Long> bySource) {}
}
