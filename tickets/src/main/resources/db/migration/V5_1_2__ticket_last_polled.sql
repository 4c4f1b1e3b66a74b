-- Status sync polls open tickets in turn, the least recently polled first: ordered by their last update, as
-- before, the same batch was polled again and again while newer tickets were never asked about.
alter table ticket add column last_polled_at timestamp with time zone;
create index ticket_status_polled on ticket (status, last_polled_at);
