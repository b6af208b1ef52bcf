"""Real ANTARA copies (issue 11) through a real ingest: every variant loads, flagged, every field
right; the summary counts the flags; a warehouse upgraded from parse-1 loads what parse-1 held back.

The texts are written for these tests in the shape of real copies (scrapes, republishing sites)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from etl.pipeline import ingest
from etl.quality.replay import replay_quarantined
from tests.test_parse import LAST_SENTENCE, LEAD_TUESDAY

AS_OF = dt.date(2026, 11, 29)
QUOTE = "Dengan pupuk yang cukup, petani dapat menanam lebih awal dan menaikkan hasil panen"

FILES = {
    # no credit line, mojibake copyright
    "scrape/no_credits.txt": f" date 2017-08 Surabaya (ANTARA) - {LEAD_TUESDAY}\n\n{LAST_SENTENCE}\n\nCOPYRIGHT Â© ANTARA 2017",
    # a link line between the credit and the copyright line
    "scrape/link_line.txt": (
        f" date 2017-08 Malang (ANTARA) - {LEAD_TUESDAY.replace('Surabaya', 'Malang')}\n\n{LAST_SENTENCE}\n\n"
        "Editor: Lestari Handayani\nhttps://www.antaranews.com/berita/654321/benih-padi\nCOPYRIGHT &copy; ANTARA 2017"
    ),
    # another copy of that story (a scrape that dropped the credit): linked to it by ANTARA's id
    "scrape/link_line_copy.txt": (
        f" date 2017-08 Malang (ANTARA) - {LEAD_TUESDAY.replace('Surabaya', 'Malang')}\n\n{LAST_SENTENCE}\n\n"
        "https://www.antaranews.com/berita/654321/benih-padi"
    ),
    # a highlight quote glued before the dateline, the whole article on one line
    "scrape/one_line.txt": (
        f" date 2020-06 {QUOTE} Kediri (ANTARA) - {LEAD_TUESDAY.replace('Surabaya', 'Kediri')} {LAST_SENTENCE} "
        "Pewarta: Dimas Prasetyo Editor: Lestari Handayani COPYRIGHT © ANTARA 2020 "
        "(adsbygoogle = window.adsbygoogle || []).push({});"
    ),
    # the day from the attribution, not from another event's date
    "scrape/other_event.txt": (
        " date 2023-11 Medan (ANTARA) - Polisi menangkap dua tersangka pencurian kabel, kata juru bicara polisi "
        "di Medan, Jumat.\n\nKeduanya ditangkap pada Rabu (15/11) malam di sebuah gudang.\n\nPewarta: Dimas Prasetyo"
    ),
    # lines a republishing site added
    "republished/notice.txt": (
        f" date 2017-09 Blitar (ANTARA) - {LEAD_TUESDAY.replace('Surabaya', 'Blitar')}\n\n{LAST_SENTENCE}\n"
        "https://www.antaranews.com/berita/654322/benih-padi-unggul\n"
        "Berita ini telah tayang di Antaranews.com dengan judul: Benih padi unggul dibagikan kepada petani\n"
    ),
    # an English-edition article
    "en/rice.txt": (
        " date 2026-03 Jakarta (ANTARA) - Indonesia's rice stocks are sufficient until the end of the year, the "
        "head of the food agency said here on Friday (6/3).\n\nRelated news: Rice prices fall in traditional markets"
        "\n\nThe agency will keep buying the harvest of local farmers at a fixed price.\n\n"
        "Reporter: Dimas Prasetyo, Sri Utami\nEditor: Lestari Handayani\nCopyright © ANTARA 2026\n"
        "https://en.antaranews.com/news/415270/rice-stocks-sufficient"
    ),
    # no dateline at all
    "scrape/no_dateline.txt": f" date 2017-10 {LEAD_TUESDAY}\n\n{LAST_SENTENCE}\n\nEditor: Lestari Handayani",
    # still not an article: no body
    "bad/credits_only.txt": " date 2017-10 Jakarta (ANTARA) - \n\nPewarta: Dimas Prasetyo\n\nEditor: Lestari Handayani",
}

ARTICLES = """
SELECT f.path, f.status, f.reason, a.article_id, a.published_date, a.published_weekday, a.date_precision,
       a.dateline_place, a.agency_marker, a.preamble, a.headline, a.language, a.flags, a.source_url,
       a.antara_site, a.antara_article_id, a.copyright_year, a.body,
       (SELECT array_agg(c.role || ':' || p.name ORDER BY c.position) FROM core.article_credit c
         JOIN core.person p USING (person_id) WHERE c.article_id = a.article_id) AS credits,
       (SELECT array_agg(h.headline ORDER BY h.position) FROM core.related_headline h
         WHERE h.article_id = a.article_id) AS related,
       (SELECT count(*) FROM core.entity_mention m WHERE m.article_id = a.article_id) AS mentions
