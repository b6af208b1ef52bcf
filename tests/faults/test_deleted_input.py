"""An input file deleted between discovery and reading: that file is quarantined as `unreadable`
with a message saying so, and the rest of the run goes on."""

from __future__ import annotations

import os

import sqlalchemy as sa

from etl.extract import discover
from etl.pipeline import ingest, transform_file
from etl.records import FileStatus, Reason
from tests.faults.conftest import AS_OF
from tests.test_pipeline import article, write


def test_a_file_gone_after_discovery_is_quarantined_as_unreadable(tmp_path):
    write(tmp_path, "a.txt", article(1))
    found = {f.path: f for f in discover(tmp_path)}
    os.remove(tmp_path / "a.txt")
    outcome = transform_file(found["a.txt"], AS_OF)
    assert outcome.status == FileStatus.QUARANTINED
    assert outcome.reason == Reason.UNREADABLE
    assert "disappeared" in outcome.message


def test_an_ingest_goes_on_when_a_file_is_deleted_mid_run(tmp_path, warehouse):
    root = tmp_path / "in"
    for n in range(12):
        write(root, f"2024/03/a{n:03d}.txt", article(n))
    victim = root / "2024/03/a005.txt"

    def delete_after_discovery(done: int, total: int) -> None:
        if done == 0:  # called once discovery and the ledger check are over, before any file is read
            assert total == 12
            victim.unlink()

    summary = ingest(root, warehouse, as_of=AS_OF, batch_size=4, on_progress=delete_after_discovery)
    assert (summary.discovered, summary.loaded, dict(summary.quarantined)) == (12, 11, {"unreadable": 1})
    with warehouse.connect() as conn:
        ledger = {r.path: r for r in conn.execute(sa.text("SELECT path, status, reason, message FROM ingest.raw_file"))}
        assert conn.execute(sa.text("SELECT status FROM ingest.run")).scalar_one() == "succeeded"
        assert conn.execute(sa.text("SELECT count(*) FROM core.article")).scalar_one() == 11
    gone = ledger.pop("2024/03/a005.txt")
    assert (gone.status, gone.reason) == ("quarantined", "unreadable")
    assert "disappeared between discovery and reading" in gone.message
    assert {r.status for r in ledger.values()} == {"loaded"}

    # put back, the file is read again (its size/mtime no longer match the ledger) and loaded
    write(root, "2024/03/a005.txt", article(5))
    again = ingest(root, warehouse, as_of=AS_OF, batch_size=4)
    assert (again.unchanged, again.loaded) == (11, 1)
