"""SIGKILL the real `antara-etl ingest` mid-run, run it again: the warehouse equals a clean run's.

The small, bounded version of `python -m bench.crash_consistency` (20 random kills over 5,000
files): 3 kills at fixed fractions (early enough that a slower re-run is still going) of a clean run's duration over 200 generated files in batches
of 40, each into a fresh database of a private PostgreSQL.
"""

from __future__ import annotations

import pytest

from antara_testkit.crash_consistency import crash_consistency

pytestmark = pytest.mark.slow


def test_a_killed_ingest_rerun_equals_a_clean_run(tmp_path):
    lines: list[str] = []
    trials, duration = crash_consistency(
        files=200, kills=3, seed=11, work=tmp_path, batch_size=40, delays=[0.25, 0.4, 0.55], echo=lines.append
    )
    report = "\n".join(lines)
    assert len(trials) == 3, report
    # every re-run succeeded and left core and the ledger equal, table by table, to the clean run's
    assert [t.rerun_status for t in trials] == [0, 0, 0], report
    assert [t.diff for t in trials] == [[], [], []], report
    # the kills hit running ingests (not ones already finished), at least one after it had started its run
    assert sum(not t.finished_before_kill for t in trials) >= 2, report
    assert any("runs running=1" in t.killed_run_left for t in trials), report
    # a re-run finishes the job: its own run row is closed, no backend of the killed run survives
    for t in trials:
        assert "other backends=0" in t.after_rerun, report
        assert "waiting locks=0" in t.after_rerun, report
