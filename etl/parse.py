"""Parse: normalised raw text -> Article.  Pure functions; `parse_article` never raises anything
but `ParseFailure`, which carries the quarantine reason code and a message a user can act on.

The raw format (see ../shared/samples/README.md): ` date YYYY-MM` header, dateline
`Place (ANTARA) - `, paragraphs glued without a space after the full stop, `Baca juga:` lines,
the wire source glued to the last paragraph (`...Jepang.Sumber: Anadolu`), credit lines, and
trailing boilerplate (copyright, AI-crawling notice, script leftovers).

Real files are copies made by scrapers and republishing sites, so every part but the header and
the body may be missing, moved or wrapped in the copier's own text.  Only what cannot be an
article is refused (no month, no body); the rest is loaded and what was missing or doubtful is
recorded as flags (`ArticleFlag`):

- opening: an optional byline (`Pewarta: A dan B`), then text the page put before the dateline
  (a highlight quote, a photo caption, a title line: kept as `preamble`, never taken for the
  place), then the dateline, looked for within the opening, not only at its first character;
- footer: read back from the end, item by item, while the end is footer: credit fields (glued or
  not), copyright lines in any form, link lines, republishers' notices and promotions, ad scripts,
  the AI-crawling notice, `Baca juga:` lines.  The first thing that is not footer is the body's end;
- the day: from the weekday of the attribution (`kata X di Medan, Jumat.`), see `find_day`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from etl import vocabulary
from etl.language import detect_language
from etl.records import Article, ArticleFlag, Credit, DatePrecision, Reason, Role, Source

# ANTARA was founded on 13 December 1937: an earlier month is a broken header, not history.
EARLIEST_MONTH = dt.date(1937, 12, 1)
MIN_BODY_WORDS = 5  # words with a letter in them
# A text with no sign of ANTARA at all (no dateline, credit line, copyright or link) must be at
# least this long to be taken for an article: below it, it is a fragment or a page's leftovers.
MIN_UNMARKED_BODY_WORDS = 20
# No article comes near this; a body over it is junk (a megabyte on one line) that would cost the
# entity tagger minutes and fail the audit's word-count check, blocking its whole batch.
MAX_BODY_WORDS = 20_000
MAX_CREDIT_VALUE_CHARS = 200
MAX_CREDIT_VALUE_WORDS = 20  # `Pewarta: A, B dan C/D` is 8; a longer "value" is a sentence
MAX_SOURCE_VALUE_WORDS = 12
MAX_DATELINE_PLACE_CHARS = 80
# The dateline is looked for this far into the text: room for a byline, a title line and a
# highlight quote or photo caption before it.
OPENING_CHARS = 1500
# The footer is read back from the end, one line at a time, at most this many characters of it.
FOOTER_WINDOW_CHARS = 3000  # a longer last line is body text, not footer
MAX_FOOTER_ITEMS = 100_000  # a bound, not a limit real footers reach (hostile files repeat lines 5,000 times)


def _words_pattern(words: str) -> str:
    """A label as a pattern: its words separated by any run of blanks."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _alternation(words) -> str:
    return "|".join(_words_pattern(w) for w in sorted(set(words), key=len, reverse=True))


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

# `(ANTARA) - `, `(ANTARA News) – `, `(Antara/PRNewswire) -- `, `(ANTARA/JACX) — `, spaces optional.
# A dash (or colon) must follow: a photo credit `(ANTARA/Budi)` in a caption is not a dateline.
_DATELINE_MARKER = re.compile(
    r"\(\s*(?P<agency>antara(?:[ \t]*news)?(?:[ \t]*/[ \t]*[A-Za-z][\w.-]{0,20})?)[ \t]*\)[ \t]*(?:[-–—]+|:)[ \t]*",
    re.IGNORECASE,
)
_DATELINE_MARKER_NO_DASH = re.compile(
    r"\(\s*(?P<agency>antara(?:[ \t]*news)?)[ \t]*\)[ \t]+(?=[A-Z\"“])", re.IGNORECASE
)
_VIDEO_DATELINE = re.compile(r"\A\s*(?P<agency>antara(?:[ \t]+news)?)[ \t]*[-–—]+[ \t]*", re.IGNORECASE)
_MONTH_NAMES = _alternation(vocabulary.MONTHS)
# A date written in a dateline: `23 Februari 2016`, `Feb. 23`, `February 23, 2016` (year optional).
_DATELINE_DATE = re.compile(
    r"\A(?:(?P<day>\d{1,2})\s+(?P<month>%s)\.?|(?P<month2>%s)\.?\s+(?P<day2>\d{1,2}))(?:\s*,?\s*(?P<year>\d{4}))?\Z"
    % (_MONTH_NAMES, _MONTH_NAMES),
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"\A(?:19|20)\d{2}\Z")
# Lowercase words a place name may contain (`Rio de Janeiro`, `Den Haag`): not a sign of prose.
_PLACE_CONNECTORS = frozenset("de da do del della di van der von den al el la le upon am bin".split())
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’']?(?:\s|\Z)|[\"“”]")


