-- When the earliest publish call for the copy started whose outcome was never recorded. Set (if not set
-- yet) and committed just before the call, cleared once the platform answers it (published, or refused).
-- Still set when the copy is due again means the sender died mid-call, or the call went unanswered: the
-- platform may or may not show the announcement, so the next sender asks it before publishing again.
alter table announcement_delivery add column in_flight_since timestamp with time zone;
