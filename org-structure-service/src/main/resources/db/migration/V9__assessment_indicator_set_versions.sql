-- A year's indicators change as one set: replaced with If-Match while no assessment is scored
-- against them, so the set carries the version its ETag shows.
create table assessment_indicator_set (
    year    integer primary key,
    version bigint  not null
);
insert into assessment_indicator_set (year, version) select distinct year, 0 from assessment_indicator;
