"""Stage 6, assess: events x agreements -> verdicts and a status over time.

1. link      each agreement mention of the reports to a known agreement (mentions.py); the
             named ones that link to nothing are candidates for review (``candidates``),
             never assessed
2. scope     for each agreement, the events its countries, zone and validity window could
             contain (scope.py); every other pair is outside scope by construction, unjudged
3. judge     each event in scope (verdicts.py: time, conduct, place, actors; the reason and
             the trail of each step)
4. status    breaches in a rolling window against thresholds and the pre-agreement baseline,
             beside the window's basis: events in scope, undetermined share, distinct stories
             (status.py, thresholds in settings.py); each change names the events behind it
5. claims    what the reports themselves assert about the agreement, kept beside the status,
             with a count of those contradicting it

Pure: no store, no network. The CLI and the pipeline do the reading and writing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path

from ceasewatch.assess import mentions as mention_rules
from ceasewatch.assess.parties import PartyResolver
from ceasewatch.assess.scope import Scope
from ceasewatch.assess.status import (
    RANK,
    Breach,
    Scoped,
    baseline,
    basis,
    classify,
    timeline,
    window_score,
)
from ceasewatch.assess.verdicts import BREACHES, Judge
from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge import agreements as agreement_kb
from ceasewatch.model import (
    Agreement,
    AgreementCandidate,
    AgreementClaim,
    AgreementMention,
    Article,
    Assessment,
    Event,
    StatusKind,
    Verdict,
)
from ceasewatch.settings import setting

log = logging.getLogger(__name__)


def load_agreements(actors: ActorKB, extra_dirs: Sequence[Path] = ()) -> list[Agreement]:
    """The built-in agreements and those of each ``--kb`` folder, validated against ``actors``."""
    return agreement_kb.load_agreements(actors, extra_dirs)


def assess(
    events: Sequence[Event],
    mentions: Sequence[AgreementMention],
    agreements: Sequence[Agreement],
    actors: ActorKB,
    as_of: dt.date | None = None,
    *,
    articles: Sequence[Article] = (),
    errors: dict[str, str] | None = None,
    stories: Mapping[str, str] | None = None,
) -> list[Assessment]:
    """Assess every agreement with events in its scope (or mentioned) against those events.

    ``as_of`` ends the status timeline (default: the last event date). ``articles`` lets a
    mention's date and outlet come from its article (published date, outlet); ``stories`` maps
    article ids to story ids (syndicated copies share one), else articles' ``story_id``. An
    agreement whose assessment raises is left out, its error put in ``errors`` (id -> reason).
    """
    resolver = PartyResolver(actors)
    dates = _mention_dates(events, articles)
    outlets = {a.id: a.source for a in articles if a.source}
    story_of = {a.id: a.story_id or a.id for a in articles} | dict(stories or {})
    # 1. link
    linked = [mention_rules.link(m, agreements, dates.get(m.article_id)) for m in mentions]
    by_agreement: dict[str, list[AgreementMention]] = defaultdict(list)
    for m in linked:
        if m.linked_agreement:
            by_agreement[m.linked_agreement].append(m)
    out: list[Assessment] = []
    for agreement in agreements:
        # 2. scope: the baseline period too, for the pre-agreement level
        scope = Scope(agreement)
        in_scope = [e for e in events if scope.contains(e)]
        if not in_scope and agreement.id not in by_agreement:
            continue
        before = [e for e in events if scope.contains(e, baseline=True) and not scope.in_time(e)]
        run = partial(
            assess_agreement, agreement, in_scope, by_agreement[agreement.id], resolver, as_of,
            outlets, stories=story_of, before=before,
            successor=successor_of(agreement, agreements),
        )  # fmt: skip
        contained(out, errors, agreement.id, run)
    return out


def contained(
    out: list[Assessment],
    errors: dict[str, str] | None,
    agreement_id: str,
    run: Callable[[], Assessment],
) -> None:
    """One agreement's assessment; whatever it raises (a date at the calendar's edge, a bad
    zone) is that agreement's recorded error, and the other agreements go on."""
    try:
        out.append(run())
    except Exception as exc:
        log.warning("assessing %s failed: %s: %s", agreement_id, type(exc).__name__, exc)
        if errors is not None:
            errors[agreement_id] = f"{type(exc).__name__}: {exc}"


