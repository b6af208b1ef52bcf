"""Where one Airflow task's time goes: start-up, imports, model load, GX context, work.

The DAG's tasks time their parts with a TaskClock and push the seconds as the XCom `seconds`, so a
benchmark (tests/airflow/bench_e2e.py) can say what the Airflow path pays that the CLI does not:
every task is a new process that imports the pipeline, loads the entity model or builds a Great
Expectations context before it does any work.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

PHASES = ("start-up", "imports", "model load", "GX context", "work")


def process_age_seconds() -> float:
    """Seconds since this process was created (the task process: Airflow forks one per task try)."""
    import psutil

    return max(0.0, time.time() - psutil.Process().create_time())


class TaskClock:
    """Seconds per phase of one task; "start-up" is the time from the task process's creation to the
    clock's (the task function's first line): Airflow's task runner, the DAG file's parse, the context."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {"start-up": round(process_age_seconds(), 3)}

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = round(self.seconds.get(name, 0.0) + seconds, 3)

    def move(self, seconds: float, source: str, target: str) -> None:
        """Count ``seconds`` of phase ``source`` as ``target`` (a part measured inside the work)."""
        seconds = min(seconds, self.seconds.get(source, 0.0))
        self.add(source, -seconds)
        self.add(target, seconds)
