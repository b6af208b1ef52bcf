"""Named queries in commented `.sql` files, for the repository modules of etl/warehouse/.

A query starts at a `-- name: <identifier>` line and runs to the next query; the `--` lines right
above its name line (what it answers, its parameters) belong to it. Comments stay in the text: they
are for readers, PostgreSQL ignores them. Lines before the first query's comments are the file's
header and belong to no query.
"""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa

_NAME = re.compile(r"^--\s*name:\s*(?P<name>\S+)\s*$")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


class QueryFileError(ValueError):
    """A .sql file of named queries that cannot be read as one: a duplicate, missing or bad name."""


def _is_comment(line: str) -> bool:
    return line.strip().startswith("--")


def _is_code(line: str) -> bool:
    return bool(line.strip()) and not _is_comment(line)


def parse_named_queries(text: str, source: str = "<text>") -> dict[str, str]:
    """name -> SQL text (its comments included, without a trailing `;`) of each query in ``text``."""
    lines = text.splitlines()
    heads = [(i, m["name"]) for i, line in enumerate(lines) if (m := _NAME.match(line.strip()))]
    if not heads:
        raise QueryFileError(f"{source}: no `-- name: <identifier>` line")
    starts = []
    for i, _ in heads:
        start = i
        while start > 0 and _is_comment(lines[start - 1]) and not _NAME.match(lines[start - 1].strip()):
            start -= 1
        starts.append(start)
    before = next((n for n, line in enumerate(lines[: starts[0]], 1) if _is_code(line)), None)
    if before is not None:
        raise QueryFileError(f"{source}:{before}: SQL before the first `-- name:` line (a query without a name)")
    queries: dict[str, str] = {}
    for k, (i, name) in enumerate(heads):
        if not _IDENTIFIER.match(name):
            raise QueryFileError(f"{source}:{i + 1}: query name {name!r} is not a lower-case identifier")
        if name in queries:
            raise QueryFileError(f"{source}:{i + 1}: query name {name!r} appears twice")
        end = starts[k + 1] if k + 1 < len(heads) else len(lines)
        body = "\n".join(lines[starts[k] : end]).strip()
        if not any(_is_code(line) for line in lines[i + 1 : end]):
            raise QueryFileError(f"{source}:{i + 1}: query {name!r} has no SQL")
        queries[name] = body.removesuffix(";").rstrip() if body.endswith(";") else body
    return queries


def named_queries(path: Path) -> dict[str, sa.TextClause]:
    """name -> statement of each `-- name:` query in the .sql file at ``path``."""
    text = path.read_text(encoding="utf-8")
    return {name: sa.text(sql) for name, sql in parse_named_queries(text, path.name).items()}
