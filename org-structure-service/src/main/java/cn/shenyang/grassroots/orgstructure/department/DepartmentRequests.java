package cn.shenyang.grassroots.orgstructure.department;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about departments. */
public final class DepartmentRequests {
    private DepartmentRequests() {}

    @Schema(name = "DepartmentLiaison")
    public record Liaison(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "must be 5 to 30 digits, spaces, + or -") String phone) {}

    public record SaveDepartment(
            @NotBlank @Size(max = 200) String name,
            @NotNull UUID districtId,
            @NotNull DepartmentKind kind,
            @Valid Liaison liaison) {}
}
