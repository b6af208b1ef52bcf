"""The MinHash band hashes are datasketch's MinHash (scheme affine32, seed 1), computed with numpy.

Stored band hashes must never change silently: these compare our signature value for value with
datasketch's on varied texts, and pin a few band hashes so that a change of either shows."""

from __future__ import annotations

import hashlib
import struct

import pytest
from datasketch import MinHash

from etl import fingerprint
from etl.fingerprint import BANDS, NUM_PERM, ROWS, SCHEME, SEED, minhash_bands

TEXTS = [
    "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada Senin pagi.",
    "JAKARTA (ANTARA) - Bank Indonesia mempertahankan suku bunga acuan. " * 40,
    "Émile dan Zoë bertemu di Café Düsseldorf; 北京 dan Москва juga disebut.",
    "satu dua tiga",
    " ".join(f"kata{i}" for i in range(3000)),
]


def _datasketch_bands(text: str) -> list[int]:
    words = fingerprint._WORD.findall(text.casefold())
    if len(words) < 3:
        return []
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch([" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)])
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(
            mh.hashvalues[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8, person=b"band%04d" % b
        )
        out.append(struct.unpack("<q", digest.digest())[0])
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_bands_equal_datasketch(text):
    assert minhash_bands(text) == _datasketch_bands(text)


def test_permutations_equal_datasketch():
    a, b = fingerprint._permutations()
    theirs = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    assert a.tolist() == theirs[0].tolist() and b.tolist() == theirs[1].tolist()


def test_short_texts_have_no_bands():
    assert minhash_bands("") == [] and minhash_bands("dua kata") == []
    assert len(minhash_bands("tiga kata saja")) == BANDS


def test_band_hashes_pinned():
    # Stored in core.article_minhash_band: a change here changes every near-duplicate match.
    assert minhash_bands(TEXTS[0])[:3] == PINNED


PINNED = [-6311093343659095339, -2174901138447873077, -7083887287195633926]
