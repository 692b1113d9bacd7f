-- The help center files articles in sections of their category, promotes some on its home page, and
-- lets staff keep an article as a draft until it is published. Existing articles stay published.
alter table kb_article add column section varchar(64);
alter table kb_article add column promoted boolean not null default false;
alter table kb_article add column status varchar(16) not null default 'PUBLISHED';
