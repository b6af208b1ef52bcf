"""Parse: normalised raw text -> Article.  Pure functions; `parse_article` never raises anything
but `ParseFailure`, which carries the quarantine reason code and a message a user can act on.

The raw format (see ../shared/samples/README.md): ` date YYYY-MM` header, dateline
`Place (ANTARA) - `, paragraphs glued without a space after the full stop, `Baca juga:` lines,
the wire source glued to the last paragraph (`...Jepang.Sumber: Anadolu`), credit lines, and
trailing boilerplate (copyright, AI-crawling notice, script leftovers).
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from etl import vocabulary
from etl.records import Article, Credit, DatePrecision, Reason, Role, Source

# ANTARA was founded on 13 December 1937: an earlier month is a broken header, not history.
EARLIEST_MONTH = dt.date(1937, 12, 1)
MIN_BODY_WORDS = 5
# No article comes near this; a body over it is junk (a megabyte on one line) that would cost the
# entity tagger minutes and fail the audit's word-count check, blocking its whole batch.
MAX_BODY_WORDS = 20_000
MAX_CREDIT_VALUE_CHARS = 200
MAX_DATELINE_PLACE_CHARS = 80


def _words_pattern(words: str) -> str:
    """A label as a pattern: its words separated by any run of blanks."""
    return r"\s+".join(re.escape(w) for w in words.split())


class ParseFailure(Exception):
    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


# --- header -------------------------------------------------------------------------------

_HEADER = re.compile(r"\A\s*date\b[ \t]*(?P<value>\S*)", re.IGNORECASE)
_HEADER_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})(?!\d)")


def parse_header(text: str, as_of: dt.date) -> tuple[dt.date, str]:
    """Return (first day of the published month, text after the header)."""
    m = _HEADER.match(text)
    if not m:
        raise ParseFailure(Reason.MISSING_DATE_HEADER, "the file does not start with a ` date YYYY-MM` header")
    value = _HEADER_VALUE.match(m.group("value"))
    if not value:
        raise ParseFailure(
            Reason.MISSING_DATE_HEADER, f"the date header {m.group('value')[:40]!r} is not of the form YYYY-MM"
        )
    year, month = int(value.group("year")), int(value.group("month"))
    if year < EARLIEST_MONTH.year:  # before dt.date: year 0000 is not even a date
        raise ParseFailure(Reason.INVALID_DATE, f"{year:04d}-{month:02d} is before ANTARA existed (1937-12)")
    if not 1 <= month <= 12:
        raise ParseFailure(Reason.INVALID_DATE, f"the date header names month {month} of {year}")
    published = dt.date(year, month, 1)
    if published < EARLIEST_MONTH:
        raise ParseFailure(Reason.INVALID_DATE, f"{year}-{month:02d} is before ANTARA existed (1937-12)")
    if published > as_of.replace(day=1):
        raise ParseFailure(Reason.FUTURE_DATE, f"{year}-{month:02d} is after the run's reference date {as_of}")
    rest = text[m.start("value") + value.end() :]
    return published, rest


# --- dateline -----------------------------------------------------------------------------

_DATELINE = re.compile(
    r"\A\s*(?:(?P<place>[^\n()–—]{1,%d}?)[\s,]*)?"
    r"\((?P<agency>antara(?:[ \t]+news)?(?:[ \t]*/[ \t]*[A-Za-z]{1,12})?)\)"
    r"[ \t]*[-–—]+[ \t]*" % MAX_DATELINE_PLACE_CHARS,
    re.IGNORECASE,
)
_VIDEO_DATELINE = re.compile(r"\A\s*(?P<agency>antara(?:[ \t]+news)?)[ \t]*[-–—]+[ \t]*", re.IGNORECASE)


def _agency_marker(raw: str) -> str:
    head, _, tail = raw.partition("/")
    words = head.split()
    marker = " ".join(["ANTARA", *("News" if w.lower() == "news" else w for w in words[1:])])
    return f"{marker}/{tail.strip().upper()}" if tail else marker


def parse_dateline(text: str) -> tuple[str | None, str, str]:
    """Return (place or None, agency marker, text after the dateline)."""
    m = _DATELINE.match(text)
    if m:
        place = _clean_ws(m.group("place") or "").strip(" ,") or None
        return place, _agency_marker(m.group("agency")), text[m.end() :]
    m = _VIDEO_DATELINE.match(text)
    if m:
        return None, _agency_marker(m.group("agency")), text[m.end() :]
    raise ParseFailure(Reason.MISSING_DATELINE, "no dateline such as `Jakarta (ANTARA) - ` opens the article")


# --- boilerplate --------------------------------------------------------------------------

_COPYRIGHT = re.compile(
    r"(?:copyright|hak\s+cipta)?\s*(?:©|\(c\))\s*antara(?:\s+news)?\s*(?P<year>\d{4})?", re.IGNORECASE
)
_COPYRIGHT_WORD = re.compile(r"copyright\s+antara(?:\s+news)?\s*(?P<year>\d{4})?", re.IGNORECASE)
_AI_NOTICE = re.compile(
    r"Dilarang\s+keras\s+mengambil\s+konten.{0,300}?Kantor\s+Berita\s+ANTARA\.?", re.IGNORECASE | re.DOTALL
)
_SCRIPT = re.compile(r"\(\s*adsbygoogle\s*=\s*window\.adsbygoogle\s*\|\|\s*\[\s*\]\s*\)\s*\.push\(\s*\{\s*\}\s*\)\s*;?")


def strip_boilerplate(text: str) -> tuple[str, int | None, list[str]]:
    """Remove copyright lines, the AI-crawling notice and script leftovers wherever they stand."""
    kinds: list[str] = []
    year: int | None = None

    def take_year(m: re.Match[str]) -> str:
        nonlocal year
        if m.group("year"):
            year = int(m.group("year"))
        return "\n"

    text, n = _SCRIPT.subn("\n", text)
    if n:
        kinds.append("script")
    text, n = _AI_NOTICE.subn("\n", text)
    if n:
        kinds.append("ai_notice")
    text, n = _COPYRIGHT.subn(take_year, text)
    text, n2 = _COPYRIGHT_WORD.subn(take_year, text)
    if n or n2:
        kinds.append("copyright")
    return text, year, kinds


# --- credits ------------------------------------------------------------------------------

_LABEL_ROLE = {form.lower(): role for form, role in vocabulary.label_roles().items()}
# Labels start with a capital; they may be glued to the previous value (`SavitriEditor:`).
_CREDIT_LABEL = re.compile(
    r"(?P<label>%s)[ \t]*:"
    % "|".join(_words_pattern(f) for f in sorted(vocabulary.label_roles(), key=len, reverse=True))
)
_BYLINE = re.compile(r"\A\s*(?P<label>Pewarta|Reporter)[ \t]*:[ \t]*(?P<value>[^\n]*)\n")
_NAME_SPLIT = re.compile(r"\s*[,/&;]\s*|\s+(?:dan|and)\s+")  # `A, B`, `A/B`, `A dan B`; not `Dan Brown`
_ACADEMIC_SUFFIX = re.compile(r"^(?:S\.?\w{0,4}\.?|M\.?\w{0,4}\.?|Ph\.?D\.?|MA|MSc|SH|SE|MM|MBA)$")


@dataclass(frozen=True, slots=True)
class _CreditField:
    label: str
    value: str


def split_credit_block(text: str) -> tuple[str, list[_CreditField]]:
    """Split the trailing credit block off the text: (body text, credit fields in order).

    Working back from the end, a credit field is accepted while its value is short and on one
    line; the first field that fails stops the block, so a `Sumber:` inside the prose stays prose.
    """
    labels = list(_CREDIT_LABEL.finditer(text))
    fields: list[_CreditField] = []
    block_start = len(text)
    end = len(text)
    for m in reversed(labels):
        value = text[m.end() : end]
        stripped = value.strip()
        if "\n" in stripped or len(stripped) > MAX_CREDIT_VALUE_CHARS:
            break
        fields.append(_CreditField(m.group("label"), stripped))
        block_start = end = m.start()
    if not fields:
        return text, []
    fields.reverse()
    return text[:block_start], fields


def _clean_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def name_key(name: str) -> str:
    """Identity of a name: `Atman Ahdiat`, `ATMAN AHDIAT` and `Atman  Ahdiat ` share one key."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


