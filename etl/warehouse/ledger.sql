-- The ledger's quarantine (ingest.raw_file rows with status 'quarantined'), read by
-- etl/warehouse/ledger.py. Parameter reason: one quarantine reason, or NULL for all of them.

-- The quarantined files by reason then path, at most limit of them (NULL: all).
-- name: quarantined_by_reason
SELECT input_root, path, reason, message FROM ingest.raw_file
WHERE status = 'quarantined' AND (CAST(:reason AS text) IS NULL OR reason = :reason)
ORDER BY reason, input_root, path
LIMIT :limit;

-- The quarantined files by input root then path (replay groups them by root).
-- name: quarantined_by_path
SELECT input_root, path, reason, message FROM ingest.raw_file
WHERE status = 'quarantined' AND (CAST(:reason AS text) IS NULL OR reason = :reason)
ORDER BY input_root, path;

-- The files one run quarantined, in path order, one page of them. Parameters r (run id), limit, offset.
-- name: run_quarantined_by_path
SELECT f.path, f.reason, f.message FROM ingest.raw_file f
JOIN ingest.run r ON r.input_root = f.input_root AND r.run_id = f.last_run_id
WHERE r.run_id = :r AND f.status = 'quarantined'
ORDER BY f.path
LIMIT :limit OFFSET :offset;
