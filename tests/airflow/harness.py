"""Run a real Airflow (and Redis) for the tests: environment, processes, the REST API, warehouse checksums.

Everything starts from this virtualenv's `bin` in a temporary AIRFLOW_HOME on free ports, and is
stopped with SIGINT (then SIGKILL if it does not exit), each process group by its own id.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from etl.orchestrate import airflow_connection_json

REPO = Path(__file__).resolve().parents[2]
DAGS_FOLDER = REPO / "dags"
PLUGINS_FOLDER = DAGS_FOLDER / "plugins"  # the data-quality pages (listed in dags/.airflowignore)
VENV_BIN = Path(sys.executable).parent
HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def airflow_env(
    home: Path,
    metadata_url: str,
    *,
    warehouse_url: str | None = None,
    executor: str = "LocalExecutor",
    api_port: int | None = None,
    input_root_variable: str | None = None,
    extra: dict[str, str] | None = None,
) -> dict[str, str]:
    """Environment for Airflow commands: this repo's DAGs, a PostgreSQL metadata DB, the warehouse connection."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "ANTARA_WAREHOUSE_URL"))}
    env.update(
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=str(HERE),  # worker_identity, for the Celery workers' hostname_callable
        AIRFLOW_HOME=str(home),
        AIRFLOW__CORE__DAGS_FOLDER=str(DAGS_FOLDER),
        AIRFLOW__CORE__PLUGINS_FOLDER=str(PLUGINS_FOLDER),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        AIRFLOW__CORE__EXECUTOR=executor,
        AIRFLOW__CORE__PARALLELISM="4",  # two cores: more task processes only fight for them
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=metadata_url,
        AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS="admin:admin",
        AIRFLOW__API__WORKERS="1",
        # Every component must sign and check task tokens with the same secret.
        AIRFLOW__API_AUTH__JWT_SECRET=secrets.token_urlsafe(64),
        AIRFLOW__LOGGING__LOGGING_LEVEL="INFO",
    )
    if api_port:
        env.update(
            AIRFLOW__API__HOST="127.0.0.1",
            AIRFLOW__API__PORT=str(api_port),
            AIRFLOW__API__BASE_URL=f"http://127.0.0.1:{api_port}",
            AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"http://127.0.0.1:{api_port}/execution/",
        )
    if warehouse_url:
        env["AIRFLOW_CONN_ANTARA_WAREHOUSE"] = airflow_connection_json(warehouse_url)
    if input_root_variable is not None:
        env["AIRFLOW_VAR_ANTARA_INPUT_ROOT"] = input_root_variable
    env.update(extra or {})
    return env


