-- Second factor of interactive accounts: a TOTP secret (RFC 6238), confirmed once the owner has
-- typed a code from the app, the last step used (a code is good once), and single-use recovery
-- codes, kept as SHA-256 hashes (they are random, 50 bits each: no salt or slow hash is needed).

create table account_mfa (
    account_id   uuid primary key references account (id) on delete cascade,
    secret       bytea not null check (length(secret) = 20),
    confirmed_at timestamptz,
    last_step    bigint not null default 0,
    created_at   timestamptz not null
);

create table account_recovery_code (
    account_id uuid not null references account (id) on delete cascade,
    code_hash  bytea not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);
