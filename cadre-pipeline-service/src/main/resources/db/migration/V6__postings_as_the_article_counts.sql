-- Sujiatun's postings as the article names them: 公开选调 (not 公开招录), staff of the district
-- service centres stationed in sub-districts (派驻), district-department secondments.
update cadre_posting set source = 'PUBLIC_SELECTION' where source = 'PUBLIC_RECRUITMENT';
update cadre_posting set source = 'SERVICE_CENTRE_STATIONED' where source = 'INSTITUTION_SECONDMENT';

-- The managing party (working) committee is that of the township-level unit at or above the
-- destination, an org unit rather than free text.
alter table cadre_posting add column managing_unit_id uuid;
update cadre_posting set managing_unit_id = org_unit_id;
alter table cadre_posting alter column managing_unit_id set not null;
alter table cadre_posting drop column managing_committee;
create index cadre_posting_managing_unit on cadre_posting (managing_unit_id, starts_on);
