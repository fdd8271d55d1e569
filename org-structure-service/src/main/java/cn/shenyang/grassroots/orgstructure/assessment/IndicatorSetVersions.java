package cn.shenyang.grassroots.orgstructure.assessment;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** The version of a year's indicator set for {@code @IfMatch}: the path names it by year, not by id. */
@ApplicationScoped
@Unremovable // looked up by Preconditions only, which ArC cannot see
public class IndicatorSetVersions implements CurrentVersion {
    @Inject
    AssessmentService service;

    @Override
    public long of(UUID id) {
        throw new IllegalStateException("Indicator sets are named by year");
    }

    @Override
    public long of(String pathValue, String pathParam) {
        int year;
        try {
            year = Integer.parseInt(pathValue);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(pathParam, "'" + pathValue + "' is not a year");
        }
        return service.indicatorSetVersion(year);
    }
}
