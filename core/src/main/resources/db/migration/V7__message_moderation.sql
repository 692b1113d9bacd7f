-- Staff can hide a member's message on its platform (a Facebook page comment); the thread shows it.
alter table thread_message add column hidden boolean not null default false;