def candidates(
    mentions: Sequence[AgreementMention],
    agreements: Sequence[Agreement],
    *,
    articles: Sequence[Article] = (),
    events: Sequence[Event] = (),
    stories: Mapping[str, str] | None = None,
) -> list[AgreementCandidate]:
    """Agreements the reports name that no catalogue entry links to: a review queue."""
    dates = _mention_dates(events, articles)
    story_of = {a.id: a.story_id or a.id for a in articles} | dict(stories or {})
    linked = [mention_rules.link(m, agreements, dates.get(m.article_id)) for m in mentions]
    return mention_rules.candidates(linked, dates, story_of)


def assess_agreement(
    agreement: Agreement,
    events: Sequence[Event],
    mentions: Sequence[AgreementMention],
    resolver: PartyResolver,
    as_of: dt.date | None = None,
    outlets: Mapping[str, str] | None = None,
    *,
    stories: Mapping[str, str] | None = None,
    last_event: dt.date | None = None,
    before: Sequence[Event] = (),
    successor: Agreement | None = None,
) -> Assessment:
    """Steps 3-5 for one agreement: every event given is judged; ``before`` (events of the
    baseline period, not judged) joins them for the pre-agreement level.

    ``last_event`` (the archive's last event date) ends the status when ``as_of`` is not given.
    """
    judge = Judge(agreement, resolver)
    verdicts = [judge(e) for e in events]
    return status_of(
        agreement, events, verdicts, mentions, resolver, as_of,
        outlets=outlets, stories=stories, last_event=last_event,
        base=_baseline(agreement, [*events, *before], judge, resolver), successor=successor,
    )  # fmt: skip


def status_of(
    agreement: Agreement,
    events: Sequence[Event],
    verdicts: Sequence[Verdict],
    mentions: Sequence[AgreementMention],
    resolver: PartyResolver,
    as_of: dt.date | None = None,
    *,
    outlets: Mapping[str, str] | None = None,
    stories: Mapping[str, str] | None = None,
    last_event: dt.date | None = None,
    base: float | None = None,
    successor: Agreement | None = None,
) -> Assessment:
    """Step 4-5 from verdicts already made (stored ones, or fresh): status, basis and claims.

    The status never moves past the agreement's ``valid_to``; once that day is past, the last
    point says the agreement ended (and, given ``successor``, what replaced it).
    """
    story = stories or {}
    pairs = list(zip(events, verdicts, strict=True))
    breaches = _breaches(events, verdicts, agreement, resolver)
    scoped = [
        Scoped(e.event_date, v.verdict, story.get(e.article_id, e.article_id))
        for e, v in pairs
        if e.event_date is not None and v.verdict != "outside-scope"
    ]
    # As of the agreement's own last evidence (not the archive's last report, which may be
    # about another war); the last event given when none is in scope.
    dated = [e.event_date for e in events if e.event_date is not None]
    end = as_of or max((s.date for s in scoped), default=None) or last_event
    end = end or max(dated, default=None)
    # Past its end an agreement collects nothing (scope drops later events, the status stops
    # by its last day); once that day is behind ``as_of`` (or today) the status says so.
    ended = agreement.valid_to is not None and agreement.valid_to < (as_of or dt.date.today())
    if end is not None and agreement.valid_to is not None:
        end = min(end, agreement.valid_to)
    points = timeline(breaches, agreement.valid_from, end, base, scoped) if end else []
    if ended and points:
        note = ended_note(agreement, successor)
        points[-1] = points[-1].model_copy(update={"reason": f"{note} {points[-1].reason}"})
    status: StatusKind = "no evidence"
    evidence = basis(scoped, end) if end else basis([], dt.date.min)
    if end is not None:
        status = classify(window_score(breaches, end), base, evidence)[0]
    claims = mention_rules.claims(mentions, outlets)
    evidence = evidence.model_copy(
        update={"contradicting_claims": sum(_contradicts(c, status) for c in claims)}
    )
    return Assessment(
        id=agreement.id,
        name=agreement.name,
        status=status,
        status_date=end,
        verdicts=tuple(verdicts),
        timeline=tuple(points),
        claims=claims,
        mentions=tuple(mentions),
        basis=evidence,
    )


