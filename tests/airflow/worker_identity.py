"""`[core] hostname_callable` for the Celery test: two workers on one machine report distinct names."""

import os


def hostname() -> str:
    return os.environ["ANTARA_WORKER_NAME"]
