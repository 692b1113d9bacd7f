-- When the earliest platform call for the entry started whose outcome was never recorded. Set (if not
-- set yet) and committed just before the call, cleared once the platform answers it (sent, or refused).
-- Still set when the entry is due again means the sender died mid-call, or could not look the message
-- up: the platform may or may not have the message, so the next sender asks it before sending again.
alter table outbox_entry add column in_flight_since timestamp with time zone;
