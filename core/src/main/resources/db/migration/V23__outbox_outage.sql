-- Long platform outages (issue 12): replies are retried for hours, staff can send a failed or
-- expired one again (its age then counts from the request), and a chat's later replies wait
-- behind an earlier one still pending, which needs the chat's pending entries by id.
alter table outbox_entry add column requeued_at timestamp with time zone;
create index ix_outbox_chat_pending on outbox_entry (channel, chat_id, status, id);
