-- Transactional outbox of tickets to deliver into the Smart City Center, written with the ticket.
-- state: PENDING (to submit), AWAITING_TOKEN (batch service: token to resolve), DELIVERED, REJECTED.
-- attempts > 0 means a submission may have reached the center: search before submitting again.
create table ticket_delivery (
    ticket_seq        bigint        primary key references ticket (seq),
    state             varchar(20)   not null,
    attempts          int           not null,
    next_attempt_at   timestamp     not null,
    center_request_id varchar(100),
    token             varchar(200),
    last_error        varchar(500),
    updated_at        timestamp     not null
);
create index ticket_delivery_due on ticket_delivery (state, next_attempt_at);

alter table ticket add column center_request_id varchar(100);
alter table ticket add column status_notes varchar(1000);
