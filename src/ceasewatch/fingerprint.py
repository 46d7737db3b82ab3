"""Near-duplicate fingerprints, so syndicated copies of one story are recognised as one.

A republished report keeps most of its sentences but gains or loses an intro, a byline, a
"this article first appeared on" line. Word 5-gram shingles capture the shared sentences; a MinHash
signature cut into bands (locality-sensitive hashing) finds candidate copies with an index lookup
instead of a comparison against every archived article; the exact containment of shingles then
decides.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 64
# 16 bands of 4 rows: pairs with Jaccard ~0.5 or more share a band with high probability
# ((1/16) ** (1/4) = 0.5 is the S-curve's midpoint), far below the containment that decides.
BANDS = 16
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20180111)  # fixed: signatures must be stable across runs
_A = _rng.integers(1, _PRIME, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def bands(text: str) -> list[str]:
    """The LSH band keys of a text: two texts sharing a key are candidate copies."""
    sh = shingles(text)
    if not sh:
        return []
    values = np.fromiter(sh, dtype=np.uint64)
    # (a * x + b) mod p per permutation; uint64 overflow wraps, which keeps it a valid hash.
    hashed = (np.outer(_A, values) + _B[:, None]) % np.uint64(_PRIME)
    signature = hashed.min(axis=1)
    rows = NUM_PERM // BANDS
    keys = []
    for i in range(BANDS):
        band = signature[i * rows : (i + 1) * rows].tobytes()
        keys.append(f"{i}:{hashlib.blake2b(band, digest_size=8).hexdigest()}")
    return keys


def containment(a: str, b: str) -> float:
    """Share of the shorter text's shingles found in the other (1.0: one contains the other)."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))
