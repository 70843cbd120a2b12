-- A unit's reports by observation, then receipt, over its whole history, corrected reports included
-- (V20's index held only the current ones). The current report is still the first probe (the newest
-- is rarely a corrected one), and the picture as it was at an earlier time becomes one probe per
-- unit too: before, that query sorted every report ever received.
create index status_report_unit_observed on status_report (unit_id, observed_at desc, received_at desc);
drop index status_report_current;

-- Which reports a correction replaced, for the picture at an earlier time (was a scan of every
-- report). Corrections are few, so the index is small.
create index status_report_corrects on status_report (corrects) where corrects is not null;