def display_name(name: str) -> str:
    name = _clean_ws(name).strip(" .,;:-–—|")
    if name.isupper() and len(name) > 3:
        name = " ".join(w.capitalize() if len(w) > 2 else w for w in name.split())
    return name


def split_names(value: str) -> list[str]:
    names = []
    for part in _NAME_SPLIT.split(value):
        name = display_name(part)
        if not name or not any(c.isalpha() for c in name) or _ACADEMIC_SUFFIX.match(name):
            continue
        names.append(name)
    return names


_SOURCE_CANONICAL = {
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "xinhua": "Xinhua",
    "xinhua net": "Xinhua",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "bernama": "Bernama",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik",
    "antara": "ANTARA",
    "wam": "WAM",
    "kuna": "KUNA",
    "spa": "SPA",
    "qna": "QNA",
    "irna": "IRNA",
    "vna": "VNA",
    "pna": "PNA",
    "bloomberg": "Bloomberg",
    "cna": "CNA",
}
_SOURCE_AFFIX = re.compile(
    r"^(?:kantor\s+berita|the)\s+|\s+(?:news\s+agency|agency|news|ajansi|newswire)$|\s*\((?:aa|afp|ap)\)$",
    re.IGNORECASE,
)


def normalise_source(value: str) -> Source | None:
    """`Anadolu`, `Anadolu Agency` and `Kantor Berita Anadolu` are one source."""
    name = display_name(value)
    previous = None
    while name and previous != name:
        previous, name = name, _SOURCE_AFFIX.sub("", name).strip()
    key = name_key(name)
    if not key:
        return None
    canonical = _SOURCE_CANONICAL.get(key, name)
    return Source(canonical, name_key(canonical))


