-- The language a request was filed in (zh, en): the e-mail notices about it later (an agent's reply, "solved")
-- speak it. Requests filed before have none and are written to in English.
alter table help_request add column language varchar(8);
