"""The pipeline against the generator's ground truth: every variant of the raw format, and every
bad input, through a real ingest into a real warehouse."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
import sqlalchemy as sa

from antara_testkit.generator import generate_corpus, write_bad_inputs
from etl.pipeline import ingest

AS_OF = dt.date(2026, 11, 29)

ARTICLES = """
SELECT f.path, f.status, f.reason, a.published_month, a.published_date, a.dateline_place, a.agency_marker,
       a.body, a.lead, a.copyright_year, s.name AS source, a.flags, a.preamble, a.headline, a.source_url,
       a.antara_site, a.antara_article_id, a.published_weekday, a.language,
       (SELECT array_agg(c.role || ':' || p.name ORDER BY c.position) FROM core.article_credit c
         JOIN core.person p USING (person_id) WHERE c.article_id = a.article_id) AS credits,
       (SELECT array_agg(h.headline ORDER BY h.position) FROM core.related_headline h
         WHERE h.article_id = a.article_id) AS related
FROM ingest.raw_file f
LEFT JOIN core.article a ON a.article_id = f.article_id
LEFT JOIN core.source s ON s.source_id = a.source_id
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    truth = {t.path: t for t in generate_corpus(root, 400, seed=11)}
    return root, truth


def test_every_variant_parses_to_its_truth(corpus, warehouse):
    root, truth = corpus
    summary = ingest(root, warehouse, as_of=AS_OF, batch_size=97)
    with warehouse.connect() as conn:
        rows = {r.path: r for r in conn.execute(sa.text(ARTICLES))}
    assert set(rows) == set(truth)
    mismatches: Counter[str] = Counter()
    examples: dict = {}
    for path, t in truth.items():
        r = rows[path]
        assert (r.status, r.reason) == (t.expected_status, t.expected_reason), path
        if t.expected_status != "loaded":
            continue
        expected = {
            "month": t.published_month,
            "date": t.published_date,
            "dateline": t.dateline_place,
            "agency": t.agency_marker,
            "body": t.body,
            "copyright": t.copyright_year,
            "source": t.source,
            "credits": [f"{role}:{name}" for role, name in t.credits] or None,
            "related": t.related_headlines or None,
            "flags": t.flags,
            "preamble": t.preamble,
            "headline": t.headline,
            "link": (t.source_url, t.antara_site, t.antara_article_id),
            "weekday": t.published_weekday,
            "language": t.language,
        }
        actual = {
            "month": r.published_month,
            "date": r.published_date,
            "dateline": r.dateline_place,
            "agency": r.agency_marker,
            "body": r.body,
            "copyright": r.copyright_year,
            "source": r.source,
            "credits": r.credits,
            "related": r.related,
            "flags": r.flags,
            "preamble": r.preamble,
            "headline": r.headline,
            "link": (r.source_url, r.antara_site, r.antara_article_id),
            "weekday": r.published_weekday,
            "language": r.language,
        }
        mismatches.update(k for k in expected if expected[k] != actual[k])
        examples.update({k: (path, expected[k], actual[k]) for k in expected if expected[k] != actual[k]})
    assert mismatches == Counter(), (mismatches, examples)
    assert summary.loaded == sum(t.expected_status == "loaded" for t in truth.values())


def test_every_bad_input_is_quarantined_with_its_reason_and_the_run_goes_on(tmp_path, warehouse):
    root = tmp_path / "in"
    expected = write_bad_inputs(root)
    good = generate_corpus(root / "good", 5, seed=3, variants=False)
    (root / "good" / "again.txt").write_bytes((root / "good" / good[0].path).read_bytes())
    summary = ingest(root, warehouse, as_of=AS_OF)
    with warehouse.connect() as conn:
        ledger = {
            r.path: (r.status, r.reason)
            for r in conn.execute(sa.text("SELECT path, status, reason FROM ingest.raw_file"))
        }
    for path, reason in expected.items():
        assert ledger[path] == ("quarantined", reason), path
    assert ledger["good/again.txt"] == ("duplicate", None)
    assert summary.loaded == 5 and summary.duplicate == 1
    assert sum(summary.quarantined.values()) == len(expected)
