-- Capacity reporting: units' status reports with their history and corrections, and each
-- region's preparedness level with its history.

create table preparedness_change (
    id          uuid primary key,
    region_code char(2) not null references region (code),
    level       text not null check (level in ('NORMALLAGE', 'STABSLAGE', 'FORSTARKNINGSLAGE', 'KATASTROFLAGE')),
    set_at      timestamptz not null,
    set_by      text not null,
    comment     text check (length(comment) <= 2000)
);
create index preparedness_change_region on preparedness_change (region_code, set_at desc);

create table status_report (
    id                   uuid primary key,
    unit_id              uuid not null references reporting_unit (id),
    region_code          char(2) not null references region (code),
    observed_at          timestamptz not null,
    received_at          timestamptz not null,
    reported_by          text not null,
    reported_by_id       uuid not null,
    -- a correction points at the report it corrects; the corrected one is then superseded
    corrects             uuid references status_report (id),
    superseded_by        uuid references status_report (id),
    version              bigint not null default 0,
    operational_status   text not null check (operational_status in ('NORMAL', 'RESTRICTED', 'CLOSED')),
    restrictions         text[] not null default '{}',
    ed_status            text check (ed_status in ('OPEN', 'DIVERTING', 'CLOSED')),
    elective_next_7_days integer check (elective_next_7_days between 0 and 5000),
    elective_postponed   integer check (elective_postponed between 0 and 5000),
    ventilated_patients  integer check (ventilated_patients between 0 and 5000),
    ecmo_patients        integer check (ecmo_patients between 0 and 5000),
    comment              text check (length(comment) <= 2000),
    warnings             text[] not null default '{}',
    idempotency_key      text,
    body_hash            bytea,
    unique (reported_by_id, idempotency_key)
);
create index status_report_unit on status_report (unit_id, observed_at desc) where superseded_by is null;
create index status_report_region on status_report (region_code, observed_at desc);

create table status_report_level (
    report_id  uuid not null references status_report (id),
    level      text not null,
    staffed    integer not null check (staffed between 0 and 5000),
    occupied   integer not null check (occupied between 0 and 5000),
    surge_24h  integer not null check (surge_24h between 0 and 5000),
    reserve_7d integer not null check (reserve_7d between 0 and 5000),
    primary key (report_id, level)
);
