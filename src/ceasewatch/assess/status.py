"""An agreement's status over time, computed from breaches only (never from what reports claim).

1. breaches are the events judged ``violation`` or ``joint-operation-with-excluded``
2. each day's score sums the breaches of the rolling window (``assess.window_days``) weighted by
   fatalities, plus the number of places and of bound actors involved (settings.py)
3. the score is read against fixed thresholds and, where events exist before the agreement,
   against the pre-agreement baseline (the same score for events that would have been breaches)
4. the timeline keeps the first day and every change of status; a change for the worse names
   the breaches in the window as its evidence
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ceasewatch.model import Event, StatusKind, StatusPoint
from ceasewatch.settings import setting

RANK: dict[StatusKind, int] = {"holding": 0, "strained": 1, "collapsed": 2}


@dataclass(frozen=True)
class Breach:
    """A breach as the status counts it."""

    event: Event
    kind: str  # the verdict kind
    actors: tuple[str, ...]  # ids of the bound actors involved

    @property
    def date(self) -> dt.date:
        return self.event.event_date or dt.date.min

    @property
    def place(self) -> str:
        loc = self.event.location
        if loc is None:
            return "?"
        # A place the geocoder pinned exactly is its gazetteer entry; otherwise the name the
        # report gave, since unknown villages may all fall back to the same nearby entry.
        if loc.geo_precision == 1 and loc.place_id:
            return loc.place_id
        return loc.name.casefold()

    @property
    def weight(self) -> float:
        base = setting("assess.joint_operation_weight") if self.kind != "violation" else 1.0
        dead = self.event.fatalities or 0
        return base * (1.0 + setting("assess.fatality_weight") * math.log2(1 + dead))


@dataclass(frozen=True)
class WindowScore:
    score: float
    places: int
    parties: int
    breaches: tuple[Breach, ...]


def window_score(breaches: Sequence[Breach], end: dt.date) -> WindowScore:
    """Score of the rolling window ending on ``end`` (inclusive)."""
    span = dt.timedelta(days=int(setting("assess.window_days")) - 1)
    # A proposed agreement whose report has no date starts at date.min: no window before it.
    start = end - span if end - dt.date.min >= span else dt.date.min
    inside = tuple(b for b in breaches if start <= b.date <= end)
    places = len({b.place for b in inside})
    parties = len({a for b in inside for a in b.actors})
    score = sum(b.weight for b in inside)
    if inside:
        score += setting("assess.place_weight") * max(0, places - 1)
        score += setting("assess.party_weight") * max(0, parties - 2)
    return WindowScore(round(score, 2), places, parties, inside)


def baseline(breaches: Sequence[Breach], valid_from: dt.date, has_data: bool) -> float | None:
    """Mean window score over the ``baseline_days`` before the agreement; None without data."""
    if not has_data:
        return None
    days = int(setting("assess.baseline_days"))
    scores = [
        window_score(breaches, valid_from - dt.timedelta(days=d)).score for d in range(1, days + 1)
    ]
    return round(sum(scores) / days, 2)


def classify(w: WindowScore, base: float | None) -> tuple[StatusKind, str]:
    """Status of one window, and the thresholds that decided it."""
    strained = setting("assess.strained_score")
    collapsed = setting("assess.collapsed_score")
    if base is not None:
        strained = max(strained, setting("assess.strained_baseline_ratio") * base)
        collapsed = max(collapsed, setting("assess.collapsed_baseline_ratio") * base)
    facts = (
        f"score {w.score:g} from {len(w.breaches)} breach(es) in {w.places} place(s) "
        f"by {w.parties} bound actor(s) over {int(setting('assess.window_days'))} days"
    )
    base_note = f"; baseline {base:g}" if base is not None else "; no pre-agreement baseline"
    min_places = int(setting("assess.collapsed_min_places"))
    if w.score >= collapsed and w.places >= min_places:
        return "collapsed", f"{facts} >= {collapsed:g} in >= {min_places} places{base_note}"
    if w.score >= strained:
        return "strained", f"{facts} >= {strained:g}{base_note}"
    return "holding", f"{facts} < {strained:g}{base_note}"


def timeline(
    breaches: Sequence[Breach], start: dt.date, end: dt.date, base: float | None
) -> list[StatusPoint]:
    """Status on ``start``, on every day it changes, and on ``end`` (the "as of" point)."""
    window = dt.timedelta(days=int(setting("assess.window_days")))
    days = {start, end}
    for b in breaches:
        days.update({b.date, b.date + window})
    points: list[StatusPoint] = []
    for day in sorted(d for d in days if start <= d <= end):
        w = window_score(breaches, day)
        status, reason = classify(w, base)
        if points and points[-1].status == status and day != end:
            continue
        if points and points[-1].status == status:
            reason = f"unchanged since {points[-1].date}: {reason}"
        worse = not points or RANK[status] > RANK[points[-1].status]
        evidence = tuple(b.event.id for b in w.breaches) if worse else ()
        points.append(
            StatusPoint(date=day, status=status, score=w.score, reason=reason, evidence=evidence)
        )
    return points


__all__ = ["Breach", "WindowScore", "baseline", "classify", "timeline", "window_score"]
