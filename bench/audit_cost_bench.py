"""What one audit of a staged batch costs, split into its parts, for a full and a small batch.

    .venv/bin/python -m bench.audit_cost_bench [--files 2000] [--small 7] [--repeat 5] [--server-url URL]

One batch of generated files (`etl.generate`, as an ingest makes them) is transformed once and
staged; then, in this one process, as the CLI or an Airflow task would:

1. the first audit (Great Expectations imported, its context built: what a fresh process pays);
2. --repeat more audits of the same batch (median): the cost per batch of a long CLI run;
3. the same for a batch of --small files.

Each line gives the audit's seconds by part (the audit's own `phase_seconds`), the number of SQL
statements it sent, and checks that every audit recorded the same results in `quality.*`.
Targets (issue #16): <= 1 s per 2,000-file batch, <= 2 s for any small batch.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from bench.ingest_bench import _server_cpu_seconds
from bench.load_bench import AS_OF, transformed_batch

_RESULTS = sa.text(
    """
    SELECT r.suite, r.check_name, r.expectation, r.expectation_type, r.kwargs::text, r.severity, r.success,
           r.observed_value::text, r.element_count, r.unexpected_count, r.unexpected_sample::text, r.message
    FROM quality.expectation_result r JOIN quality.validation_run v USING (validation_run_id)
    WHERE v.validation_run_id = ANY(:ids)
    ORDER BY r.suite, r.check_name
    """
)


def _count_statements(engine: sa.Engine) -> list[int]:
    counter = [0]

    @sa.event.listens_for(sa.Engine, "before_cursor_execute")
    def _count(*_args, **_kwargs):  # every engine: the audit's own and GX's
        counter[0] += 1

    return counter


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--small", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--server-url")
    parser.add_argument("--dump", help="write the recorded results here (JSON), to compare code versions")
    args = parser.parse_args(argv)

    import logging

    logging.basicConfig(level=logging.ERROR)
    from bench.ingest_bench import machine
    from bench.scratch import scratch_database
    from etl import PARSER_VERSION
    from etl.quality.audit import audit_batch
    from etl.warehouse import load
    from etl.warehouse.connection import create_engine
    from etl.warehouse.migrate import upgrade

    print(f"machine: {machine()}")
    with (
        tempfile.TemporaryDirectory(prefix="antara-audit-bench-") as tmp,
        scratch_database("antara_audit_bench", args.server_url, Path(tmp)) as (url, pgdata),
    ):
        engine = create_engine(url)
        upgrade(engine)
        root, outcomes = transformed_batch(args.files, Path(tmp))
        run_id = load.start_run(engine, root, PARSER_VERSION, AS_OF, "bench")
        statements = _count_statements(engine)
        dumped: dict[str, list] = {}
        for label, batch_outcomes, number in (
            (f"{args.files:,}-file batch", outcomes, 0),
            (f"{args.small}-file batch", outcomes[: args.small], 1),
        ):
            batch_id = f"run{run_id}-b{number:05d}"
            with engine.begin() as conn:
                load.stage_batch(conn, batch_id, run_id, root, batch_outcomes)
            runs, recorded, cpu_seconds = [], [], []
            for _ in range(1 + args.repeat):
                before = statements[0]
                cpu, server = time.process_time(), _server_cpu_seconds(pgdata)
                started = time.perf_counter()
                result = audit_batch(engine, batch_id)
                runs.append((time.perf_counter() - started, statements[0] - before, result))
                server_after = _server_cpu_seconds(pgdata)
                cpu_seconds.append((time.process_time() - cpu, None if server is None else server_after - server))
                with engine.begin() as conn:
                    recorded.append(conn.execute(_RESULTS, {"ids": result.validation_run_ids}).all())
                    # forget it, so the next audit learns its bounds from the same history
                    conn.execute(
                        sa.text("DELETE FROM quality.validation_run WHERE validation_run_id = ANY(:ids)"),
                        {"ids": result.validation_run_ids},
                    )
            same = all(r == recorded[0] for r in recorded)
            dumped[label] = [[str(v) for v in row] for row in recorded[0]]
            first_seconds, first_statements, first = runs[0]
            rest = runs[1:]
            median = statistics.median(s for s, _, _ in rest)
            phases = {
                name: statistics.median(getattr(r, "phase_seconds", {}).get(name, 0.0) for _, _, r in rest)
                for name in getattr(first, "phase_seconds", {})
            }
            print(
                f"\n{label}: {len(recorded[0])} expectations, "
                f"{'critical failures ' + str(len(first.critical_failures)) if first.critical_failures else 'passed'}"
            )
            print(
                f"  first audit in this process: {first_seconds:.2f} s ({first_statements} SQL statements): "
                + ", ".join(f"{k} {v:.2f}" for k, v in getattr(first, "phase_seconds", {}).items())
            )
            print(
                f"  later audits, median of {len(rest)}: {median:.2f} s ({rest[-1][1]} SQL statements): "
                + ", ".join(f"{k} {v:.2f}" for k, v in phases.items())
            )
            later_cpu = cpu_seconds[1:]
            server_cpu = [c for _, c in later_cpu if c is not None]
            print(
                f"  later audits' CPU seconds, median: this process {statistics.median(c for c, _ in later_cpu):.2f}"
                + (f", PostgreSQL {statistics.median(server_cpu):.2f}" if server_cpu else "")
                + " (CPU time moves less with the machine's load than wall time)"
            )
            print(f"  results recorded in quality.* identical across the {len(runs)} audits: {'yes' if same else 'NO'}")
        engine.dispose()
    if args.dump:
        Path(args.dump).write_text(json.dumps(dumped, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