@dataclass(frozen=True, slots=True)
class Opening:
    place: str | None
    agency: str | None  # None: no dateline found
    preamble: str | None  # text before the dateline
    date_in_dateline: tuple[int | None, int, int] | None  # (year, month, day) written in the dateline


def _agency_marker(raw: str) -> str:
    head, _, tail = raw.partition("/")
    words = head.split()
    if len(words) == 1 and head.lower().startswith("antara") and len(head) > 6:  # `ANTARANews`
        words = ["ANTARA", head[6:]]
    marker = " ".join(["ANTARA", *("News" if w.lower() == "news" else w for w in words[1:])])
    return f"{marker}/{tail.strip().upper()}" if tail else marker


def _is_lowercase_word(token: str) -> bool:
    """A lowercase word of prose (`pertanian`), not a connector or a token like `ingest.raw_file`."""
    word = token.strip(",;:()[]'\"“”‘’")
    return word.isalpha() and word.islower() and len(word) > 1 and word not in _PLACE_CONNECTORS


def _place_like(token: str) -> bool:
    word = token.strip(",()[]")
    if not word:
        return False
    if word.lower() in _PLACE_CONNECTORS:
        return True
    if word.endswith(".") and word[:-1].lower() not in vocabulary.ABBREVIATIONS and len(word) > 2:
        return False  # `pertanian.` or `Jepang.`: the end of a sentence, not part of a place
    if any(c in word for c in '"“”!?…'):
        return False
    return word[0].isupper() or word[0].isdigit()


def _split_place(segment: str) -> tuple[str, str]:
    """(text before the place, place) of the text that precedes the agency marker on its line.

    A short line start without prose words is all place (`Ponorogo, Jawa Timur`, `Gorontalo,`);
    otherwise the place is the run of capitalised words (and dates) right before the marker:
    `... permintaan produk pertanian Jakarta` -> `Jakarta`.
    """
    stripped = segment.strip()
    if (
        len(stripped) <= MAX_DATELINE_PLACE_CHARS
        and not _SENTENCE_BREAK.search(stripped)
        and not any(_is_lowercase_word(t) for t in stripped.split())
    ):
        return "", stripped
    tokens = list(re.finditer(r"\S+", segment))
    start = len(segment)
    words = 0
    for m in reversed(tokens):
        token = m.group()
        if not _place_like(token) or words >= 6:
            break
        if token.rstrip(",").lower() in _PLACE_CONNECTORS and start == len(segment):
            break  # a place does not end in `di`
        words += 1
        start = m.start()
    # a place does not start with a connector (`di Jakarta`): give those back to the text before
    while start < len(segment):
        word = re.match(r"(\S+)\s*", segment[start:])
        if word and word.group(1).rstrip(",").lower() in _PLACE_CONNECTORS:
            start += word.end()
        else:
            break
    return segment[:start], segment[start:]


def _title_if_shouting(place: str) -> str:
    """`ISTANBUL` -> `Istanbul`, `NEW YORK` -> `New York`; `NTB`, `DKI` stay."""
    if not place.isupper():
        return place
    return " ".join(w.capitalize() if len(w) > 3 else w for w in place.split())


def _place_and_date(raw_place: str) -> tuple[str | None, tuple[int | None, int, int] | None]:
    """`ISTANBUL, 23 Februari 2016` -> (`Istanbul`, (2016, 2, 23)); `Mataram, NTB` -> (`Mataram, NTB`, None)."""
    parts = [_clean_ws(p) for p in raw_place.split(",")]
    kept: list[str] = []
    date: tuple[int | None, int, int] | None = None
    year: int | None = None
    for part in parts:
        m = _DATELINE_DATE.match(part)
        if m:
            day = int(m.group("day") or m.group("day2"))
            month = vocabulary.MONTHS[_month_key(m.group("month") or m.group("month2"))]
            date = (int(m.group("year")) if m.group("year") else None, month, day)
        elif _YEAR_ONLY.match(part):
            year = int(part)
        elif part:
            kept.append(_title_if_shouting(part))
    if date and date[0] is None and year:
        date = (year, date[1], date[2])
    place = ", ".join(kept).strip(" ,") or None
    return place, date


def _month_key(name: str) -> str:
    lowered = name.lower().rstrip(".")
    return next(k for k in vocabulary.MONTHS if k.lower() == lowered)


