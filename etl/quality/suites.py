"""The expectation suites a staged batch must pass before it is published (versioned with the code).

Each suite is a list of query assets over the `staging` tables, filtered to one batch, and the checks
(Great Expectations expectations) run against each.  Every check has a stable name (the key its
results are stored and learned under) and a severity: a failed `critical` check blocks the batch, a
failed `warning` is recorded and reported.

Checks are declared as data (the GX class name and its arguments) so that this module, and anything
that imports it, does not import Great Expectations; audit.py turns them into GX objects.

Compound keys are checked as a `duplicate_key` column computed with a window function (one pass)
rather than with ExpectCompoundColumnsToBeUnique, whose SQL joins the asset to itself: quadratic
whenever PostgreSQL misjudges the batch's size (it took minutes on a batch of 12,000 mentions).

Distribution checks (share of articles with a dateline, ...) catch a parser that still produces
rows, just wrong ones.  Their bounds are learned from the values observed in earlier batches
(etl/quality/baseline.py); `Baseline` holds the defaults used while there is little history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from etl.parse import EARLIEST_MONTH, MAX_BODY_WORDS, MIN_BODY_WORDS
from etl.records import ArticleFlag, DatePrecision, EntityType, Reason, Role
from etl.runs import BatchId

# Bump when a check is added, removed or changes meaning: stored on every validation run.
SUITE_VERSION = "2026.12.1"  # 2026.12.1: article flags (issue 11)

Severity = Literal["critical", "warning"]

# Batch ids are made by our code (etl.runs.BatchId), but they still go into SQL text as literals
# (GX query assets take no bind parameters), so only that exact shape is ever accepted.
BATCH_ID_PATTERN = BatchId.PATTERN

MAX_WORD_COUNT = MAX_BODY_WORDS  # the parser quarantines longer bodies

# The entity layer (migration 0004) provides this table; the entities suite runs only where it exists.
ENTITY_MENTION_TABLE = ("staging", "entity_mention")
ENTITY_MENTION_COLUMNS = frozenset({"batch_id", "content_sha256", "start_char", "end_char", "entity_type", "surface"})


def check_batch_id(batch_id: str) -> str:
    """The batch id, if it is written exactly as etl.runs.BatchId writes one; ValueError otherwise."""
    return str(BatchId.parse(batch_id))


@dataclass(frozen=True, slots=True)
class Baseline:
    """Bounds of a distribution check: learned from history, these defaults until there is enough."""

    default_min: float
    default_max: float
    lowest: float | None = None  # the bounds never go past what the value can be (a share is >= 0)
    highest: float | None = None
    tolerance: float = 0.05  # minimum half-width, so a constant history does not flag tiny wobbles
    k: float = 3.0  # learned bounds: mean +- k standard deviations
    min_history: int = 5  # earlier observations needed before learned bounds replace the defaults
    min_rows: int = 20  # smaller batches are too noisy to judge: the check is skipped


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # stable, `<suite>.<what>`: results are stored and learned under it
    expectation: str  # Great Expectations class name, e.g. "ExpectColumnValuesToBeUnique"
    kwargs: Mapping[str, Any]
    severity: Severity = "critical"
    baseline: Baseline | None = None  # set for distribution checks: min_value/max_value are learned

    def with_bounds(self, min_value: float, max_value: float) -> Check:
        return replace(self, kwargs={**self.kwargs, "min_value": min_value, "max_value": max_value})


@dataclass(frozen=True, slots=True)
class QueryAsset:
    name: str
    query: str  # already filtered to the batch
    checks: tuple[Check, ...]


@dataclass(frozen=True, slots=True)
class Suite:
    name: str
    assets: tuple[QueryAsset, ...]  # the first asset's row count is the suite's row count

    @property
    def checks(self) -> tuple[Check, ...]:
        return tuple(c for a in self.assets for c in a.checks)


@dataclass(frozen=True, slots=True)
class BatchFacts:
    """What the suites need to know about the batch beyond its rows."""

    batch_id: str
    as_of: dt.date  # the run's reference date: a later month is "in the future"
    planned_files: int | None = None  # files the run planned for this batch, when known
    has_run_plan: bool = False  # ingest.run_batch_file lists the batch's files (every run over files)
    has_entity_mentions: bool = False
    # A re-extract batch: new entity rows for articles already in core (no files, no article rows);
    # only the entities suite applies, its mentions checked against the published bodies.
    entities_only: bool = False

    @property
    def as_of_month(self) -> dt.date:
        return self.as_of.replace(day=1)


def _expect(name: str, expectation: str, severity: Severity = "critical", **kwargs: Any) -> Check:
    return Check(name, expectation, kwargs, severity)


def _distribution(name: str, column: str, baseline: Baseline) -> Check:
    return Check(name, "ExpectColumnMeanToBeBetween", {"column": column}, "warning", baseline)


def _literal(batch_id: str) -> str:
    return "'" + check_batch_id(batch_id) + "'"


def batch_suite(facts: BatchFacts) -> Suite:
    """The batch as a whole: every file accounted for exactly once, quarantines explained."""
    b = _literal(facts.batch_id)
    count = (
        _expect("batch.files_match_plan", "ExpectTableRowCountToEqual", value=facts.planned_files)
        if facts.planned_files is not None
        else _expect("batch.has_files", "ExpectTableRowCountToBeBetween", min_value=1)
    )
    files = QueryAsset(
        "staged_files",
        f"""
        SELECT f.ordinal, f.path, f.reason, f.content_sha256,
               CASE WHEN f.reason IS NULL AND f.content_sha256 IS NOT NULL THEN 'parsed'
                    WHEN f.reason IS NOT NULL AND f.content_sha256 IS NULL THEN 'quarantined'
                    ELSE 'inconsistent' END AS outcome,
               CASE WHEN f.reason IS NOT NULL THEN coalesce(btrim(f.message), '') END AS quarantine_message,
               (f.reason IS NOT NULL)::int::float8 AS is_quarantined,
               CASE WHEN f.content_sha256 IS NOT NULL AND NOT EXISTS (
                         SELECT 1 FROM staging.article a
                         WHERE a.batch_id = f.batch_id AND a.content_sha256 = f.content_sha256)
                    THEN f.path END AS parsed_file_without_article
        FROM staging.file f
        WHERE f.batch_id = {b}
        """,
        (
            count,
            _expect("batch.ordinal_unique", "ExpectColumnValuesToBeUnique", column="ordinal"),
            _expect("batch.path_unique", "ExpectColumnValuesToBeUnique", column="path"),
            # loaded + duplicate + quarantined = files in: each file is exactly one of parsed/quarantined
            _expect(
                "batch.file_outcome_consistent",
                "ExpectColumnValuesToBeInSet",
                column="outcome",
                value_set=["parsed", "quarantined"],
            ),
            _expect(
                "batch.quarantine_reason_known",
                "ExpectColumnValuesToBeInSet",
                column="reason",
                value_set=sorted(r.value for r in Reason),
            ),
            _expect(
                "batch.quarantine_message_present",
                "ExpectColumnValueLengthsToBeBetween",
                column="quarantine_message",
                min_value=1,
            ),
            _expect(
                "batch.parsed_file_has_article", "ExpectColumnValuesToBeNull", column="parsed_file_without_article"
            ),
            _distribution("batch.quarantined_share", "is_quarantined", Baseline(0.0, 0.5, lowest=0.0, highest=1.0)),
        ),
    )
    if not facts.has_run_plan:
        return Suite("batch", (files,))
    plan = BatchId.parse(facts.batch_id)  # its row in the run plan (ingest.run_batch)
    planned = QueryAsset(
        "planned_files",
        f"""
        SELECT p.ordinal, p.path, CASE WHEN f.ordinal IS NULL THEN p.path END AS planned_file_not_staged
        FROM ingest.run_batch_file p
        LEFT JOIN staging.file f ON f.batch_id = {b} AND f.ordinal = p.ordinal AND f.path = p.path
        WHERE p.run_id = {plan.run_id} AND p.batch_no = {plan.batch_no}
        """,
        (_expect("batch.planned_files_staged", "ExpectColumnValuesToBeNull", column="planned_file_not_staged"),),
    )
    return Suite("batch", (files, planned))


def articles_suite(facts: BatchFacts) -> Suite:
    b = _literal(facts.batch_id)
    articles = QueryAsset(
        "staged_articles",
        f"""
        SELECT a.content_sha256, a.ordinal, a.published_month, a.date_precision, a.word_count,
               a.paragraph_count, length(btrim(a.body)) AS body_chars,
               (a.dateline_place IS NOT NULL)::int::float8 AS has_dateline,
               CASE WHEN f.ordinal IS NULL THEN a.content_sha256 END AS article_without_file
        FROM staging.article a
        LEFT JOIN staging.file f
               ON f.batch_id = a.batch_id AND f.ordinal = a.ordinal AND f.content_sha256 = a.content_sha256
        WHERE a.batch_id = {b}
        """,
        (
            _expect("articles.key_not_null", "ExpectColumnValuesToNotBeNull", column="content_sha256"),
            _expect("articles.key_unique", "ExpectColumnValuesToBeUnique", column="content_sha256"),
            _expect(
                "articles.key_is_sha256",
                "ExpectColumnValuesToMatchRegex",
                column="content_sha256",
                regex="^[0-9a-f]{64}$",
            ),
            _expect(
                "articles.published_month_plausible",
                "ExpectColumnValuesToBeBetween",
                column="published_month",
                min_value=EARLIEST_MONTH,
                max_value=facts.as_of_month,
            ),
            _expect(
                "articles.date_precision_known",
                "ExpectColumnValuesToBeInSet",
                column="date_precision",
                value_set=[p.value for p in DatePrecision],
            ),
            _expect(
                "articles.word_count_bounds",
                "ExpectColumnValuesToBeBetween",
                column="word_count",
                min_value=MIN_BODY_WORDS,
                max_value=MAX_WORD_COUNT,
            ),
            _expect("articles.body_not_empty", "ExpectColumnValuesToBeBetween", column="body_chars", min_value=1),
            _expect("articles.has_paragraphs", "ExpectColumnValuesToBeBetween", column="paragraph_count", min_value=1),
            # publish.sql finds an article's file by ordinal: without it the article would vanish
            _expect("articles.has_file", "ExpectColumnValuesToBeNull", column="article_without_file"),
            _distribution("articles.dateline_share", "has_dateline", Baseline(0.6, 1.0, lowest=0.0, highest=1.0)),
        ),
    )
    return Suite("articles", (articles, _article_flags_asset(b)))


# Default bounds of each flag's share of a batch's articles, used until five batches have been
# audited (then learned).  Real copies: credit-less scrapes are common, the rest are rarer.
FLAG_SHARE_DEFAULTS: dict[ArticleFlag, float] = {
    ArticleFlag.NO_CREDITS: 1.0,  # whole batches of footer-less scrapes are real
    ArticleFlag.NO_DATELINE: 0.3,
    ArticleFlag.DATELINE_NOT_AT_START: 0.3,
    ArticleFlag.DAY_INFERRED: 0.3,
    ArticleFlag.DAY_UNKNOWN: 1.0,  # many stories give the weekday only
    ArticleFlag.WEEKDAY_MISMATCH: 0.2,
    ArticleFlag.REPUBLISHER_TEXT_REMOVED: 0.5,
    ArticleFlag.ENTITIES_NOT_TAGGED: 0.5,
}


def _article_flags_asset(b: str) -> QueryAsset:
    """Per article: one 0/1 column per flag (their means are the batch's shares, audited as
    warnings with learned bounds: a jump in credit-less articles is reported, not blocked), and
    the flags and language the code does not know (critical: a parser or loader bug)."""
    known = ", ".join(f"'{f.value}'" for f in ArticleFlag)  # enum values, not input: safe as literals
    shares = ",\n               ".join(
        f"('{f.value}' = ANY(a.flags))::int::float8 AS has_{f.value}" for f in ArticleFlag
    )
    return QueryAsset(
        "staged_article_flags",
        f"""
        SELECT a.content_sha256, a.language,
               (SELECT string_agg(f, ', ') FROM unnest(a.flags) f WHERE f NOT IN ({known})) AS unknown_flag,
               {shares}
        FROM staging.article a
        WHERE a.batch_id = {b}
        """,
        (
            _expect("articles.flags_known", "ExpectColumnValuesToBeNull", column="unknown_flag"),
            _expect(
                "articles.language_known", "ExpectColumnValuesToBeInSet", column="language", value_set=["id", "en"]
            ),
            *(
                _distribution(
                    f"articles.flag_share.{f.value}",
                    f"has_{f.value}",
                    Baseline(0.0, FLAG_SHARE_DEFAULTS[f], lowest=0.0, highest=1.0),
                )
                for f in ArticleFlag
            ),
        ),
    )


def credits_suite(facts: BatchFacts) -> Suite:
    b = _literal(facts.batch_id)
    credits = QueryAsset(
        "staged_credits",
        f"""
        SELECT c.content_sha256, c.position, c.role, c.name_key,
               CASE WHEN count(*) OVER (PARTITION BY c.content_sha256, c.position) > 1
                    THEN c.content_sha256 || ' #' || c.position END AS duplicate_key,
               CASE WHEN NOT EXISTS (
                         SELECT 1 FROM staging.article a
                         WHERE a.batch_id = c.batch_id AND a.content_sha256 = c.content_sha256)
                    THEN c.content_sha256 END AS credit_without_article
        FROM staging.article_credit c
        WHERE c.batch_id = {b}
        """,
        (
            _expect("credits.article_key_not_null", "ExpectColumnValuesToNotBeNull", column="content_sha256"),
            _expect("credits.position_not_null", "ExpectColumnValuesToNotBeNull", column="position"),
            _expect("credits.key_unique", "ExpectColumnValuesToBeNull", column="duplicate_key"),
            _expect(
                "credits.role_known", "ExpectColumnValuesToBeInSet", column="role", value_set=[r.value for r in Role]
            ),
            _expect("credits.name_key_present", "ExpectColumnValueLengthsToBeBetween", column="name_key", min_value=1),
            _expect("credits.points_at_article", "ExpectColumnValuesToBeNull", column="credit_without_article"),
        ),
    )
    per_article = QueryAsset(
        "article_credits",
        f"""
        SELECT a.content_sha256,
               count(c.position) AS credit_count,
               -- among credited articles (NULL for the others: a mean ignores them)
               CASE WHEN count(c.position) > 0
                    THEN (count(c.position) FILTER (WHERE c.role = 'editor') > 0)::int::float8 END AS has_editor_credit,
               CASE WHEN (count(c.position) = 0) <> ('no_credits' = ANY(a.flags))
                    THEN a.content_sha256 END AS no_credits_flag_wrong
        FROM staging.article a
        LEFT JOIN staging.article_credit c ON c.batch_id = a.batch_id AND c.content_sha256 = a.content_sha256
        WHERE a.batch_id = {b}
        GROUP BY a.content_sha256, a.flags
        """,
        (
            # an article without a credit line is loaded with the flag no_credits, and only then
            _expect("credits.no_credits_flagged", "ExpectColumnValuesToBeNull", column="no_credits_flag_wrong"),
            _distribution("credits.editor_share", "has_editor_credit", Baseline(0.5, 1.0, lowest=0.0, highest=1.0)),
        ),
    )
    return Suite("credits", (credits, per_article))


# Where the entities suite finds the batch's articles: (their bodies, one row per article).
_STAGED_ARTICLES = (
    "FROM staging.article a WHERE a.batch_id = m.batch_id AND a.content_sha256 = m.content_sha256 LIMIT 1",
    "staging.article",
)
_PUBLISHED_ARTICLES = (  # a re-extract batch: the articles are in core, staging.article_entity lists them
    "FROM core.article a WHERE a.content_sha256 = m.content_sha256",
    "staging.article_entity",
)


def entities_suite(facts: BatchFacts) -> Suite:
    b = _literal(facts.batch_id)
    bodies, articles = _PUBLISHED_ARTICLES if facts.entities_only else _STAGED_ARTICLES
    mentions = QueryAsset(
        "staged_mentions",
        f"""
        SELECT m.content_sha256, m.start_char, m.end_char, m.entity_type, m.surface,
               CASE WHEN count(*) OVER (PARTITION BY m.content_sha256, m.start_char) > 1
                    THEN m.content_sha256 || ' @' || m.start_char END AS duplicate_key,
               a.body_chars,
               CASE WHEN a.body IS NULL THEN m.content_sha256 END AS mention_without_article,
               CASE WHEN m.end_char > m.start_char AND m.start_char >= 0
                         AND CASE WHEN a.ascii
                                  THEN substr(a.bytes, m.start_char + 1, m.end_char - m.start_char)
                                       IS DISTINCT FROM convert_to(m.surface, 'UTF8')
                                  ELSE substr(a.body, m.start_char + 1, m.end_char - m.start_char)
                                       IS DISTINCT FROM m.surface END
                    THEN m.surface END AS surface_not_at_offsets
        FROM staging.entity_mention m
        -- LIMIT 1: a duplicated article key must fail articles.key_unique, not multiply mentions.
        -- Speed (the same values): each body is decompressed once per article (`|| ''`), not once
        -- per mention, and an ASCII body is cut by bytes, where substr of UTF-8 text walks the body.
        LEFT JOIN LATERAL (
            SELECT a.body || '' AS body, length(a.body) AS body_chars, convert_to(a.body, 'UTF8') AS bytes,
                   octet_length(a.body) = length(a.body) AS ascii
            {bodies}
        ) a ON true
        WHERE m.batch_id = {b}
        """,
        (
            _expect("entities.article_key_not_null", "ExpectColumnValuesToNotBeNull", column="content_sha256"),
            _expect("entities.start_not_null", "ExpectColumnValuesToNotBeNull", column="start_char"),
            _expect("entities.end_not_null", "ExpectColumnValuesToNotBeNull", column="end_char"),
            _expect("entities.key_unique", "ExpectColumnValuesToBeNull", column="duplicate_key"),
            _expect(
                "entities.type_known",
                "ExpectColumnValuesToBeInSet",
                column="entity_type",
                value_set=[t.value for t in EntityType],
            ),
            # offsets are 0-based, end exclusive, into the article body: 0 <= start < end <= length(body)
            _expect("entities.start_within_body", "ExpectColumnValuesToBeBetween", column="start_char", min_value=0),
            _expect(
                "entities.end_after_start",
                "ExpectColumnPairValuesAToBeGreaterThanB",
                column_A="end_char",
                column_B="start_char",
            ),
            _expect(
                "entities.end_within_body",
                "ExpectColumnPairValuesAToBeGreaterThanB",
                column_A="body_chars",
                column_B="end_char",
                or_equal=True,
                ignore_row_if="either_value_is_missing",
            ),  # no article: entities.points_at_article
            _expect("entities.points_at_article", "ExpectColumnValuesToBeNull", column="mention_without_article"),
            _expect(
                "entities.surface_at_offsets",
                "ExpectColumnValuesToBeNull",
                severity="warning",
                column="surface_not_at_offsets",
            ),
        ),
    )
    per_article = QueryAsset(
        "article_mentions",
        f"""
        SELECT a.content_sha256, count(m.content_sha256)::float8 AS mention_count
        FROM {articles} a
        LEFT JOIN staging.entity_mention m ON m.batch_id = a.batch_id AND m.content_sha256 = a.content_sha256
        WHERE a.batch_id = {b}
        GROUP BY a.content_sha256
        """,
        (
            _distribution(
                "entities.mentions_per_article", "mention_count", Baseline(0.5, 80.0, lowest=0.0, tolerance=1.0)
            ),
        ),
    )
    return Suite("entities", (mentions, per_article))


def build_suites(facts: BatchFacts) -> list[Suite]:
    """The suites that apply to the batch (entities only where the entity tables exist; only entities
    for a re-extract batch)."""
    if facts.entities_only:
        return [entities_suite(facts)]
    suites = [batch_suite(facts), articles_suite(facts), credits_suite(facts)]
    if facts.has_entity_mentions:
        suites.append(entities_suite(facts))
    return suites
