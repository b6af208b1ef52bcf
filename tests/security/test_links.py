"""Nothing outside the input root is ever read: links to /etc/passwd, linked folders leading out,
`..` links, and ledger paths that climb out (a forged or stale path given to replay or to a planned
Airflow batch).  Refused links are accounted for in the ledger as `unsafe_link`."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import sqlalchemy as sa

from etl.extract import discover, read_and_decode, revisit
from etl.pipeline import ingest
from etl.records import DiscoveredFile, Reason

AS_OF = dt.date(2026, 11, 29)
SECRET = "SECRET-OUTSIDE-9c1e"
ARTICLE = (
    " date 2023-05 Jakarta (ANTARA) - Pemerintah kota meresmikan jembatan baru di tepi sungai itu. "
    + SECRET
    + "\n\nPewarta: Budi Santoso\n"
)


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE)
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (root / "outdir").symlink_to(outside)
    (root / "sub" / "dotdot.txt").symlink_to(Path("..", "..", "outside", "secret.txt"))
    (root / "sub" / "up").symlink_to("..")  # a folder link that stays inside: fine
    return root


def test_links_leaving_the_root_are_refused_and_never_opened(tmp_path, monkeypatch):
    root = _tree(tmp_path)
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k))
    found = {f.path: f for f in discover(root)}
    assert {p: f.refused for p, f in found.items()} == {
        "outdir": Reason.UNSAFE_LINK,
        "passwd.txt": Reason.UNSAFE_LINK,
        "sub/dotdot.txt": Reason.UNSAFE_LINK,
    }
    for f in found.values():
        assert read_and_decode(f).reason is Reason.UNSAFE_LINK
    assert opened == []


def test_paths_climbing_out_of_the_root_are_refused_when_revisited(tmp_path):
    root = _tree(tmp_path)
    for path in (
        "../outside/secret.txt",
        "sub/../../outside/secret.txt",
        "outdir/secret.txt",
        "sub/dotdot.txt",
        "passwd.txt",
        "sub/up/outdir/secret.txt",
    ):
        f = revisit(root, path)
        assert f is not None and f.refused is Reason.UNSAFE_LINK, path
        assert read_and_decode(f).text is None
    assert revisit(root, "/etc/passwd") is None or revisit(root, "/etc/passwd").refused is Reason.UNSAFE_LINK


def test_a_link_swapped_in_after_discovery_is_not_followed(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE.replace(SECRET, "isi"))
    (f,) = discover(root)
    (root / "a.txt").unlink()
    (root / "a.txt").symlink_to("/etc/passwd")
    decoded = read_and_decode(f)
    assert decoded.reason is Reason.UNSAFE_LINK and decoded.text is None
    forged = DiscoveredFile("a.txt", str(root / "a.txt"), 10, 0)  # e.g. built by older code from root + path
    assert read_and_decode(forged).reason is Reason.UNSAFE_LINK


def test_an_ingest_records_refused_links_and_reads_nothing_outside(tmp_path, warehouse):
    root = _tree(tmp_path)
    summary = ingest(root, warehouse, as_of=AS_OF)
    with warehouse.connect() as conn:
        ledger = dict(conn.execute(sa.text("SELECT path, reason FROM ingest.raw_file")).all())
        leaked = conn.execute(
            sa.text("SELECT count(*) FROM core.article WHERE body LIKE :s OR body LIKE '%root:x:0:0%'"),
            {"s": f"%{SECRET}%"},
        ).scalar()
    assert ledger == {"outdir": "unsafe_link", "passwd.txt": "unsafe_link", "sub/dotdot.txt": "unsafe_link"}
    assert summary.quarantined == {"unsafe_link": 3} and leaked == 0


def test_replay_of_a_forged_ledger_path_reads_nothing_outside(tmp_path, warehouse):
    from etl.quality.replay import replay_quarantined

    root = _tree(tmp_path)
    ingest(root, warehouse, as_of=AS_OF)
    with warehouse.begin() as conn:  # a path climbing out, as a tampered ledger could hold
        conn.execute(sa.text("UPDATE ingest.raw_file SET path = '../outside/secret.txt' WHERE path = 'passwd.txt'"))
    replay_quarantined(warehouse, as_of=AS_OF)
    with warehouse.connect() as conn:
        leaked = conn.execute(
            sa.text("SELECT count(*) FROM core.article WHERE body LIKE :s"), {"s": f"%{SECRET}%"}
        ).scalar()
        reasons = dict(conn.execute(sa.text("SELECT path, reason FROM ingest.raw_file")).all())
    assert leaked == 0
    assert reasons["../outside/secret.txt"] == "unsafe_link"