def find_opening(text: str) -> tuple[Opening, str]:
    """The dateline within the opening, and the text after it (the body and footer).

    Without a dateline the whole text is the body (agency None)."""
    m = _VIDEO_DATELINE.match(text)
    if m:
        return Opening(None, _agency_marker(m.group("agency")), None, None), text[m.end() :]
    for m in _DATELINE_MARKER.finditer(text, 0, min(len(text), OPENING_CHARS)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before, raw_place = _split_place(text[line_start : m.start()])
        preamble = _clean_ws(text[:line_start] + " " + before).strip(" -–—|:") or None
        place, date = _place_and_date(raw_place)
        return Opening(place, _agency_marker(m.group("agency")), preamble, date), text[m.end() :]
    # No dash after the marker: only where the marker follows a place that opens a line
    # (`Jakarta (ANTARA) Menteri ...`), not a photo credit inside a caption.
    m = _DATELINE_MARKER_NO_DASH.search(text, 0, min(len(text), OPENING_CHARS))
    if m:
        line_start = text.rfind("\n", 0, m.start()) + 1
        before, raw_place = _split_place(text[line_start : m.start()])
        if not before.strip() and raw_place.strip():
            place, date = _place_and_date(raw_place)
            preamble = _clean_ws(text[:line_start]) or None
            return Opening(place, _agency_marker(m.group("agency")), preamble, date), text[m.end() :]
    return Opening(None, None, None, None), text


# --- boilerplate anywhere -----------------------------------------------------------------

_AI_NOTICE = re.compile(
    r"Dilarang\s+keras\s+mengambil\s+konten.{0,300}?(?:Kantor\s+Berita\s+)?ANTARA\.?"
    r"|(?:It\s+is\s+)?strictly\s+prohibited\s+to\s+(?:take|copy|use)\s+(?:the\s+)?content.{0,300}?ANTARA(?:\s+News(?:\s+Agency)?)?\.?",
    re.IGNORECASE | re.DOTALL,
)
_SCRIPT = re.compile(
    r"\(\s*adsbygoogle\s*=\s*window\.adsbygoogle\s*\|\|\s*\[\s*\]\s*\)\s*\.push\(\s*\{\s*\}\s*\)\s*;?"
    r"|googletag\.cmd\.push\(\s*function\s*\(\s*\)\s*\{[^{}]{0,300}\}\s*\)\s*;?"
)
# `COPYRIGHT © ANTARA 2021` in the middle of a one-line scrape: unmistakable wherever it stands.
_COPYRIGHT_ANYWHERE = re.compile(
    r"(?:(?:copyright|hak\s+cipta)\s*)?(?:©|Â©)\s*(?:perum\s+)?(?:lkbn\s+)?antara(?:\s+news)?\s*(?P<year>(?:19|20)\d{2})?"
    r"|copyright\s+antara(?:\s+news)?\s*(?P<year2>(?:19|20)\d{2})?",
    re.IGNORECASE,
)


def strip_boilerplate(text: str) -> tuple[str, int | None, list[str]]:
    """Remove the AI-crawling notice, script leftovers and `© ANTARA` copyright lines wherever they
    stand: (text, copyright year, kinds removed)."""
    kinds: list[str] = []
    year: int | None = None

    def take_year(m: re.Match[str]) -> str:
        nonlocal year
        found = m.group("year") or m.group("year2")
        if found:
            year = int(found)
        return "\n"

    lowered = text.lower()  # cheap look-ups first: most texts have none of these
    if "adsbygoogle" in lowered or "googletag" in lowered:
        text, n = _SCRIPT.subn("\n", text)
        if n:
            kinds.append("script")
    if "dilarang" in lowered or "prohibited" in lowered:
        text, n = _AI_NOTICE.subn("\n", text)
        if n:
            kinds.append("ai_notice")
    if "©" in text or "copyright antara" in " ".join(lowered.split()):
        text, n = _COPYRIGHT_ANYWHERE.subn(take_year, text)
        if n:
            kinds.append("copyright")
    return text, year, kinds


# --- the footer ---------------------------------------------------------------------------

_LABEL_ROLE = {form.lower(): role for form, role in vocabulary.label_roles().items()}
# Labels start with a capital; they may be glued to the previous value (`SavitriEditor:`).
_CREDIT_LABEL = re.compile(r"(?P<label>%s)[ \t]*:" % _alternation(vocabulary.label_roles()))
_REPORTER_WORDS = [w for label in vocabulary.CREDIT_LABELS if label.role == "reporter" for w in label.words]
_BYLINE = re.compile(
    r"\A\s*(?P<label>%s)[ \t]*:[ \t]*(?P<value>[^\n]{0,%d})\n"
    % (_alternation(f for w in _REPORTER_WORDS for f in vocabulary.case_variants(w)), MAX_CREDIT_VALUE_CHARS)
)
_RELATED_LABEL = _alternation(f for label in vocabulary.RELATED_LABELS for f in vocabulary.case_variants(label))
_RELATED = re.compile(r"(?:%s)[ \t]*:[ \t]*(?P<headline>[^\n]*)" % _RELATED_LABEL)

# Each pattern matches one footer item at the very end of the text (after trailing blanks).
_ANTARA_NAME = r"(?:perum\s+)?(?:lkbn\s+)?antara(?:\s+news)?(?:\s+agency)?"
_TAIL_COPYRIGHT = re.compile(
    r"(?:(?:copyright|hak\s+cipta)\s*(?:©|Â©|\(c\))?|©|Â©|\(c\))\s*(?:%s\s*)?(?P<year>(?:19|20)\d{2})?"
    r"(?:\s*[-–]\s*(?:19|20)\d{2})?\s*(?:%s)?\.?\s*(?:all\s+rights\s+reserved\.?)?\s*\Z" % (_ANTARA_NAME, _ANTARA_NAME),
    re.IGNORECASE,
)
_URL = r"(?:https?://|www\.)[^\s<>\"“”]+|(?:[\w-]+\.)*antaranews\.com/[^\s<>\"“”]*"
# A link is footer on a line of its own; an ANTARA link also where a scrape glued it to the text.
_TAIL_URL = re.compile(
    r"(?:(?:\A|\n)[ \t]*(?:(?:Link|Tautan|URL|Sumber|Source)[ \t]*:[ \t]*)?(?P<url>%s)"
    r"|(?<![\w.-])(?P<antara>(?:https?://)?(?:[\w-]+\.)*antaranews\.com/[^\s<>\"“”]*))\s*\Z" % _URL,
    re.IGNORECASE,
)
_TAIL_REPUBLISHER = re.compile(
    r"(?:(?:Berita|Artikel|Tulisan|Konten|Naskah)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|ditayangkan"
    r"|diterbitkan|dipublikasikan|disiarkan)\b"
    r"|This\s+(?:article|story|news)\s+(?:was|has\s+been|is)\s+(?:first\s+|originally\s+)?(?:published|posted|carried)\b"
    r"|(?:Ikuti|Simak|Dapatkan|Baca)\s+(?:juga\s+)?(?:berita|informasi|update|artikel|kabar)\b[^\n]{0,200}?"
    r"(?:Google\s+News|WhatsApp|Telegram|saluran|channel|selengkapnya|di\s+sini|aplikasi)"
    r"|(?:\A|(?<=\n))[ \t]*(?:Tags?|Topik|Kata\s+kunci)[ \t]*:)"
    r"[^\n]{0,500}\Z",
    re.IGNORECASE,
)
_REPUBLISHED_TITLE = re.compile(
    r"(?:dengan\s+judul|berjudul|under\s+the\s+(?:title|headline)|with\s+the\s+(?:title|headline)|titled)\s*:?\s*"
    r"[\"“']?(?P<title>.+?)[\"”']?\s*(?:%s)?\s*\Z" % _URL,
    re.IGNORECASE,
)
_TAIL_SEPARATOR = re.compile(r"(?:[-–—_=*|•~#]\s*){2,}\Z|\(\s*\)\s*\Z")
# ANTARA's article pages: `antaranews.com/berita/665518/slug`, `en.antaranews.com/news/415269/slug`,
# `jateng.antaranews.com/berita/12345/slug`: the id is the first all-digit path segment.
_ANTARA_URL = re.compile(
    r"(?:https?://)?(?P<site>(?:[\w-]+\.)*antaranews\.com)/(?:[A-Za-z][\w-]*/){0,3}(?P<id>\d{1,12})(?=[/?#]|\Z)",
    re.IGNORECASE,
)


_NAME_SPLIT = re.compile(r"\s*[,/&;]\s*|\s+(?:dan|and)\s+")  # `A, B`, `A/B`, `A dan B`; not `Dan Brown`
_ACADEMIC_SUFFIX = re.compile(r"^(?:S\.?\w{0,4}\.?|M\.?\w{0,4}\.?|Ph\.?D\.?|MA|MSc|SH|SE|MM|MBA)$")


_NOT_A_NAME = re.compile(
    r"©|\bcopyright\b|(?:Berita|Artikel|Tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat)|This\s+article\s+"
    r"|(?:%s)\s*:" % _RELATED_LABEL,
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _CreditField:
    label: str
    value: str


@dataclass(slots=True)
class Footer:
    fields: list[_CreditField] = field(default_factory=list)  # in reading order
    copyright_year: int | None = None
    urls: list[str] = field(default_factory=list)  # in reading order
    related: list[str] = field(default_factory=list)  # `Baca juga:` lines among the footer, in reading order
    republisher_notices: int = 0
    headline: str | None = None
    kinds: list[str] = field(default_factory=list)


def _credit_value_ok(label: str, value: str) -> bool:
    if "\n" in value or len(value) > MAX_CREDIT_VALUE_CHARS:
        return False
    if _NOT_A_NAME.search(value):  # a notice, a copyright or a related line glued after the credit
        return False
    role = _LABEL_ROLE[" ".join(label.lower().split())]
    if role == vocabulary.SOURCE and re.fullmatch(_URL, value, re.IGNORECASE):
        return True
    limit = MAX_SOURCE_VALUE_WORDS if role == vocabulary.SOURCE else MAX_CREDIT_VALUE_WORDS
    return len(value.split()) <= limit


def split_footer(text: str) -> tuple[str, Footer]:
    """Split the trailing footer off the text: (body text, footer).

    Working back from the end, one footer item at a time (see the module doc); the first thing
    that is none of them ends the footer, so a `Sumber:` inside the prose stays prose."""
    footer = Footer()
    end = len(text)
    fields: list[_CreditField] = []
    for _ in range(MAX_FOOTER_ITEMS):
        while end and text[end - 1].isspace():
            end -= 1
        if not end:
            break
        # Every footer item ends on the last line (a credit value, a link, a notice has no line
        # break in it), so only that line is searched: the footer costs its length, not its square.
        line_start = max(text.rfind("\n", 0, end) + 1, end - FOOTER_WINDOW_CHARS)
        window_start = max(text.rfind("\n", 0, max(line_start - 1, 0)) + 1, end - FOOTER_WINDOW_CHARS)
        tail = text[window_start:end]  # the last two lines (a copyright sign may stand on its own line)
        line = line_start - window_start
        # each pattern is anchored at the end and no longer than its bound: start no earlier
        size = len(tail)
        if m := _TAIL_URL.search(tail, max(line - 1, size - 1000, 0)):  # from the line break before the line
            footer.urls.insert(0, m.group("url") or m.group("antara"))
            _add_kind(footer, "link")
            end = window_start + m.start()
            continue
        if (m := _TAIL_COPYRIGHT.search(tail, max(0, size - 200))) and _is_copyright(m.group()):
            if m.group("year") and footer.copyright_year is None:
                footer.copyright_year = int(m.group("year"))
            _add_kind(footer, "copyright")
            end = window_start + m.start()
            continue
        last_label = _last(_CREDIT_LABEL.finditer(tail, line))
        if last_label is not None:
            value = tail[last_label.end() :].strip()
            if _credit_value_ok(last_label.group("label"), value):
                fields.insert(0, _CreditField(last_label.group("label"), value))
                end = window_start + last_label.start()
                continue
        if m := _TAIL_REPUBLISHER.search(tail, max(line, size - 800)):
            title = _REPUBLISHED_TITLE.search(m.group())
            if title and footer.headline is None:
                footer.headline = _clean_ws(title.group("title")) or None
            footer.urls[:0] = re.findall(_URL, m.group(), re.IGNORECASE)
            footer.republisher_notices += 1
            _add_kind(footer, "republisher_notice")
            end = window_start + m.start()
            continue
        if m := _TAIL_SEPARATOR.search(tail, max(line, size - 200)):
            end = window_start + m.start()
            continue
        if m := _RELATED.match(tail, line):
            if m.group("headline").strip():
                footer.related.insert(0, _clean_ws(m.group("headline")))
            end = line_start
            continue
        break
    footer.fields = fields
    return text[:end], footer


def _last(matches):
    found = None
    for found in matches:  # noqa: B007 - the loop is for its last value
        pass
    return found


def _is_copyright(found: str) -> bool:
    lowered = found.lower()
    sign = "©" in found or "(c)" in lowered
    word = "copyright" in lowered or "hak cipta" in " ".join(lowered.split())
    antara = "antara" in lowered
    year = re.search(r"(?:19|20)\d{2}", found) is not None
    if "(c)" in lowered and "©" not in found:
        return antara
    return (sign and (antara or year or word)) or (word and (antara or year))


def _add_kind(footer: Footer, kind: str) -> None:
    if kind not in footer.kinds:
        footer.kinds.append(kind)


def take_byline(text: str) -> tuple[list[_CreditField], str]:
    """`Pewarta: X dan Y` on the first line (older pages): (its field, the rest of the text)."""
    m = _BYLINE.match(text)
    if not m or _DATELINE_MARKER.search(m.group()) or not _credit_value_ok(m.group("label"), m.group("value").strip()):
        return [], text
    return [_CreditField(m.group("label"), m.group("value").strip())], text[m.end() :]


def antara_link(urls: list[str]) -> tuple[str, str, int] | None:
    """(url, site, numeric id) of the first ANTARA article link: `antaranews.com/berita/665518/slug`."""
    for url in urls:
        m = _ANTARA_URL.search(url)
        if m:
            site = m.group("site").lower()
            site = re.sub(r"^(?:www|m|mobile|amp)\.", "", site)
            clean = url[m.start() :].rstrip(".,;)")
            if not clean.lower().startswith("http"):
                clean = "https://" + clean
            return clean, site, int(m.group("id"))
    return None


# --- credits ------------------------------------------------------------------------------


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


def build_credits(fields: list[_CreditField]) -> tuple[list[Credit], Source | None, list[str]]:
    """(credits in order, the wire source, links given as a `Sumber:`): a `Sumber:` naming a web
    page (`Sumber: https://www.antaranews.com/berita/...`) is where the copy came from, not a wire."""
    credits: list[Credit] = []
    seen: set[tuple[Role, str]] = set()
    source: Source | None = None
    urls: list[str] = []
    for f in fields:
        role_name = _LABEL_ROLE[" ".join(f.label.lower().split())]
        if role_name == vocabulary.SOURCE:
            if re.fullmatch(_URL, f.value, re.IGNORECASE):
                urls.append(f.value)
            elif source is None and f.value:
                source = normalise_source(f.value)
            continue
        role = Role(role_name)
        for name in split_names(f.value):
            key = name_key(name)
            if key and (role, key) not in seen:
                seen.add((role, key))
                credits.append(Credit(role, name, key))
    return credits, source, urls


# --- related headlines --------------------------------------------------------------------

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
_WEEKDAY_NAMES = _alternation(vocabulary.WEEKDAYS)
# `Rabu (3/5)`, `Rabu (3/5/2023)`, `Rabu (3 Mei)`, `Wednesday (May 3)`
_DATE_IN_PARENS = (
    r"\(\s*(?:(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{2,4}))?"
    r"|(?P<day2>\d{1,2})\s+(?P<mname>%s)\.?(?:\s+(?P<year2>\d{4}))?"
    r"|(?P<mname2>%s)\.?\s+(?P<day3>\d{1,2})(?:\s*,\s*(?P<year3>\d{4}))?)\s*\)" % (_MONTH_NAMES, _MONTH_NAMES)
)
_WEEKDAY = re.compile(
    r"(?<![\w-])(?P<weekday>%s)(?![\w-])(?:\s*%s)?" % (_WEEKDAY_NAMES, _DATE_IN_PARENS), re.IGNORECASE
)
_DAY_PIN = re.compile(r"(?<![\w-])(?P<weekday>%s)\s*%s" % (_WEEKDAY_NAMES, _DATE_IN_PARENS), re.IGNORECASE)
# The ANTARA attribution: `kata X di Medan, Jumat.`, `..., Senin (19/5).`, `said in Jakarta on Friday.`
_ATTRIBUTION_END = re.compile(r"\s*(?:[.,;:!?)\"”’']|\Z)")
# Words that make a weekday another event's: scheduled, until, since, next or last week, at night.
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:dijadwalkan|jadwal|akan|hingga|sampai|sejak|mulai|menjelang|jelang|besok|nanti|scheduled|will|until|"
    r"since|till)\b[^.,;]{0,40}$",
    re.IGNORECASE,
)
_OTHER_EVENT_AFTER = re.compile(
    r"^\s*(?:malam|pagi|siang|sore|dini\s+hari|petang|night|morning|afternoon|evening|mendatang|depan|pekan\s+depan|"
    r"minggu\s+depan|pekan\s+lalu|minggu\s+lalu|next|last)\b",
    re.IGNORECASE,
)
# Words that put a dated event after the story: it is scheduled, awaited, runs until then.
_FUTURE_EVENT = re.compile(
    r"\b(?:akan|dijadwalkan|jadwal|rencananya|direncanakan|berencana|mendatang|berikutnya|nanti|depan|hingga|"
    r"sampai|menjelang|jelang|will|scheduled|upcoming|next|until|till|ahead)\b",
    re.IGNORECASE,
)
_PAST_AFTER = re.compile(r"^\s*(?:lalu|kemarin|sebelumnya|silam)\b", re.IGNORECASE)
# A dated weekday this many days from the attribution's weekday pins it (a week away would not:
# the same weekday of the next or the last week is then as likely).
MAX_PIN_DISTANCE_DAYS = 2


@dataclass(frozen=True, slots=True)
class Day:
    date: dt.date | None
    weekday: int | None  # ISO weekday of the attribution (1 Monday .. 7 Sunday)
    flags: tuple[ArticleFlag, ...] = ()


def _pin_date(m: re.Match[str], month: dt.date) -> dt.date | None:
    """The date a `Weekday (d/m)` names, in the header's month or one next to it; None if no such day."""
    if m.group("day"):
        day, mon, year_text = int(m.group("day")), int(m.group("month")), m.group("year")
    elif m.group("day2"):
        day, mon, year_text = int(m.group("day2")), vocabulary.MONTHS[_month_key(m.group("mname"))], m.group("year2")
    elif m.group("day3"):
        day, mon, year_text = int(m.group("day3")), vocabulary.MONTHS[_month_key(m.group("mname2"))], m.group("year3")
    else:
        return None
    if not 1 <= mon <= 12:
        return None
    if year_text:
        year = int(year_text)
        year = year + (month.year // 100) * 100 if year < 100 else year
    else:  # December pins in a January article are of the year before, and the other way round
        year = (
            month.year - 1
            if (month.month == 1 and mon == 12)
            else month.year + 1
            if (month.month == 12 and mon == 1)
            else month.year
        )
    try:
        return dt.date(year, mon, day)
    except ValueError:
        return None


def _attribution(lead: str) -> re.Match[str] | None:
    """The weekday the story is dated by, in its lead.

    First choice, ANTARA's attribution: a weekday after a comma that ends its clause (`di Medan,
    Jumat.`, `, Senin (19/5),`, `... Mataram, Kamis, ...`).  Else a weekday in the lead that no
    word makes another event's (`pada Rabu (3/5)`, `on Friday`); not `dijadwalkan pada Rabu (21/5)`,
    `sampai Jumat (6/11)`, `Rabu (15/11) malam`."""
    fallback = None
    for m in _WEEKDAY.finditer(lead):
        after = lead[m.end() : m.end() + 30]
        before = lead[max(0, m.start() - 60) : m.start()]
        if before.rstrip().endswith(",") and _ATTRIBUTION_END.match(after) and not _OTHER_EVENT_AFTER.match(after):
            return m
        if fallback is None and not _OTHER_EVENT_BEFORE.search(before) and not _OTHER_EVENT_AFTER.match(after):
            if not _PAST_AFTER.match(after):
                fallback = m
    return fallback


# A page's own timestamp that scrapes keep above the dateline: `Selasa, 5 Maret 2024 10:15 WIB`.  Only
# with a clock time: a photo caption's `Senin (4/3/2024)` is another event's date as often as not.
_PAGE_TIMESTAMP = re.compile(
    r"(?:(?P<weekday>%s)\s*,\s*)?(?P<day>\d{1,2})\s+(?P<month>%s)\.?\s+(?P<year>\d{4})\s*[,|-]?\s*"
    r"(?:pukul\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC)?" % (_WEEKDAY_NAMES, _MONTH_NAMES),
    re.IGNORECASE,
)


def page_timestamp_date(preamble: str | None) -> tuple[int | None, int, int] | None:
    """(year, month, day) of a page timestamp in the text before the dateline, when its weekday (if
    written) agrees with the calendar."""
    m = _PAGE_TIMESTAMP.search(preamble or "")
    if not m:
        return None
    year, mon, day = int(m.group("year")), vocabulary.MONTHS[_month_key(m.group("month"))], int(m.group("day"))
    try:
        date = dt.date(year, mon, day)
    except ValueError:
        return None
    if m.group("weekday") and _WEEKDAYS[m.group("weekday").lower()] != date.weekday():
        return None
    return year, mon, day


def find_day(paragraphs: list[str], month: dt.date, dateline_date: tuple[int | None, int, int] | None = None) -> Day:
    """The day the story is dated: never another event's (an unknown day is fine, a wrong one is not).

    1. a date written in the dateline (`ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --`);
    2. the attribution weekday (`_attribution`) with its own date (`Senin (19/5)`), when the two agree;
    3. the attribution weekday pinned by dated weekdays elsewhere in the text: the one day with that
       weekday within MAX_PIN_DISTANCE_DAYS of each (`Kamis` before `Jumat (6/11)` is 5/11), when
       all such pins agree (flag day_inferred);
    4. otherwise month precision (flag day_unknown), the weekday still recorded.
    The day must fall in the header's month."""
    if dateline_date is not None:
        year, mon, day = dateline_date
        if (
            (year is None or year == month.year)
            and mon == month.month
            and 1 <= day <= calendar.monthrange(month.year, mon)[1]
        ):
            found = dt.date(month.year, mon, day)
            return Day(found, found.isoweekday())
    lead_index = next((i for i, p in enumerate(paragraphs[:2]) if _attribution(p)), None)
    if lead_index is None:
        return Day(None, None, (ArticleFlag.DAY_UNKNOWN,))
    attribution = _attribution(paragraphs[lead_index])
    assert attribution is not None
    weekday = _WEEKDAYS[attribution.group("weekday").lower()]
    own = _pin_date(attribution, month)
    if own is not None or attribution.group("day") or attribution.group("day2") or attribution.group("day3"):
        if own is not None and own.weekday() == weekday and (own.year, own.month) == (month.year, month.month):
            return Day(own, weekday + 1)
        if own is not None and own.weekday() != weekday:
            return Day(None, weekday + 1, (ArticleFlag.DAY_UNKNOWN, ArticleFlag.WEEKDAY_MISMATCH))
        return Day(None, weekday + 1, (ArticleFlag.DAY_UNKNOWN,))
    candidates: set[dt.date] = set()
    text = "\n".join(paragraphs)
    skip = sum(len(p) + 1 for p in paragraphs[:lead_index]) + attribution.start()
    for m in _DAY_PIN.finditer(text):
        if m.start() == skip:
            continue
        pinned = _pin_date(m, month)
        pin_weekday = _WEEKDAYS[m.group("weekday").lower()]
        if pinned is None or pinned.weekday() != pin_weekday or pin_weekday == weekday:
            continue  # a wrong pin says nothing; the same weekday may be a week away
        if _OTHER_EVENT_AFTER.match(text[m.end() : m.end() + 20]) and re.match(
            r"^\s*(?:pekan|minggu|next|last|mendatang|depan)", text[m.end() : m.end() + 20], re.IGNORECASE
        ):
            continue  # `Rabu (21/5) pekan depan`: a week away
        offset = (weekday - pin_weekday) % 7  # days from the pin forward to the attribution weekday
        forward, backward = offset, offset - 7
        # Which side of the story the dated event lies decides the day: an event still to come
        # (`dijadwalkan`, `akan`, `sampai`, ...) is after it, any other (`pada Rabu (15/11) malam`,
        # `... lalu`) before it.  Only one or two days away: farther, the weekday could be of either week.
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        stop = min(i for i in (text.find(".", m.end()), text.find("\n", m.end()), len(text)) if i >= 0)
        sentence = text[start:stop]
        choice = backward if _FUTURE_EVENT.search(sentence) else forward
        choices = [choice] if abs(choice) <= MAX_PIN_DISTANCE_DAYS else []
        if len(choices) != 1:
            continue  # another event, days away: it says nothing about the story's day
        candidates.add(pinned + dt.timedelta(days=choices[0]))
    if len(candidates) == 1:
        found = candidates.pop()
        if (found.year, found.month) == (month.year, month.month):
            return Day(found, weekday + 1, (ArticleFlag.DAY_INFERRED,))
    return Day(None, weekday + 1, (ArticleFlag.DAY_UNKNOWN,))


def find_published_day(body: str, month: dt.date) -> dt.date | None:
    """The day of a body (paragraphs separated by blank lines), or None: see `find_day`."""
    return find_day([p for p in body.split("\n\n") if p.strip()] or [body], month).date


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


def extract_related(text: str) -> tuple[str, list[str]]:
    """`Baca juga: <headline>` lines out of the body: (text without them, headlines in order).

    In a one-line scrape the headline is glued to the next paragraph (`...panen rayaPedagang
    mengeluhkan ...`): a long rest of the line is cut where a capital follows a lowercase letter
    or a full stop with no space between."""
    headlines: list[str] = []

    def take(m: re.Match[str]) -> str:
        headline = m.group("headline")
        rest = ""
        if len(headline) > MAX_RELATED_HEADLINE_CHARS:
            glue = _HEADLINE_GLUE.search(headline)
            if glue:
                headline, rest = headline[: glue.start() + 1], headline[glue.start() + 1 :]
        headline = _clean_ws(headline).rstrip(".")
        if headline:
            headlines.append(headline)
        return "\n" + rest + "\n" if rest else "\n"

    return _RELATED.sub(take, text), headlines


MAX_RELATED_HEADLINE_CHARS = 200
_HEADLINE_GLUE = re.compile(r"[a-z0-9)\"”.!?](?=[A-Z][a-z])")


# --- the whole article --------------------------------------------------------------------


def _words_with_letters(paragraphs: list[str], enough: int) -> int:
    """Words with a letter in them (`0 0 0 0 0` is no text), counted up to ``enough``."""
    found = 0
    for p in paragraphs:
        for w in p.split():
            if any(c.isalpha() for c in w):
                found += 1
                if found >= enough:
                    return found
    return found


def parse_article(text: str, as_of: dt.date) -> Article:
    """Normalised text of one raw file -> Article, or ParseFailure with a reason code.

    Refused only what cannot be an article: no month (header), no body; everything else loads,
    with flags for what was missing or doubtful."""
    month, rest = parse_header(text, as_of)
    rest, copyright_year, boilerplate = strip_boilerplate(rest)
    byline_fields, rest = take_byline(rest)
    opening, rest = find_opening(rest)
    body_text, footer = split_footer(rest)
    credits, source, source_urls = build_credits(byline_fields + footer.fields)
    body_text, related = extract_related(body_text)
    paragraphs = split_paragraphs(body_text)

    word_count = sum(len(p.split()) for p in paragraphs)
    words = _words_with_letters(paragraphs, MIN_UNMARKED_BODY_WORDS)
    if words < MIN_BODY_WORDS:
        raise ParseFailure(Reason.MISSING_BODY, f"the body has {words} words; an article needs a text")
    marked = opening.agency or credits or copyright_year or footer.kinds or footer.fields
    if not marked and words < MIN_UNMARKED_BODY_WORDS:
        raise ParseFailure(
            Reason.MISSING_BODY,
            f"no dateline, credit, copyright or link and only {words} words: nothing shows this is an article",
        )
    if word_count > MAX_BODY_WORDS:
        raise ParseFailure(
            Reason.FILE_TOO_LARGE, f"the body has {word_count} words, over the {MAX_BODY_WORDS}-word limit"
        )

    flags: set[ArticleFlag] = set()
    if not credits:
        flags.add(ArticleFlag.NO_CREDITS)
    if opening.agency is None:
        flags.add(ArticleFlag.NO_DATELINE)
    if opening.preamble:
        flags.add(ArticleFlag.DATELINE_NOT_AT_START)
    if footer.republisher_notices or footer.urls or source_urls:
        flags.add(ArticleFlag.REPUBLISHER_TEXT_REMOVED)
    day = find_day(paragraphs, month, opening.date_in_dateline or page_timestamp_date(opening.preamble))
    flags.update(day.flags)
    link = antara_link(source_urls + footer.urls + re.findall(_URL, opening.preamble or "", re.IGNORECASE))
    for kind in footer.kinds:
        if kind not in boilerplate:
            boilerplate.append(kind)
    return Article(
        published_month=month,
        published_date=day.date,
        date_precision=DatePrecision.DAY if day.date else DatePrecision.MONTH,
        dateline_place=opening.place,
        agency_marker=opening.agency,
        paragraphs=paragraphs,
        lead=first_sentence(paragraphs[0]),
        credits=credits,
        source=source,
        related_headlines=related + footer.related,
        copyright_year=copyright_year if copyright_year is not None else footer.copyright_year,
        boilerplate=boilerplate,
        content_sha256=content_hash(month, opening.place, paragraphs, credits, source),
        flags=sorted(flags),
        preamble=opening.preamble,
        headline=footer.headline,
        language=detect_language(body_text),
        published_weekday=day.weekday,
        source_url=link[0] if link else None,
        antara_site=link[1] if link else None,
        antara_article_id=link[2] if link else None,
    )
