"""Counts the pages recompute only when the archive changes.

A filtered table's total and facets, or an agreement's tallies, cost a walk of an index; paging
through the table or reloading the page should not pay it again. Each archive (store object)
has its own small LRU, keyed by what was asked, holding the answer with the archive's data
stamp (``store.data_stamp()``: extraction generation, assessments, verdict count) and the time:
an answer is reused while the stamp is unchanged, for at most ``TTL_SECONDS``.
"""

from __future__ import annotations

import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from ceasewatch.store.base import Store

T = TypeVar("T")
ENTRIES = 256  # answers kept per archive
TTL_SECONDS = 300.0
_CACHES: weakref.WeakKeyDictionary[Any, OrderedDict[Hashable, tuple[object, float, Any]]] = (
    weakref.WeakKeyDictionary()
)


def by_stamp(store: Store, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or its answer from the cache while the archive is unchanged."""
    return kept_while(_CACHES, store, store.data_stamp(), key, compute)


Caches = weakref.WeakKeyDictionary[Any, OrderedDict[Hashable, tuple[object, float, Any]]]


def kept_while(
    caches: Caches, store: object, stamp: object, key: Hashable, compute: Callable[[], T]
) -> T:
    """``compute()``, or its answer kept in ``caches`` (one LRU per store) while ``stamp`` is
    unchanged, for at most TTL_SECONDS (the map keeps its own, by ``map_stamp``)."""
    cache = caches.setdefault(store, OrderedDict())
    hit = cache.get(key)
    if hit is not None and hit[0] == stamp and time.monotonic() - hit[1] < TTL_SECONDS:
        cache.move_to_end(key)
        answer: T = hit[2]
        return answer
    answer = compute()
    cache[key] = (stamp, time.monotonic(), answer)
    while len(cache) > ENTRIES:
        cache.popitem(last=False)
    return answer


__all__ = ["ENTRIES", "TTL_SECONDS", "Caches", "by_stamp", "kept_while"]
