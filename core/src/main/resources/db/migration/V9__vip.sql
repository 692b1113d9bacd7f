-- A VIP member's dedicated manager (a staff user name), and whether a ticket is a VIP's: fixed when
-- it opens or when its member is marked VIP, so that queue order and targets do not shift under it.
alter table member add column manager varchar(32);
alter table ticket add column vip boolean not null default false;
