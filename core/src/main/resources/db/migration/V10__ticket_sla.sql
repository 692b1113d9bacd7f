-- Service-level targets: when a ticket's first response and resolution are due (from its priority,
-- tighter for VIPs), when each was missed, and whom the breach was escalated to.
alter table ticket add column first_response_due_at timestamp with time zone;
alter table ticket add column resolution_due_at timestamp with time zone;
alter table ticket add column first_response_breached_at timestamp with time zone;
alter table ticket add column resolution_breached_at timestamp with time zone;
alter table ticket add column breached boolean not null default false;
alter table ticket add column escalated_to varchar(500);
create index ix_ticket_breached on ticket (breached);
