package cn.shenyang.grassroots.orgstructure.whistle;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One step of a past whistle in an import: RAISE (with the whistle's fields) first, then the
 * workflow's steps in the order they happened, all under the same {@code ref}.
 */
public record WhistleLedgerRow(
        String ref,
        String action,
        OffsetDateTime occurredAt,
        UUID communityId,
        UUID categoryId,
        String title,
        String description,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        Urgency urgency,
        UUID leadDepartmentId,
        List<UUID> coHandlerDepartmentIds,
        UUID departmentId,
        String note,
        Integer rating) {

    static final String RAISE = "RAISE";

    /** CSV columns, in this order, after a header row naming them. */
    static final List<String> COLUMNS = List.of("ref", "action", "occurredAt", "communityId", "categoryId", "title",
            "description", "address", "latitude", "longitude", "urgency", "leadDepartmentId", "coHandlerDepartmentIds",
            "departmentId", "note", "rating");

    WhistleRequests.RaiseWhistle raise() {
        return new WhistleRequests.RaiseWhistle(communityId, categoryId, title, description,
                address == null && latitude == null && longitude == null ? null
                        : new WhistleRequests.Location(address, latitude, longitude),
                urgency, null, occurredAt);
    }

    WhistleRequests.PerformWhistleAction step() {
        return new WhistleRequests.PerformWhistleAction(WhistleStatus.Action.valueOf(action), occurredAt, note,
                leadDepartmentId, coHandlerDepartmentIds, departmentId, rating);
    }
}
