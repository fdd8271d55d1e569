package cn.shenyang.grassroots.volunteer.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about volunteers; id, version and audit fields are never accepted. */
public final class VolunteerRequests {
    private VolunteerRequests() {}

    /** One line of text that a spreadsheet would not run as a formula. */
    public static final String NAME = "[^=+\\-@\\s][^\\r\\n\\t]*";
    public static final String NAME_MESSAGE = "must be one line not starting with a space or =, +, -, @";
    public static final String ID_NUMBER = "\\d{17}[\\dX]";
    public static final String PHONE = "1\\d{10}";

    @Schema(name = "CreateVolunteer", description = "Real-name registration")
    public record CreateVolunteer(
            @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String name,
            @NotNull Gender gender,
            @NotNull @Past LocalDate birthDate,
            @Schema(description = "Mainland mobile number; personal data", maxLength = 11)
            @NotNull @Pattern(regexp = PHONE, message = "must be an 11-digit mobile number starting with 1") String phone,
            @Schema(description = "18-character resident ID number (GB 11643) matching birthDate and gender; unique; "
                    + "personal data", maxLength = 18)
            @NotNull @Pattern(regexp = ID_NUMBER, message = "must be 17 digits and a check character (0-9 or X)") String idNumber,
            @Schema(description = "The community or village (org unit of tier COMMUNITY/VILLAGE) the volunteer lives in")
            @NotNull UUID homeCommunityId,
            @NotNull Boolean partyMember,
            @Schema(description = "From the skill dictionary; duplicates are dropped") @Size(max = 16) List<@NotNull Skill> skills,
            @Schema(description = "Default ACTIVE") VolunteerStatus status,
            @Schema(description = "The day of registration; default today, never in the future or before the birth date "
                    + "(a volunteer moved from another system keeps the date registered there)") LocalDate registeredOn) {}

    /** Replaces everything a caller may change; status INACTIVE takes a volunteer off the counts. */
    @Schema(name = "UpdateVolunteer")
    public record UpdateVolunteer(
            @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String name,
            @NotNull Gender gender,
            @NotNull @Past LocalDate birthDate,
            @Schema(maxLength = 11)
            @NotNull @Pattern(regexp = PHONE, message = "must be an 11-digit mobile number starting with 1") String phone,
            @Schema(maxLength = 18)
            @NotNull @Pattern(regexp = ID_NUMBER, message = "must be 17 digits and a check character (0-9 or X)") String idNumber,
            @NotNull UUID homeCommunityId,
            @NotNull Boolean partyMember,
            @Size(max = 16) List<@NotNull Skill> skills,
            @NotNull VolunteerStatus status,
            @NotNull LocalDate registeredOn) {}
}