def build_credits(fields: list[_CreditField]) -> tuple[list[Credit], Source | None]:
    credits: list[Credit] = []
    seen: set[tuple[Role, str]] = set()
    source: Source | None = None
    for f in fields:
        role_name = _LABEL_ROLE[" ".join(f.label.lower().split())]
        if role_name == vocabulary.SOURCE:
            if source is None and f.value:
                source = normalise_source(f.value)
            continue
        role = Role(role_name)
        for name in split_names(f.value):
            key = name_key(name)
            if key and (role, key) not in seen:
                seen.add((role, key))
                credits.append(Credit(role, name, key))
    return credits, source


# --- related headlines --------------------------------------------------------------------

_RELATED = re.compile(
    r"(?:%s)[ \t]*:[ \t]*(?P<headline>[^\n]*)"
    % "|".join(_words_pattern(f) for label in vocabulary.RELATED_LABELS for f in vocabulary.case_variants(label))
)


def extract_related(text: str) -> tuple[str, list[str]]:
    headlines: list[str] = []

    def take(m: re.Match[str]) -> str:
        headline = _clean_ws(m.group("headline"))
        if headline:
            headlines.append(headline)
        return "\n"

    return _RELATED.sub(take, text), headlines


# --- paragraphs ---------------------------------------------------------------------------

_ABBREVIATIONS = vocabulary.ABBREVIATIONS
_GLUE = re.compile(r"[.!?](?=[\"“”]?(?P<next>\w))")  # glued: no space before the next word
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s+[\"“]?[A-Z0-9])")


def _token_before(text: str, pos: int) -> str:
    start = pos
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“'":
        start -= 1
    return text[start:pos]


def _is_glue_point(chunk: str, pos: int) -> bool:
    """Is the `.`/`!`/`?` at ``pos`` the end of a paragraph glued to the next one?"""
    if pos == 0:
        return False
    prev = chunk[pos - 1]
    token = _token_before(chunk, pos)
    bare = token.lower().strip("\"”’'")
    if not (prev.isalnum() or prev in ")]%\"”’'"):
        return False
    if bare in _ABBREVIATIONS or "." in bare or "@" in token or token.lower().startswith(("http", "www")):
        return False  # `Dr.Andi`, `S.H.`, `U.S.`, `S.Pd.Menurut`, URLs and e-mail addresses
    return not (prev.isupper() and len(bare) < 2)  # a lone initial (`Resinta S.Menurut`) is ambiguous


def split_glued_paragraphs(chunk: str) -> list[str]:
    """`...(3/5).Kantor penghubung...` -> two paragraphs; quotes go with the side they belong to."""
    parts: list[str] = []
    start = 0
    for m in _GLUE.finditer(chunk):
        pos = m.start()
        if not m.group("next").isupper() or not _is_glue_point(chunk, pos):  # `Étienne` counts as a capital
            continue
        cut = pos + 1
        following = chunk[cut : cut + 1]
        if following in '"”':
            # A straight quote right after the stop closes a quotation when the paragraph so far has
            # an odd number of quotes (`...Rusia."Laporan`), otherwise it opens the next one.
            quotes = chunk[start:cut].count('"') + chunk[start:cut].count("“")
            if following == "”" or (following == '"' and quotes % 2 == 1):
                cut += 1
        parts.append(chunk[start:cut])
        start = cut
    parts.append(chunk[start:])
    return [p for p in (_clean_ws(p) for p in parts) if p]


