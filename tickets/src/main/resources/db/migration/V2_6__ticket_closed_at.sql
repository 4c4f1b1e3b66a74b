-- When a ticket was resolved or closed: its contact details are cleared a retention period later.
alter table ticket add column closed_at timestamp;
update ticket set closed_at = updated_at where status in ('RESOLVED', 'CLOSED');
create index ticket_closed_at on ticket (closed_at);
-- When the contact and personal data in the free text were cleared (retention); null while kept.
alter table ticket add column personal_data_cleared_at timestamp;
