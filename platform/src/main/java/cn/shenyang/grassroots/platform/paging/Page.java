package cn.shenyang.grassroots.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope every collection answers with; {@code page} counts from 0. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Page size used") int size,
        @Schema(description = "Number of items matching the filters, over all pages") long totalItems) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
