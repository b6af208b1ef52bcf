"""Find SQL text built by interpolation in Python sources: f-strings, str.format, % and + whose
constant parts read like SQL.  Each finding names the file, the line and the interpolated expression."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

SQL = re.compile(
    r"\b(SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|COPY|CREATE|DROP|ALTER|REFRESH|TRUNCATE|GRANT|REVOKE|"
    r"WHERE|VALUES|SET\s+ROLE|LOCK\s+TABLE|EXECUTE)\b"
)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    expression: str  # the interpolated Python expression, as source

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.expression}"


def _constant_text(node: ast.AST, constants: dict[str, str]) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.Name):
        return constants.get(node.id, "")
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _constant_text(node.left, constants) + _constant_text(node.right, constants)
    return ""


def _is_constant(node: ast.AST, constants: dict[str, str] | None = None) -> bool:
    """A literal, a module-level string constant, a choice between literals, or a constant SQL
    template formatted with literals: text fixed in the source, never a value."""
    constants = constants or {}
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) for v in node.values)
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.IfExp):
        return _is_constant(node.body, constants) and _is_constant(node.orelse, constants)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_constant(node.func.value, constants) and all(
            _is_constant(a, constants) for a in [*node.args, *(k.value for k in node.keywords)]
        )
    return False


def scan_source(source: str, path: str) -> list[Finding]:
    tree = ast.parse(source)
    constants = {
        t.id: node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    findings: list[Finding] = []

    def add(line: int, expressions: list[ast.AST]) -> None:
        for e in expressions:
            if not _is_constant(e, constants):
                findings.append(Finding(path, line, ast.unparse(e)))

    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and SQL.search(_constant_text(node, constants)):
            add(node.lineno, [v.value for v in node.values if isinstance(v, ast.FormattedValue)])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and SQL.search(_constant_text(node.func.value, constants))
        ):
            add(node.lineno, [*node.args, *(k.value for k in node.keywords)])
        elif (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Mod)
            and SQL.search(_constant_text(node.left, constants))
        ):
            add(node.lineno, list(node.right.elts) if isinstance(node.right, ast.Tuple) else [node.right])
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = _constant_text(node.left, constants), _constant_text(node.right, constants)
            if SQL.search(left) and not _is_constant(node.right) and not isinstance(node.right, ast.BinOp):
                add(node.lineno, [node.right])
            elif SQL.search(right) and not _is_constant(node.left) and not isinstance(node.left, ast.BinOp):
                add(node.lineno, [node.left])
    return findings


def scan(root: Path, folders: tuple[str, ...]) -> list[Finding]:
    findings = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            findings.extend(scan_source(path.read_text(encoding="utf-8"), path.relative_to(root).as_posix()))
    return findings
