-- The planning register (issue 7, part 4): joint planning items per area and region, the scenario
-- runs that motivate them (by id: the scenario module's tables are its own), and comment threads.
create table planning_item (
    id           uuid primary key,
    area         text        not null,
    region       text,                       -- null: the secretariat's national item
    title        text        not null,
    gap          text,
    owner        text        not null,
    organisation text        not null,
    status       text        not null,
    due_on       date        not null,
    version      bigint      not null default 0,
    created_at   timestamptz not null,
    created_by   text        not null,
    updated_at   timestamptz not null,
    updated_by   text        not null,
    constraint planning_item_area check (area in ('ICU_CAPACITY', 'TRANSPORT', 'BEDS', 'PLANNED_CARE',
                                                  'SUPPLIES', 'STAFF', 'COMMUNICATIONS')),
    constraint planning_item_status check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK')),
    constraint planning_item_region check (region is null or region ~ '^[0-9]{2}$')
);

create index planning_item_region_area on planning_item (region, area);

create table planning_item_run (
    item_id  uuid not null references planning_item (id) on delete cascade,
    run_id   uuid not null,
    position int  not null,
    primary key (item_id, run_id)
);

create table planning_comment (
    id         uuid primary key,
    item_id    uuid        not null references planning_item (id) on delete cascade,
    author     text        not null,
    written_at timestamptz not null,
    text       text        not null
);

create index planning_comment_item on planning_comment (item_id, written_at);
