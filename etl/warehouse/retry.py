"""Retry a unit of warehouse work when the connection (not the data) failed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa

log = logging.getLogger(__name__)
T = TypeVar("T")

# A database restart takes a few seconds; give it about a minute in total.
DELAYS = (0.5, 1, 2, 4, 8, 15, 30)


def is_transient(exc: BaseException) -> bool:
    """Connection lost, server restarting, serialization failure or deadlock: worth another try."""
    if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, sa.exc.OperationalError):
        return True
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "pgcode", None) or getattr(orig, "sqlstate", None)
    return code in {"40001", "40P01", "57P01", "57P02", "57P03", "08006", "08003", "08001"}


def transient_cause(exc: BaseException | None) -> BaseException | None:
    """The transient database error ``exc`` is or was caused by, if any: a library wrapping the
    connection failure in its own exception (Great Expectations' TestConnectionError during an
    audit) is as worth another try as the failure itself."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sa.exc.DBAPIError):
            return exc if is_transient(exc) else None
        if type(exc).__module__.split(".")[0] in ("psycopg", "psycopg2"):  # raw driver error (COPY cursor)
            wrapped = sa.exc.DBAPIError.instance(None, None, exc, Exception)
            return exc if is_transient(wrapped) else None
        cause = getattr(exc, "cause", None)
        exc = exc.__cause__ or (cause if isinstance(cause, BaseException) else None) or exc.__context__
    return None


def with_retries(work: Callable[[], T], *, what: str, delays: tuple[float, ...] = DELAYS) -> T:
    """Run ``work`` (one whole transaction) again after transient failures; others propagate."""
    for attempt, delay in enumerate((*delays, None), start=1):
        try:
            return work()
        except Exception as exc:
            cause = transient_cause(exc)
            if delay is None or cause is None:
                raise
            log.warning(
                "%s failed (attempt %d, %s); retrying in %.1fs",
                what,
                attempt,
                type(getattr(cause, "orig", cause)).__name__,
                delay,
            )
            time.sleep(delay)
    raise AssertionError("unreachable")
