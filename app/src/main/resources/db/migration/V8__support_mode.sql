-- The secretariat's national switch for support between regions: under heightened preparedness
-- (höjd beredskap, war) every request submitted takes the full path with the secretariat's
-- approval, whatever the requesting region's own level. The newest row is the mode; no row means
-- peacetime. Kept as history: who switched, when and why.

create table support_mode (
    id          bigserial primary key,
    heightened  boolean not null,
    reason      text check (length(reason) <= 2000),
    changed_at  timestamptz not null,
    changed_by  text not null
);
