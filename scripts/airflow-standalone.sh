#!/usr/bin/env bash
# `make airflow`: Airflow 3 standalone on this machine, with this repo's DAGs and the embedded warehouse.
#
#   ANTARA_INPUT_ROOT   folder the scheduled runs read (Variable antara_input_root); default ./sample-corpus
#   AIRFLOW_HOME        Airflow's state (SQLite metadata DB, logs, generated password); default ./airflow-home
#   AIRFLOW_PORT        UI/API port; default 8080
#   AIRFLOW_HOST        address the api-server listens on; default 127.0.0.1 (this machine only: the simple auth
#                       manager is for one user on one machine); 0.0.0.0 to serve the network
#   AIRFLOW_BASE_URL    the UI's address as browsers reach it; default http://localhost:$AIRFLOW_PORT
#   ANTARA_DATA_DIR     where the embedded PostgreSQL keeps its data (see `antara-etl db url`)
#   ANTARA_DATA_DOCS_DIR  where audits build GX Data Docs (Variable antara_data_docs_dir); default $AIRFLOW_HOME/data-docs
#
# The data-quality pages (dags/plugins/antara_quality.py) are served at $AIRFLOW__API__BASE_URL/antara-quality/
# and linked in the UI: "Data quality" in the sidebar, and a "Data quality" tab on every DAG run.
#
# DAGs: antara_ingest starts paused (scheduled runs every 30 minutes begin when you unpause it; the trigger
# form can unpause it), antara_marts starts unpaused (it only runs after an ingest changed the warehouse).
#
# Ctrl-C (SIGINT) or SIGTERM stops Airflow cleanly: both are forwarded to `airflow standalone` as SIGINT, the
# only signal it stops cleanly on; the embedded warehouse keeps running (`antara-etl db stop` stops it).
set -euo pipefail
# A script started from a non-interactive shell (`cmd &`, nohup, a service manager) may inherit SIGINT
# ignored; bash cannot trap a signal ignored at entry, so start again once with INT and TERM at their defaults.
if [ -z "${ANTARA_STANDALONE_SIGNALS_RESET:-}" ]; then
    export ANTARA_STANDALONE_SIGNALS_RESET=1
    exec env --default-signal=INT,TERM "$0" "$@"
fi
cd "$(dirname "$0")/.."
repo=$PWD
venv_bin="$repo/${VENV:-.venv}/bin"
# `airflow standalone` starts its components by name: they must be this venv's.
export PATH="$venv_bin:$PATH"

export AIRFLOW_HOME="${AIRFLOW_HOME:-$repo/airflow-home}"  # gitignored
export AIRFLOW__CORE__DAGS_FOLDER="$repo/dags"
export AIRFLOW__CORE__PLUGINS_FOLDER="$repo/dags/plugins"  # listed in dags/.airflowignore
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__PARALLELISM="${AIRFLOW__CORE__PARALLELISM:-8}"  # LocalExecutor task processes
export AIRFLOW__API__PORT="${AIRFLOW_PORT:-8080}"
export AIRFLOW__API__HOST="${AIRFLOW_HOST:-127.0.0.1}"
export AIRFLOW__API__BASE_URL="${AIRFLOW_BASE_URL:-http://localhost:$AIRFLOW__API__PORT}"
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="$AIRFLOW__API__BASE_URL/execution/"
# All components must sign and check tokens with one secret; a new one each start is fine locally.
AIRFLOW__API_AUTH__JWT_SECRET="$(python -c 'import secrets; print(secrets.token_urlsafe(64))')"
export AIRFLOW__API_AUTH__JWT_SECRET
mkdir -p "$AIRFLOW_HOME"

input_root="${ANTARA_INPUT_ROOT:-$repo/sample-corpus}"
if [ ! -d "$input_root" ]; then
    echo "input folder $input_root does not exist: create it, or run \`make run\` to generate a sample corpus" >&2
    exit 2
fi
export AIRFLOW_VAR_ANTARA_INPUT_ROOT="$input_root"
data_docs="${ANTARA_DATA_DOCS_DIR:-$AIRFLOW_HOME/data-docs}"
mkdir -p "$data_docs"
export AIRFLOW_VAR_ANTARA_DATA_DOCS_DIR="$data_docs"

echo "starting the embedded warehouse and bringing its schema up to date ..."
antara-etl db upgrade
warehouse_url="$(antara-etl db url --with-password)"
AIRFLOW_CONN_ANTARA_WAREHOUSE="$(python -c 'import sys; from etl.orchestrate import airflow_connection_json as j; print(j(sys.argv[1]))' "$warehouse_url")"
export AIRFLOW_CONN_ANTARA_WAREHOUSE

print_login_when_ready() {
    local passwords="$AIRFLOW_HOME/simple_auth_manager_passwords.json.generated"
    until [ -s "$passwords" ] && (exec 3<>"/dev/tcp/${AIRFLOW__API__HOST/0.0.0.0/127.0.0.1}/$AIRFLOW__API__PORT") 2>/dev/null; do sleep 2; done
    local password
    password="$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["admin"])' "$passwords")"
    printf '\n  Airflow UI:  %s (listening on %s)\n  login:       admin / %s\n  DAGs:        antara_ingest: paused until you unpause it (then every 30 min; the trigger form can unpause it)\n               antara_marts: unpaused, runs after every ingest that changed the warehouse\n  input:       %s\n  quality:     %s/antara-quality/ (sidebar: Data quality; Data Docs in %s)\n  Ctrl-C stops Airflow.\n\n' \
        "$AIRFLOW__API__BASE_URL" "$AIRFLOW__API__HOST:$AIRFLOW__API__PORT" "$password" "$input_root" "$AIRFLOW__API__BASE_URL" "$data_docs"
}

# Job control: background jobs get their own process group (Ctrl-C reaches only this script, which
# forwards it); `env --default-signal` makes sure airflow does not inherit SIGINT ignored.
set -m
env --default-signal=INT airflow standalone &
standalone=$!
trap 'kill -INT "$standalone" 2>/dev/null || true' INT TERM
print_login_when_ready &
printer=$!
status=0
while kill -0 "$standalone" 2>/dev/null; do
    wait "$standalone" && status=0 || status=$?  # interrupted by the trap (130), then the real exit code
done
kill "$printer" 2>/dev/null || true
exit "$status"
