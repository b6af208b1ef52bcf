-- 0002_run_plan: run plan - which files each run's batches hold (Airflow's discover -> mapped transform)
-- (filled in by the change that introduces these tables)
SELECT 1;
