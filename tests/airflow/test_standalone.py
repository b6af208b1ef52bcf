"""`make airflow`'s script as a user or a service manager runs it: started from a non-interactive shell
(SIGINT ignored, as `cmd &` leaves it), listening on 127.0.0.1 only, stopped cleanly by SIGTERM, nothing
left running; then `antara-etl db stop` really stops the embedded warehouse it started."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

from tests.airflow.harness import REPO, free_port, wait_for

SCRIPT = REPO / "scripts" / "airflow-standalone.sh"


def _listening(port: int) -> set[str]:
    return {
        c.laddr.ip for c in psutil.net_connections("tcp") if c.status == psutil.CONN_LISTEN and c.laddr.port == port
    }


def _processes_of(home: str, *, warehouse: bool = True) -> list[psutil.Process]:
    """Processes started with this AIRFLOW_HOME (the embedded warehouse too, unless ``warehouse`` is False)."""
    found = []
    for process in psutil.process_iter():
        try:
            if not warehouse and process.name() == "postgres":
                continue
            if process.environ().get("AIRFLOW_HOME") == home and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


@pytest.mark.slow
def test_the_standalone_script_binds_locally_and_stops_on_sigterm_from_a_non_interactive_start(tmp_path):
    home, data, corpus = tmp_path / "home", tmp_path / "data", tmp_path / "in"
    corpus.mkdir()
    port = free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AIRFLOW", "ANTARA_WAREHOUSE_URL", "ANTARA_STANDALONE"))
    }
    env.update(AIRFLOW_HOME=str(home), AIRFLOW_PORT=str(port), ANTARA_DATA_DIR=str(data), ANTARA_INPUT_ROOT=str(corpus))
    env["VENV"] = os.path.relpath(os.path.dirname(os.path.dirname(sys.executable)), REPO)
    log = open(tmp_path / "standalone.log", "wb")  # noqa: SIM115 - closed once the process has it

    def ignore_sigint():  # what a non-interactive shell does to a background job
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    script = subprocess.Popen(
        [str(SCRIPT)], env=env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=ignore_sigint, start_new_session=True
    )
    log.close()
    try:
        wait_for(
            lambda: "login:" in (tmp_path / "standalone.log").read_text(errors="replace"),
            what="the standalone banner",
            timeout=420,
            interval=2,
        )
        banner = (tmp_path / "standalone.log").read_text(errors="replace")
        assert "antara_ingest: paused until you unpause it" in banner and "antara_marts: unpaused" in banner
        assert _listening(port) == {"127.0.0.1"}

        script.send_signal(signal.SIGTERM)
        code = script.wait(120)
        assert code == 0, (tmp_path / "standalone.log").read_text(errors="replace")[-3000:]
        # Airflow is gone; the embedded warehouse keeps running until `db stop` (as README says).
        deadline = time.monotonic() + 30
        while _processes_of(str(home), warehouse=False) and time.monotonic() < deadline:
            time.sleep(1)
        assert _processes_of(str(home), warehouse=False) == [] and _listening(port) == set()
    finally:
        if script.poll() is None:
            os.killpg(script.pid, signal.SIGKILL)
            script.wait()
        for process in _processes_of(str(home), warehouse=False):
            process.kill()
        stop = subprocess.run(
            [sys.executable, "-m", "etl.cli", "db", "stop", "--data-dir", str(data)], capture_output=True, text=True
        )
    assert stop.returncode == 0 and "stopped the embedded PostgreSQL" in stop.stdout, stop.stdout + stop.stderr
    status = subprocess.run(
        [sys.executable, "-m", "etl.cli", "db", "status", "--data-dir", str(data)], capture_output=True, text=True
    )
    assert status.returncode == 3 and "not running" in status.stdout
    assert _processes_of(str(home)) == []  # no postmaster, nothing else
