-- One database per service, created on the PostgreSQL container's first start.
create database org_structure;
create database gateway;
create database volunteer;
create database cadre_pipeline;
create database rural_industry;
