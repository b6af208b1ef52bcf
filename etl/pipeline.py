"""The ingest job: discover -> transform (decode, parse, fingerprint) -> stage -> publish.

Stage functions are plain Python over typed records; the warehouse is reached only through
etl.warehouse.  A run's life (plan, stage, audit, publish, finish, fail, clean up) is etl.runs: the CLI's
`ingest` is a plan and the local executor over it, the Airflow DAG maps the same steps (etl.orchestrate).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from etl import PARSER_VERSION, vocabulary
from etl.extract import read_and_decode
from etl.parse import ParseFailure, parse_article
from etl.records import ArticleFlag, DatelineEntity, DiscoveredFile, FileOutcome, FileStatus, Reason, ResolvedMention

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = vocabulary.DEFAULT_BATCH_SIZE  # files per staged batch


def transform_file(file: DiscoveredFile, as_of: dt.date) -> FileOutcome:
    """One file -> its outcome (an article, or a quarantine reason).  Never raises."""
    decoded = read_and_decode(file)
    if decoded.reason is not None or decoded.text is None:
        return FileOutcome(decoded, FileStatus.QUARANTINED, reason=decoded.reason, message=decoded.message)
    text, decoded = decoded.text, dataclasses.replace(decoded, text=None)  # the article travels on, not the text
    try:
        article = parse_article(text, as_of)
    except ParseFailure as failure:
        return FileOutcome(decoded, FileStatus.QUARANTINED, reason=failure.reason, message=failure.message)
    except Exception as exc:  # a parser bug must cost one file, never the run
        log.exception("parser failed on %s", file.path)
        return FileOutcome(
            decoded, FileStatus.QUARANTINED, reason=Reason.PARSE_ERROR, message=f"{type(exc).__name__}: {exc}"
        )
    from etl.fingerprint import minhash_bands
    from etl.fulltext import strip_stopwords

    body = article.body
    article.minhash_bands = minhash_bands(body)
    article.search_lead, article.search_body = strip_stopwords(article.lead), strip_stopwords(body)
    if article.language != "id":
        # The tagger is trained on Indonesian news; on English it finds garbage, so it is not run
        # (the dateline place is still linked: place names are the same in both editions).
        mentions, article.dateline_entity, article.entity_model_version = find_entities(
            "", article.dateline_place, file.path
        )
        article.flags = sorted({*article.flags, ArticleFlag.ENTITIES_NOT_TAGGED})
    else:
        mentions, article.dateline_entity, article.entity_model_version = find_entities(
            body, article.dateline_place, file.path
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


REEXTRACT_ROOT = "(entities)"  # ingest.run.input_root of a re-extract run: it reads core, not a folder


def reextract_entities(
    engine, *, as_of: dt.date, batch_size: int = DEFAULT_BATCH_SIZE, docs_dir: Path | None = None
) -> tuple[int, int]:
    """Re-extract the mentions of articles whose entity model version is not the current one;
    nothing else in the warehouse is touched.  Returns (run id, articles re-extracted).

    A run like any other (etl.runs): it holds the liveness lock (a killed re-extract is marked failed
    by the next run, and what it staged is cleaned up), and each batch of articles is staged,
    audited by the entities suite and published (entities.sql) only if no critical expectation
    failed.  A blocked batch's articles keep their mentions and their old model version (the next
    re-extract tries them again)."""
    from etl import runs
    from etl.entities.tagger import model_version
    from etl.warehouse import load

    version = model_version()
    seen, done, after, blocked = 0, 0, 0, []

    def counts() -> dict[str, int]:  # articles: re-extracted (`discovered`) and published (`loaded`)
        return {"discovered": seen, "unchanged": 0, "loaded": done, "duplicate": 0, "quarantined": 0}

    def start(alive: ExitStack) -> int:
        return runs.start(engine, REEXTRACT_ROOT, as_of, runs.RunKind.REEXTRACT, alive)

    with runs.local_run(engine, start=start, counts=counts) as run_id:
        number = 0
        while rows := load.articles_with_other_entity_model(engine, version, after_article_id=after, limit=batch_size):
            results = [
                # as transform_file does: text in another language than Indonesian is not tagged
                (r.content_sha256, *find_entities(_tagged_text(r), r.dateline_place, f"article {r.article_id}"))
                for r in rows
            ]
            batch_id = runs.BatchId(run_id, number)
            runs.stage(
                engine,
                batch_id,
                partial(
                    load.stage_entities,
                    batch_id=str(batch_id),
                    run_id=run_id,
                    input_root=REEXTRACT_ROOT,
                    results=results,
                ),
            )
            if runs.audit(engine, batch_id, docs_dir).publishable:
                runs.publish(engine, batch_id)
                done += len(rows)
            else:
                blocked.append(str(batch_id))
            seen, after, number = seen + len(rows), rows[-1].article_id, number + 1
    if blocked:
        log.warning(
            "re-extract run %s: batches %s failed a critical expectation: not published", run_id, ", ".join(blocked)
        )
    return run_id, done


def _tagged_text(article) -> str:
    return article.body if article.language == "id" else ""


def transform_batch(files: Sequence[DiscoveredFile], as_of: dt.date) -> list[FileOutcome]:
    return [transform_file(f, as_of) for f in files]


@dataclass(slots=True)
class RunSummary:
    run_id: int | None
    input_root: str
    discovered: int = 0
    unchanged: int = 0
    in_flight: int = 0  # new or changed, but planned by another run still in flight: left to it
    loaded: int = 0
    duplicate: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)  # loaded articles per flag (ArticleFlag)
    seconds: float = 0.0
    dry_run: bool = False
    blocked_batches: list[str] = field(default_factory=list)  # staged, failed a critical expectation: not published
    # Wall seconds per stage of the main process (`transform_wait`: waiting for parser workers),
    # plus `transform_cpu`: CPU seconds the workers spent on decode/parse/fingerprint/entities.
    stage_seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    worker_peak_rss_kib: int = 0  # the largest parser process's peak resident memory

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

    A file whose size and mtime match the ledger is skipped without being read, unless another
    parser version processed it: after an upgrade that changes the parser, the next run reads such
    files again (files quarantined under an older policy load; changed output updates articles in place).
    """
    todo: list[tuple[int, DiscoveredFile]] = []
    unchanged = 0
    for ordinal, f in enumerate(files):
        known = ledger.get(f.path)
        same_parser = known is not None and known.parser_version in (None, PARSER_VERSION)
        if not reprocess and known is not None and same_parser and (known.size, known.mtime_ns) == (f.size, f.mtime_ns):
            unchanged += 1
        else:
            todo.append((ordinal, f))
    return todo, unchanged


