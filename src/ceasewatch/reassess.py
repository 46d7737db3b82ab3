"""Stage 6 over the archive, incrementally: judge only what changed, store verdicts apart.

The archive keeps, for each stored verdict, the version (a hash) of the agreement and of the
event it was made from. A re-assessment then:

1. judges every event in scope of an agreement that is new or changed (its definition, the
   actor knowledge base it reads parties from, or the assess stage);
2. judges the new or changed events against the unchanged agreements whose scope holds them;
3. drops the verdicts of vanished events and agreements;
4. recomputes the status of the agreements whose verdicts or linked mentions changed, from
   the stored verdicts plus the new ones, and stores everything in one transaction.

Pairs outside an agreement's countries, zone or window (``assess.scope``) are never judged
and never stored. Pages read the stored statuses and verdicts; nothing is recomputed there.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ceasewatch.assess import baseline_of, status_of
from ceasewatch.assess import mentions as mention_rules
from ceasewatch.assess.parties import PartyResolver
from ceasewatch.assess.scope import Scope
from ceasewatch.assess.verdicts import Judge
from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Agreement, AgreementMention, Assessment, Event, Verdict
from ceasewatch.store.base import AssessmentRun, Store

STAGE = "assess.v2"


@dataclass(frozen=True)
class ReassessReport:
    assessments: list[Assessment]  # the statuses recomputed by this run
    judged: int  # verdicts made by this run
    rejudged_agreements: list[str]
    new_events: int


def version(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def actors_version(actors: ActorKB) -> str:
    """Verdicts read parties from the actor knowledge base: a change there re-judges."""
    return version(*sorted(a.model_dump_json() for a in actors))


def agreement_versions(agreements: Sequence[Agreement], actors: ActorKB) -> dict[str, str]:
    kb = actors_version(actors)
    return {a.id: version(STAGE, kb, a.model_dump_json()) for a in agreements}


def agreements_changed(store: Store, agreements: Sequence[Agreement], actors: ActorKB) -> bool:
    """Some agreement (or the actor base its parties come from) differs from what the stored
    verdicts were judged against, or one was judged and is gone."""
    stored, _ = store.assessed_versions()
    return stored != agreement_versions(agreements, actors)


def reassess(
    store: Store,
    agreements: Sequence[Agreement],
    actors: ActorKB,
    *,
    errors: dict[str, str] | None = None,
) -> ReassessReport:
    """Bring stored verdicts and statuses up to date with the archive (see module docstring).

    An agreement whose judging or status raises is left as it was stored (and judged again next
    time), its error put in ``errors`` (agreement id -> reason); the others go on."""
    failed: dict[str, str] = {} if errors is None else errors
    events = store.events()
    by_id = {e.id: e for e in events}
    ag_versions = agreement_versions(agreements, actors)
    ev_versions = {e.id: version(e.model_dump_json()) for e in events}
    old_ag, old_ev = store.assessed_versions()
    changed_ag = {i for i, v in ag_versions.items() if old_ag.get(i) != v}
    changed_ev = {i for i, v in ev_versions.items() if old_ev.get(i) != v}
    gone_ev = set(old_ev) - set(ev_versions)
    stored_ids = {a.id for a in store.assessments()}
    dropped = sorted((set(old_ag) | stored_ids) - set(ag_versions))
    resolver = PartyResolver(actors)
    fresh: dict[str, list[Verdict]] = defaultdict(list)
    for agreement in agreements:
        pool = events if agreement.id in changed_ag else [by_id[i] for i in sorted(changed_ev)]
        scope, judge = Scope(agreement), Judge(agreement, resolver)
        try:
            fresh[agreement.id] = [judge(e) for e in pool if scope.contains(e)]
        except Exception as exc:  # one agreement's fault (a bad zone, a date at the edge)
            failed[agreement.id] = f"{type(exc).__name__}: {exc}"
    if failed:  # keep what is stored for them; their versions stay old, so they re-run
        agreements = [a for a in agreements if a.id not in failed]
        changed_ag -= set(failed)
        for agreement_id in failed:
            fresh.pop(agreement_id, None)
    stale = {v.agreement_id for v in store.verdicts(event_ids=sorted(changed_ev | gone_ev))}
    touched = changed_ag | stale | {i for i, vs in fresh.items() if vs}
    cleared: list[str] = []
    assessments = _statuses(
        store, agreements, touched, fresh, changed_ag, changed_ev | gone_ev, by_id, resolver,
        cleared, failed,
    )  # fmt: skip
    store.save_assessment_run(
        AssessmentRun(
            verdicts=[v for vs in fresh.values() for v in vs],
            assessments=assessments,
            rejudged_agreements=sorted(changed_ag),
            rejudged_events=sorted(changed_ev | gone_ev),
            dropped_agreements=dropped,
            cleared_assessments=cleared,
            gone_events=sorted(gone_ev),
            agreement_versions={i: ag_versions[i] for i in changed_ag},
            event_versions={i: ev_versions[i] for i in changed_ev},
        )
    )
    return ReassessReport(
        assessments=assessments,
        judged=sum(len(vs) for vs in fresh.values()),
        rejudged_agreements=sorted(changed_ag),
        new_events=len(changed_ev),
    )


def _statuses(
    store: Store,
    agreements: Sequence[Agreement],
    touched: set[str],
    fresh: dict[str, list[Verdict]],
    changed_ag: set[str],
    changed_ev: set[str],
    events: dict[str, Event],
    resolver: PartyResolver,
    cleared: list[str],
    failed: dict[str, str],
) -> list[Assessment]:
    """Statuses of the touched agreements (and of those whose linked mentions changed);
    ``cleared`` receives the ids of those left with nothing to assess, ``failed`` the reason
    of those whose status raised."""
    mentions = store.agreement_mentions()
    articles = [store.article(i) for i in sorted({m.article_id for m in mentions})]
    dates = {a.id: a.published for a in articles if a.published}
    outlets = {a.id: a.source for a in articles if a.source}
    linked: dict[str, list[AgreementMention]] = defaultdict(list)
    for m in mentions:
        m = mention_rules.link(m, agreements, dates.get(m.article_id))
        if m.linked_agreement:
            linked[m.linked_agreement].append(m)
    stored = {a.id: a for a in store.assessments()}
    for agreement in agreements:
        previous = stored.get(agreement.id)
        mentions_now = tuple(linked[agreement.id])
        if mentions_now != (previous.mentions if previous else ()):
            touched.add(agreement.id)
    stories = store.story_ids()
    out: list[Assessment] = []
    for agreement in agreements:
        if agreement.id not in touched:
            continue
        kept = [] if agreement.id in changed_ag else store.verdicts(agreement.id)
        verdicts = [v for v in kept if v.event_id not in changed_ev] + fresh[agreement.id]
        if not verdicts and not linked[agreement.id]:
            # Nothing in scope and never mentioned: no assessment (a stored one is cleared).
            cleared.append(agreement.id)
            continue
        try:
            result = _status(agreement, verdicts, linked[agreement.id], events, resolver,
                             outlets, stories)  # fmt: skip
        except Exception as exc:  # this agreement's fault only: the others go on
            failed[agreement.id] = f"{type(exc).__name__}: {exc}"
            continue
        out.append(result.model_copy(update={"verdicts": ()}))
    return out


def _status(
    agreement: Agreement,
    verdicts: Sequence[Verdict],
    mentions: Sequence[AgreementMention],
    events: dict[str, Event],
    resolver: PartyResolver,
    outlets: dict[str, str],
    stories: dict[str, str],
) -> Assessment:
    scope = Scope(agreement)
    before = [
        e for e in events.values() if scope.contains(e, baseline=True) and not scope.in_time(e)
    ]
    return status_of(
        agreement, [events[v.event_id] for v in verdicts], verdicts, mentions,
        resolver, outlets=outlets, stories=stories,
        base=baseline_of(agreement, before, resolver),
    )  # fmt: skip


def catalogue(built_in: Sequence[Agreement], store: Store) -> list[Agreement]:
    """The built-in (and ``--kb``) agreements with the user's imported ones over them."""
    merged = {a.id: a for a in built_in}
    merged.update({a.id: a for a in store.user_agreements()})
    return sorted(merged.values(), key=lambda a: (a.valid_from, a.id))


def count_pairs(events: Iterable[Event], agreements: Sequence[Agreement]) -> tuple[int, int]:
    """(pairs in scope, all pairs): how many verdicts scope-first stores, against every pair."""
    scopes = [Scope(a) for a in agreements]
    events = list(events)
    inside = sum(1 for e in events for s in scopes if s.contains(e))
    return inside, len(events) * len(agreements)


__all__ = [
    "ReassessReport",
    "actors_version",
    "agreement_versions",
    "agreements_changed",
    "catalogue",
    "count_pairs",
    "reassess",
    "version",
]