def ended_note(agreement: Agreement, successor: Agreement | None = None) -> str:
    """The sentence that opens an ended agreement's last status."""
    why = f", replaced by the {successor.name}" if successor is not None else ""
    return (
        f"Ended on {agreement.valid_to}{why} (the end of its validity in the knowledge base); "
        f"nothing after that day counts for it. Its last status:"
    )


def successor_of(agreement: Agreement, agreements: Sequence[Agreement]) -> Agreement | None:
    """The agreement that took over the day after this one ended, in one of its countries.

    Catalogue entries end an agreement on the eve of the one that replaced it; a start on the
    next day with a country in common is read as that replacement.
    """
    end = agreement.valid_to
    if end is None:
        return None
    for other in agreements:
        shared = set(other.countries) & set(agreement.countries)
        if other.id != agreement.id and shared and other.valid_from == end + dt.timedelta(1):
            return other
    return None


def _contradicts(claim: AgreementClaim, status: StatusKind) -> bool:
    """A report asserting holding/strained/collapsed against a different computed status."""
    asserted = (claim.status or "").casefold()
    if asserted not in ("holding", "strained", "collapsed"):
        return False
    if status in ("no evidence", "not assessable"):
        return False  # nothing computed to contradict
    return RANK[status] != RANK[asserted]  # type: ignore[index]


def _breaches(
    events: Sequence[Event],
    verdicts: Sequence[Verdict],
    agreement: Agreement,
    resolver: PartyResolver,
) -> list[Breach]:
    out = []
    for event, verdict in zip(events, verdicts, strict=True):
        if verdict.verdict in BREACHES and event.event_date is not None:
            out.append(Breach(event, verdict.verdict, _bound_ids(event, agreement, resolver)))
    return out


def _bound_ids(event: Event, agreement: Agreement, resolver: PartyResolver) -> tuple[str, ...]:
    refs = [event.actor1, *event.assoc_actors1, event.actor2, *event.assoc_actors2]
    on = event.event_date or dt.date.min
    return tuple(
        sorted(
            {
                r.id
                for r in refs
                if r is not None and r.id and resolver.role(r, agreement, on).role == "bound"
            }
        )
    )


def baseline_of(
    agreement: Agreement, events: Sequence[Event], resolver: PartyResolver
) -> float | None:
    """The pre-agreement level from the events of the baseline period (``before`` it)."""
    return _baseline(agreement, events, Judge(agreement, resolver), resolver)


def _baseline(
    agreement: Agreement, events: Sequence[Event], judge: Judge, resolver: PartyResolver
) -> float | None:
    """The pre-agreement level: the same score for events that would have been breaches."""
    days = dt.timedelta(days=int(setting("assess.baseline_days")))
    if agreement.valid_from < dt.date.min + days:
        return None  # an undated proposal: no "before"
    start = agreement.valid_from - days
    before = [e for e in events if e.event_date and start <= e.event_date < agreement.valid_from]
    verdicts = [judge(e, assume_in_force=True) for e in before]
    return baseline(
        _breaches(before, verdicts, agreement, resolver), agreement.valid_from, bool(before)
    )


def _mention_dates(events: Sequence[Event], articles: Sequence[Article]) -> dict[str, dt.date]:
    """A report's date: its publication date, else its latest event date."""
    dates: dict[str, dt.date] = {}
    for e in events:
        if e.event_date is not None:
            dates[e.article_id] = max(e.event_date, dates.get(e.article_id, e.event_date))
    for a in articles:
        if a.published is not None:
            dates[a.id] = a.published
    return dates


__all__ = [
    "assess",
    "assess_agreement",
    "baseline_of",
    "candidates",
    "ended_note",
    "load_agreements",
    "status_of",
    "successor_of",
]
