-- For this module's tests only: the department table as knowledge-base's V1_1__knowledge.sql creates it.
create table department (
    id       varchar(64)  primary key,
    name_en  varchar(200) not null,
    name_ko  varchar(200) not null,
    phone    varchar(40),
    email    varchar(200)
);
