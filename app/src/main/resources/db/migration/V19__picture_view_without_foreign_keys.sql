-- The picture's view (picture_unit_level) is derived data: written in the same transaction as the
-- report it copies, and rebuilt from the reports at every start (PictureProjection.rebuild). Its
-- foreign keys checked again, for every level of every report, what the report's own keys had just
-- checked: four look-ups a level, on the hot path of ingestion and CSV uploads (docs/benchmarks.md).
-- They go. Units, hospitals and reports are never deleted, so nothing can leave the view pointing
-- nowhere.
alter table picture_unit_level
    drop constraint picture_unit_level_unit_id_fkey,
    drop constraint picture_unit_level_region_code_fkey,
    drop constraint picture_unit_level_hospital_id_fkey,
    drop constraint picture_unit_level_report_id_fkey;
