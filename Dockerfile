# The image every Airflow service in docker-compose.yml runs: the official Airflow 3.3.2 image with
# this project (the `etl` package, its schema migrations and the `antara-etl` CLI) installed by pip.
# DAG files are not baked in: compose mounts ./dags, so editing a DAG needs no rebuild.

# The scripts and styles GX Data Docs would load from CDNs, pinned by the lock file (as `make web-assets` does),
# so the Data Docs and quality pages work on a network with no internet.
FROM node:20-slim AS web-assets
WORKDIR /assets
COPY etl/quality/web_assets/package.json etl/quality/web_assets/package-lock.json etl/quality/web_assets/.npmrc ./
RUN npm ci --no-audit --no-fund --ignore-scripts

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
# Served by the api-server's data-quality plugin (etl/quality/web.py reads ANTARA_WEB_ASSETS_DIR).
COPY --from=web-assets --chown=airflow:0 /assets/node_modules /opt/antara/web-assets/node_modules
ENV ANTARA_WEB_ASSETS_DIR=/opt/antara/web-assets/node_modules
