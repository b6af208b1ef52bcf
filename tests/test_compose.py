"""docker-compose.yml: valid for a real Compose implementation, and consistent with what the local tests run.

Docker cannot run containers here, so the file is checked with `docker-compose config` (Debian's
package `docker-compose`, a Compose implementation that validates against the Compose schema and
interpolates variables without a Docker daemon), then its content is compared with the DAGs,
the Dockerfile and the project's pinned Airflow version.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
COMPOSE_FILE = REPO / "docker-compose.yml"
AIRFLOW_SERVICES = {
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
    "airflow-init",
}
CONTAINER_DAGS_FOLDER = "/opt/airflow/dags"


def _constant(path: Path, name: str) -> str:
    """A string constant of a DAG file, read without importing Airflow into the test process."""
    match = re.search(rf'^{name} = "([^"]+)"', path.read_text(), re.MULTILINE)
    assert match, f"{name} not found in {path}"
    return match.group(1)


@pytest.fixture(scope="module")
def compose() -> dict:
    """The file as a Compose implementation renders it (validated, anchors merged, variables interpolated)."""
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip("docker-compose is not installed (Debian package `docker-compose`; .ci/run installs it)")
    env = {"PATH": "/usr/bin:/bin"}  # no secrets from the caller: the placeholders' defaults must suffice
    result = subprocess.run(
        [binary, "-f", str(COMPOSE_FILE), "config"], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return yaml.safe_load(result.stdout)


def test_services_and_scalable_worker(compose):
    services = compose["services"]
    assert set(services) == AIRFLOW_SERVICES | {"postgres", "redis"}
    worker = services["airflow-worker"]
    assert "container_name" not in worker and "ports" not in worker and "hostname" not in worker
    assert worker["command"] == "celery worker"
    images = {services[name]["image"] for name in AIRFLOW_SERVICES}
    assert len(images) == 1 and all(services[name]["build"]["context"] == str(REPO) for name in AIRFLOW_SERVICES)


def test_airflow_services_use_celery_redis_and_postgres(compose):
    for name in AIRFLOW_SERVICES:
        env = compose["services"][name]["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://:@redis:6379")
        assert "@postgres/airflow" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
        assert "@postgres/airflow" in env["AIRFLOW__CELERY__RESULT_BACKEND"]
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
        assert len(env["AIRFLOW__API_AUTH__JWT_SECRET"]) >= 64


def test_dags_and_input_are_the_repos_and_mounted_read_only(compose):
    """The containers run the same DAG folder the local tests parse and run (tests/airflow)."""
    from tests.airflow.harness import DAGS_FOLDER

    for name in AIRFLOW_SERVICES:
        service = compose["services"][name]
        assert service["environment"]["AIRFLOW__CORE__DAGS_FOLDER"] == CONTAINER_DAGS_FOLDER
        mounts = {volume.split(":")[1]: volume for volume in service["volumes"]}
        assert mounts[CONTAINER_DAGS_FOLDER] == f"{DAGS_FOLDER}:{CONTAINER_DAGS_FOLDER}:ro"
        assert mounts["/opt/antara/input"].endswith(":ro")


def test_init_creates_what_the_dag_reads(compose):
    dag_file = REPO / "dags" / "antara_ingest.py"
    conn_id = _constant(REPO / "dags" / "antara_assets.py", "WAREHOUSE_CONN_ID")
    variable = _constant(dag_file, "INPUT_ROOT_VARIABLE")
    assert conn_id == "antara_warehouse"
    script = compose["services"]["airflow-init"]["command"][-1]
    assert "airflow db migrate" in script and "antara-etl db upgrade" in script
    assert f"airflow connections add {conn_id} --conn-type postgres" in script
    assert f"airflow variables set {variable} /opt/antara/input" in script


def test_postgres_holds_both_databases():
    init = (REPO / "scripts" / "postgres-init-warehouse.sh").read_text()
    assert "CREATE DATABASE antara" in init and ":'warehouse_password'" in init


def test_no_secret_is_committed():
    """Every password, secret or key in the file is a ${VARIABLE:-placeholder} taken from the environment."""
    raw = yaml.safe_load(COMPOSE_FILE.read_text())
    secret_keys = re.compile(r"PASSWORD|SECRET|FERNET", re.IGNORECASE)

    def check(env: dict) -> None:
        for key, value in env.items():
            if secret_keys.search(key) and not key.startswith("<<"):
                assert str(value).startswith("${"), f"{key} is not read from the environment"

    for service in raw["services"].values():
        if isinstance(service.get("environment"), dict):
            check(service["environment"])
    check(raw["x-airflow-common"]["environment"])
    for url in re.findall(r"\w+://[^\s\"']+", COMPOSE_FILE.read_text()):
        password = re.match(r"\w+://[^:/@]*:([^@]*)@", url)
        assert (
            password is None
            or password.group(1) in ("", "$${ANTARA_WAREHOUSE_PASSWORD}")
            or password.group(1).startswith("${")
        ), url


def test_image_is_built_from_the_project_with_the_pinned_airflow(compose):
    dockerfile = (REPO / "Dockerfile").read_text()
    pinned = re.search(r'"apache-airflow==([\d.]+)"', (REPO / "pyproject.toml").read_text()).group(1)
    assert re.search(rf"^FROM apache/airflow:{re.escape(pinned)}-python3\.11$", dockerfile, re.MULTILINE)
    assert re.search(r"pip install .* -e /opt/antara", dockerfile)
    assert all(
        "_PIP_ADDITIONAL_REQUIREMENTS" not in service.get("environment", {}) for service in compose["services"].values()
    )
