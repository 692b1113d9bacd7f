-- Bucket4j's PostgreSQL backend keeps one row per rate-limit bucket (core.limit): in the cluster
-- profile every instance takes its permits from these rows (select ... for update), so a limit holds
-- for all instances together. The id is the limit's name, its rule and the key ("outbox.chat[...]:TELEGRAM:42");
-- state is Bucket4j's serialized bucket; expires_at (epoch milliseconds) is when the bucket is full again
-- and the row may be deleted. The embedded H2 database gets the table too but leaves it empty: one
-- process keeps its buckets in memory.
create table rate_limit_bucket (
    id         varchar(512) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
