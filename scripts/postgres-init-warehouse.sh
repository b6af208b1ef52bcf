#!/usr/bin/env bash
# docker-compose.yml mounts this into the postgres service's /docker-entrypoint-initdb.d: it runs
# once, when the data volume is initialised.  One server, two databases: Airflow's metadata
# (`airflow`, the image's POSTGRES_DB) and the warehouse (`antara`) with a login of its own, so
# Airflow's tables and the warehouse's never mix.  The password comes from the environment.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v warehouse_password="$ANTARA_WAREHOUSE_PASSWORD" <<'SQL'
CREATE ROLE antara LOGIN PASSWORD :'warehouse_password';
CREATE DATABASE antara OWNER antara;
SQL
