-- PostgreSQL only (db/vendor/{vendor}): the instants the first migrations kept as "timestamp" become
-- "timestamp with time zone", so any instance reads the same instant whatever its JVM's zone. A stored
-- value is read in the session's zone, which PgJDBC sets to the migrating JVM's default zone: the zone the
-- application wrote it in. The ticket and outbox tables are converted with the outbox (V5_1_x); H2 keeps
-- its columns (one embedded instance, one zone).
alter table answer alter column updated_at set data type timestamp with time zone;
alter table unanswered_question alter column asked_at set data type timestamp with time zone;
alter table conversation alter column started_at set data type timestamp with time zone;
alter table conversation alter column last_active_at set data type timestamp with time zone;
alter table conversation_message alter column at set data type timestamp with time zone;
