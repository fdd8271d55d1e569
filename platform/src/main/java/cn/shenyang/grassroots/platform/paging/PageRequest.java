package cn.shenyang.grassroots.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?page=&size=} for every list; a size above {@value #MAX_SIZE} is refused, not silently cut. */
public class PageRequest {
    public static final int MAX_SIZE = 200;
    /** The size of a page when the caller names none. */
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Parameter(description = "Zero-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to " + MAX_SIZE)
    public int size;

    public PageRequest() {}

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The first page at the default size: what a list answers when asked for nothing else. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
