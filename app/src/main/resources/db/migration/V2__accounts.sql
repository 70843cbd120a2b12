-- Accounts, their roles and the bearer credentials of API clients.

create table account (
    id            uuid primary key,
    username      text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name  text not null,
    password_hash text not null,
    role          text not null check (role in ('NATIONAL_COORDINATOR', 'REGION_COORDINATOR', 'REPORTER',
                                                'AUTHORITY_VIEWER', 'FINANCE', 'ADMIN')),
    region_code   char(2) references region (code),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    -- regional roles are bound to one region
    check (role not in ('REGION_COORDINATOR', 'REPORTER') or region_code is not null)
);

-- A reporter may be bound to some units of its region rather than the whole region.
create table account_unit (
    account_id uuid not null references account (id) on delete cascade,
    unit_id    uuid not null references reporting_unit (id),
    primary key (account_id, unit_id)
);

-- Short-lived tokens from POST /api/v1/auth/token (they act as their account) and long-lived
-- API keys of machine clients (they act as a reporter for one region or some of its units).
-- Only a SHA-256 hash of the secret is stored; revocation, expiry and disabling the account
-- take effect on the next request.
create table api_credential (
    id          uuid primary key,
    kind        text not null check (kind in ('TOKEN', 'API_KEY')),
    secret_hash bytea not null unique,
    account_id  uuid references account (id) on delete cascade,
    name        text,
    region_code char(2) references region (code),
    created_by  uuid not null references account (id),
    expires_at  timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz not null default now(),
    check ((kind = 'TOKEN' and account_id is not null and expires_at is not null)
        or (kind = 'API_KEY' and account_id is null and name is not null and region_code is not null))
);

create table api_credential_unit (
    credential_id uuid not null references api_credential (id) on delete cascade,
    unit_id       uuid not null references reporting_unit (id),
    primary key (credential_id, unit_id)
);
