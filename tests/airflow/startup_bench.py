"""Start-up costs users feel: parsing the DAG folder, and starting the CLI.

    .venv/bin/python -m tests.airflow.startup_bench [--repeat 7]

1. DAG parse: the DAG folder parsed as Airflow's DAG processor does (`BundleDagBag`), in a fresh
   process that has already imported Airflow (as the processor has), median of --repeat.
2. CLI: wall time of `antara-etl --help` and of `python -c "import etl.cli"`, median of --repeat.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _wall(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    from antara_testkit.machine import machine
    from tests.airflow.harness import DAGS_FOLDER, HERE, airflow_env, python

    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="antara-startup-") as home:
        env = airflow_env(Path(home), f"sqlite:///{home}/airflow.db")  # parsing never opens the metadata DB
        parses = [python(env, HERE / "inspect_dags.py", str(DAGS_FOLDER))["parse_seconds"] for _ in range(args.repeat)]
    print(
        f"DAG folder parse (BundleDagBag, Airflow already imported): median {statistics.median(parses) * 1000:.1f} ms "
        f"(min {min(parses) * 1000:.1f}, max {max(parses) * 1000:.1f}) over {args.repeat}"
    )
    cli = str(Path(sys.executable).parent / "antara-etl")
    for label, cmd in [
        ("antara-etl --help", [cli, "--help"]),
        ("import etl.cli", [sys.executable, "-c", "import etl.cli"]),
    ]:
        times = [_wall(cmd) for _ in range(args.repeat)]
        print(f"{label}: median {statistics.median(times):.3f} s wall (min {min(times):.3f}, max {max(times):.3f})")


if __name__ == "__main__":
    main()
