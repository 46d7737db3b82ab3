"""The vague-figure rule of a toll, one rule for a report and for an event many reports tell.

A vague quantity ("dozens", 12 by the fixed rule of data/numbers.yaml) is a guess, not a count.
Beside a precise figure it would pass the guess off as the count: added to a precise toll of the
same source, or chosen as the lowest of several reports' figures. So a vague figure counts only
when its source gives no precise one. ``extract.merging.conservative`` applies it per source
within one report; ``fuse.conservative_toll`` across the reports of one fused event. A module of
its own because a stage never imports another stage (docs/STYLE.md), and both need it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from ceasewatch.model_events import FatalityClaim

_T = TypeVar("_T")


def precise_first(
    figures: Iterable[_T],
    is_precise: Callable[[_T], bool],
    source: Callable[[_T], object] = lambda _: None,
) -> list[_T]:
    """The figures a toll is read from: every precise one, and a vague one only when its
    ``source`` gives no precise one (by default all figures have one source)."""
    figures = list(figures)
    exact = {source(f) for f in figures if is_precise(f)}
    return [f for f in figures if is_precise(f) or source(f) not in exact]


def precise(claim: FatalityClaim) -> bool:
    """A claim with a count that is not a vague quantity."""
    return claim.count is not None and claim.qualifier != "vague"


__all__ = ["precise", "precise_first"]
