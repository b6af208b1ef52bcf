"""Ground-truth records (what the pipeline should make of a file) and the checks shared with the tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from etl import vocabulary

from .article import _Spec
from .constants import WEEKDAYS_EN, WEEKDAYS_ID
from .copies import expected_flags
from .raw_text import _encode, _raw_text, _truth_paragraphs


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """An entity mention inserted into the body: body[start:end] == surface."""

    start: int
    end: int
    type: str  # PER / ORG / LOC
    surface: str
    canonical: str  # the entity's name without title, descriptor or acronym


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """The ground truth of one generated file (what the pipeline should make of it)."""

    path: str  # relative to the corpus root, POSIX separators
    published_month: dt.date  # first day of the header's month
    published_date: dt.date | None  # the day of a calendar-correct weekday pin
    day_pin: str | None  # the pin as written ("Rabu (3/5)"), also when its weekday is wrong
    dateline_place: str | None
    agency_marker: str | None
    paragraphs: list[str]
    lead: str | None  # the first sentence of the first paragraph
    credits: list[tuple[str, str]]  # (role, name) in file order
    source: str | None
    related_headlines: list[str]
    copyright_year: int | None
    boilerplate: list[str]  # kinds present, sorted: ai_notice, copyright, script
    entities: list[EntitySpan]
    language: str  # id / en
    topic: str
    encoding: str  # utf-8 / utf-8-sig / cp1252 (before gzip)
    variants: list[str]  # variant tags; "@..." tags name the populations the file belongs to
    expected_status: str  # loaded / duplicate / quarantined
    expected_reason: str | None  # etl.records.Reason value when quarantined
    duplicate_of: str | None = None
    near_duplicate_of: str | None = None
    sha256: str = ""  # of the file's bytes as written
    size: int = 0
    # real-copy variants (copies.py)
    flags: list[str] = dataclasses.field(default_factory=list)  # etl.records.ArticleFlag values, sorted
    preamble: str | None = None
    headline: str | None = None
    source_url: str | None = None
    antara_site: str | None = None
    antara_article_id: int | None = None
    published_weekday: int | None = None  # ISO, of the attribution

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def to_json(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        d["published_month"] = self.published_month.isoformat()
        d["published_date"] = self.published_date.isoformat() if self.published_date else None
        d["credits"] = [list(c) for c in self.credits]
        d["entities"] = [[e.start, e.end, e.type, e.surface, e.canonical] for e in self.entities]
        return d

    @classmethod
    def from_json(cls, d: dict) -> GeneratedArticle:
        d = dict(d)
        d["published_month"] = dt.date.fromisoformat(d["published_month"])
        d["published_date"] = dt.date.fromisoformat(d["published_date"]) if d["published_date"] else None
        d["credits"] = [tuple(c) for c in d["credits"]]
        d["entities"] = [EntitySpan(*e) for e in d["entities"]]
        return cls(**d)


def _pin_weekday(spec: _Spec) -> int | None:
    """ISO weekday named by the attribution (the pin), right or wrong."""
    if not spec.pin_text:
        return None
    name = spec.pin_text.split(" (", 1)[0]
    names = WEEKDAYS_ID if spec.lang == "id" else WEEKDAYS_EN
    return names.index(name) + 1 if name in names else None


def _truth(spec: _Spec, path: str, data: bytes, paragraphs: list[str], entities: list[tuple]) -> GeneratedArticle:
    credits: list[tuple[str, str]] = []
    if spec.byline:
        credits.extend(("reporter", n) for n in spec.byline)
    for role, names in spec.credit_lines:
        credits.extend((role, n) for n in names)
    tags = list(spec.tags)
    if any(not p.lstrip('"“')[:1].isascii() for p in paragraphs[1:]):
        tags = sorted({*tags, "accented_capital_glue"})  # a glued paragraph starts with a capital like É
    boilerplate = []
    if spec.ai_notice:
        boilerplate.append("ai_notice")
    if spec.copyright_year is not None:
        boilerplate.append("copyright")
    if spec.script_after is not None:
        boilerplate.append("script")
    return GeneratedArticle(
        path=path,
        published_month=spec.month,
        published_date=spec.pin_date,
        day_pin=spec.pin_text,
        dateline_place=spec.place,
        agency_marker=spec.marker,
        paragraphs=paragraphs,
        lead=spec.paras[0][0].text if spec.paras else None,
        credits=credits,
        source=spec.source,
        related_headlines=[h for _, h in spec.related],
        copyright_year=spec.copyright_year,
        boilerplate=boilerplate,
        entities=[EntitySpan(*e) for e in entities],
        language=spec.lang,
        flags=expected_flags(spec, credits, spec.lang),
        preamble=spec.preamble,
        headline=spec.republisher_title,
        source_url=spec.source_url,
        antara_site=spec.antara_site,
        antara_article_id=spec.antara_article_id,
        published_weekday=_pin_weekday(spec),
        topic=spec.topic,
        encoding=spec.encoding,
        variants=tags,
        expected_status="loaded",
        expected_reason=None,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )


def _render(spec: _Spec, path: str) -> tuple[bytes, GeneratedArticle]:
    paragraphs, entities = _truth_paragraphs(spec)
    for p in paragraphs:
        problems = paragraph_problems(p)
        if problems:  # a template bug: the truth would not be recoverable from the raw text
            raise AssertionError(f"{path}: paragraph {p!r}: {problems}")
    data = _encode(spec, _raw_text(spec, paragraphs))
    return data, _truth(spec, path, data, paragraphs, entities)


# --- checks shared with the tests --------------------------------------------------------------

# Tokens a sentence does not end at: a paragraph may not end with one (the parser would not split there).
_ABBREVIATIONS = vocabulary.ABBREVIATIONS
PIN_PATTERN = re.compile(
    r"\b(?P<weekday>"
    + "|".join(WEEKDAYS_ID + WEEKDAYS_EN)
    + r")\s*\(\s*(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*\)",
    re.IGNORECASE,
)
# Any credit label the parser accepts, followed by a colon: body text must never look like one.
_FORBIDDEN_LABEL = re.compile(
    r"\b(?:%s)\s*:"
    % "|".join(
        re.escape(word)
        for word in sorted({w for label in vocabulary.CREDIT_LABELS for w in label.words}, key=len, reverse=True)
    ),
    re.IGNORECASE,
)
_FORBIDDEN_TEXT = (
    "baca juga",
    "related news",
    "adsbygoogle",
    "©",
    "copyright",
    "dilarang keras",
    "(antara",
    "(c)",
    "\n",
    "\t",
    "\r",
)


_FINAL_STOP = re.compile(r'[.!?]["”]?\Z')
_STOP_BEFORE_LETTER = re.compile(r'[.!?](?=["“”]?([^\W\d_]))')


def _token_before(text: str, pos: int) -> str:
    start = pos
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“'":
        start -= 1
    return text[start:pos]


def paragraph_problems(p: str) -> list[str]:
    """Why a truth paragraph could not be recovered from glued raw text ([] when it can)."""
    problems = []
    if p != " ".join(p.split()):
        problems.append("whitespace is not normalised")
    if unicodedata.normalize("NFC", p) != p:
        problems.append("not NFC")
    first = p[1:2] if p[:1] in '"“' else p[:1]
    if not first.isupper():
        problems.append("does not start with a capital letter")
    m = _FINAL_STOP.search(p)
    if not m:
        problems.append("does not end with a full stop")
    else:
        stop = m.start()
        prev = p[stop - 1 : stop]
        token = _token_before(p, stop)
        if not (prev.islower() or prev.isdigit() or prev == ")"):
            problems.append(f"the final stop follows {prev!r}")
        if "." in token or token.lower() in _ABBREVIATIONS or token.lower().startswith(("http", "www")):
            problems.append(f"the final stop follows the token {token!r}")
    for g in _STOP_BEFORE_LETTER.finditer(p):
        i = g.start()
        if not g.group(1).isupper():
            continue
        if i > 0 and p[i - 1].isupper():
            continue  # initials: S.H., U.S.
        if _token_before(p, i).lower() in ("prof", "dr"):
            continue  # Prof.Dr.
        problems.append(f"a stop glued to a capital at {i}: {p[max(0, i - 20) : i + 20]!r}")
    if p.count('"') % 2 or p.count("“") != p.count("”"):
        problems.append("unbalanced quotes")
    lower = p.lower()
    for needle in _FORBIDDEN_TEXT:
        if needle in lower:
            problems.append(f"contains {needle!r}")
    if ":" in p and _FORBIDDEN_LABEL.search(p):
        problems.append(f"contains the credit label {_FORBIDDEN_LABEL.search(p).group(0)!r}")
    return problems
