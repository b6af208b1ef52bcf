"""Typed records passed between the pipeline's pure stages.

extract (bytes -> DecodedFile) -> parse (text -> Article) -> entities (Article -> Mention list)
-> validate -> load.  Nothing here touches the database or Airflow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING

from etl import vocabulary


class FileStatus(StrEnum):
    LOADED = "loaded"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


class Reason(StrEnum):
    """Why a file was quarantined: codes a user can act on (and filter replays by)."""

    UNREADABLE = "unreadable"  # permissions, vanished between discovery and reading, I/O error
    UNSAFE_LINK = "unsafe_link"  # a link leaving the input root, looping or dangling: never followed
    NOT_REGULAR_FILE = "not_regular_file"  # a FIFO, socket or device named like an article
    FILE_TOO_LARGE = "file_too_large"
    GZIP_CORRUPT = "gzip_corrupt"  # truncated or not really gzip
    EMPTY_FILE = "empty_file"  # zero bytes or whitespace only
    BINARY_CONTENT = "binary_content"  # NUL bytes, images, control-character soup
    UNDECODABLE = "undecodable"  # no text encoding fits
    MISSING_DATE_HEADER = "missing_date_header"
    INVALID_DATE = "invalid_date"  # month 13, year 0000, before ANTARA existed
    FUTURE_DATE = "future_date"  # after the run's reference date
    MISSING_BODY = "missing_body"  # credits only, or too short to be an article
    # No longer given (parser parse-2 loads such articles with a flag, ArticleFlag); kept because
    # ledgers written by parse-1 hold them and `quarantine replay --reason` filters by them.
    MISSING_DATELINE = "missing_dateline"
    MISSING_CREDITS = "missing_credits"
    PARSE_ERROR = "parse_error"  # a parser bug: never expected, kept so nothing is lost


class ArticleFlag(StrEnum):
    """What is missing or doubtful about a loaded article: recorded, not punished (core.article.flags;
    the meaning of each is in core.article_flag)."""

    NO_CREDITS = "no_credits"  # no credit line (scrapes that drop the footer, English-edition pages)
    NO_DATELINE = "no_dateline"  # no `Place (ANTARA) - ` in the opening: place and agency unknown
    DATELINE_NOT_AT_START = "dateline_not_at_start"  # text before the dateline, kept in `preamble`
    DAY_INFERRED = "day_inferred"  # the attribution weekday pinned by a dated weekday a day or two away
    DAY_UNKNOWN = "day_unknown"  # month precision: no attribution weekday, or none that pins one day
    WEEKDAY_MISMATCH = "weekday_mismatch"  # the attribution's weekday and its (d/m) disagree: neither is used
    REPUBLISHER_TEXT_REMOVED = "republisher_text_removed"  # a republishing site's notice or link lines cut
    ENTITIES_NOT_TAGGED = "entities_not_tagged"  # English text: the Indonesian tagger is not run on it


if TYPE_CHECKING:  # a type checker cannot read members built at run time; Role(value) is all etl/ uses

    class Role(StrEnum):
        """A credit role: reporter, editor, translator, photographer, contributor, ..."""

else:
    # One member per role of etl/vocabulary.py (`Role.REPORTER == "reporter"`), so a role added there
    # is a Role everywhere; module/qualname keep it picklable for the parser processes.
    Role = StrEnum("Role", [(role.upper(), role) for role in vocabulary.CREDIT_ROLES], module=__name__, qualname="Role")


class EntityType(StrEnum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"


class DatePrecision(StrEnum):
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class DiscoveredFile:
    """A candidate input file found under the input root."""

    path: str  # relative to the input root, POSIX separators (undecodable name bytes as `\xff`)
    abs_path: str
    size: int
    mtime_ns: int
    refused: Reason | None = None  # refused at discovery (unsafe link, not a regular file): never opened
    refused_message: str | None = None


@dataclass(frozen=True, slots=True)
class DecodedFile:
    """Raw bytes turned into normalised text (or the reason they could not be)."""

    path: str
    size: int
    mtime_ns: int
    sha256: str  # of the raw bytes as stored on disk
    text: str | None
    encoding: str | None
    reason: Reason | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    role: Role
    name: str  # display form, whitespace-normalised
    name_key: str  # identity: case-, accent- and spacing-insensitive


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # canonical display name ("Anadolu")
    source_key: str  # identity ("anadolu")


@dataclass(frozen=True, slots=True)
class DatelineEntity:
    entity_key: str
    canonical_name: str
    country_code: str | None
    province_code: str | None


@dataclass(slots=True)
class Article:
    """One parsed article; offsets in entity mentions refer to ``body``."""

    published_month: dt.date  # first day of the month from the ` date YYYY-MM` header
    published_date: dt.date | None  # the day, when the text pins it (`Rabu (3/5)`)
    date_precision: DatePrecision
    dateline_place: str | None  # "Istanbul", "Ponorogo, Jawa Timur"; None for `ANTARA - ` video items
    agency_marker: str | None  # "ANTARA", "ANTARA News", "ANTARA/JACX"; None without a dateline
    paragraphs: list[str]
    lead: str
    credits: list[Credit]
    source: Source | None
    related_headlines: list[str]
    copyright_year: int | None
    boilerplate: list[str]  # kinds of trailing boilerplate removed ("copyright", "ai_notice", "script")
    content_sha256: str  # identity of the article: hash of its normalised content
    minhash_bands: list[int] = field(default_factory=list)  # LSH band hashes for near-duplicates
    dateline_entity: DatelineEntity | None = None  # the dateline place as a LOC entity
    entity_model_version: str | None = None  # the tagger that found the article's mentions
    # lead and body with stop words blanked (etl.fulltext): the full-text document's input
    search_lead: str | None = None
    search_body: str | None = None
    flags: list[ArticleFlag] = field(default_factory=list)  # sorted, each once
    preamble: str | None = None  # text before the dateline: highlight quote, photo caption, title line
    headline: str | None = None  # the article's own title where the file states it (republisher notice)
    language: str = "id"  # `id` or `en` (etl.language)
    published_weekday: int | None = None  # ISO weekday of the attribution (`..., Jumat.`: 5), even without a day
    source_url: str | None = None  # the ANTARA page the file came from
    antara_site: str | None = None  # `antaranews.com`, `en.antaranews.com`, `jateng.antaranews.com`: ids are per site
    antara_article_id: int | None = None  # ANTARA's numeric id in that URL (`/berita/665518/...`)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention in an article body (0-based, end exclusive)."""

    start: int
    end: int
    entity_type: EntityType
    surface: str
    sentence: int
    # the tagger's marginal probability of the span's labels (the lowest over its tokens), 0..1
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class ResolvedMention:
    """A mention linked to its canonical entity (see etl.entities.resolve)."""

    start: int
    end: int
    entity_type: EntityType
    surface: str
    sentence: int
    canonical_name: str
    entity_key: str  # identity of the canonical entity within its type
    title: str | None = None  # "Perdana Menteri Jepang" split off a person mention
    country_code: str | None = None  # ISO 3166-1 alpha-2 for LOC
    province_code: str | None = None  # ISO 3166-2:ID for Indonesian LOC
    aliases: tuple[str, ...] = ()  # other names seen for the entity in this article (acronym, full name)
    confidence: float = 1.0  # the tagger's marginal (or, for a mention a rule added, its source's)
    region_code: str | None = None  # Indonesian regency/city ("ID-JB-KOTA-SKB") for LOC


