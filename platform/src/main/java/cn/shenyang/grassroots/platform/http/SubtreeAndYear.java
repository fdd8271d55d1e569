package cn.shenyang.grassroots.platform.http;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?orgUnitId=&year=}, both required, for figures of a subtree in a year (a {@code @BeanParam}). */
public class SubtreeAndYear {
    @QueryParam("orgUnitId")
    @Parameter(description = "The subtree root (required)", required = true)
    public UUID orgUnitId;

    @QueryParam("year")
    @Parameter(description = "The year, 1949 to this year (required)", required = true,
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
    public Integer year;

    /** The subtree root; a 400 naming orgUnitId when it is missing. */
    public UUID orgUnitId() {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        return orgUnitId;
    }

    /** The year; a 400 naming year when it is missing (its range is the period's to check). */
    public int year() {
        if (year == null) {
            throw ProblemException.invalid("year", "is required");
        }
        return year;
    }
}
