"""The vague-figure rule of a toll, one rule for a report and for an event many reports tell.

A vague quantity ("dozens", 12 by the fixed rule of data/numbers.yaml) is a guess, not a count.
Beside a precise figure it would pass the guess off as the count: added to a precise toll of the
same source, or chosen as the lowest of several reports' figures. Within one report
``extract.merging.conservative`` codes no vague figure at all (``coded``: a toll told only
vaguely is unknown, as the evaluation sets' coders code it); across the reports of one fused
event ``fuse.conservative_toll`` lets a vague figure count only when no report gives a precise
one (``precise_first``; a report's coded toll is already precise or None). A module of its own
because a stage never imports another stage (docs/STYLE.md), and both need it.
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


def coded(claims: Iterable[FatalityClaim]) -> list[FatalityClaim]:
    """The claims a report's coded toll is read from: the precise ones. A vague figure alone
    ("Dozens of fighters killed.", "'many dead', toll not known") codes no toll: the coders
    of the evaluation sets code it null in every writer that has one (notesd-g, world; the
    sets' README: null when the text gives no figure; the three training files alike), so a
    fixed-rule 12 or 10 was a guess shown as a count (issue 9, session 16). The vague claim
    stays on the event, beside any precise one, for a reader to weigh."""
    return [c for c in claims if precise(c)]


__all__ = ["coded", "precise", "precise_first"]
