"""Bad inputs: one file per quarantine kind, with the reason the pipeline must give."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import random
import struct
import zlib
from pathlib import Path

from etl.records import Reason

from .article import _new_spec
from .constants import DEFAULT_MEAN_WORDS
from .raw_text import _raw_text, _truth_paragraphs


def _tiny_png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1 pixel, 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\xcc\x33\x00"))
        + chunk(b"IEND", b"")
    )


def _plain_parts() -> tuple[str, str, str]:
    """(dateline, body, credit block) of one fixed plain article, for the bad inputs."""
    rng = random.Random("antara-generate/bad-inputs")
    while True:
        spec = _new_spec(rng, [dt.date(2023, 5, 1)], False, DEFAULT_MEAN_WORDS)
        if spec.topic != "internasional":
            break
    paragraphs, _ = _truth_paragraphs(spec)
    text = _raw_text(spec, paragraphs)
    header = " date 2023-05 "
    assert text.startswith(header + spec.dateline_raw)
    rest = text[len(header) + len(spec.dateline_raw) :]
    cut = rest.index("\n\n")
    return spec.dateline_raw, rest[:cut], rest[cut:]


def write_bad_inputs(
    out_dir: str | os.PathLike[str], *, subdir: str = "bad", large_bytes: int = 20 * 1024 * 1024
) -> dict[str, str]:
    """Write one file per quarantine kind under ``out_dir/subdir``; returns {relative path: reason}.

    Paths are relative to ``out_dir`` (``bad/empty.txt``); reasons are ``etl.records.Reason`` values.
    The files: empty and whitespace-only (empty_file); control-character junk without NUL bytes, a
    1x1 PNG named ``.txt``, an article with NUL bytes inside, an article in UTF-16 (binary_content);
    no header and `` date 2023-xx`` (missing_date_header); month 13 and 1930-01, before ANTARA
    existed (invalid_date); `` date 2999-01`` (future_date); header, dateline and credits only
    (missing_body); ``large_bytes`` (20 MiB) of article text (file_too_large); a gzip
    stream cut short (gzip_corrupt).  Unreadable files and duplicates are for the tests to make.
    """
    root = Path(out_dir)
    (root / subdir).mkdir(parents=True, exist_ok=True)
    dateline, body, credits = _plain_parts()
    article = f" date 2023-05 {dateline}{body}{credits}"
    junk_rng = random.Random("antara-generate/junk")
    controls = [c for c in range(1, 32) if c not in (9, 10, 13)] + [127]
    junk = b"\x7fELF\x02\x01\x01" + bytes(
        junk_rng.choice(controls) if junk_rng.random() < 0.7 else junk_rng.randint(33, 126) for _ in range(4096)
    )
    half = len(body) // 2
    nul_text = f" date 2023-05 {dateline}{body[:half]}\x00\x00\x00{body[half:]}{credits}"
    files: dict[str, tuple[bytes, Reason]] = {
        "empty.txt": (b"", Reason.EMPTY_FILE),
        "whitespace_only.txt": (b"  \n\t \r\n   \n\n", Reason.EMPTY_FILE),
        "binary_junk.txt": (junk, Reason.BINARY_CONTENT),
        "image.txt": (_tiny_png(), Reason.BINARY_CONTENT),
        "nul_bytes.txt": (nul_text.encode("utf-8"), Reason.BINARY_CONTENT),
        "utf16.txt": (article.encode("utf-16"), Reason.BINARY_CONTENT),
        "missing_date_header.txt": (f"{dateline}{body}{credits}".encode(), Reason.MISSING_DATE_HEADER),
        "garbled_date_header.txt": (f" date 2023-xx {dateline}{body}{credits}".encode(), Reason.MISSING_DATE_HEADER),
        "month_13.txt": (f" date 2023-13 {dateline}{body}{credits}".encode(), Reason.INVALID_DATE),
        "before_antara.txt": (f" date 1930-01 {dateline}{body}{credits}".encode(), Reason.INVALID_DATE),
        "future_date.txt": (f" date 2999-01 {dateline}{body}{credits}".encode(), Reason.FUTURE_DATE),
        "credits_only.txt": (f" date 2023-05 {dateline}{credits}".encode(), Reason.MISSING_BODY),
        "truncated.txt.gz": (gzip.compress(article.encode(), mtime=0)[:-40], Reason.GZIP_CORRUPT),
    }
    result: dict[str, str] = {}
    for name, (data, reason) in files.items():
        (root / subdir / name).write_bytes(data)
        result[f"{subdir}/{name}"] = reason.value
    # a file far over the size limit, written in chunks
    big = root / subdir / "too_large.txt"
    head = f" date 2023-05 {dateline}".encode()
    chunk = (body + " ").encode() * 64
    with open(big, "wb") as fh:
        fh.write(head)
        written = len(head)
        tail = credits.encode()
        while written + len(chunk) + len(tail) <= large_bytes:
            fh.write(chunk)
            written += len(chunk)
        fh.write(b"x" * (large_bytes - written - len(tail)))
        fh.write(tail)
    result[f"{subdir}/too_large.txt"] = Reason.FILE_TOO_LARGE.value
    return dict(sorted(result.items()))
