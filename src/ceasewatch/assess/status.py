"""An agreement's status over time, computed from breaches only (never from what reports claim).

1. breaches are the events judged ``violation`` or ``joint-operation-with-excluded``
2. each day's score sums the breaches of the rolling window (``assess.window_days``) weighted by
   fatalities, plus the number of places and of bound actors involved (settings.py)
3. the score is read against fixed thresholds and, where events exist before the agreement,
   against the pre-agreement baseline (the same score for events that would have been breaches)
4. the timeline keeps the first day and every change of status; a change for the worse names
   the breaches in the window as its evidence
5. beside the score, the window's basis: the events in scope, the undetermined share and the
   distinct stories behind them. No event in scope -> "no evidence"; undetermined events
   dominating (``assess.not_assessable_share``) -> "not assessable", unless the breaches
   already collapse the agreement (undetermined events could only add breaches). The series
   starts on the first day with evidence, never before.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ceasewatch.model import Event, StatusBasis, StatusKind, StatusPoint, VerdictKind
from ceasewatch.settings import setting

RANK: dict[StatusKind, int] = {
    "no evidence": -2,
    "not assessable": -1,
    "holding": 0,
    "strained": 1,
    "collapsed": 2,
}
BREACH_KINDS: tuple[VerdictKind, ...] = ("violation", "joint-operation-with-excluded")


@dataclass(frozen=True)
class Scoped:
    """A dated event the agreement's scope holds, as the basis counts it."""

    date: dt.date
    kind: VerdictKind
    story: str  # the story id of its article (syndicated copies share it)


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
        # A place the geocoder pinned exactly is its gazetteer entry, and so is one a qualifier
        # ("near Damascus", "the outskirts of Homs") only widened: the same front as the place
        # itself. Otherwise the name the report gave, since unknown villages may all fall back
        # to the same nearby entry.
        if loc.place_id and (loc.geo_precision == 1 or (loc.geo_precision == 2 and loc.qualifier)):
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
    # A proposed agreement whose report has no date starts at date.min: no window before it.
    start = window_start(end)
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


def window_start(end: dt.date) -> dt.date:
    span = dt.timedelta(days=int(setting("assess.window_days")) - 1)
    return end - span if end - dt.date.min >= span else dt.date.min


def basis(scoped: Sequence[Scoped], end: dt.date) -> StatusBasis:
    """The in-scope events of the window ending on ``end`` and the stories behind them."""
    start = window_start(end)
    inside = [s for s in scoped if start <= s.date <= end]
    breaches = [s for s in inside if s.kind in BREACH_KINDS]
    undetermined = sum(s.kind == "undetermined" for s in inside)
    stories = len({s.story for s in inside})
    breach_stories = len({s.story for s in breaches})
    return StatusBasis(
        in_scope=len(inside),
        violations=len(breaches),
        undetermined=undetermined,
        undetermined_share=round(undetermined / len(inside), 3) if inside else 0.0,
        sources=stories,
        breach_sources=breach_stories,
        one_source=(breach_stories if breaches else stories) == 1,
    )


def classify(
    w: WindowScore, base: float | None, evidence: StatusBasis | None = None
) -> tuple[StatusKind, str]:
    """Status of one window, and the thresholds and evidence that decided it, in sentences
    an analyst reads (the numbers kept: they are the evidence).

    Without ``evidence`` (the window's basis) only the score is read.
    """
    days = int(setting("assess.window_days"))
    if evidence is not None and evidence.in_scope == 0:
        return "no evidence", f"No event in scope in the {days} days to this date."
    status, facts = _by_score(w, base, evidence)
    reason = f"{status.capitalize()}: {facts}."
    if evidence is None:
        return status, reason
    share_max = setting("assess.not_assessable_share")
    basis_text = f" Basis: {describe_basis(evidence)}."
    if status != "collapsed" and evidence.undetermined_share > share_max:
        verb = "is" if evidence.in_scope == 1 else "are"
        return "not assessable", (
            f"Not assessable: {evidence.undetermined} of {plural(evidence.in_scope, 'event')} "
            f"in scope {verb} undetermined (more than {share_max:.0%}), enough to overturn "
            f"the reading from breaches alone, {status}: {facts}.{basis_text}"
        )
    return status, reason + basis_text


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 event``, ``2 events``; ``many`` for irregular plurals (``breaches``)."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def describe_basis(b: StatusBasis) -> str:
    """The basis in words, as the CLI and the desk print it beside a status."""
    stories = "one source" if b.one_source else plural(b.sources, "source")
    text = (
        f"{plural(b.in_scope, 'event')} in scope, {plural(b.violations, 'breach', 'breaches')}, "
        f"{b.undetermined_share:.0%} undetermined, from {stories}"
    )
    if b.contradicting_claims:
        text += f", {plural(b.contradicting_claims, 'report')} claiming otherwise"
    return text