def split_paragraphs(text: str) -> list[str]:
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n|\n", text):
        paragraphs.extend(split_glued_paragraphs(chunk))
    return paragraphs


def first_sentence(paragraph: str, max_chars: int = 600) -> str:
    for m in _SENTENCE_END.finditer(paragraph):
        token = _token_before(paragraph, m.start()).lower()
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        return paragraph[: m.end()].strip()[:max_chars]
    return paragraph[:max_chars]


# --- the day ------------------------------------------------------------------------------

_WEEKDAYS = {name.lower(): n for name, n in vocabulary.WEEKDAYS.items()}
_DAY_PIN = re.compile(
    r"\b(?P<weekday>%s)\s*\(\s*(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{2,4}))?\s*\)"
    % "|".join(re.escape(w) for w in _WEEKDAYS),
    re.IGNORECASE,
)


def find_published_day(body: str, month: dt.date) -> dt.date | None:
    """ANTARA writes `Rabu (3/5)` for Wednesday 3 May: accept the first such pin whose month is the
    header's month and whose weekday agrees with the calendar."""
    for m in _DAY_PIN.finditer(body):
        day, mon = int(m.group("day")), int(m.group("month"))
        if mon != month.month or not 1 <= day <= calendar.monthrange(month.year, mon)[1]:
            continue
        if m.group("year"):
            year = int(m.group("year"))
            if (year % 100 if year < 100 else year) != (month.year % 100 if year < 100 else month.year):
                continue
        candidate = dt.date(month.year, mon, day)
        if candidate.weekday() == _WEEKDAYS[m.group("weekday").lower()]:
            return candidate
    return None


# --- the whole article --------------------------------------------------------------------


def content_hash(
    month: dt.date, place: str | None, paragraphs: list[str], credits: list[Credit], source: Source | None
) -> str:
    """Identity of an article: its normalised content, not the bytes of the file it came in."""
    canonical = "\x1f".join(
        [
            month.isoformat(),
            place or "",
            "\n".join(paragraphs),
            "|".join(sorted(f"{c.role}:{c.name_key}" for c in credits)),
            source.source_key if source else "",
        ]
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_article(text: str, as_of: dt.date) -> Article:
    """Normalised text of one raw file -> Article, or ParseFailure with a reason code."""
    month, rest = parse_header(text, as_of)
    rest, copyright_year, boilerplate = strip_boilerplate(rest)

    byline_credits: list[_CreditField] = []
    byline = _BYLINE.match(rest)
    if byline and not _DATELINE.match(rest):
        byline_credits.append(_CreditField(byline.group("label"), byline.group("value").strip()))
        rest = rest[byline.end() :]

    place, agency, rest = parse_dateline(rest)
    body_text, fields = split_credit_block(rest)
    credits, source = build_credits(byline_credits + fields)
    body_text, related = extract_related(body_text)
    paragraphs = split_paragraphs(body_text)

    word_count = sum(len(p.split()) for p in paragraphs)
    if word_count < MIN_BODY_WORDS:
        raise ParseFailure(Reason.MISSING_BODY, f"the body has {word_count} words; an article needs a text")
    if word_count > MAX_BODY_WORDS:
        raise ParseFailure(
            Reason.FILE_TOO_LARGE, f"the body has {word_count} words, over the {MAX_BODY_WORDS}-word limit"
        )
    if not credits:
        raise ParseFailure(Reason.MISSING_CREDITS, "no credit line (Pewarta, Editor, Penerjemah ...) ends the article")

    day = find_published_day("\n".join(paragraphs), month)
    return Article(
        published_month=month,
        published_date=day,
        date_precision=DatePrecision.DAY if day else DatePrecision.MONTH,
        dateline_place=place,
        agency_marker=agency,
        paragraphs=paragraphs,
        lead=first_sentence(paragraphs[0]),
        credits=credits,
        source=source,
        related_headlines=related,
        copyright_year=copyright_year,
        boilerplate=boilerplate,
        content_sha256=content_hash(month, place, paragraphs, credits, source),
    )
