package cn.shenyang.grassroots.cadre.practice;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeAssignment")
public record PracticeView(UUID id, UUID cadreId, PracticeKind kind, String title, String responsibilities,
        LocalDate startsOn, LocalDate endsOn, String assessment, long version, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime updatedAt, String updatedBy) implements Versioned {

    public static PracticeView of(PracticeAssignment p) {
        return new PracticeView(p.id, p.cadreId, p.kind, p.title, p.responsibilities, p.startsOn, p.endsOn,
                p.assessment, p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }
}
