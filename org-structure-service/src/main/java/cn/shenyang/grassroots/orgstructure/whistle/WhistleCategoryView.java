package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WhistleCategory")
public record WhistleCategoryView(
        UUID id,
        String name,
        String description,
        WhistleCategoryRequests.Deadlines deadlines,
        long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {

    public static WhistleCategoryView of(WhistleCategory c) {
        return new WhistleCategoryView(c.id, c.name, c.description, new WhistleCategoryRequests.Deadlines(
                new WhistleCategoryRequests.Deadline(c.urgentCheckInHours, c.urgentResolveDays),
                new WhistleCategoryRequests.Deadline(c.ordinaryCheckInHours, c.ordinaryResolveDays),
                new WhistleCategoryRequests.Deadline(c.complexCheckInHours, c.complexResolveDays)),
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}
