-- The replies each client message id got (DialogEngine): a message re-sent to any instance gets them back and
-- its turn never runs twice. Written in the turn's transaction; deleted with the conversation. replies is the
-- JSON array of the turn's Reply objects (each also stored, up to 8,000 characters, in conversation_message).
create table conversation_reply (
    conversation_id   varchar(64) not null references conversation (id) on delete cascade,
    client_message_id varchar(64) not null,
    replies           varchar     not null,
    primary key (conversation_id, client_message_id)
);
