-- What every report writes, made cheaper (docs/benchmarks.md, "CSV bulk import"; measured on the CSV
-- benchmark with PostgreSQL's statement log and its table statistics).

-- The picture's view becomes a row per unit (picture_unit) instead of a row per unit and care level
-- (picture_unit_level). A report replaced its unit's rows level by level: a look-up for a newer state,
-- an upsert per level and a delete of the levels it lacked. Now it is one upsert of one row, whose
-- care levels and figures are arrays, the same position in each. Half-full pages (fillfactor) leave
-- room for the new version on the same page (a heap-only update, which writes no index entry): with
-- full pages 97 % of the old view's updates wrote new entries into every index of the table.
-- Derived data: filled here from the old view, and rebuilt from the reports at every start anyway. The
-- unit's hospital is no longer copied: nothing read it from the view.
create table picture_unit (
    unit_id     uuid primary key,
    region_code char(2) not null,
    report_id   uuid not null,
    observed_at timestamptz not null,
    received_at timestamptz not null,
    levels      text[] not null,
    staffed     integer[] not null,
    occupied    integer[] not null,
    surge_24h   integer[] not null,
    reserve_7d  integer[] not null
) with (fillfactor = 50);
create index picture_unit_region on picture_unit (region_code);

insert into picture_unit
select unit_id, min(region_code), (array_agg(report_id))[1], max(observed_at),
    max(received_at), array_agg(level order by level), array_agg(staffed order by level),
    array_agg(occupied order by level), array_agg(surge_24h order by level), array_agg(reserve_7d order by level)
from picture_unit_level
group by unit_id;
drop table picture_unit_level;

alter table picture_unit enable row level security;
alter table picture_unit force row level security;
create policy picture_unit_read on picture_unit for select using (nspl_scoped());
create policy picture_unit_write on picture_unit for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

-- A unit's current report is its latest by observation, then receipt: with both in the index, finding
-- it is one probe, not a sort of the unit's history.
create index status_report_current on status_report (unit_id, observed_at desc, received_at desc)
    where superseded_by is null;
drop index status_report_unit;
-- Which units are overdue is asked unit by unit (the index above), not by region: no query reads a
-- region's reports by time any more.
drop index status_report_region;

-- One key for a report's unit and region instead of two: a report's region is its unit's (which a
-- unit never leaves), checked with one look-up per report where two only checked that each existed.
alter table reporting_unit add constraint reporting_unit_id_region_code_key unique (id, region_code);
alter table status_report
    add constraint status_report_unit_region_fkey foreign key (unit_id, region_code)
        references reporting_unit (id, region_code),
    drop constraint status_report_unit_id_fkey,
    drop constraint status_report_region_code_fkey;

-- Idempotency keys are unique per sender; reports without one (a region's CSV upload) need no entry.
create unique index status_report_idempotency_key on status_report (reported_by_id, idempotency_key)
    where idempotency_key is not null;
alter table status_report drop constraint status_report_reported_by_id_idempotency_key_key;

-- A report's figures move into its row (from status_report_level, a row per report and care level):
-- the care levels and each figure as arrays, the same position in each, as in the picture's view.
-- Storing a report is then one row, not one more per level with its own key and index entry; reading
-- one needs no join. The rules of the old table's columns hold for every element.
alter table status_report
    add column levels     text[]    not null default '{}',
    add column staffed    integer[] not null default '{}',
    add column occupied   integer[] not null default '{}',
    add column surge_24h  integer[] not null default '{}',
    add column reserve_7d integer[] not null default '{}';
update status_report r
set levels = l.levels, staffed = l.staffed, occupied = l.occupied, surge_24h = l.surge_24h, reserve_7d = l.reserve_7d
from (select report_id, array_agg(level order by level) as levels, array_agg(staffed order by level) as staffed,
             array_agg(occupied order by level) as occupied, array_agg(surge_24h order by level) as surge_24h,
             array_agg(reserve_7d order by level) as reserve_7d
      from status_report_level group by report_id) l
where l.report_id = r.id;
drop table status_report_level;
alter table status_report add constraint status_report_figures_check check (
    cardinality(staffed) = cardinality(levels) and cardinality(occupied) = cardinality(levels)
    and cardinality(surge_24h) = cardinality(levels) and cardinality(reserve_7d) = cardinality(levels)
    and array_position(levels, null) is null
    and array_position(staffed || occupied || surge_24h || reserve_7d, null) is null
    and 0 <= all (staffed || occupied || surge_24h || reserve_7d)
    and 5000 >= all (staffed || occupied || surge_24h || reserve_7d));
