-- The reports a correction replaced, by unit and time. Corrections are few, so the index is small,
-- and a report's insert writes no entry in it. With V20's index of the current reports it serves:
-- - a unit's history, corrected reports included (before, every report was read: no index held them
--   all);
-- - the picture as it was at an earlier time: each unit's current report then, or a report whose
--   correction came later (before, every report ever received was sorted).
-- One index over all reports instead of the two was tried: PostgreSQL then read each unit's whole
-- history to find its current report (docs/benchmarks.md, "Queries over the reports' history").
create index status_report_superseded on status_report (unit_id, observed_at desc, received_at desc)
    where superseded_by is not null;
