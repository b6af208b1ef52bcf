"""Near-duplicate fingerprints: MinHash over word shingles, cut into LSH bands.

Two articles sharing any band hash are near-duplicates (an updated re-issue of the same story):
with 16 bands of 8 rows, pairs above a Jaccard similarity of about 0.7 share a band with high
probability.  Band hashes are stored in the warehouse so matching works across runs with one
indexed join instead of comparing every pair.

The signature is datasketch's MinHash, scheme "affine32" with seed 1 (tests/test_fingerprint.py
checks it value for value against datasketch): the first 4 bytes of each shingle's SHA-1, premixed
by the MurmurHash3 finaliser, then the minimum of ``a * h + b mod 2**32`` over the shingles for each
of 128 (a, b).  It is computed here, with numpy over all shingles at once, because importing
datasketch costs each parser process ~0.4 s (it pulls in scipy) and its per-shingle Python hashing
was most of the fingerprint's time; owning the arithmetic also means no library upgrade can
silently change every stored band hash.
"""

from __future__ import annotations

import hashlib
import re
import struct
from functools import lru_cache

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 3  # minhash_bands writes its shingle for three words
SCHEME = "affine32"  # datasketch's name for the permutation scheme computed here
SEED = 1  # fixed: band hashes must be comparable across runs and machines

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _permutations():  # numpy imported lazily: the CLI's start-up does not need it
    """(a, b) of the 128 affine permutations, drawn as datasketch 2's MinHash draws them for this seed
    (numpy's RandomState stream is guaranteed stable across numpy versions)."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)  # odd: a bijection
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _signature(shingles: set[str]):
    """The 128 MinHash values (uint32) of a non-empty set of shingles."""
    import numpy as np

    sha1 = hashlib.sha1
    hv = np.frombuffer(b"".join([sha1(s.encode()).digest()[:4] for s in shingles]), dtype="<u4").astype(np.uint32)
    hv ^= hv >> np.uint32(16)  # the MurmurHash3 finaliser (a fixed bijection)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    a, b = _permutations()
    return (hv[:, None] * a + b).min(axis=0)  # uint32 arithmetic wraps: mod 2**32


def minhash_bands(text: str) -> list[int]:
    """Return BANDS signed 64-bit band hashes of the text's word shingles (empty text: no bands)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return []
    shingles = {f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:])}  # SHINGLE_WORDS words each
    values = _signature(shingles)
    bands = []
    for b in range(BANDS):
        digest = hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8, person=b"band%04d" % b)
        bands.append(struct.unpack("<q", digest.digest())[0])
    return bands
