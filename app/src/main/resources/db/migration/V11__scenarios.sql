-- Scenarios (scenarier) and their runs. A scenario is the simulation contract's JSON
-- (shared/design/simulation-model.md); a run keeps the scenario as it was run and the result as
-- the engine wrote it. Exercise runs (övning) live here only: never in the capacity or picture tables.

create table scenario (
    id           uuid primary key,
    name         text not null check (length(name) between 1 and 200),
    definition   text not null,
    -- the region whose coordinator wrote it; null for the secretariat's
    owner_region char(2) references region (code),
    version      bigint not null default 0,
    created_at   timestamptz not null,
    created_by   text not null,
    updated_at   timestamptz not null
);
create index scenario_updated on scenario (updated_at desc);

create table scenario_run (
    id          uuid primary key,
    scenario_id uuid not null references scenario (id) on delete cascade,
    name        text not null,
    mode        text not null check (mode in ('DETERMINISTIC', 'STOCHASTIC')),
    exercise    boolean not null,
    definition  text not null,
    state       text not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done        integer not null default 0,
    total       integer not null,
    -- the result JSON byte for byte as the engine wrote it (text, not jsonb, which reorders keys)
    result      text,
    error       text,
    started_by  text not null,
    created_at  timestamptz not null,
    finished_at timestamptz,
    check ((state = 'DONE') = (result is not null))
);
create index scenario_run_scenario on scenario_run (scenario_id, created_at desc);
