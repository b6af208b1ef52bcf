"""Near-duplicate fingerprints: MinHash (datasketch) over word shingles, cut into LSH bands.

Two articles sharing any band hash are near-duplicates (an updated re-issue of the same story):
with 16 bands of 8 rows, pairs above a Jaccard similarity of about 0.7 share a band with high
probability.  Band hashes are stored in the warehouse so matching works across runs with one
indexed join instead of comparing every pair.
"""

from __future__ import annotations

import hashlib
import re
import struct
from functools import lru_cache

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 3
SCHEME = "affine32"  # named, so a datasketch upgrade cannot silently change every band hash
SEED = 1  # fixed: band hashes must be comparable across runs and machines

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _permutations():  # imported lazily: datasketch pulls in numpy and scipy
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def minhash_bands(text: str) -> list[int]:
    """Return BANDS signed 64-bit band hashes of the text's word shingles (empty text: no bands)."""
    from datasketch import MinHash

    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return []
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
    mh.update_batch(list(shingles))
    values = mh.hashvalues
    bands = []
    for b in range(BANDS):
        digest = hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8, person=b"band%04d" % b)
        bands.append(struct.unpack("<q", digest.digest())[0])
    return bands
