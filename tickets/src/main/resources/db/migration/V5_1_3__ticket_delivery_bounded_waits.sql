-- Bounded waits (issue 12): token polls that came back unresolved and searches the center refused are counted;
-- past their bounds a delivery is held for staff (state HELD), never retried forever nor marked rejected while
-- the center may hold the ticket.
alter table ticket_delivery add column token_polls int default 0 not null;
alter table ticket_delivery add column search_refusals int default 0 not null;
