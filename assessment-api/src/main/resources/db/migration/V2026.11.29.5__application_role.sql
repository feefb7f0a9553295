-- Two roles: the migrations run as the owner of every table (current_user here); the service's pool connects as
-- the application role named by the placeholder, which gets what the service needs and no more. Events are
-- appended, never updated or deleted; a stream's hash-chain head is inserted, then only moved forward.
-- With an empty placeholder (or the owner's own name) the service and the migrations share one role.

-- Heads move forward only, for everyone but the table's owner (and superusers), whose rights include dropping this.
create function audit_stream_head_forward_only() returns trigger language plpgsql as $$
begin
    if (new.aggregate_identifier <> old.aggregate_identifier or new.last_sequence <= old.last_sequence)
            and not pg_has_role(current_user, (select relowner from pg_class where oid = tg_relid), 'USAGE') then
        raise exception 'the head of stream % may only move forward', old.aggregate_identifier
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

create trigger audit_stream_head_forward_only before update on audit_stream_head
    for each row execute function audit_stream_head_forward_only();

do $$
declare
    app text := '${application-role}';
begin
    if app = '' or app = current_user then
        return;
    end if;
    if not exists (select from pg_roles where rolname = app) then
        raise exception 'The application role "%" does not exist: create it (with LOGIN) before migrating, or set'
            ' spring.flyway.placeholders.application-role (ASSESSMENT_DB_APPLICATION_ROLE) to the right name', app;
    end if;
    execute format('grant usage on schema public, read_model to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant select, insert, update, delete, truncate on all tables in schema read_model to %I', app);
    execute format('grant usage, select on all sequences in schema public, read_model to %I', app);
    -- the event store: read and append only
    execute format('revoke update, delete on domain_event_entry from %I', app);
    -- the hash-chain heads: read, insert a new stream's, move an existing one forward (trigger above)
    execute format('revoke update, delete on audit_stream_head from %I', app);
    execute format('grant update (last_sequence, last_hash) on audit_stream_head to %I', app);
    -- the migrations' own history is none of the service's business
    execute format('revoke all on %I from %I', '${flyway:table}', app);
    -- tables, sequences and schemas that later migrations create (as this same owner role)
    execute format('alter default privileges grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema read_model grant truncate on tables to %I', app);
    execute format('alter default privileges grant usage, select on sequences to %I', app);
    execute format('alter default privileges grant usage on schemas to %I', app);
end $$;
