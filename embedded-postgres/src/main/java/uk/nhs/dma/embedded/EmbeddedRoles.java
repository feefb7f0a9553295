package uk.nhs.dma.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The roles of the embedded database, set on every start as the superuser (idempotent, so a start interrupted
 * half-way is finished by the next): an owner role that owns the schema and runs the migrations, and an
 * application role for the service's pool, which gets only the privileges the migrations grant it.
 * Objects that an older version created as the superuser are handed to the owner role.
 */
final class EmbeddedRoles {

    static final String OWNER = "assessment_owner";
    static final String APPLICATION = "assessment_app";

    private EmbeddedRoles() {
    }

    static void apply(Connection superuser, DatabasePasswords passwords) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("alter role postgres password '" + passwords.superuser() + "'");
            ensureRole(sql, OWNER, passwords.owner());
            ensureRole(sql, APPLICATION, passwords.application());
            sql.execute("alter schema public owner to " + OWNER);
            sql.execute("grant create on database postgres to " + OWNER);
            sql.execute(HAND_OVER_TO_OWNER);
        }
    }

    private static void ensureRole(Statement sql, String role, String password) throws SQLException {
        sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then create role "
                + role + "; end if; end $$");
        sql.execute("alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                + " password '" + password + "'");
    }

    /** Schemas, tables, views, free-standing sequences, routines and types the superuser owns outside the system. */
    private static final String HAND_OVER_TO_OWNER = """
            do $$
            declare
                su oid := (select oid from pg_roles where rolname = 'postgres');
                r record;
            begin
                for r in select nspname from pg_namespace where nspowner = su and nspname <> 'information_schema'
                         and nspname not like 'pg\\_%' loop
                    execute format('alter schema %I owner to assessment_owner', r.nspname);
                end loop;
                for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where c.relowner = su and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                         and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'
                         and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                         and d.objid = c.oid and d.deptype in ('a', 'i')) loop
                    execute format('alter table %s owner to assessment_owner', r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                         where p.proowner = su and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%' loop
                    execute format('alter routine %s owner to assessment_owner', r.name);
                end loop;
                for r in select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
                         where t.typowner = su and t.typtype in ('e', 'd') and n.nspname <> 'information_schema'
                         and n.nspname not like 'pg\\_%' loop
                    execute format('alter type %s owner to assessment_owner', r.name);
                end loop;
            end $$""";
}
