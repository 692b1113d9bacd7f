-- A reply's own subject (e-mail shows one) and the stored files sent with it (an agent's attachments).
alter table outbox_entry add column subject varchar(500);
alter table outbox_entry add column attachments text;
