"""One bounded memo: answers kept by key, all forgotten at once when the memo is full.

The same names, points and words recur from article to article (issue 9 speed), so the slow
readings behind them (a fuzzy search over every actor's name, a point-in-polygon test, a
gazetteer query, the stock lemmatizer) keep their answers; a batch streams millions of distinct
keys through them, so the memo is bounded. Full means cleared, not least-recently-used: a hit
stays one dict lookup, and a cleared answer computed again is the same answer (every memo here
keeps a pure function's answers), so when a memo is cleared changes speed only, never output.

    memo: Memo[str, int] = Memo(20_000)
    memo.answer(key, lambda: slow(key))     # computed once, then kept
    memo.get(key) or memo.keep(key, value)  # a hot loop: dict's own get, keep on a miss only

``LockedMemo`` is the same for a memo read from several threads (the web desk's gazetteer).
Neither keeps ``self`` of a method alive the way ``functools.lru_cache`` on a method would:
each memo lives on the object whose answers it keeps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# The spaCy components' memos (extract.nlp's lemmas by (word, POS, morph), extract.means_models'
# weapon models by written form): distinct word forms of a large batch; 200,000 entries of small
# ints are a few tens of MB at most.
WORD_MEMO_LIMIT = 200_000

_MISSING = object()


class Memo(dict[K, V]):
    """A dict of computed answers holding at most ``limit`` keys."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def keep(self, key: K, value: V) -> V:
        """Store ``value`` under ``key`` (after forgetting everything when full); return it."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value

    def answer(self, key: K, compute: Callable[[], V]) -> V:
        """The kept answer for ``key``, else ``compute()``, kept. None is an answer too."""
        found = self.get(key, _MISSING)
        if found is _MISSING:
            return self.keep(key, compute())
        return found  # type: ignore[return-value]  # not _MISSING: a V


class LockedMemo(Memo[K, V]):
    """A ``Memo`` read and written under a lock; ``compute`` runs outside it, so two threads
    asking for one new key may both compute it (the answers are equal: one is kept)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self._lock = threading.RLock()  # ``keep`` clears under the lock it holds

    def keep(self, key: K, value: V) -> V:
        with self._lock:
            return super().keep(key, value)

    def answer(self, key: K, compute: Callable[[], V]) -> V:
        with self._lock:
            found = self.get(key, _MISSING)
        if found is _MISSING:
            return self.keep(key, compute())
        return found  # type: ignore[return-value]  # not _MISSING: a V

    def clear(self) -> None:
        with self._lock:
            super().clear()


__all__ = ["WORD_MEMO_LIMIT", "LockedMemo", "Memo"]
