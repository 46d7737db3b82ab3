"""The desk's long-lived data out of the garbage collector's way.

A desk process holds a large, lasting heap: the knowledge base, the gazetteer, admin outlines and
the views' caches, millions of objects loaded by the first requests and kept for the process's
life. CPython's full (generation 2) collection walks every tracked object each time it runs, so
once that heap is loaded an unlucky request pays for walking all of it (0.6-1.2 s measured at a
million events, in the middle of a map view). Nothing in it is ever garbage.

So the desk freezes what survives the first few full collections after it starts (``gc.freeze``:
moved to the permanent generation, never walked again). Those collections run while the first
requests load the heap, which is exactly what should be frozen. Later full collections walk only
what was made since. The count is bounded so that objects alive at a later collection (one
request's working set) are not frozen: an object frozen with a reference cycle is never freed,
and a bounded number of such collections bounds that cost to a few requests' worth.
"""

from __future__ import annotations

import gc
import threading
from typing import Any

# Full collections whose survivors are frozen, counted from install().
FULL_COLLECTIONS_FROZEN = 4

_lock = threading.Lock()
_left = 0
_installed = False


def _after_collection(phase: str, info: dict[str, Any]) -> None:
    global _left
    if phase != "stop" or info.get("generation") != 2 or _left <= 0:
        return
    _left -= 1
    gc.freeze()  # every object alive now survived the full collection that just ended


def install(full_collections: int = FULL_COLLECTIONS_FROZEN) -> None:
    """Freeze the survivors of the next ``full_collections`` full collections: once per process
    (a process that builds several desks, as the tests do, arms it for the first only)."""
    global _left, _installed
    with _lock:
        if _installed:
            return
        _left = full_collections
        gc.callbacks.append(_after_collection)
        _installed = True


def settle() -> None:
    """Collect now and freeze what survives: for a caller that has just loaded lasting data."""
    with _lock:
        gc.collect()
        gc.freeze()


__all__ = ["FULL_COLLECTIONS_FROZEN", "install", "settle"]
