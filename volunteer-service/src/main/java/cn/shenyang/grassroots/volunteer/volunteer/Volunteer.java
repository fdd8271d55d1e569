package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A registered volunteer; written by {@link VolunteerService} one by one and by the CSV import with COPY. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends Audited {
    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** Personal data: masked in views for callers who may not read it, never logged. */
    public String phone;

    /** Personal data, as above. */
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "home_community_id")
    public UUID homeCommunityId;

    @Column(name = "party_member")
    public boolean partyMember;

    /** Skill names, comma-separated (see {@link #skillList()}). */
    public String skills;

    @Enumerated(EnumType.STRING)
    public VolunteerStatus status;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    public List<Skill> skillList() {
        return parseSkills(skills);
    }

    public static List<Skill> parseSkills(String skills) {
        return skills == null || skills.isEmpty() ? List.of()
                : Arrays.stream(skills.split(",")).map(Skill::valueOf).toList();
    }

    /** Distinct, in dictionary order; null when there are none. */
    public static String joinSkills(Collection<Skill> skills) {
        return skills == null || skills.isEmpty() ? null
                : skills.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
