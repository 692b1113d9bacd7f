-- Intake lanes (docs/architecture.md, "Decided"): each stored event belongs to the lane of its conversation,
-- a hash of its key that InboundEvent computes, and a lane is decided by one worker at a time, on any instance:
-- the one whose transaction holds its intake_lane row. Events stored before this migration are all in lane 0,
-- so they keep their order.
alter table inbound_event add column lane smallint not null default 0;
create index ix_inbound_event_lane on inbound_event (status, lane, id);

create table intake_lane (
    id smallint primary key
);
-- InboundEvent.LANES rows
insert into intake_lane (id) values
    (0), (1), (2), (3), (4), (5), (6), (7),
    (8), (9), (10), (11), (12), (13), (14), (15),
    (16), (17), (18), (19), (20), (21), (22), (23),
    (24), (25), (26), (27), (28), (29), (30), (31),
    (32), (33), (34), (35), (36), (37), (38), (39),
    (40), (41), (42), (43), (44), (45), (46), (47),
    (48), (49), (50), (51), (52), (53), (54), (55),
    (56), (57), (58), (59), (60), (61), (62), (63);
