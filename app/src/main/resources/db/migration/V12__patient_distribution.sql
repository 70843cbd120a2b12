-- Patient distribution (fördelning av patienter): the regions' transport register, the plans the
-- secretariat computes from the live picture, and the support requests an accepted plan became.
-- Counts only: no patient identities, ever.

-- Vehicles and aircraft that can move patients between hospitals. A region's coordinator keeps
-- the region's own; national resources (region null: the air ambulance jets, SNAM) are kept by
-- the secretariat. The fields are those of a transport of the distribution contract.
create table transport_unit (
    id             uuid primary key,
    code           text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name           text not null check (length(name) between 1 and 200),
    kind           text not null check (kind in
                       ('ROAD_AMBULANCE', 'ICU_AMBULANCE', 'HELICOPTER', 'JET', 'SNAM', 'STRETCHER_BUS')),
    region_code    char(2) references region (code),
    base_name      text not null check (length(base_name) between 1 and 200),
    base_lat       double precision not null check (base_lat between -90 and 90),
    base_lon       double precision not null check (base_lon between -180 and 180),
    count          integer not null check (count between 1 and 500),
    available      integer not null check (available between 0 and count),
    speed_kmh      double precision not null check (speed_kmh > 0 and speed_kmh <= 1200),
    fixed_minutes  double precision not null check (fixed_minutes between 0 and 1440),
    duty_minutes   double precision not null check (duty_minutes > 0 and duty_minutes <= 4800),
    cap_icu_vent   integer not null check (cap_icu_vent between 0 and 100),
    cap_icu        integer not null check (cap_icu between 0 and 100),
    cap_ward       integer not null check (cap_ward between 0 and 100),
    seats          integer not null check (seats between 1 and 200),
    version        bigint not null default 0,
    updated_at     timestamptz not null,
    updated_by     text not null
);
create index transport_unit_region on transport_unit (region_code, code);

-- A plan: the problem as the contract's JSON (what was known when it was built), and once the
-- optimiser has run, its result with the nearest-free-bed baseline beside it.
create table transfer_plan (
    id                 uuid primary key,
    name               text not null check (length(name) between 1 and 200),
    state              text not null check (state in ('RUNNING', 'DONE', 'FAILED', 'ACCEPTED')),
    time_limit_seconds integer not null check (time_limit_seconds between 1 and 120),
    problem            jsonb not null,
    inputs             jsonb not null,
    result             jsonb,
    failure            text check (length(failure) <= 2000),
    version            bigint not null default 0,
    created_at         timestamptz not null,
    created_by         text not null,
    finished_at        timestamptz,
    accepted_at        timestamptz,
    accepted_by        text
);
create index transfer_plan_created on transfer_plan (created_at desc);

-- The support requests an accepted plan was turned into: one per (sending, receiving) region.
create table transfer_plan_request (
    plan_id            uuid not null references transfer_plan (id),
    support_request_id uuid not null unique,
    sending_region     char(2) not null references region (code),
    receiving_region   char(2) not null references region (code),
    patients           integer not null check (patients >= 1),
    primary key (plan_id, sending_region, receiving_region)
);
