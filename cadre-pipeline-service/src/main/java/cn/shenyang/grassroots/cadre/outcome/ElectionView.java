package cn.shenyang.grassroots.cadre.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReserveCadreElectionRecord", description = "One election of a cadre into a village committee")
public record ElectionView(UUID id, UUID cadreId, Committee committee,
        @Schema(description = "The day of the election") LocalDate occurredOn,
        String note,
        String recordedBy,
        OffsetDateTime recordedAt) {

    public static ElectionView of(Election e) {
        return new ElectionView(e.id, e.cadreId, e.committee, e.occurredOn, e.note, e.recordedBy, e.recordedAt);
    }
}
