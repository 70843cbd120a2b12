-- The organisation registry: nation -> regions -> hospitals -> reporting units, and the
-- authorities and the secretariat that work with them.

create table region (
    code                       char(2) primary key check (code ~ '^[0-9]{2}$'),
    name                       text    not null,
    seat                       text    not null,
    population                 integer not null check (population > 0),
    population_date            date    not null,
    population_source          text    not null,
    area_km2                   integer check (area_km2 > 0),
    lat                        double precision not null,
    lon                        double precision not null,
    participation              text    not null default 'PENDING'
                               check (participation in ('PENDING', 'YES', 'NO')),
    participation_decided_on   date,
    participation_diary_number text,
    version                    bigint  not null default 0,
    check (participation = 'PENDING' or participation_decided_on is not null)
);

create table organisation (
    id               uuid primary key,
    kind             text not null check (kind in ('AUTHORITY', 'SECRETARIAT', 'ASSOCIATION')),
    short_name       text not null unique,
    name             text not null,
    description      text not null,
    host_region_code char(2) references region (code)
);

create table hospital (
    id          uuid primary key,
    slug        text    not null unique,
    name        text    not null,
    region_code char(2) not null references region (code),
    city        text    not null,
    lat         double precision not null check (lat between 55 and 70),
    lon         double precision not null check (lon between 10 and 25),
    university  boolean not null default false,
    source      text,
    version     bigint  not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    unique (id, region_code)
);
create index hospital_region on hospital (region_code);

create table reporting_unit (
    id                         uuid primary key,
    hospital_id                uuid    not null,
    region_code                char(2) not null,
    name                       text    not null,
    kind                       text    not null
                               check (kind in ('ADULT_ICU', 'PAEDIATRIC_ICU', 'NEONATAL_ICU', 'WARD')),
    reference_beds             integer check (reference_beds between 0 and 5000),
    reference_beds_is_estimate boolean not null default false,
    source                     text,
    active                     boolean not null default true,
    version                    bigint  not null default 0,
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    unique (hospital_id, name),
    -- a unit belongs to its hospital's region, enforced by the database too
    foreign key (hospital_id, region_code) references hospital (id, region_code)
);
create index reporting_unit_region on reporting_unit (region_code);
