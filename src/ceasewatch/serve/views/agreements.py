"""Agreement pages: status over time, who violates where, and the evidence for each change."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from pydantic import BaseModel

from ceasewatch.assess import candidates
from ceasewatch.assess.status import describe_basis
from ceasewatch.errors import NotFoundError
from ceasewatch.model import (
    Agreement,
    AgreementCandidate,
    AgreementClaim,
    Assessment,
    StatusBasis,
    StatusKind,
    StatusPoint,
)
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.cache import by_stamp
from ceasewatch.serve.views.events import EventRow, with_titles
from ceasewatch.store.base import Tally as StoreTally

# Vertical order of the chart's bands, bottom to top: the two "cannot tell" statuses below
# the three computed ones.
STATUS_LEVELS: dict[str, int] = {
    "no evidence": 0,
    "not assessable": 1,
    "holding": 2,
    "strained": 3,
    "collapsed": 4,
}


class AgreementSummary(BaseModel):
    id: str
    name: str
    kind: str | None  # None when only an assessment (no knowledge-base entry) is known
    status: StatusKind | None  # None: not assessed yet
    status_date: dt.date | None
    verdicts: dict[str, int]  # verdict kind -> events
    basis: StatusBasis | None = None  # what the status rests on (events, sources, claims)
    basis_text: str | None = None  # the same in words, as printed beside the status
    countries: tuple[str, ...] = ()


class Tally(BaseModel):
    name: str
    id: str | None = None
    count: int  # events with a "violation" verdict
    joint: int = 0  # events with a "joint-operation-with-excluded" verdict


class Quote(BaseModel):
    """The sentence an evidence event was coded from, once per sentence."""

    text: str
    article_id: str


class Change(BaseModel):
    point: StatusPoint
    changed: bool  # the status differs from the point before
    events: list[EventRow]  # the evidence events, as stored
    quotes: list[Quote]  # the sentences they were coded from
    missing: list[str]  # evidence ids no longer in the archive


class ChartPoint(BaseModel):
    x: float
    y: float
    date: dt.date
    status: StatusKind
    anchor: str  # id of the change in the page


class Chart(BaseModel):
    width: int
    height: int
    band: float  # height of one status band
    path: str  # SVG path of the step line
    points: list[ChartPoint]
    ticks: list[tuple[float, str]]  # x, label


class AgreementView(BaseModel):
    summary: AgreementSummary
    agreement: Agreement | None  # the knowledge-base entry (parties, zones, sources)
    assessment: Assessment | None
    violations_by_party: list[Tally]
    violations_by_place: list[Tally]
    changes: list[Change]
    claims: list[AgreementClaim]
    chart: Chart | None


def _summary(
    agreement_id: str,
    agreement: Agreement | None,
    a: Assessment | None,
    counts: dict[str, int] | None = None,
) -> AgreementSummary:
    """``counts`` (verdict kind -> stored verdicts) default to the assessment's own verdicts."""
    if counts is None:
        counts = dict(Counter(v.verdict for v in a.verdicts)) if a else {}
    return AgreementSummary(
        id=agreement_id,
        name=agreement.name if agreement else (a.name if a else agreement_id),
        kind=agreement.kind if agreement else None,
        status=a.status if a else None,
        status_date=a.status_date if a else None,
        verdicts=dict(sorted(counts.items())),
        basis=a.basis if a else None,
        basis_text=describe_basis(a.basis) if a and a.basis else None,
        countries=agreement.countries if agreement else (),
    )


def agreement_list(desk: Desk) -> list[AgreementSummary]:
    known = desk.agreements()
    # Candidates read from reports are not agreements: they wait in their own review queue.
    assessed = {a.id: a for a in desk.assessments() if not a.proposed}
    with desk.store() as store:
        counts = store.verdict_counts()
    ids = sorted(set(known) | set(assessed))
    return [_summary(i, known.get(i), assessed.get(i), counts.get(i, {})) for i in ids]


# The two verdicts that count against an agreement: a breach between parties, and a party
# fighting alongside a group the agreement excludes.
BREACHES = ("violation", "joint-operation-with-excluded")


def _quotes(rows: list[EventRow]) -> list[Quote]:
    seen: dict[str, Quote] = {}
    for row in rows:
        sentence = row.event.sentence
        text = sentence.text if sentence else " … ".join(s.text for s in row.event.evidence)
        if text and text not in seen:
            seen[text] = Quote(text=text, article_id=row.event.article_id)
    return list(seen.values())


