-- The audit trail: who changed what, when, from which region. Append-only and hash-chained:
-- each entry's hash covers its own fields and the previous entry's hash, so an entry altered or
-- removed afterwards (even by someone with the database's password) breaks the chain at that
-- point (AuditTrail.verify). The trigger refuses updates and deletes from the application.

create table audit_entry (
    seq           bigint primary key,
    at            timestamptz not null,
    actor         text not null,
    actor_region  char(2),
    action        text not null check (length(action) between 1 and 100),
    subject_type  text not null check (length(subject_type) between 1 and 100),
    subject_id    text not null check (length(subject_id) between 1 and 200),
    detail        text check (length(detail) <= 4000),
    previous_hash bytea not null,
    hash          bytea not null unique
);
create index audit_entry_subject on audit_entry (subject_type, subject_id, seq);
create index audit_entry_at on audit_entry (at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only (% refused)', tg_op;
end $$;

create trigger audit_entry_append_only
    before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
