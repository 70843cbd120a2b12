# Sourced by the benchmarks that start the platform on the machine's PostgreSQL: it connects as the
# application role `nspl_app`, as in production (docs/security.md, "Database roles"), so that row-level
# security is part of what is measured; Flyway migrates as `postgres`, the tables' owner. Trust auth: no
# passwords. Roles belong to the server: the role is created once, if missing.
psql -d postgres -qc "do \$\$ begin
    if not exists (select from pg_roles where rolname = 'nspl_app') then
        create role nspl_app login nosuperuser nobypassrls;
    end if;
end \$\$"
export NSPL_DB_USER=nspl_app NSPL_DB_PASSWORD= NSPL_DB_OWNER_USER=postgres NSPL_DB_OWNER_PASSWORD=
