-- Two or more application nodes on one database (docs/reliability.md, Two nodes): page sessions,
-- the login throttle's failures and the claims of scheduled jobs live here instead of in each
-- node's memory.

-- Spring Session JDBC's tables (its PostgreSQL schema, created here rather than by Spring Session
-- itself: spring.session.jdbc.initialize-schema=never). A session's attributes are serialised
-- Java objects; principal_name is the username, for finding an account's sessions.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- One row per failed password: the login throttle counts them per account and address and per
-- address over the last minute, the same on every node. Rows older than the window are deleted.
create table login_failure (
    throttle_key text not null check (length(throttle_key) <= 400),
    failed_at    timestamptz not null
);
create index login_failure_by_key on login_failure (throttle_key, failed_at);
create index login_failure_by_time on login_failure (failed_at);

-- A scheduled job that must run on one node at a time: the node that first claims the job's
-- current time slot (the database's clock divided into the job's interval) runs it; the others
-- skip that slot.
create table scheduled_job (
    name       text primary key check (length(name) <= 100),
    slot       bigint not null,
    started_at timestamptz not null,
    node       text not null check (length(node) <= 200),
    runs       bigint not null
);
