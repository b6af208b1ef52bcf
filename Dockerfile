# The image every Airflow service in docker-compose.yml runs: the official Airflow 3.3.2 image with
# this project (the `etl` package, its schema migrations and the `antara-etl` CLI) installed by pip.
# DAG files are not baked in: compose mounts ./dags, so editing a DAG needs no rebuild.
FROM apache/airflow:3.3.2-python3.11

# Editable install: etl/warehouse/migrate.py finds the schema's SQL files in /opt/antara/schema.
COPY --chown=airflow:0 pyproject.toml README.md /opt/antara/
COPY --chown=airflow:0 schema /opt/antara/schema
COPY --chown=airflow:0 etl /opt/antara/etl
# Pinning apache-airflow to the image's version stops pip from up- or downgrading Airflow itself.
RUN pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" -e /opt/antara
# Mount point of the `data-docs` volume (GX Data Docs): a new volume takes this folder's owner and mode, so any
# AIRFLOW_UID in group 0 may write there.
RUN mkdir -p -m 2775 /opt/antara/data-docs
