-- An account's verified e-mail address (one per account; an address belongs to one account at most): the help
-- center writes to it, and the e-mail intake finds the account of a sender by it. A row is written only once the
-- address is verified (the owner opened the link mailed to it), so every row here is verified.
create table account_address (
    account_id  bigint       primary key references account (id),
    address     varchar(254) not null,
    verified_at timestamp with time zone not null,
    constraint uk_account_address unique (address)
);
