-- Who speaks in a reply (the bot answering, the bot's notice, or a staff member by user name), so
-- that a channel showing authors, the forum, labels it right and offers "accept" on answers only.
-- Replies queued before this migration count as the bot's notices: none of them can be accepted.
alter table outbox_entry add column sender_kind varchar(16) not null default 'BOT_NOTICE';
alter table outbox_entry add column sender_username varchar(64);
