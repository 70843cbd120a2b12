-- The request an audit entry was recorded in (X-Request-Id, also in the log), and the external
-- identity (OIDC issuer and subject) an administrator linked to a local account.
--
-- The hash chain covers request_id only when there is one: entries written before this column
-- (and those of jobs, which have no request) hash exactly as before, so the old chain stays
-- verifiable (AuditTrail.hash).

alter table audit_entry add column request_id text check (length(request_id) between 1 and 64);
create index audit_entry_request on audit_entry (request_id) where request_id is not null;

-- "<issuer> <subject>": a subject is unique within its issuer only (OpenID Connect Core 1.0, 2).
alter table account add column external_subject text unique
    check (length(external_subject) between 3 and 600);
