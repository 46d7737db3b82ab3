"""Stage 6, assess: events x agreements -> verdicts and a status over time.

1. link      each agreement mention of the reports to a known agreement (mentions.py), or
             gather the unlinked ones into proposed agreements read from the text
2. select    the known agreements in force on some event's date, or mentioned in a report
3. judge     every event against every selected agreement (verdicts.py: time, conduct, place,
             actors; the reason and the trail of each step)
4. status    breaches in a rolling window against thresholds and the pre-agreement baseline
             (status.py, thresholds in settings.py); each change names the events behind it
5. claims    what the reports themselves assert about the agreement, kept beside the status

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
from ceasewatch.assess.status import Breach, baseline, classify, timeline, window_score
from ceasewatch.assess.verdicts import BREACHES, Judge
from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge import agreements as agreement_kb
from ceasewatch.model import Agreement, AgreementMention, Article, Assessment, Event, Verdict
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
) -> list[Assessment]:
    """Assess every agreement in force (or mentioned) against every event.

    ``as_of`` ends the status timeline (default: the last event date). ``articles`` lets a
    mention's date and outlet come from its article (published date, outlet). An agreement
    whose assessment raises is left out, its error put in ``errors`` (agreement id -> reason).
    """
    resolver = PartyResolver(actors)
    dates = _mention_dates(events, articles)
    outlets = {a.id: a.source for a in articles if a.source}
    # 1. link
    linked = [mention_rules.link(m, agreements, dates.get(m.article_id)) for m in mentions]
    by_agreement: dict[str, list[AgreementMention]] = defaultdict(list)
    unlinked: dict[str, list[AgreementMention]] = defaultdict(list)
    for m in linked:
        if m.linked_agreement:
            by_agreement[m.linked_agreement].append(m)
        else:
            unlinked[mention_rules.proposal_id(m)].append(m)
    # 2. select
    selected = [a for a in agreements if a.id in by_agreement or _in_force_for(a, events)]
    out: list[Assessment] = []
    for a in selected:
        run = partial(assess_agreement, a, events, by_agreement[a.id], resolver, as_of, outlets)
        _contained(out, errors, a.id, run)
    for pid, group in unlinked.items():
        run = partial(_assess_proposal, pid, group, dates, events, resolver, as_of, outlets)
        _contained(out, errors, pid, run)
    return out


def _contained(
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


def _assess_proposal(
    pid: str,
    group: Sequence[AgreementMention],
    dates: Mapping[str, dt.date],
    events: Sequence[Event],
    resolver: PartyResolver,
    as_of: dt.date | None,
    outlets: Mapping[str, str],
) -> Assessment:
    on = min((d for m in group if (d := dates.get(m.article_id))), default=None)
    draft = mention_rules.propose(group, on)
    linked = [m.model_copy(update={"linked_agreement": pid}) for m in group]
    result = assess_agreement(draft, events, linked, resolver, as_of, outlets)
    return result.model_copy(update={"proposed": True, "proposal": draft})


def assess_agreement(
    agreement: Agreement,
    events: Sequence[Event],
    mentions: Sequence[AgreementMention],
    resolver: PartyResolver,
    as_of: dt.date | None = None,
    outlets: Mapping[str, str] | None = None,
) -> Assessment:
    """Steps 3-5 for one agreement."""
    judge = Judge(agreement, resolver)
    verdicts = [judge(e) for e in events]
    breaches = _breaches(events, verdicts, agreement, resolver)
    base = _baseline(agreement, events, judge, resolver)
    dated = [e.event_date for e in events if e.event_date is not None]
    end = as_of or (max(dated) if dated else None)
    if end is not None and agreement.valid_to is not None:
        end = min(end, agreement.valid_to)
    points = timeline(breaches, agreement.valid_from, end, base) if end else []
    status = classify(window_score(breaches, end), base)[0] if end else "holding"
    return Assessment(
        id=agreement.id,
        name=agreement.name,
        status=status,
        status_date=end,
        verdicts=tuple(verdicts),
        timeline=tuple(points),
        claims=mention_rules.claims(mentions, outlets),
        mentions=tuple(mentions),
    )


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


def _in_force_for(agreement: Agreement, events: Sequence[Event]) -> bool:
    return any(
        e.event_date is not None
        and agreement.valid_from <= e.event_date
        and (agreement.valid_to is None or e.event_date <= agreement.valid_to)
        for e in events
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


__all__ = ["assess", "assess_agreement", "load_agreements"]