FROM ingest.raw_file f LEFT JOIN core.article a ON a.article_id = f.article_id
"""


def _write(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _rows(engine):
    with engine.connect() as conn:
        return {r.path: r for r in conn.execute(sa.text(ARTICLES))}


def test_real_copies_load_flagged_with_every_field_right(warehouse, tmp_path):
    root = tmp_path / "in"
    _write(root, FILES)
    summary = ingest(root, warehouse, as_of=AS_OF)
    rows = _rows(warehouse)

    assert {p: (r.status, r.reason) for p, r in rows.items() if r.status != "loaded"} == {
        "bad/credits_only.txt": ("quarantined", "missing_body")
    }
    assert summary.loaded == len(FILES) - 1 and dict(summary.quarantined) == {"missing_body": 1}

    r = rows["scrape/no_credits.txt"]
    assert r.credits is None and r.flags == ["day_unknown", "no_credits"] and r.copyright_year == 2017
    assert r.body == f"{LEAD_TUESDAY}\n\n{LAST_SENTENCE}" and r.published_weekday == 2 and r.published_date is None

    r = rows["scrape/link_line.txt"]
    assert r.credits == ["editor:Lestari Handayani"] and (r.antara_site, r.antara_article_id) == (
        "antaranews.com",
        654321,
    )
    assert r.source_url == "https://www.antaranews.com/berita/654321/benih-padi" and r.body.endswith(LAST_SENTENCE)

    r = rows["scrape/one_line.txt"]
    assert (r.dateline_place, r.preamble) == ("Kediri", QUOTE)
    assert r.credits == ["reporter:Dimas Prasetyo", "editor:Lestari Handayani"] and r.copyright_year == 2020
    assert "dateline_not_at_start" in r.flags and r.body.endswith(LAST_SENTENCE)

    r = rows["scrape/other_event.txt"]
    assert (r.published_date, r.date_precision, r.published_weekday) == (dt.date(2023, 11, 17), "day", 5)
    assert "day_inferred" in r.flags and "no_credits" not in r.flags

    r = rows["republished/notice.txt"]
    assert r.headline == "Benih padi unggul dibagikan kepada petani" and r.antara_article_id == 654322
    assert (
        "republisher_text_removed" in r.flags
        and r.body == f"{LEAD_TUESDAY.replace('Surabaya', 'Blitar')}\n\n{LAST_SENTENCE}"
    )

    r = rows["en/rice.txt"]
    assert r.language == "en" and "entities_not_tagged" in r.flags and r.mentions == 0
    assert r.credits == ["reporter:Dimas Prasetyo", "reporter:Sri Utami", "editor:Lestari Handayani"]
    assert r.related == ["Rice prices fall in traditional markets"] and r.published_date == dt.date(2026, 3, 6)
    assert (r.antara_site, r.antara_article_id) == ("en.antaranews.com", 415270)

    r = rows["scrape/no_dateline.txt"]
    assert (r.dateline_place, r.agency_marker) == (None, None) and "no_dateline" in r.flags

    # the summary counts each flag over the loaded articles, as the warehouse holds them
    with warehouse.connect() as conn:
        found = conn.execute(sa.text("SELECT flag, count(*) FROM core.article, unnest(flags) flag GROUP BY flag"))
        in_core = {flag: n for flag, n in found}
        meanings = set(conn.execute(sa.text("SELECT flag FROM core.article_flag")).scalars())
    assert dict(summary.flagged) == in_core and set(in_core) <= meanings
    with warehouse.connect() as conn:  # the audit's critical flag checks ran and passed
        checks = dict(
            conn.execute(
                sa.text(
                    "SELECT check_name, bool_and(success) FROM quality.expectation_result "
                    "WHERE check_name IN ('articles.flags_known', 'credits.no_credits_flagged') GROUP BY 1"
                )
            ).all()
        )
    assert checks == {"articles.flags_known": True, "credits.no_credits_flagged": True}
    # README: copies of one ANTARA story by page id
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    query = readme.split("Copies of one ANTARA story", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
    with warehouse.connect() as conn:
        (copies,) = conn.execute(sa.text(query)).all()
    assert (copies.antara_article_id, copies.copies, copies.flags) == (
        654321,
        2,
        ["day_unknown", "no_credits", "republisher_text_removed"],
    )


def _story(n: int, credits: bool) -> str:
    footer = "\n\nPewarta: Dimas Prasetyo\n\nEditor: Lestari Handayani" if credits else "\n\nCOPYRIGHT © ANTARA 2024"
    return (
        f" date 2024-05 Kediri (ANTARA) - Kelompok tani nomor {n} menerima {n + 3} ton benih padi unggul dari "
        f"pemerintah kabupaten, kata kepala dinas di Kediri, Selasa.\n\nBenih itu akan ditanam di {n + 10} hektare "
        f"sawah pada musim tanam berikutnya.{footer}"
    )


def test_a_jump_in_credit_less_articles_is_a_warning_on_the_quality_pages_not_a_block(warehouse, tmp_path):
    root = tmp_path / "in"
    batch = 20  # the distribution checks judge batches of 20 articles or more
    files = {f"a/{n:04d}.txt": _story(n, credits=True) for n in range(6 * batch)}  # history: all credited
    files |= {f"b/{n:04d}.txt": _story(n, credits=False) for n in range(1000, 1000 + batch)}  # then none
    _write(root, files)
    summary = ingest(root, warehouse, as_of=AS_OF, batch_size=batch)
    assert summary.loaded == len(files) and summary.blocked_batches == []
    assert summary.flagged["no_credits"] == batch
    with warehouse.connect() as conn:
        results = conn.execute(
            sa.text(
                "SELECT v.batch_id, r.success, r.severity, r.message FROM quality.expectation_result r "
                "JOIN quality.validation_run v USING (validation_run_id) "
                "WHERE r.check_name = 'articles.flag_share.no_credits' ORDER BY v.batch_id"
            )
        ).all()
    assert [r.success for r in results] == [True] * 6 + [False]
    assert results[-1].severity == "warning" and "learned from" in results[-1].message


def _downgrade_to_parse_1(engine, paths):
    """Make the ledger what parse-1 left: these files quarantined (missing_credits / missing_dateline),
    no article, processed by parse-1; the other files' articles stamped parse-1."""
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE core.article SET parser_version = 'parse-1', flags = '{}'"))
        ids = list(
            conn.execute(
                sa.text("SELECT article_id FROM ingest.raw_file WHERE path = ANY(:p)"), {"p": list(paths)}
            ).scalars()
        )
        conn.execute(
            sa.text(
                "UPDATE ingest.raw_file SET status = 'quarantined', article_id = NULL, message = 'old policy', "
                "reason = CASE WHEN path LIKE '%no_dateline%' THEN 'missing_dateline' ELSE 'missing_credits' END "
                "WHERE path = ANY(:p)"
            ),
            {"p": list(paths)},
        )
        conn.execute(sa.text("DELETE FROM core.article WHERE article_id = ANY(:ids)"), {"ids": ids})
        conn.execute(sa.text("UPDATE ingest.raw_file SET parser_version = 'parse-1'"))


