"""replay_quarantined: quarantined files are read again after a fix, through stage -> audit -> publish."""

from __future__ import annotations

from etl.pipeline import ingest
from etl.quality.replay import replay_quarantined
from tests.quality.conftest import AS_OF, rows
from tests.test_pipeline import article, write


def test_a_fixed_quarantined_file_is_loaded_by_replay_and_others_stay_quarantined(warehouse, tmp_path):
    root = tmp_path / "in"
    for n in range(3):
        write(root, f"2024/03/a{n}.txt", article(n))
    write(root, "bad/month13.txt", article(7, month="2024-13"))
    write(root, "bad/empty.txt", "")
    write(root, "bad/gone.txt", article(8, month="2024-13"))
    first = ingest(root, warehouse, as_of=AS_OF)
    assert dict(first.quarantined) == {"invalid_date": 2, "empty_file": 1}

    write(root, "bad/month13.txt", article(7, month="2024-12"))  # the fix
    (root / "bad/gone.txt").unlink()
    result = replay_quarantined(warehouse, reason="invalid_date", as_of=AS_OF)

    assert result.loaded == 1 and result.blocked_batches == []
    assert result.missing == [f"{root.resolve()}/bad/gone.txt"]
    ledger = dict(rows(warehouse, "SELECT path, status FROM ingest.raw_file"))
    assert ledger["bad/month13.txt"] == "loaded"
    assert ledger["bad/empty.txt"] == "quarantined"  # another reason: not replayed
    assert ledger["bad/gone.txt"] == "quarantined"  # not on disk any more: left as it was
    (run,) = rows(
        warehouse, "SELECT run_id, status, files_discovered, files_loaded FROM ingest.run WHERE triggered_by = 'replay'"
    )
    assert tuple(run)[1:] == ("succeeded", 1, 1)
    audited = rows(warehouse, "SELECT DISTINCT batch_id FROM quality.validation_run WHERE run_id = :r", r=run.run_id)
    assert [a.batch_id for a in audited] == [f"run{run.run_id}-b00000"]  # the replay went through the audit
    assert rows(warehouse, "SELECT count(*) FROM core.article WHERE published_month = '2024-12-01'")[0][0] == 1


def test_a_replayed_file_that_still_fails_stays_quarantined(warehouse, tmp_path):
    root = tmp_path / "in"
    write(root, "a.txt", article(1))
    write(root, "empty.txt", "")
    ingest(root, warehouse, as_of=AS_OF)

    result = replay_quarantined(warehouse, as_of=AS_OF)

    assert result.loaded == 0 and dict(result.runs[0].quarantined) == {"empty_file": 1}
    assert rows(warehouse, "SELECT status, reason FROM ingest.raw_file WHERE path = 'empty.txt'") == [
        ("quarantined", "empty_file")
    ]
