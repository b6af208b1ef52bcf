"""The synthetic ANTARA corpus generator: reproducible bytes, planted variants, exact ground truth."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import html
import json
import math
import os
import re
import subprocess
import sys
import tracemalloc
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

import pytest

from antara_testkit.generator import (
    AI_NOTICE,
    PIN_PATTERN,
    SCRIPT_LEFTOVER,
    VARIANT_SHARES,
    WEEKDAYS_EN,
    WEEKDAYS_ID,
    GeneratedArticle,
    Manifest,
    generate_corpus,
    paragraph_problems,
    read_manifest,
    write_bad_inputs,
)
from etl.records import Reason, Role

REPO = Path(__file__).resolve().parents[1]
N_SHARES = 500
ROLES = {r.value for r in Role}
REASONS = {r.value for r in Reason}
PATH = re.compile(r"\A(\d{4})/(\d{2})/antara_\d{6}\.txt(\.gz)?\Z")


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def raw_bytes(root: Path, a: GeneratedArticle) -> bytes:
    data = (root / a.path).read_bytes()
    return gzip.decompress(data) if a.path.endswith(".gz") else data


def decoded(root: Path, a: GeneratedArticle) -> str:
    """An independent decoder: the text the truth describes."""
    data = raw_bytes(root, a)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("cp1252" if a.encoding == "cp1252" else "utf-8")
    text = html.unescape(text).replace("\r\n", "\n").replace("\xa0", " ")
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[GeneratedArticle]]:
    root = tmp_path_factory.mktemp("corpus")
    manifest = generate_corpus(root, N_SHARES, seed=0)
    return root, list(manifest)


# --- reproducibility ---------------------------------------------------------------------------


def test_same_seed_gives_identical_bytes(tmp_path):
    a = generate_corpus(tmp_path / "a", 150, seed=7)
    b = generate_corpus(tmp_path / "b", 150, seed=7)
    ta, tb = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert ta == tb
    assert len(ta) == 151  # the files and the manifest
    assert list(a) == list(b)


def test_different_seeds_give_different_corpora(tmp_path):
    generate_corpus(tmp_path / "a", 60, seed=1)
    generate_corpus(tmp_path / "b", 60, seed=2)
    ta, tb = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert ta != tb
    same = set(ta.values()) & set(tb.values())
    assert len(same) <= 1  # at most the (empty) planted bad file could coincide


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path):
    small = generate_corpus(tmp_path / "s", 40, seed=3)
    large = generate_corpus(tmp_path / "l", 120, seed=3)
    assert list(small) == list(large)[:40]
    for a in small:
        assert (tmp_path / "s" / a.path).read_bytes() == (tmp_path / "l" / a.path).read_bytes()


def test_bytes_do_not_depend_on_hash_randomisation(tmp_path):
    digests = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run(
            [sys.executable, "-m", "antara_testkit.generator", str(out), "--files", "40", "--seed", "11"],
            cwd=REPO,
            env=env,
            check=True,
            capture_output=True,
        )
        digests.append(hashlib.sha256(json.dumps({k: v.hex() for k, v in tree(out).items()}).encode()).hexdigest())
    assert digests[0] == digests[1]


# --- variant shares ----------------------------------------------------------------------------


def test_variant_shares_are_within_bounds(corpus):
    _, articles = corpus
    fresh = [a for a in articles if "@fresh" in a.variants]
    slot = articles
    assert len(fresh) > 0.9 * N_SHARES
    for tag, (p, population) in VARIANT_SHARES.items():
        members = slot if population == "@slot" else [a for a in fresh if population in a.variants]
        if population not in ("@slot", "@fresh"):
            assert members, f"no file belongs to {population}"
        n = len(members)
        count = sum(tag in a.variants for a in members)
        expected = p * n
        slack = 4 * math.sqrt(n * p * (1 - p)) + 2
        assert abs(count - expected) <= slack, f"{tag}: {count} of {n} files, expected about {expected:.1f}"
        if expected >= 6:
            assert count > 0, f"{tag} never occurs"


def test_every_listed_variant_occurs_in_a_larger_corpus(tmp_path):
    articles = list(generate_corpus(tmp_path, 1500, seed=4))
    seen = Counter(t for a in articles for t in a.variants)
    missing = [tag for tag, (p, _) in VARIANT_SHARES.items() if p * len(articles) >= 5 and not seen[tag]]
    assert not missing
    assert seen["accented"] and seen["international"] and seen["source"]


# --- the truth matches the files ---------------------------------------------------------------


def _check_pin(a: GeneratedArticle) -> None:
    pins = list(PIN_PATTERN.finditer(a.body))
    if "copy:weekday_only" in a.variants:  # the attribution's weekday without its date
        assert a.day_pin in a.paragraphs[0] and a.published_weekday is not None, a.path
        if "copy:other_event" in a.variants:  # another event's date, a day or two before
            (pin,) = pins
            other = dt.date(a.published_month.year, int(pin.group("month")), int(pin.group("day")))
            assert 1 <= (a.published_date - other).days <= 2 and "day_inferred" in a.flags
        else:
            assert not pins and a.published_date is None and "day_unknown" in a.flags
        return
    if a.day_pin is None:
        assert not pins, a.path
        assert a.published_date is None
        return
    assert len(pins) == 1 and pins[0].group(0) == a.day_pin, a.path
    m = pins[0]
    names = WEEKDAYS_ID if a.language == "id" else WEEKDAYS_EN
    weekday = names.index(m.group("weekday"))
    day, month = int(m.group("day")), int(m.group("month"))
    assert month == a.published_month.month
    if a.published_date is not None:
        assert a.published_date == dt.date(a.published_month.year, month, day)
        assert a.published_date.weekday() == weekday, f"{a.path}: {a.day_pin} is not a {names[weekday]}"
        assert a.published_date.replace(day=1) == a.published_month
    else:  # a planted wrong weekday
        assert dt.date(a.published_month.year, month, day).weekday() != weekday, a.path


def _glued(text: str) -> str:
    lines = [ln for ln in text.split("\n") if not ln.startswith(("Baca juga:", "Related news:", SCRIPT_LEFTOVER))]
    return re.sub(r" {2,}", " ", "".join(lines))


def _check_loaded(root: Path, a: GeneratedArticle, text: str) -> None:
    assert text.startswith(f" date {a.published_month:%Y-%m} "), a.path
    after_header = text[len(" date 2000-01 ") :]
    if "byline" in a.variants:
        first_line, _, after_header = after_header.partition("\n")
        assert re.match(r"Pewarta ?: \S", first_line)
    if a.preamble:  # a pull quote glued before the dateline, or a photo caption line
        assert after_header.startswith(a.preamble), a.path
        after_header = after_header[len(a.preamble) + 1 :]
    if a.agency_marker is None:  # no dateline (loaded since parse-2, flagged)
        assert after_header.startswith(a.paragraphs[0][:20])
    elif a.dateline_place is None:
        assert after_header.startswith("ANTARA - ")
    else:
        assert after_header.startswith(a.dateline_place)
        assert after_header.split(") ", 1)[0].endswith(a.agency_marker.replace("ANTARA News", "News"))
    assert a.paragraphs and a.lead and a.paragraphs[0].startswith(a.lead)
    for p in a.paragraphs:
        assert paragraph_problems(p) == [], (a.path, p)
    assert "".join(a.paragraphs) in _glued(text), a.path
    body = a.body
    previous_end = 0
    for e in a.entities:
        assert e.type in ("PER", "ORG", "LOC")
        assert body[e.start : e.end] == e.surface and e.canonical, (a.path, e)
        assert e.start >= previous_end, f"{a.path}: overlapping spans"
        previous_end = e.end
    assert a.credits or {"bad:missing_credits", "copy:no_credits"} & set(a.variants), a.path
    for role, name in a.credits:
        assert role in ROLES and name and name == " ".join(name.split())
        assert name in text
    if "empty_editor" in a.variants:
        assert "Editor :&nbsp;" in raw_bytes(root, a).decode(a.encoding if a.encoding != "utf-8-sig" else "utf-8-sig")
        assert all(role != "editor" for role, _ in a.credits)
    if a.source:
        assert f"Sumber: {a.source}" in text or f"Source: {a.source}" in text
    for headline in a.related_headlines:
        assert re.search(rf"(?:Baca juga|Related news): ?{re.escape(headline)}\n", text)
    assert ("ai_notice" in a.boilerplate) == (AI_NOTICE in text)
    assert ("script" in a.boilerplate) == (SCRIPT_LEFTOVER in text)
    if a.copyright_year is not None:
        assert re.search(rf"(?:Copyright|COPYRIGHT) (?:©|Â©) (?:ANTARA )?{a.copyright_year}", text)
        assert a.copyright_year >= a.published_month.year
    else:
        assert "©" not in text
    if "ai_notice" in a.boilerplate:
        assert a.copyright_year >= 2025
    assert 200 <= a.word_count <= 650, (a.path, a.word_count)


def test_truth_is_consistent_with_every_file(corpus):
    root, articles = corpus
    by_path = {a.path: a for a in articles}
    statuses = Counter()
    for a in articles:
        statuses[a.expected_status] += 1
        data = (root / a.path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == a.sha256 and len(data) == a.size
        m = PATH.match(a.path)
        assert m, a.path
        assert (int(m.group(1)), int(m.group(2))) == (a.published_month.year, a.published_month.month)
        assert a.published_month.day == 1
        assert bool(m.group(3)) == ("gzip" in a.variants or "bad:gzip_corrupt" in a.variants)
        if a.expected_status == "quarantined":
            assert a.expected_reason in REASONS
            if a.expected_reason == Reason.EMPTY_FILE:
                assert data == b""
            if a.expected_reason == Reason.GZIP_CORRUPT:
                with pytest.raises((EOFError, OSError, zlib.error)):
                    gzip.decompress(data)
            continue
        assert a.expected_reason is None
        raw = raw_bytes(root, a)
        assert ("bom" in a.variants) == raw.startswith(b"\xef\xbb\xbf")
        assert ("crlf" in a.variants) == (b"\r\n" in raw)
        assert ("cp1252" in a.variants) == (a.encoding == "cp1252")
        if a.encoding != "cp1252":
            raw.decode("utf-8")
        if "nfd" in a.variants:
            assert unicodedata.normalize("NFC", raw.decode("utf-8-sig")) != raw.decode("utf-8-sig")
        if "html_entities" in a.variants:
            assert b"&nbsp;" in raw or b"&quot;" in raw or b"&amp;" in raw
        text = decoded(root, a)
        _check_pin(a)
        _check_loaded(root, a, text)
        if a.expected_status == "duplicate":
            original = by_path[a.duplicate_of]
            assert original.expected_status == "loaded"
            assert data == (root / original.path).read_bytes()
            assert original.path < a.path and original.path.rsplit("/", 1)[0] == a.path.rsplit("/", 1)[0]
        if a.near_duplicate_of:
            original = by_path[a.near_duplicate_of]
            assert len(original.paragraphs) == len(a.paragraphs)
            assert original.paragraphs[0] == a.paragraphs[0]
            assert sum(x != y for x, y in zip(original.paragraphs, a.paragraphs)) == 1
            assert original.published_month == a.published_month and original.credits == a.credits
    assert statuses["loaded"] > 0.95 * N_SHARES
    assert statuses["duplicate"] >= 1 and statuses["quarantined"] >= 1


def test_weekday_pins_are_planted_as_specified(corpus):
    _, articles = corpus
    fresh = [a for a in articles if "@fresh" in a.variants]
    correct = [a for a in fresh if "pin:correct" in a.variants]  # with its date, or only its weekday
    wrong = [a for a in fresh if "pin:wrong" in a.variants]
    assert all(a.published_date for a in correct if "copy:weekday_only" not in a.variants)
    assert all(not a.published_date and "weekday_mismatch" in a.flags for a in wrong)
    assert 0.5 < len(correct) / len(fresh) < 0.7
    assert 0.01 < len(wrong) / len(fresh) < 0.1
    assert all(
        re.fullmatch(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \(\d{1,2}/\d{1,2}\)", a.day_pin)
        for a in correct
        if a.language == "id" and "copy:weekday_only" not in a.variants
    )


def test_entities_cover_people_organisations_and_places(corpus):
    _, articles = corpus
    spans = [e for a in articles if a.expected_status == "loaded" for e in a.entities]
    types = Counter(e.type for e in spans)
    assert types["PER"] and types["ORG"] and types["LOC"]
    surfaces = {e.surface for e in spans}
    assert any(s.startswith("Menteri ") for s in surfaces)  # a person with an office title
    assert any(re.fullmatch(r"[A-Z][\w ,-]+ \([A-Za-z]+\)", s) for s in surfaces)  # `Badan Pusat Statistik (BPS)`
    titled = [e for e in spans if e.type == "PER" and e.surface != e.canonical]
    assert titled and all(e.surface.endswith(" " + e.canonical) for e in titled if len(e.surface) > len(e.canonical))
    shorter = [e for e in titled if len(e.surface) < len(e.canonical)]  # later mentions: a part of the name
    assert all(set(e.surface.split()) < set(e.canonical.split()) for e in shorter)


def test_hazards_that_are_not_paragraph_breaks_occur(corpus):
    _, articles = corpus
    bodies = "\n".join(a.body for a in articles if a.expected_status == "loaded")
    for hazard in ("Rp1.500", "3,5 ", "3.5", "www.antaranews.com", "S.H.", "U.S.", "Dr. ", "WIB"):
        assert hazard in bodies, hazard
    assert re.search(r"Prof\.(?: ?Dr\.)? ", bodies)
    assert re.search(r"pukul \d{2}\.\d{2} WI", bodies)


def test_plain_corpus_without_variants(tmp_path):
    articles = list(generate_corpus(tmp_path, 80, seed=5, variants=False))
    assert {a.expected_status for a in articles} == {"loaded"}
    for a in articles:
        data = (tmp_path / a.path).read_bytes()
        assert a.path.endswith(".txt") and a.encoding == "utf-8" and a.language == "id"
        assert b"\r" not in data and b"&" not in data.replace(b"R&D", b"") and not data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8")
        assert re.match(r" date \d{4}-\d{2} [^\n(]+ \(ANTARA\) - ", text)
        assert a.copyright_year is None and not a.related_headlines and not a.boilerplate
        content_tags = ("international", "source", "accented_capital_glue")  # what the story is, not how it is written
        assert not [t for t in a.variants if not t.startswith(("@", "pin:")) and t not in content_tags]
        assert text.endswith("\n\n")


def test_mean_words_is_configurable(tmp_path):
    short = [a.word_count for a in generate_corpus(tmp_path / "s", 40, seed=6, variants=False, mean_words=200)]
    long = [a.word_count for a in generate_corpus(tmp_path / "l", 40, seed=6, variants=False, mean_words=600)]
    assert sum(short) / len(short) < 260
    assert sum(long) / len(long) > 480


# --- manifest ----------------------------------------------------------------------------------


def test_manifest_is_a_lazy_sequence_of_truth_records(tmp_path):
    returned = generate_corpus(tmp_path, 30, seed=8)
    assert isinstance(returned, Manifest) and len(returned) == 30
    reread = read_manifest(tmp_path)
    assert list(reread) == list(returned)
    assert reread[-1] == returned[29] and reread[2:4] == [returned[2], returned[3]]
    lines = (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 30
    for line, a in zip(lines, returned):
        assert GeneratedArticle.from_json(json.loads(line)) == a
        assert GeneratedArticle.from_json(a.to_json()) == a
    with pytest.raises(IndexError):
        returned[30]


@pytest.mark.slow
def test_generating_2000_files_takes_bounded_memory(tmp_path):
    generate_corpus(tmp_path / "warm", 20, seed=1)  # compile the templates outside the measurement
    tracemalloc.start()
    try:
        manifest = generate_corpus(tmp_path / "big", 2000, seed=1)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(manifest) == 2000
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
    assert current < 2 * 1024 * 1024, f"{current / 1e6:.1f} MB retained"


# --- bad inputs and the command line -----------------------------------------------------------


def test_bad_inputs_cover_every_quarantine_kind(tmp_path):
    bad = write_bad_inputs(tmp_path)
    assert set(bad.values()) <= REASONS
    wanted = {
        "empty_file",
        "binary_content",
        "missing_date_header",
        "invalid_date",
        "future_date",
        "missing_body",  # no dateline / no credits are articles since parse-2 (flags, not quarantine)
        "file_too_large",
        "gzip_corrupt",
    }
    assert wanted <= set(bad.values())
    files = {rel: (tmp_path / rel).read_bytes() for rel in bad}
    by_reason = Counter(bad.values())
    assert by_reason["empty_file"] == 2 and by_reason["binary_content"] >= 3 and by_reason["invalid_date"] >= 1
    assert any(data == b"" for data in files.values())
    assert any(data.startswith(b"\x89PNG\r\n\x1a\n") and rel.endswith(".txt") for rel, data in files.items())
    assert any(b"\x00" in data and b" date 2023-05 " in data for data in files.values())
    for rel, reason in bad.items():
        data = files[rel]
        if reason == "file_too_large":
            assert len(data) >= 20 * 1024 * 1024
        if reason == "gzip_corrupt":
            with pytest.raises((EOFError, OSError, zlib.error)):
                gzip.decompress(data)
        if reason == "missing_date_header":
            assert not re.match(rb"\s*date \d{4}-\d{2}\b", data)
        if reason == "future_date":
            assert data.startswith(b" date 2999-01 ")
    assert any(data.startswith(b" date 2023-13 ") for data in files.values())
    assert any(data.startswith(b" date 2023-xx ") for data in files.values())
    assert write_bad_inputs(tmp_path / "again") == bad
    assert tree(tmp_path / "again") == {k: v for k, v in tree(tmp_path).items() if k.startswith("bad/")}


def test_command_line(tmp_path):
    out = tmp_path / "cli"
    done = subprocess.run(
        [sys.executable, "-m", "antara_testkit.generator", str(out), "--files", "25", "--seed", "3", "--bad"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    summary = json.loads(done.stdout)
    assert summary["files"] == 25 and summary["bad_inputs"] >= 14
    assert len(read_manifest(out)) == 25
    bad = json.loads((out / "bad_inputs.json").read_text(encoding="utf-8"))
    assert all((out / rel).exists() for rel in bad)
    assert tree(out) != {}
    generate_corpus(tmp_path / "api", 25, seed=3)
    assert {k: v for k, v in tree(out).items() if not k.startswith("bad")} == tree(tmp_path / "api")
