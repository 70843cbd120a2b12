-- Governance: the steering group's meetings with their decisions and follow-up actions, and the
-- programme's milestones. The regions' participation decisions stay in region (V1).

create table steering_meeting (
    id         uuid primary key,
    held_on    date   not null,
    title      text   not null check (length(title) between 1 and 200),
    notes      text   check (length(notes) <= 4000),
    version    bigint not null default 0,
    created_at timestamptz not null,
    created_by text   not null,
    updated_at timestamptz not null
);
create index steering_meeting_held_on on steering_meeting (held_on desc);

create table steering_decision (
    meeting_id uuid    not null references steering_meeting (id) on delete cascade,
    number     integer not null check (number > 0),
    text       text    not null check (length(text) between 1 and 2000),
    primary key (meeting_id, number)
);

create table follow_up_action (
    id          uuid primary key,
    meeting_id  uuid    not null references steering_meeting (id) on delete cascade,
    position    integer not null,
    text        text    not null check (length(text) between 1 and 2000),
    responsible text    check (length(responsible) <= 200),
    due_on      date,
    status      text    not null check (status in ('OPEN', 'DONE')),
    unique (meeting_id, position)
);

create table milestone (
    id           uuid primary key,
    title        text   not null check (length(title) between 1 and 200),
    description  text   check (length(description) <= 2000),
    planned_on   date   not null,
    status       text   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED')),
    completed_on date,
    version      bigint not null default 0,
    updated_at   timestamptz not null,
    updated_by   text   not null,
    check (status = 'DONE' or completed_on is null)
);

-- Finance: the secretariat's budget per year and each region's reported state grant
-- (statsbidrag). Amounts in SEK, exact to the öre. The split itself is derived (the cost key).

create table finance_budget (
    year       integer primary key check (year between 2000 and 2100),
    amount_sek numeric(15, 2) not null check (amount_sek >= 0),
    note       text   check (length(note) <= 500),
    version    bigint not null default 0,
    updated_at timestamptz not null,
    updated_by text   not null
);

create table finance_state_grant (
    year        integer not null check (year between 2000 and 2100),
    region_code char(2) not null references region (code),
    amount_sek  numeric(15, 2) not null check (amount_sek >= 0),
    note        text    check (length(note) <= 500),
    version     bigint  not null default 0,
    updated_at  timestamptz not null,
    updated_by  text    not null,
    primary key (year, region_code)
);
