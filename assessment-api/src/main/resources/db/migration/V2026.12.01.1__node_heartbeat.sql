-- The instances alive on this database (see processing/SegmentBalancer): each renews its row every claim interval
-- and deletes it on a clean stop; one not seen within the claim timeout is no longer counted when the projection
-- processors' segments are shared out.
create table node_heartbeat (
    node_id varchar(255) primary key,
    seen_at timestamptz  not null default now()
);
