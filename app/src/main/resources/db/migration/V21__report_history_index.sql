-- The picture as it was at an earlier time, without reading every report ever received: each unit's
-- current report by V20's index (status_report_current, of the reports no correction replaced),
-- plus the reports that a correction replaced, which this small index finds. Corrections are few,
-- so the index is small, and a report's insert writes no entry in it.
-- (One index over all reports instead of V20's partial one was tried: PostgreSQL then read each
-- unit's whole history to find its current report, docs/benchmarks.md.)
create index status_report_superseded on status_report (observed_at) where superseded_by is not null;
