-- X (Twitter) connector: where the mentions poller stopped. One row per cursor name
-- ("mentions:<account id>"), so a changed account never reuses another account's position.
-- since_id is the newest mention id handed to the InboundPort (or skipped as our own/retweet).

create table twitter_cursor (
    name       varchar(64) primary key,
    since_id   bigint not null,
    updated_at timestamp with time zone not null
);
