-- A report about a place and problem that already has an open ticket is linked to it.
alter table ticket add column duplicate_of varchar(20);
