-- Announcements: the targets within a channel a manager chose (some of the configured Telegram
-- chats, say), and when an announcement's expiry was carried out on its copies (pins taken down).

-- No rows for a channel means all of its configured targets.
create table announcement_target (
    announcement_id bigint not null references announcement (id) on delete cascade,
    channel         varchar(16)  not null,
    target          varchar(255) not null,
    primary key (announcement_id, channel, target)
);

alter table announcement add column expired_at timestamp with time zone;
