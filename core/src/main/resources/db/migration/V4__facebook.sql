-- Facebook: the Messenger 24-hour window is derived from the person's newest stored message in
-- the conversation (max(received_at) per channel, conversation and kind); this index serves it.
create index ix_inbound_event_conversation on inbound_event (channel, conversation_key, kind, received_at);
