"""Small synthetic ANTARA corpora for the Airflow tests (faster to write than antara_testkit.generator's).

Deterministic for a seed: articles spread over months and folders, a few exact duplicates under
other names, and a few files the pipeline must quarantine (empty, impossible month, future month).
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path

PLACES = ["Jakarta", "Semarang", "Ponorogo, Jawa Timur", "Mataram, NTB", "Istanbul", "Tokyo"]
PEOPLE = ["Budi Santoso", "Rina Wulandari", "Putu Indah Savitri", "Agus Salim", "Dewi Lestari", "Yoga Pratama"]
TOPICS = ["panen padi", "harga cabai", "banjir rob", "vaksinasi anak", "festival budaya", "jalan tol baru"]


def article_text(n: int, rng: random.Random, month: str | None = None) -> str:
    month = month or f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}"
    topic = rng.choice(TOPICS)
    reporter, editor = rng.sample(PEOPLE, 2)
    paragraphs = [
        f" date {month} {rng.choice(PLACES)} (ANTARA) - Pemerintah daerah mencatat {topic} nomor {n} berjalan lancar "
        f"pekan ini.Warga di kecamatan {rng.randint(1, 500)} menyambut baik kegiatan tersebut.",
        f'"Kami berharap program {topic} ini berlanjut," kata kepala dinas setempat kepada wartawan.',
        f"Menurut data dinas, sebanyak {rng.randint(10, 9000)} warga terlibat dalam kegiatan itu.",
    ]
    return "\n\n".join(paragraphs) + f"\n\nPewarta: {reporter}\n\nEditor: {editor}\n\n"


def write_corpus(root: Path, n_files: int, seed: int = 0) -> dict[str, int]:
    """Write ``n_files`` files under ``root``; returns how many should be loaded/duplicate/quarantined."""
    rng = random.Random(seed)
    expected = {"loaded": 0, "duplicate": 0, "quarantined": 0}
    texts: list[str] = []
    for n in range(n_files):
        folder = root / f"{2019 + n % 7}" / f"{n % 12 + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if n % 50 == 49:  # a file the pipeline must quarantine
            bad = [b"", article_text(n, rng, month="2024-13").encode(), article_text(n, rng, month="2999-01").encode()]
            (folder / f"bad-{n:06d}.txt").write_bytes(bad[(n // 50) % 3])
            expected["quarantined"] += 1
        elif n % 20 == 19 and texts:  # the same article again under another name
            (folder / f"copy-{n:06d}.txt").write_text(rng.choice(texts), encoding="utf-8")
            expected["duplicate"] += 1
        elif n % 10 == 3:
            text = article_text(n, rng)
            (folder / f"a-{n:06d}.txt.gz").write_bytes(gzip.compress(text.encode(), mtime=0))
            texts.append(text)
            expected["loaded"] += 1
        else:
            text = article_text(n, rng)
            (folder / f"a-{n:06d}.txt").write_text(text, encoding="utf-8")
            texts.append(text)
            expected["loaded"] += 1
    return expected