@dataclass(slots=True)
class FileOutcome:
    """What became of one input file in one run: the unit the loader stages."""

    file: DecodedFile
    status: FileStatus | None  # None until the loader decides loaded vs duplicate
    article: Article | None = None
    mentions: list[ResolvedMention] = field(default_factory=list)
    reason: Reason | None = None
    message: str | None = None


def _fast_pickling(cls: type) -> None:
    """Pickle a frozen slots dataclass by its slots, in field order: the same state as the dataclass's own
    `__getstate__`, which calls `dataclasses.fields()` for every object; parser workers send each batch's
    records (~20 mentions an article) to the main process, and that call was ~7% of its CPU."""
    names: tuple[str, ...] = getattr(cls, "__slots__")  # noqa: B009  (mypy: `type` has no __slots__)
    get_state = attrgetter(*names)

    def __getstate__(self):
        return get_state(self)

    def __setstate__(self, state):
        for name, value in zip(names, state, strict=True):
            object.__setattr__(self, name, value)

    setattr(cls, "__getstate__", __getstate__)  # noqa: B010
    setattr(cls, "__setstate__", __setstate__)  # noqa: B010


for _frozen in (DiscoveredFile, DecodedFile, Credit, Source, DatelineEntity, Mention, ResolvedMention):
    assert len(getattr(_frozen, "__slots__")) > 1  # noqa: B009  # attrgetter of one name returns the value, not a tuple
    _fast_pickling(_frozen)
del _frozen
