-- Staff accounts (issue 9): the person's name as colleagues know it, and the department they work for
-- (an id of the knowledge base's departments, checked when set; no foreign key across modules).
alter table staff_user add column display_name varchar(100);
alter table staff_user add column department varchar(64);
-- When the password was last set by an administrator: sessions signed in before it end.
alter table staff_user add column password_changed_at timestamp with time zone;
-- The audit log page filters by action and date.
create index staff_audit_action on staff_audit (action, at);
