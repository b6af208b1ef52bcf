"""`pip install .` installs the product only: the wheel holds `etl` and nothing of testkit/, tests/ or bench/."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_product_wheel_holds_no_generator_benchmark_or_test_code(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "uv", "build", "--wheel", "--out-dir", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("antara_warehouse-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    packages = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert packages == {"etl"}
    assert not [n for n in names if "bench" in n or "generat" in n or "testkit" in n], names
    assert "etl/cli.py" in names and "etl/warehouse/publish.sql" in names


def _imported_packages(folder: Path) -> dict[str, set[str]]:
    """Top-level package of every import in folder's Python files, per file."""
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(REPO))] = names
    return found


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("tests", {"bench"}),
        ("bench", {"tests"}),
        ("testkit", {"tests", "bench"}),
        ("etl", {"tests", "bench", "antara_testkit"}),
    ],
)
def test_tests_and_bench_share_tooling_through_the_testkit_only(folder, forbidden):
    offenders = {
        path: names & forbidden for path, names in _imported_packages(REPO / folder).items() if names & forbidden
    }
    assert offenders == {}
