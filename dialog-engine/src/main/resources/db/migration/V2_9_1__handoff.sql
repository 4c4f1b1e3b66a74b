-- Hand-offs to counsellors: one row per conversation (asking again after a close re-opens it). The summary is
-- JSON, masked when written; a conversation's deletion (retention) takes its hand-off with it.
create table handoff (
    conversation_id varchar(64)  primary key references conversation (id) on delete cascade,
    channel         varchar(10)  not null,
    language        varchar(2)   not null,
    reason          varchar(40)  not null,
    status          varchar(10)  not null,
    requested_at    timestamp with time zone not null,
    counsellor      varchar(40),
    picked_up_by    varchar(64),
    picked_up_at    timestamp with time zone,
    closed_at       timestamp with time zone,
    summary         varchar(8000) not null
);
create index handoff_open on handoff (status, requested_at);
