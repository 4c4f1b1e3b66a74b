-- Optimistic versioning of conversations: every save is "update ... where id = ? and version = ?"
-- (ConversationStore), so two instances serving one conversation never overwrite each other's turn.
alter table conversation add column version bigint default 0 not null;
