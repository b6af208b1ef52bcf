from __future__ import annotations

from pathlib import Path

import pytest

from etl.entities.corpus import DEFAULT_DATA_DIR, REPO_ROOT

SAMPLE = REPO_ROOT.parent / "shared" / "samples" / "antara_2023-05_nato_tokyo.txt"


@pytest.fixture(scope="session")
def sample_body() -> str:
    """The real ANTARA article's body, read at test time (it is copyrighted: never copied here)."""
    if not SAMPLE.is_file():
        pytest.skip(f"sample article not found at {SAMPLE}")
    raw = SAMPLE.read_text(encoding="utf-8")
    return raw.split("(ANTARA) - ", 1)[1].split("Sumber:", 1)[0]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DEFAULT_DATA_DIR.is_dir():
        pytest.skip(f"NER corpora not found at {DEFAULT_DATA_DIR}")
    return DEFAULT_DATA_DIR