def _changes(points: tuple[StatusPoint, ...], rows: dict[str, EventRow]) -> list[Change]:
    out: list[Change] = []
    previous: str | None = None
    for point in points:
        out.append(
            Change(
                point=point,
                changed=point.status != previous,
                events=[rows[i] for i in point.evidence if i in rows],
                quotes=_quotes([rows[i] for i in point.evidence if i in rows]),
                missing=[i for i in point.evidence if i not in rows],
            )
        )
        previous = point.status
    return out


def chart(points: tuple[StatusPoint, ...], width: int = 720, height: int = 200) -> Chart | None:
    """A step line through the status bands, one point per assessed date."""
    if not points:
        return None
    first, last = points[0].date, points[-1].date
    span = max((last - first).days, 1)
    # the left margin holds the band names
    left, right, band = 110.0, 30.0, height / len(STATUS_LEVELS)

    def x(day: dt.date) -> float:
        return round(left + (width - left - right) * (day - first).days / span, 1)

    def y(status: str) -> float:
        return round(height - band * (STATUS_LEVELS[status] + 0.5), 1)

    placed = [
        ChartPoint(x=x(p.date), y=y(p.status), date=p.date, status=p.status, anchor=f"change-{i}")
        for i, p in enumerate(points)
    ]
    path = f"M {placed[0].x} {placed[0].y}"
    for point in placed[1:]:
        path += f" H {point.x} V {point.y}"
    ticks = [(placed[0].x, first.isoformat())]
    if last != first:
        ticks.append((placed[-1].x, last.isoformat()))
    return Chart(width=width, height=height, band=band, path=path, points=placed, ticks=ticks)


def candidate_list(desk: Desk) -> list[AgreementCandidate]:
    """The review queue: agreements the archived reports name but the catalogue lacks."""
    known = list(desk.agreements().values())
    with desk.store() as store:
        mentions = store.agreement_mentions()
        articles = [store.article(i) for i in sorted({m.article_id for m in mentions})]
        stories = store.story_ids()
    return candidates(mentions, known, articles=articles, stories=stories)


def agreement_view(desk: Desk, agreement_id: str) -> AgreementView:
    """Raises NotFoundError when neither the knowledge base nor the archive knows the id.

    Counts and tallies are the archive's (SQL); only the timeline's evidence events are read."""
    agreement = desk.agreements().get(agreement_id)
    assessment = next((a for a in desk.assessments() if a.id == agreement_id), None)
    if agreement is None and assessment is None:
        raise NotFoundError(f"no agreement with id {agreement_id!r}")
    timeline = assessment.timeline if assessment else ()
    wanted = {i for p in timeline for i in p.evidence}
    with desk.store() as store:
        counts, (parties, places) = by_stamp(
            store,
            ("agreement", agreement_id),
            lambda: (
                store.agreement_verdict_counts(agreement_id),
                store.breach_tallies(agreement_id, BREACHES),
            ),
        )
        events = store.events_by_id(sorted(wanted))
        verdicts = store.verdicts_of_events([e.id for e in events])
    found = [
        EventRow(
            event=e, verdicts=[v for v in verdicts.get(e.id, []) if v.agreement_id == agreement_id]
        )
        for e in events
    ]
    rows = {r.event.id: r for r in with_titles(desk, found)}
    return AgreementView(
        summary=_summary(agreement_id, agreement, assessment, counts),
        agreement=agreement,
        assessment=assessment,
        violations_by_party=_tallied(parties),
        violations_by_place=_tallied(places),
        changes=_changes(timeline, rows),
        claims=list(assessment.claims) if assessment else [],
        chart=chart(timeline),
    )


def _tallied(rows: list[StoreTally]) -> list[Tally]:
    """The archive's breach tallies (first actor, or place) as the page's rows."""
    return [
        Tally(name=n, id=i, count=c.get("violation", 0), joint=c.get(BREACHES[1], 0))
        for n, i, c in rows
    ]


__all__ = [
    "AgreementSummary",
    "AgreementView",
    "Change",
    "Chart",
    "Quote",
    "Tally",
    "agreement_list",
    "agreement_view",
    "candidate_list",
    "chart",
]