def batches(items: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _transform_chunk(
    args: tuple[list[tuple[int, DiscoveredFile]], dt.date],
) -> tuple[list[tuple[int, FileOutcome]], float, int]:
    """A chunk's outcomes, the CPU seconds they took and this process's peak RSS (KiB)."""
    import resource

    chunk, as_of = args
    cpu = time.process_time()
    outcomes = [(ordinal, transform_file(f, as_of)) for ordinal, f in chunk]
    return outcomes, time.process_time() - cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def transformed_batches(
    batches_todo: Sequence[Sequence[tuple[int, DiscoveredFile]]], as_of: dt.date, workers: int
) -> Iterator[tuple[list[tuple[int, FileOutcome]], float, int]]:
    """Each batch's outcomes (in batch order), the CPU seconds its transform took, and the peak RSS
    (KiB) of the process(es) that did it.

    With several workers a batch is split into chunks of CHUNK_FILES files so all workers share
    even the first batch, and at most a few batches are in flight at once: when loading is the
    slower side, finished outcomes do not pile up in memory (memory stays flat in corpus size).
    """
    if workers <= 1 or len(batches_todo) == 0:
        for batch in batches_todo:
            yield _transform_chunk((list(batch), as_of))
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # forkserver: children start from a clean interpreter, not a copy of our DB connections.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))
    in_flight: deque[list] = deque()  # per batch: the futures of its chunks
    try:
        for batch in batches_todo:
            in_flight.append(
                [pool.submit(_transform_chunk, (list(chunk), as_of)) for chunk in batches(batch, CHUNK_FILES)]
            )
            if len(in_flight) > BATCHES_AHEAD:
                yield _gathered(in_flight.popleft())
        while in_flight:
            yield _gathered(in_flight.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_transformed = transformed_batches  # the old name (bench/load_bench.py uses it)

CHUNK_FILES = 50  # files per worker task
BATCHES_AHEAD = 2  # batches transformed ahead of the one being loaded


def _gathered(futures: list) -> tuple[list[tuple[int, FileOutcome]], float, int]:
    outcomes: list[tuple[int, FileOutcome]] = []
    cpu_seconds, peak_rss = 0.0, 0
    for future in futures:
        chunk_outcomes, seconds, rss = future.result()
        outcomes.extend(chunk_outcomes)
        cpu_seconds += seconds
        peak_rss = max(peak_rss, rss)
    return outcomes, cpu_seconds, peak_rss


def reference_date(engine, root: str, files: Sequence[DiscoveredFile], as_of: dt.date) -> dt.date:
    """The run's reference date: ``as_of``, raised to the latest reference date under which an article of
    one of ``files`` was published.

    A run with an earlier date (a reprocess "as of" the past, from the CLI or Airflow) would otherwise
    quarantine those files as `future_date` while their articles stay in `core`: the ledger and `core`
    would disagree.  A month that was not in the future when its article was published is not now."""
    from etl.warehouse import load

    published = load.published_as_of(engine, root, [f.path for f in files])
    if published is not None and published > as_of:
        log.warning("reference date raised from %s to %s: files' articles were published as of it", as_of, published)
        return published
    return as_of


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

    Three things overlap: worker processes transform the next batches, this thread stages and
    audits batch N, and one publisher thread publishes batch N-1.  Publishing stays in batch
    order (which file of two with the same content is 'loaded' must not depend on timing).
    """
    from etl import runs
    from etl.quality.audit import import_gx_in_background

    started = time.perf_counter()
    root = str(Path(input_root).resolve())
    summary = RunSummary(None, root, dry_run=dry_run)

    def plan(alive: ExitStack | None) -> runs.Plan:
        planned = runs.plan(
            engine,
            root,
            kind=triggered_by,
            as_of=as_of,
            batch_size=batch_size,
            reprocess=reprocess,
            dry_run=dry_run,
            start_when_empty=True,
            alive=alive,
        )
        summary.run_id, summary.discovered, summary.unchanged = planned.run_id, planned.discovered, planned.unchanged
        summary.in_flight = planned.in_flight
        if on_progress:
            on_progress(0, planned.files)
        plans.append(planned)
        return planned

    plans: list[runs.Plan] = []
    if dry_run:
        plan(None)
        summary.seconds = time.perf_counter() - started
        return summary
    import_gx_in_background()  # seconds of imports, overlapped with discovery and the first transform
    with runs.local_run(engine, start=lambda alive: _started(plan(alive)), counts=summary.counts):
        runs.execute_locally(engine, plans[0], summary, workers=workers, docs_dir=docs_dir, on_progress=on_progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _started(planned) -> int:
    if planned.run_id is None:  # plan(start_when_empty=True) always starts one
        raise RuntimeError("the run was not started")
    return planned.run_id


@contextmanager
def timed(timer: defaultdict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timer[stage] += time.perf_counter() - started