def airflow(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(VENV_BIN / "airflow"), *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"airflow {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def python(env: dict[str, str], script: Path, *args: str, timeout: float = 600) -> dict:
    """Run a helper script with Airflow's environment; it prints one JSON line starting with RESULT."""
    result = subprocess.run(
        [sys.executable, str(script), *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert result.returncode == 0 and lines, f"{script.name} failed:\n{result.stdout[-5000:]}\n{result.stderr[-5000:]}"
    return json.loads(lines[-1].removeprefix("RESULT "))


def database_url(server_url: str, name: str) -> str:
    return (
        make_url(server_url).set(drivername="postgresql+psycopg2", database=name).render_as_string(hide_password=False)
    )


# --- processes ------------------------------------------------------------------------------


class Processes:
    """Long-running commands in their own process groups, logging to files; stopped with SIGINT."""

    def __init__(self, log_dir: Path):
        self.log_dir = log_dir
        self.running: dict[str, subprocess.Popen] = {}

    def start(self, name: str, argv: list[str], env: dict[str, str]) -> None:
        log = open(self.log_dir / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        self.running[name] = subprocess.Popen(
            argv, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()

    def check_alive(self) -> None:
        for name, proc in self.running.items():
            if proc.poll() is not None:
                raise AssertionError(f"{name} exited with {proc.returncode}:\n{self.tail(name)}")

    def tail(self, name: str, chars: int = 4000) -> str:
        return (self.log_dir / f"{name}.log").read_text(errors="replace")[-chars:]

    def stop(self, grace: float = 30) -> dict[str, int]:
        """SIGINT every group, wait, SIGKILL stragglers; returns each process's exit code."""
        for proc in self.running.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGINT)
        deadline = time.monotonic() + grace
        codes = {}
        for name, proc in self.running.items():
            try:
                codes[name] = proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                codes[name] = proc.wait()
        for proc in self.running.values():  # children a component forked and left behind
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.running.clear()
        return codes


@contextmanager
def redis_server(work_dir: Path):
    """A private redis-server on a free port (no persistence); yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        import pytest

        pytest.skip("redis-server is not installed (Debian package `redis-server`): the Celery test needs a broker")
    port = free_port()
    procs = Processes(work_dir)
    procs.start(
        "redis",
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(work_dir),
        ],
        os.environ.copy(),
    )
    wait_for(lambda: _port_open(port), what="redis-server", timeout=20, procs=procs)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        procs.stop(grace=10)


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def wait_for(predicate, *, what: str, timeout: float, procs: Processes | None = None, interval: float = 1.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if procs:
            procs.check_alive()
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


# --- a running Airflow ----------------------------------------------------------------------


class Airflow:
    """api-server + scheduler + dag-processor (+ optional Celery workers) and a client for /api/v2."""

    def __init__(self, env: dict[str, str], log_dir: Path):
        self.env = env
        self.home = Path(env["AIRFLOW_HOME"])
        self.base_url = env["AIRFLOW__API__BASE_URL"]
        self.procs = Processes(log_dir)
        self.client = httpx.Client(base_url=self.base_url, timeout=30)

    def start(self, celery_workers: tuple[str, ...] = ()) -> None:
        airflow_bin = str(VENV_BIN / "airflow")
        for component in ("api-server", "scheduler", "dag-processor"):
            self.procs.start(component, [airflow_bin, component], self.env)
        for name in celery_workers:
            # Each worker reports its own name as the task instances' hostname (worker_identity.py).
            env = {
                **self.env,
                "ANTARA_WORKER_NAME": name,
                "AIRFLOW__CORE__HOSTNAME_CALLABLE": "worker_identity.hostname",
            }
            self.procs.start(
                f"worker-{name}",
                [
                    airflow_bin,
                    "celery",
                    "worker",
                    "-H",
                    name,
                    "--concurrency",
                    "1",
                    "--without-gossip",
                    "--without-mingle",
                ],
                env,
            )
        wait_for(self._login, what="the api-server and its generated admin password", timeout=180, procs=self.procs)
        wait_for(
            lambda: self.get("/api/v2/dags/antara_ingest", ok_only=True),
            what="antara_ingest to be parsed",
            timeout=180,
            procs=self.procs,
        )

    def _login(self) -> bool:
        passwords = self.home / "simple_auth_manager_passwords.json.generated"
        if not passwords.exists() or not _port_open(int(self.env["AIRFLOW__API__PORT"])):
            return False
        password = json.loads(passwords.read_text())["admin"]
        try:
            response = self.client.post("/auth/token", json={"username": "admin", "password": password})
        except httpx.TransportError:
            return False
        if response.status_code not in (200, 201):
            return False
        self.client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        return True

    def get(self, path: str, ok_only: bool = False):
        response = self.client.get(path)
        if ok_only and response.status_code != 200:
            return None
        response.raise_for_status()
        return response.json()

    def unpause(self, dag_id: str) -> None:
        self.client.patch(f"/api/v2/dags/{dag_id}", json={"is_paused": False}).raise_for_status()

    def trigger(self, dag_id: str, conf: dict) -> str:
        response = self.client.post(f"/api/v2/dags/{dag_id}/dagRuns", json={"logical_date": None, "conf": conf})
        assert response.status_code in (200, 201), response.text
        return response.json()["dag_run_id"]

    def wait_for_run(self, dag_id: str, run_id: str, timeout: float = 300) -> str:
        def finished():
            state = self.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}")["state"]
            return state if state in ("success", "failed") else None

        return wait_for(finished, what=f"{dag_id} run {run_id}", timeout=timeout, procs=self.procs, interval=2)

    def finished_runs(self, dag_id: str) -> list[dict]:
        runs = self.get(f"/api/v2/dags/{dag_id}/dagRuns")["dag_runs"]
        return [r for r in runs if r["state"] in ("success", "failed")]

    def task_instances(self, dag_id: str, run_id: str) -> list[dict]:
        return self.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances?limit=1000")["task_instances"]

    def xcom(self, dag_id: str, run_id: str, task_id: str, key: str):
        return self.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/xcomEntries/{key}")["value"]

    def logs(self) -> str:
        return "\n".join(f"--- {name} ---\n{self.procs.tail(name)}" for name in self.procs.running)

    def stop(self) -> dict[str, int]:
        self.client.close()
        return self.procs.stop()


# --- the warehouse, compared by natural keys -------------------------------------------------

# Surrogate ids and run ids differ between two warehouses loaded the same way; these do not.
NATURAL_KEY_QUERIES = {
    "core.article": """
        SELECT a.content_sha256, a.published_month, a.published_date, a.dateline_place, a.lead, a.body,
               a.word_count, s.source_key, f.path, g.content_sha256 AS near_duplicate_of
        FROM core.article a JOIN ingest.raw_file f USING (raw_file_id)
        LEFT JOIN core.source s USING (source_id)
        LEFT JOIN core.article g ON g.article_id = a.near_duplicate_group_id""",
    "core.person": "SELECT name_key, name FROM core.person",
    "core.article_credit": """
        SELECT a.content_sha256, c.role, p.name_key, c.position
        FROM core.article_credit c JOIN core.article a USING (article_id) JOIN core.person p USING (person_id)""",
    "ingest.raw_file": """
        SELECT f.input_root, f.path, f.size_bytes, f.sha256, f.status, f.reason, a.content_sha256
        FROM ingest.raw_file f LEFT JOIN core.article a USING (article_id)""",
}


def natural_key_checksums(url: str) -> dict[str, tuple[int, str]]:
    """(row count, md5 of the sorted rows) per table, by natural keys only."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table: tuple(
                    conn.execute(
                        sa.text(
                            f"SELECT count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ({query}) x"
                        )
                    ).one()
                )
                for table, query in NATURAL_KEY_QUERIES.items()
            }
    finally:
        engine.dispose()


def ledger_counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(sa.text("SELECT status, count(*) FROM ingest.raw_file GROUP BY status")).all())
    finally:
        engine.dispose()


# --- a local SMTP sink for the alerts ----------------------------------------------------------


@contextmanager
def smtp_sink():
    """An SMTP server on a free local port that keeps every message (aiosmtpd); yields (connection JSON for
    `AIRFLOW_CONN_ANTARA_ALERTS_SMTP`, the list the messages arrive in, as email.message.Message)."""
    from email import message_from_bytes

    from aiosmtpd.controller import Controller

    received: list = []

    class Keep:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
            received.append(message_from_bytes(envelope.original_content or envelope.content))
            return "250 OK"

    port = free_port()
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    connection = {
        "conn_type": "smtp",
        "host": "127.0.0.1",
        "port": port,
        "extra": {
            "from_email": "airflow@localhost",
            "to": "newsroom@localhost",
            "disable_tls": True,
            "disable_ssl": True,
        },
    }
    try:
        yield json.dumps(connection), received
    finally:
        controller.stop()
