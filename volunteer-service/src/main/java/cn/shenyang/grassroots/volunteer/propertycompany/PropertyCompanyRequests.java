package cn.shenyang.grassroots.volunteer.propertycompany;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PropertyCompanyRequests {
    private PropertyCompanyRequests() {}

    static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{18}";

    @Schema(name = "SavePropertyCompany", description = "A property company: create, or replace with If-Match")
    public record Save(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Unified social credit code (GB 32100), with a valid check character; unique", maxLength = 18)
            @NotNull @Pattern(regexp = CREDIT_CODE, message = "must be 18 characters of 0-9 and A-Y without I, O, S, V, Z")
            String creditCode,
            @Schema(description = "The org unit the company is registered with (its subtree may link compounds to it)")
            @NotNull UUID orgUnitId,
            @Schema(description = "Whether the company has its own party organisation (党组织)") @NotNull Boolean hasPartyOrganization,
            @Size(max = 200) String partyOrganizationName,
            @Schema(description = "Party members among its staff") @NotNull @Min(0) @Max(100000) Integer partyMemberCount) {}
}
