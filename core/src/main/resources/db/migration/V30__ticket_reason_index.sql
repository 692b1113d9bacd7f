-- The dashboard's "questions most often escalated with no article" reads the tickets of one reason
-- over the last 30 days.
create index ix_ticket_reason_created on ticket (reason, created_at);
