-- Fenced claims (issue 12): each claim of an outbox row takes the next claim number, and every later update
-- of the row names it, so a worker whose lease lapsed cannot overwrite the result of the one that took over.
alter table ticket_delivery add column claim bigint default 0 not null;
-- Instants with their time zone. Leases and due times come from the database's clock; on PostgreSQL the
-- conversion reads the old values in the session's zone, the JVM's zone that wrote them.
alter table ticket_delivery alter column next_attempt_at set data type timestamp with time zone;
alter table ticket_delivery alter column updated_at set data type timestamp with time zone;
alter table ticket alter column created_at set data type timestamp with time zone;
alter table ticket alter column updated_at set data type timestamp with time zone;
alter table ticket alter column closed_at set data type timestamp with time zone;
alter table ticket alter column personal_data_cleared_at set data type timestamp with time zone;
