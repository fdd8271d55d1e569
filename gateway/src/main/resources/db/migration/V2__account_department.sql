-- A DEPARTMENT_LIAISON account answers for one district department (kept in org-structure-service);
-- its tokens carry the department's id so that service can show it the whistles sent there.
alter table account add column department_id uuid;
