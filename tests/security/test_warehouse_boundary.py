"""`etl/warehouse/` is the only code that touches the database: no SQL text (a statement in a string,
`sa.text(`, a raw driver call) anywhere else in etl/ or dags/, except the files allowed below by
name, each with the reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

BOUNDARY = "etl/warehouse/"
ALLOWED = {
    "etl/quality/suites.py": "the GX query assets: each suite's checks run over its own SQL, which GX takes as text "
    "(no bind parameters); the suites are data, audited by etl.quality.audit through etl/warehouse/quality_store.py",
    "etl/entities/article_eval.py": "the article-level entity evaluation creates, reads and drops its own scratch "
    "database (never a warehouse in use); a tool of the entity work, not the pipeline",
}

# A string that is a statement: its first word, in the capitals this code base writes SQL in.
STATEMENT = re.compile(
    r"^\s*(SELECT\s|INSERT\s+INTO\s|UPDATE\s+[\w.]+\s+SET\s|DELETE\s+FROM\s|WITH\s+\w+\s+AS\s*\(|CREATE\s|DROP\s|"
    r"ALTER\s|COPY\s|ANALYZE\s|REFRESH\s|TRUNCATE\s|GRANT\s|REVOKE\s|LOCK\s+TABLE\s)"
)
RAW_CALLS = {"exec_driver_sql", "copy_expert", "copy_from", "copy_to", "mogrify"}


def sql_outside(source: str, path: str) -> list[str]:
    """Where ``source`` holds SQL text: `line: what`."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    text_names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sqlalchemy")
        for alias in node.names
        if alias.name == "text"
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "text"
                and ast.unparse(func.value) in {"sa", "sqlalchemy"}
            ):
                found.append(f"{path}:{node.lineno}: {ast.unparse(func)}(")
            elif isinstance(func, ast.Name) and func.id in text_names:
                found.append(f"{path}:{node.lineno}: {func.id}(")
            elif isinstance(func, ast.Attribute) and func.attr in RAW_CALLS:
                found.append(f"{path}:{node.lineno}: .{func.attr}(")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if STATEMENT.match(node.value):
                found.append(f"{path}:{node.lineno}: {node.value.strip()[:40]!r}")
        elif isinstance(node, ast.JoinedStr):
            head = next((v for v in node.values if isinstance(v, ast.Constant)), None)
            if head is not None and node.values[0] is head and STATEMENT.match(str(head.value)):
                found.append(f"{path}:{node.lineno}: f{str(head.value).strip()[:40]!r}")
    return found


def test_no_sql_text_outside_the_warehouse_boundary():
    files = sorted(p for folder in ("etl", "dags") for p in (REPO / folder).rglob("*.py"))
    outside = [p.relative_to(REPO).as_posix() for p in files]
    found = [
        hit
        for path in outside
        if not path.startswith(BOUNDARY) and path not in ALLOWED
        for hit in sql_outside((REPO / path).read_text(encoding="utf-8"), path)
    ]
    assert not found, "SQL outside etl/warehouse/ (move it into a repository module there):\n" + "\n".join(found)


def test_every_allowed_file_still_holds_sql():
    # an allowance nobody needs any more is a hole waiting for new SQL
    for path in ALLOWED:
        assert Path(REPO / path).exists() and sql_outside((REPO / path).read_text(encoding="utf-8"), path), path


@pytest.mark.parametrize(
    "source",
    [
        'import sqlalchemy as sa\nq = sa.text("SELECT 1")',
        'from sqlalchemy import text\nq = text("select 1")',
        'Q = "SELECT path FROM ingest.raw_file WHERE status = :s"',
        'Q = """\n    UPDATE staging.batch SET status = :s WHERE batch_id = :b"""',
        'Q = f"DELETE FROM {table} WHERE x = 1"',
        'Q = "WITH latest AS (SELECT 1) SELECT * FROM latest"',
        'conn.exec_driver_sql("VACUUM")',
        "cursor.copy_expert(sql, buf)",
    ],
)
def test_the_boundary_scan_catches_sql(source):
    assert sql_outside(source, "x.py"), source


def test_the_boundary_scan_lets_prose_and_docstrings_pass():
    source = (
        '"""SELECT a file, then UPDATE the ledger: prose in a docstring."""\n'
        'def f():\n    """DELETE FROM staging.batch, described."""\n'
        '    print("Select a batch to release")\n    msg = "update the parser, then replay"\n'
    )
    assert sql_outside(source, "x.py") == []
