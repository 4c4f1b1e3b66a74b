-- A summary per conversation, written with every turn (ConversationSummaries), so staff search transcripts
-- and count figures without scanning the replies' JSON. V2_10_2 (Java) back-fills kept conversations.
alter table conversation add column outcome varchar(16) default 'abandoned' not null;
alter table conversation add column turns int default 0 not null;
alter table conversation add column unanswered_turns int default 0 not null;
alter table conversation add column handed_off boolean default false not null;
create index conversation_started_at on conversation (started_at);

-- The citizen's messages per intent (the intent of the bot's first reply to each).
create table conversation_intent (
    conversation_id varchar(64) not null references conversation (id) on delete cascade,
    intent          varchar(64) not null,
    turns           int         not null,
    primary key (conversation_id, intent)
);
create index conversation_intent_intent on conversation_intent (intent);

-- Curated answers given, and how often (the reply's source).
create table conversation_answer (
    conversation_id varchar(64)  not null references conversation (id) on delete cascade,
    answer_id       varchar(100) not null,
    title           varchar(500),
    uses            int          not null,
    primary key (conversation_id, answer_id)
);
