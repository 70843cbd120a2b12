-- The situational picture's view: each unit's current figures per care level, kept current by
-- the StatusReportAccepted events (so that reading the picture never recounts the reports), and
-- the alerts raised when a region crosses a threshold or raises its preparedness level.
create table picture_unit_level (
    unit_id     uuid not null references reporting_unit (id),
    level       text not null,
    region_code char(2) not null references region (code),
    hospital_id uuid not null references hospital (id),
    report_id   uuid not null references status_report (id),
    observed_at timestamptz not null,
    received_at timestamptz not null,
    staffed     integer not null,
    occupied    integer not null,
    surge_24h   integer not null,
    reserve_7d  integer not null,
    primary key (unit_id, level)
);
create index picture_unit_level_region on picture_unit_level (region_code);
create index picture_unit_level_hospital on picture_unit_level (hospital_id);

-- the last traffic light of each region (and of the country: region_code '00') per care level,
-- to see when one changes
create table picture_light (
    region_code char(2) not null,
    level       text not null,
    light       text not null,
    primary key (region_code, level)
);

-- region_code null: the country as a whole
create table picture_alert (
    id          uuid primary key,
    raised_at   timestamptz not null,
    region_code char(2) references region (code),
    kind        text not null check (kind in ('THRESHOLD', 'PREPAREDNESS')),
    level       text,
    from_state  text not null,
    to_state    text not null,
    percent_free numeric(5, 1)
);
create index picture_alert_raised on picture_alert (raised_at desc);
