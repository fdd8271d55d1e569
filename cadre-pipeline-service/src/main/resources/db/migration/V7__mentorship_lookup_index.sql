-- Talk rules and coverage look a cadre's mentorships up by level and start (the unique index
-- covers only current ones).
create index mentorship_cadre_level on mentorship (cadre_id, level, starts_on);
