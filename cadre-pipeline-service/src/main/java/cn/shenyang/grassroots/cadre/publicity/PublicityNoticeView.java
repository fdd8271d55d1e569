package cn.shenyang.grassroots.cadre.publicity;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicityNotice")
public record PublicityNoticeView(UUID id, UUID orgUnitId, NoticeKind kind, int year, String title, String content,
        LocalDate publishedOn, LocalDate publicUntil, long version, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime updatedAt, String updatedBy) implements Versioned {

    public static PublicityNoticeView of(PublicityNotice n) {
        return new PublicityNoticeView(n.id, n.orgUnitId, n.kind, n.year, n.title, n.content, n.publishedOn,
                n.publicUntil, n.version, n.createdAt, n.createdBy, n.updatedAt, n.updatedBy);
    }
}
