"""The warehouse's advisory-lock keys, defined once.

PostgreSQL advisory locks are named by numbers; two modules that meant the same lock with two
literals, or two locks with one, would fail silently.  Every key the code and the SQL files use is
here (the SQL files take them as bind parameters).
"""

from __future__ import annotations

# Session lock (class, run_id) held by a live run of a locked kind while its process lives
# (etl.warehouse.load.run_alive); staging_cleanup.sql takes it to tell a dead run from a live one.
RUN_LIVENESS = 7304
# Session lock (class, hashtext(input_root)) held while a run over that root is planned.
PLAN = 7_304_221
# Transaction lock (one bigint) taken by publish.sql: publishes are serialised.
PUBLISH = 7_304_221_002
# Session lock (one bigint) serialising schema upgrades (etl.warehouse.migrate).
MIGRATION = 7_304_221_001
