"""Bounds for distribution checks, learned from the values earlier batches showed.

A parser that breaks quietly still produces rows: only the shape changes (suddenly no datelines,
no editor credits).  What "normal" looks like is taken from history: the observed values of the same
check in earlier audited batches that were not blocked, as mean +- k standard deviations, never
narrower than the check's tolerance and never past what the value can be.  With too little history
the suite's defaults apply.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import sqlalchemy as sa

from etl.quality.suites import Baseline, Check
from etl.warehouse import quality_store as store

HISTORY_LIMIT = 50  # most recent observations used: old enough behaviour is forgotten


@dataclass(frozen=True, slots=True)
class Bounds:
    min_value: float
    max_value: float
    basis: str  # how they were found, for people reading a failure


def history(conn: sa.Connection, check_name: str, limit: int = HISTORY_LIMIT) -> list[float]:
    return store.observed_history(conn, check_name, limit)


def learned_bounds(baseline: Baseline, observed: list[float]) -> Bounds:
    if len(observed) < baseline.min_history:
        return Bounds(
            baseline.default_min,
            baseline.default_max,
            f"default bounds ({len(observed)} earlier batches, {baseline.min_history} needed to learn)",
        )
    mean = statistics.fmean(observed)
    half_width = max(baseline.k * statistics.pstdev(observed), baseline.tolerance)
    low, high = mean - half_width, mean + half_width
    if baseline.lowest is not None:
        low = max(low, baseline.lowest)
    if baseline.highest is not None:
        high = min(high, baseline.highest)
    return Bounds(
        round(low, 6),
        round(high, 6),
        f"learned from {len(observed)} earlier batches: mean {mean:.4g} +- {half_width:.3g}",
    )


def resolve(conn: sa.Connection, check: Check) -> tuple[Check, str]:
    """The check with its min/max bounds filled in from history, and how they were found."""
    assert check.baseline is not None, "only distribution checks have learned bounds"
    bounds = learned_bounds(check.baseline, history(conn, check.name))
    return check.with_bounds(bounds.min_value, bounds.max_value), bounds.basis