OLD_QUARANTINE = ["scrape/no_credits.txt", "republished/notice.txt", "scrape/no_dateline.txt"]


def test_after_the_upgrade_a_normal_rerun_loads_old_quarantines_and_updates_articles_in_place(warehouse, tmp_path):
    root = tmp_path / "in"
    _write(root, FILES)
    ingest(root, warehouse, as_of=AS_OF)
    before = _rows(warehouse)
    _downgrade_to_parse_1(warehouse, OLD_QUARANTINE)

    again = ingest(root, warehouse, as_of=AS_OF)  # nothing on disk changed: the parser did

    after = _rows(warehouse)
    assert again.unchanged == 0 and again.loaded == len(FILES) - 1
    for path in OLD_QUARANTINE:
        assert after[path].status == "loaded" and after[path].flags == before[path].flags
    kept = [p for p in FILES if p not in OLD_QUARANTINE and before[p].status == "loaded"]
    for path in kept:  # updated in place: same id, flags back
        assert after[path].article_id == before[path].article_id and after[path].flags == before[path].flags
    with warehouse.connect() as conn:
        assert set(conn.execute(sa.text("SELECT DISTINCT parser_version FROM core.article")).scalars()) == {"parse-2"}
    assert ingest(root, warehouse, as_of=AS_OF).unchanged == len(FILES)  # and then quiet again


def test_quarantine_replay_loads_old_quarantines_too(warehouse, tmp_path):
    root = tmp_path / "in"
    _write(root, FILES)
    ingest(root, warehouse, as_of=AS_OF)
    _downgrade_to_parse_1(warehouse, OLD_QUARANTINE)

    result = replay_quarantined(warehouse, reason="missing_credits", as_of=AS_OF)

    assert result.loaded == 2 and result.blocked_batches == []
    assert sum(r.flagged["no_credits"] for r in result.runs) == 2
    rows = _rows(warehouse)
    assert rows["scrape/no_credits.txt"].status == "loaded" and rows["republished/notice.txt"].status == "loaded"
    assert rows["scrape/no_dateline.txt"].status == "quarantined"  # another reason: not replayed


def test_the_ingest_summary_shows_the_flag_counts(tmp_path, warehouse_url):
    from tests.test_cli import antara_etl

    root = tmp_path / "in"
    _write(root, FILES)
    run = antara_etl("ingest", str(root), "--database-url", warehouse_url, "--as-of", "2026-11-29")
    assert run.returncode == 0, run.stderr
    lines = {" ".join(line.strip("│ ").split("│")[0].split()): line for line in run.stdout.splitlines()}
    assert "of which flagged" in lines
    for flag, n in (("no_credits", 3), ("no_dateline", 1), ("entities_not_tagged", 1), ("dateline_not_at_start", 1)):
        assert lines[flag].rstrip(" │").endswith(f" {n}"), (flag, lines[flag])
    assert "missing_body" in lines
