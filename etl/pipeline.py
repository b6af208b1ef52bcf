"""The ingest job: discover -> transform (decode, parse, fingerprint) -> stage -> publish.

Stage functions are plain Python over typed records; the warehouse is reached only through
etl.warehouse.  The CLI runs `ingest`; the Airflow DAG wires the same pieces as tasks.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from etl import PARSER_VERSION
from etl.extract import discover, read_and_decode
from etl.parse import ParseFailure, parse_article
from etl.records import DatelineEntity, DiscoveredFile, FileOutcome, FileStatus, Reason, ResolvedMention

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 500


def transform_file(file: DiscoveredFile, as_of: dt.date) -> FileOutcome:
    """One file -> its outcome (an article, or a quarantine reason).  Never raises."""
    decoded = read_and_decode(file)
    if decoded.reason is not None or decoded.text is None:
        return FileOutcome(decoded, FileStatus.QUARANTINED, reason=decoded.reason, message=decoded.message)
    try:
        article = parse_article(decoded.text, as_of)
    except ParseFailure as failure:
        return FileOutcome(decoded, FileStatus.QUARANTINED, reason=failure.reason, message=failure.message)
    except Exception as exc:  # a parser bug must cost one file, never the run
        log.exception("parser failed on %s", file.path)
        return FileOutcome(
            decoded, FileStatus.QUARANTINED, reason=Reason.PARSE_ERROR, message=f"{type(exc).__name__}: {exc}"
        )
    from etl.fingerprint import minhash_bands

    article.minhash_bands = minhash_bands(article.body)
    mentions, article.dateline_entity, article.entity_model_version = find_entities(
        article.body, article.dateline_place, file.path
    )
    return FileOutcome(decoded, None, article=article, mentions=mentions)


def find_entities(
    body: str, dateline_place: str | None, where: str = ""
) -> tuple[list[ResolvedMention], DatelineEntity | None, str | None]:
    """Tag and resolve an article's named entities and link its dateline to a place entity:
    (mentions, dateline entity, model version).

    A failure here costs the article its mentions (model version None, so `antara-etl entities
    reextract` retries it), never the article itself.
    """
    from etl.entities.resolve import resolve_mentions, resolve_place
    from etl.entities.tagger import extract_mentions, model_version

    try:
        mentions = resolve_mentions(body, extract_mentions(body), dateline_place)
        place = resolve_place(dateline_place) if dateline_place else None
    except Exception:
        log.exception("entity extraction failed on %s", where)
        return [], None, None
    dateline = None
    if place and dateline_place:
        key, country, province = place
        dateline = DatelineEntity(key, dateline_place.split(",")[0].strip(), country, province)
    return mentions, dateline, model_version()


def reextract_entities(engine, *, as_of: dt.date, batch_size: int = DEFAULT_BATCH_SIZE) -> tuple[int, int]:
    """Re-extract the mentions of articles whose entity model version is not the current one;
    nothing else in the warehouse is touched.  Returns (run id, articles re-extracted)."""
    from etl.entities.tagger import model_version
    from etl.warehouse import load

    version = model_version()
    run_id = load.start_run(engine, "(entities)", PARSER_VERSION, as_of, "reextract")
    done, after = 0, 0
    while rows := load.articles_with_other_entity_model(engine, version, after_article_id=after, limit=batch_size):
        results = [(r.content_sha256, *find_entities(r.body, r.dateline_place, f"article {r.article_id}")) for r in rows]
        with engine.begin() as conn:
            load.replace_entities(conn, f"run{run_id}-e{after}", run_id, "(entities)", results)
        done += len(rows)
        after = rows[-1].article_id
    load.finish_run(engine, run_id, "succeeded", {"discovered": done, "unchanged": 0, "loaded": done,
                                                   "duplicate": 0, "quarantined": 0})  # fmt: skip
    return run_id, done


def transform_batch(files: Sequence[DiscoveredFile], as_of: dt.date) -> list[FileOutcome]:
    return [transform_file(f, as_of) for f in files]


@dataclass(slots=True)
class RunSummary:
    run_id: int | None
    input_root: str
    discovered: int = 0
    unchanged: int = 0
    loaded: int = 0
    duplicate: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    dry_run: bool = False
    blocked_batches: list[str] = field(default_factory=list)  # staged, failed a critical expectation: not published

    @property
    def processed(self) -> int:
        return self.loaded + self.duplicate + sum(self.quarantined.values())

    @property
    def articles_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def add(self, outcomes: dict[tuple[str, str | None], int]) -> None:
        for (status, reason), n in outcomes.items():
            if status == FileStatus.LOADED:
                self.loaded += n
            elif status == FileStatus.DUPLICATE:
                self.duplicate += n
            else:
                self.quarantined[reason or "unknown"] += n

    def counts(self) -> dict[str, int]:
        return {
            "discovered": self.discovered,
            "unchanged": self.unchanged,
            "loaded": self.loaded,
            "duplicate": self.duplicate,
            "quarantined": sum(self.quarantined.values()),
        }


def select_changed(
    files: Sequence[DiscoveredFile], ledger: dict, reprocess: bool = False
) -> tuple[list[tuple[int, DiscoveredFile]], int]:
    """Files to process, with their ordinal in discovery order, and how many are unchanged.

    A file whose size and mtime match the ledger is skipped without being read.
    """
    todo: list[tuple[int, DiscoveredFile]] = []
    unchanged = 0
    for ordinal, f in enumerate(files):
        known = ledger.get(f.path)
        if not reprocess and known is not None and known.size == f.size and known.mtime_ns == f.mtime_ns:
            unchanged += 1
        else:
            todo.append((ordinal, f))
    return todo, unchanged


def batches(items: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _transform_chunk(args: tuple[list[tuple[int, DiscoveredFile]], dt.date]) -> list[tuple[int, FileOutcome]]:
    chunk, as_of = args
    return [(ordinal, transform_file(f, as_of)) for ordinal, f in chunk]


def _transformed(
    chunks: list[list[tuple[int, DiscoveredFile]]], as_of: dt.date, workers: int
) -> Iterator[list[tuple[int, FileOutcome]]]:
    """Transform chunks in worker processes (in order), overlapping CPU work with loading."""
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield _transform_chunk((chunk, as_of))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver: children start from a clean interpreter, not a copy of our DB connections.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        yield from pool.map(_transform_chunk, [(c, as_of) for c in chunks])


def ingest(
    input_root: str | Path,
    engine,
    *,
    as_of: dt.date,
    batch_size: int = DEFAULT_BATCH_SIZE,
    reprocess: bool = False,
    dry_run: bool = False,
    workers: int = 1,
    triggered_by: str = "cli",
    on_progress: Callable[[int, int], None] | None = None,
    docs_dir: Path | None = None,
) -> RunSummary:
    """Ingest every new or changed file under ``input_root``; safe to re-run at any time.

    Each batch is staged, audited (etl.quality) and published only if no critical expectation
    failed; a blocked batch stays in staging.  ``docs_dir``: where the audits' Data Docs go.
    """
    from etl.quality.audit import audit_batch, ensure_publishable, publish_released_batches
    from etl.warehouse import load
    from etl.warehouse.retry import with_retries

    started = time.perf_counter()
    root = str(Path(input_root).resolve())
    files = list(discover(root))
    ledger = load.ledger_snapshot(engine, root)
    todo, unchanged = select_changed(files, ledger, reprocess)
    summary = RunSummary(None, root, discovered=len(files), unchanged=unchanged, dry_run=dry_run)
    if on_progress:
        on_progress(0, len(todo))
    if dry_run:
        summary.seconds = time.perf_counter() - started
        return summary

    run_id = load.start_run(engine, root, PARSER_VERSION, as_of, triggered_by)
    summary.run_id = run_id
    done = 0
    try:
        for released in publish_released_batches(engine):
            log.warning("published %s, released after it was blocked", released)
        chunks = list(batches(todo, batch_size))
        for number, outcomes in enumerate(_transformed(chunks, as_of, workers)):
            batch_id = f"run{run_id}-b{number:05d}"

            def stage(outcomes=outcomes, batch_id=batch_id):
                with engine.begin() as conn:  # committed: the audit reads it over other connections
                    load.stage_batch(conn, batch_id, run_id, root, outcomes)

            def publish(outcomes=outcomes, batch_id=batch_id):
                with engine.begin() as conn:
                    ensure_publishable(conn, batch_id)
                    load.publish_batch(conn, batch_id, run_id, root, PARSER_VERSION)
                    return load.ledger_outcomes(conn, root, [o.file.path for _, o in outcomes])

            with_retries(stage, what=f"staging {batch_id}")
            if audit_batch(engine, batch_id, docs_dir=docs_dir).publishable:
                summary.add(with_retries(publish, what=f"publishing {batch_id}"))
            else:
                summary.blocked_batches.append(batch_id)
            done += len(outcomes)
            if on_progress:
                on_progress(done, len(todo))
    except BaseException:
        summary.seconds = time.perf_counter() - started
        _finish_quietly(engine, run_id, "failed", summary)
        raise
    summary.seconds = time.perf_counter() - started
    load.finish_run(engine, run_id, "succeeded", summary.counts())
    return summary


def _finish_quietly(engine, run_id: int, status: str, summary: RunSummary) -> None:
    from etl.warehouse import load

    try:
        load.finish_run(engine, run_id, status, summary.counts())
    except Exception:  # the warehouse may be what failed; the run row then stays 'running'
        log.warning("could not record the end of run %s", run_id)