def _by_score(
    w: WindowScore, base: float | None, evidence: StatusBasis | None = None
) -> tuple[StatusKind, str]:
    strained = setting("assess.strained_score")
    collapsed = setting("assess.collapsed_score")
    if base is not None:
        strained = max(strained, setting("assess.strained_baseline_ratio") * base)
        collapsed = max(collapsed, setting("assess.collapsed_baseline_ratio") * base)
    days = int(setting("assess.window_days"))
    if w.breaches:
        facts = (
            f"{plural(len(w.breaches), 'breach', 'breaches')} in {plural(w.places, 'place')} "
            f"by {plural(w.parties, 'bound party', 'bound parties')} in the {days} days to "
            f"this date"
        )
    elif evidence is not None:
        facts = f"no breach among {plural(evidence.in_scope, 'event')} in scope in the {days} days"
        facts += " to this date"
    else:
        facts = f"no breach in the {days} days to this date"
    base_note = (
        f"; the level before the agreement was {base:g}"
        if base is not None
        else "; no level before the agreement to compare with"
    )
    min_places = int(setting("assess.collapsed_min_places"))
    if w.score >= collapsed and w.places >= min_places:
        why = f"score {w.score:g}, at or above {collapsed:g} in at least {min_places} places"
        return "collapsed", f"{facts} ({why}{base_note})"
    if w.score >= strained:
        why = f"score {w.score:g}, at or above {strained:g}"
        return "strained", f"{facts} ({why}{base_note})"
    why = f"score {w.score:g}, below {strained:g}"
    return "holding", f"{facts} ({why}{base_note})"


def timeline(
    breaches: Sequence[Breach],
    start: dt.date,
    end: dt.date,
    base: float | None,
    scoped: Sequence[Scoped] | None = None,
) -> list[StatusPoint]:
    """Status on the first day with evidence, on every day it changes, and on ``end``.

    ``scoped`` (every dated in-scope event) gives each point its basis; without it the
    breaches are the evidence.
    """
    if scoped is None:
        scoped = [Scoped(b.date, b.kind, b.event.article_id) for b in breaches]  # type: ignore[arg-type]
    dates = [s.date for s in scoped if start <= s.date <= end]
    if not dates:
        return []
    window = dt.timedelta(days=int(setting("assess.window_days")))
    days = {min(dates), end}
    for d in dates:
        days.update({d, d + window})
    points: list[StatusPoint] = []
    for day in sorted(d for d in days if min(dates) <= d <= end):
        w = window_score(breaches, day)
        evidence = basis(scoped, day)
        status, reason = classify(w, base, evidence)
        if points and points[-1].status == status and day != end:
            continue
        if points and points[-1].status == status:
            reason = f"Unchanged since {points[-1].date}. {reason}"
        worse = not points or RANK[status] > RANK[points[-1].status]
        cited = tuple(b.event.id for b in w.breaches) if worse else ()
        points.append(
            StatusPoint(
                date=day, status=status, score=w.score, reason=reason, evidence=cited,
                basis=evidence,
            )
        )  # fmt: skip
    return points


def series(
    points: Sequence[StatusPoint], step_days: int = 7, end: dt.date | None = None
) -> list[StatusPoint]:
    """The status every ``step_days`` from the first point (the first evidence) to ``end``
    (default: the last point), each read from the latest change on or before that day.

    The timeline holds every change, so sampling it is exact; a sampled point keeps the basis
    and reason of the change it comes from, and names that change's date.
    """
    if not points:
        return []
    last = end or points[-1].date
    out: list[StatusPoint] = []
    day, i = points[0].date, 0
    while day <= last:
        while i + 1 < len(points) and points[i + 1].date <= day:
            i += 1
        p = points[i]
        reason = p.reason if p.date == day else f"In effect since {p.date}. {p.reason}"
        out.append(p.model_copy(update={"date": day, "reason": reason, "evidence": ()}))
        day += dt.timedelta(days=step_days)
    return out


__all__ = [
    "BREACH_KINDS",
    "RANK",
    "Breach",
    "Scoped",
    "WindowScore",
    "baseline",
    "basis",
    "classify",
    "describe_basis",
    "plural",
    "series",
    "timeline",
    "window_score",
    "window_start",
]
