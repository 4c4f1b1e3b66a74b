-- Every version of every answer is kept: each save and each status change, with who and when. The newest
-- version of an answer in a language is its head (the edit in progress, if any). The table "answer" stays
-- what citizens get, and now says which version that is; pending edits are heads, so "answer_draft" goes.
create table answer_version (
    id           varchar(100)  not null,
    lang         varchar(2)    not null,
    version      integer       not null,
    topic        varchar(60)   not null,
    department   varchar(64)   not null,
    question     varchar(500)  not null,
    alternatives varchar(4000) not null,
    body         varchar(4000) not null,
    status       varchar(12)   not null,
    change_kind  varchar(12)   not null,
    author       varchar(64)   not null,
    created_at   timestamp with time zone not null,
    -- Two edits based on the same version both claim the next number: the second is refused here.
    primary key (id, lang, version)
);

alter table answer add column live_version integer default 1 not null;

insert into answer_version (id, lang, version, topic, department, question, alternatives, body, status,
                            change_kind, author, created_at)
select id, lang, 1, topic, department, question, alternatives, body, status, 'IMPORTED', 'migration', updated_at
from answer;

insert into answer_version (id, lang, version, topic, department, question, alternatives, body, status,
                            change_kind, author, created_at)
select d.id, d.lang,
       case when exists (select 1 from answer a where a.id = d.id and a.lang = d.lang) then 2 else 1 end,
       d.topic, d.department, d.question, d.alternatives, d.body, d.status, 'EDITED', 'migration', d.updated_at
from answer_draft d;

drop table answer_draft;
