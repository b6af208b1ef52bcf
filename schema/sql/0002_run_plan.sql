-- 0002 run plan: which files each batch of a run holds (Airflow's discover -> mapped transform).
--
-- The Airflow DAG plans a run once (discover, skip unchanged files, cut the rest into batches) and
-- then hands only the run id and batch numbers to its tasks: the file lists live here, not in
-- XCom, so a run over 100,000 files moves a few hundred integers through Airflow.  A retried or
-- cleared task re-reads exactly the files it was planned with.
--
-- Written by etl/orchestrate.py with COPY; nothing else reads these tables, and the CLI (which
-- runs a whole ingest in one process) does not write them.

-- One row per planned run: what discovery saw, and the batch size actually used.
CREATE TABLE ingest.run_plan (
    run_id              bigint      PRIMARY KEY REFERENCES ingest.run ON DELETE CASCADE,
    files_discovered    integer     NOT NULL,
    files_unchanged     integer     NOT NULL,  -- skipped: the ledger has them with the same size and mtime
    files_in_flight     integer     NOT NULL,  -- skipped: planned by another run that is still running
    files_planned       integer     NOT NULL,
    batch_size          integer     NOT NULL CHECK (batch_size > 0),  -- may exceed the requested size (see
                                                                      -- orchestrate.MAX_BATCHES)
    planned_at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE ingest.run_plan IS 'One row per Airflow-planned ingest run: discovered, unchanged, planned files and the batch size.';

-- One row per batch: its progress through transform/stage and publish.
CREATE TABLE ingest.run_batch (
    run_id          bigint      NOT NULL REFERENCES ingest.run_plan ON DELETE CASCADE,
    batch_no        integer     NOT NULL CHECK (batch_no >= 0),
    file_count      integer     NOT NULL CHECK (file_count > 0),
    staged_at       timestamptz,   -- last time the transform task staged it (a retry restages it)
    published_at    timestamptz,   -- when publish merged it into core
    PRIMARY KEY (run_id, batch_no)
);
COMMENT ON TABLE ingest.run_batch IS 'Batches of a planned run, with when each was staged and published.';

-- The plan itself: one row per file to process.  `ordinal` is the file's position in the run's
-- sorted discovery order (the same ordinal staging.file carries), so "first file wins" decisions
-- in publish do not depend on which worker ran which batch.
CREATE TABLE ingest.run_batch_file (
    run_id          bigint  NOT NULL,
    batch_no        integer NOT NULL,
    ordinal         integer NOT NULL,
    path            text    NOT NULL,  -- relative to the run's input_root
    size_bytes      bigint  NOT NULL,  -- as discovered: what the ledger will record
    mtime_ns        bigint  NOT NULL,
    PRIMARY KEY (run_id, ordinal),
    FOREIGN KEY (run_id, batch_no) REFERENCES ingest.run_batch ON DELETE CASCADE
);
CREATE INDEX run_batch_file_batch_idx ON ingest.run_batch_file (run_id, batch_no);
COMMENT ON TABLE ingest.run_batch_file IS 'Which input files (path, size, mtime) each batch of a planned run holds.';
