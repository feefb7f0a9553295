-- A counter the organisation projection moves forward in the same transaction as each change it makes to the
-- hierarchy (registration, reassignment, closure, reset), so that a cached copy of the hierarchy can tell with one
-- primary-key read whether it is still current (HierarchyCache). It never goes back, not even on a replay.
create table read_model.register_stamp (
    id    smallint primary key check (id = 1),
    stamp bigint   not null
);
insert into read_model.register_stamp (id, stamp) values (1, 0);
