-- The buttons a reply carries (core.gateway.Choice: a Telegram inline keyboard, Messenger quick
-- replies), so that a send retried after an outage still has them: one choice a line, its data, a
-- tab, its label (core.outbox.ChoicesColumn). Null for a reply without buttons, as every earlier one.
alter table outbox_entry add column choices text;
