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
        PostingSource source, CadreRank rank, String fromUnit, UUID orgUnitId, String managingCommittee, String post,
        LocalDate startsOn, LocalDate endsOn, long version, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime updatedAt, String updatedBy) implements Versioned {

    public static CadrePostingView of(CadrePosting p, boolean personalData) {
        return new CadrePostingView(p.id, p.personName,
                personalData ? p.idNumber : Masking.idNumber(p.idNumber),
                personalData ? p.phone : Masking.phone(p.phone),
                p.source, p.rank, p.fromUnit, p.orgUnitId, p.managingCommittee, p.post, p.startsOn, p.endsOn,
                p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    @Schema(name = "CadrePostingCounts", description = "Postings running on a day under a subtree")
    public record Counts(UUID orgUnitId, LocalDate activeOn, long total, Map<PostingSource, Long> bySource,
            Map<CadreRank, Long> byRank, List<UnitCount> byUnit) {}

    @Schema(name = "CadrePostingUnitCount")
    public record UnitCount(UUID orgUnitId, String name, long postings) {}
}
