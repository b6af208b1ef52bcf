"""Run the hostile corpus (antara_testkit.hostile_corpus) through a real ingest and tally, per kind, what
became of its files and whether that is what was expected.

    python -m bench.hostile_tally                          # embedded PostgreSQL in a temporary folder
    python -m bench.hostile_tally --database-url URL       # an empty database on your server (migrated here)

Every file must end in the ledger (loaded, duplicate, or quarantined with a named reason), including
those refused at discovery; loaded files must hold the hostile text exactly as written (SQL stays
text), and the warehouse must be intact afterwards: every table still there, no row beyond those
the corpus accounts for, no entity mention outside its article's body, nothing from outside the
input root.  Exit status 0 when every kind is handled.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from antara_testkit.hostile_tally import report, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile_tally", description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="an empty database to migrate and load (default: embedded PostgreSQL)")
    parser.add_argument("--work-dir", type=Path, help="where to write the corpus (default: a temporary folder)")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    if args.work_dir:
        args.work_dir.mkdir(parents=True, exist_ok=True)
        tally = run(args.database_url, args.work_dir, batch_size=args.batch_size, workers=args.workers)
    else:
        with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
            tally = run(args.database_url, Path(tmp), batch_size=args.batch_size, workers=args.workers)
    print(report(tally))
    return 0 if tally.ok else 1


if __name__ == "__main__":
    sys.exit(main())
