package cn.shenyang.grassroots.volunteer.profile;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.volunteer.compound.CompoundResource;
import cn.shenyang.grassroots.volunteer.compound.CompoundView;
import cn.shenyang.grassroots.volunteer.opinion.OpinionResource;
import cn.shenyang.grassroots.volunteer.opinion.OpinionView;
import cn.shenyang.grassroots.volunteer.team.TeamResource;
import cn.shenyang.grassroots.volunteer.team.TeamView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThreePlatformsProfile", description = "The volunteer, red-property and representatives sections of the "
        + "suite's profile of one unit in one answer. Each section is exactly what its own operation answers for the "
        + "unit's subtree with its default filters and order and a page of 20; nothing is added.")
public record ThreePlatformsProfile(
        @Schema(required = true, implementation = TeamResource.TeamPage.class, description = "listVolunteerTeams")
        Page<TeamView> volunteerTeams,
        @Schema(required = true, implementation = CompoundResource.CompoundPage.class, description = "listResidentialCompounds")
        Page<CompoundView> residentialCompounds,
        @Schema(required = true, implementation = OpinionResource.OpinionPage.class, description = "listOpinions")
        Page<OpinionView> opinions) {}
