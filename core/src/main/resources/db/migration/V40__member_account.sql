-- The account a platform identity belongs to, where the identity proves it: an e-mail sender whose address an
-- account verified. Null for every other member.
alter table member add column account_id bigint references account (id);
