"""One article's events, merged: one event per place per day per actor pair.

A report names its event more than once: the lead, a detail further down, a quote. Sentences
that go on telling the event just reported join it as they are read (``continuation``); what
is left is merged here, over the whole article:

1. events with the same date, type, place (and qualifier) and actor pair are one event;
2. an event that leaves an actor unnamed joins the one event of the same date, type and place
   whose actors agree with those it names ("gunmen attacked Auno" and, later, "gunmen killed
   30 villagers in Auno": the second names the victims the first left out). When two such
   events could take it, it stays apart: which one it tells is not known.

A merged event keeps the first event's type (a demonstration's or an explosion's sub-event may
become more specific, ``more_specific``), place and date, and gains the others' evidence,
fatality claims (``conservative`` reads the figure) and losses. Then each gets its id
(``stable_id``).
"""

from __future__ import annotations

import hashlib
from typing import Any

from ceasewatch.model import Event, FatalityClaim
from ceasewatch.tolls import precise, precise_first

ACTOR_FIELDS = ("actor1", "actor2")
# Types whose sub-event a later sentence may make more specific (``more_specific``).
DEMONSTRATIONS = frozenset({"Protests", "Riots"})
EXPLOSIONS = frozenset({"Explosions/Remote violence"})


def conservative(claims: tuple[FatalityClaim, ...] | list[FatalityClaim]) -> int | None:
    """The fatality figure coded: per source, the sum over distinct victim groups (largest
    figure per group, since one source repeating itself is one figure); across sources, the
    smallest total. No figure -> None (unknown, never 0). A vague figure ("dozens", 12 by the
    fixed rule) counts only when its source gives no precise one: added to a precise toll it
    would pass a guess off as a count (``tolls.precise_first``, the rule fusion follows across
    reports too). See docs/EXTRACTION.md."""
    per_source: dict[str, dict[str, int]] = {}
    for claim in precise_first(claims, precise, lambda c: c.claimed_by or ""):
        if claim.count is None:
            continue
        groups = per_source.setdefault(claim.claimed_by or "", {})
        victims = claim.victims or "unspecified"
        groups[victims] = max(groups.get(victims, 0), claim.count)
    for groups in per_source.values():
        # "15 killed ... 15 civilians were killed": a figure that names no victims, equal to a
        # group's figure from the same source, is that group told again, not more dead; one
        # person beside another ("a journalist and an expert were shot dead") is two
        unspecified = groups.get("unspecified")
        named = [n for v, n in groups.items() if v != "unspecified"]
        if unspecified is not None and unspecified > 1 and unspecified in named:
            del groups["unspecified"]
    totals = [sum(g.values()) for g in per_source.values()]
    return min(totals) if totals else None


def merge(
    events: list[Event], article_id: str, precedence: dict[str, int] | None = None
) -> list[Event]:
    """Steps 1 and 2 of the module docstring, then the ids. ``precedence`` (sub-event -> rank,
    data/triggers.yaml) lets a merged event take the more specific sub-event of the two."""
    merged: dict[tuple[Any, ...], Event] = {}
    for event in events:
        key = _event_key(event)
        if key in merged:
            event = more_specific(_combine(merged[key], event), event, precedence or {})
        merged[key] = event
    out: list[Event] = []
    taken: set[str] = set()
    for event in _subsumed(list(merged.values()), precedence or {}):
        base = stable_id(article_id, event)
        eid, n = base, 1
        while eid in taken:  # same sentence, type and place, other actors: text order decides
            n += 1
            eid = f"{base}-{n}"
        taken.add(eid)
        out.append(event.model_copy(update={"id": eid}))
    return out


def _subsumed(events: list[Event], precedence: dict[str, int]) -> list[Event]:
    """Step 2: an event with an actor left unnamed joins its one agreeing event."""
    out = list(events)
    k = 0
    while k < len(out):
        event = out[k]
        if not _partial(event):
            k += 1
            continue
        homes = [i for i, other in enumerate(out) if i != k and _agree(event, other)]
        if len(homes) != 1:
            k += 1
            continue
        first, second = sorted((homes[0], k))  # the earlier keeps its sentence and type
        joined = _fill(_combine(out[first], out[second]), out[second])
        out[first] = more_specific(joined, out[second], precedence)
        del out[second]
        k = 0  # the grown event may now agree with another: look again from the start
    return out


def _partial(event: Event) -> bool:
    return any(getattr(event, f) is None for f in ACTOR_FIELDS)


def _agree(event: Event, other: Event) -> bool:
    """Same date, type, place; every actor slot named by both names the same actor."""
    if _event_key(event)[:4] != _event_key(other)[:4]:
        return False
    for f in ACTOR_FIELDS:
        mine, theirs = getattr(event, f), getattr(other, f)
        if mine is not None and theirs is not None and actor_key(mine) != actor_key(theirs):
            return False
    return True


def _fill(event: Event, donor: Event) -> Event:
    """``event`` with the actor slots it leaves empty taken from ``donor``."""
    update: dict[str, Any] = {}
    for f, assoc in (("actor1", "assoc_actors1"), ("actor2", "assoc_actors2")):
        if getattr(event, f) is None and getattr(donor, f) is not None:
            update[f] = getattr(donor, f)
            update[assoc] = getattr(donor, assoc)
    if "actor2" in update:
        update["civilian_targeting"] = event.civilian_targeting or donor.civilian_targeting
    return event.model_copy(update=update) if update else event


def more_specific(target: Event, other: Event, precedence: dict[str, int]) -> Event:
    """``target`` with ``other``'s sub-event when both are demonstrations or both explosions and
    ``other``'s ranks higher: "Thousands marched in Lagos. Police fired tear gas at the
    protesters." is a protest with intervention, "Two explosions ripped through the crowd. Two
    of its members detonated explosive belts, the group said." a suicide bombing. Other
    violence keeps the first sentence's sub-event ("the attack killed 20" after an air strike is
    the air strike)."""
    types = {target.event_type, other.event_type}
    if not (types <= DEMONSTRATIONS or types == EXPLOSIONS):
        return target
    last = len(precedence)
    if precedence.get(other.sub_event_type, last) >= precedence.get(target.sub_event_type, last):
        return target
    update = {"sub_event_type": other.sub_event_type, "event_type": other.event_type}
    update["disorder_type"] = other.disorder_type
    return target.model_copy(update=update)


def stable_id(article_id: str, event: Event) -> str:
    """An id from the article and the event's own evidence (its trigger sentence's words, its
    type, its place), not from its position: numbering in text order (``-e001``) renumbered
    every later event of an article whenever a change upstream found one more or one less.
    Words rather than offsets, so that a cleaning change that shifts the text keeps the id. The
    store keeps an already-archived event's id even when these inputs change (``identity``)."""
    words = event.sentence.text if event.sentence else " ".join(s.text for s in event.evidence)
    place = event.location.name if event.location else ""
    key = "|".join([" ".join(words.lower().split()), event.event_type, place.lower()])
    return f"{article_id}-e{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def actor_key(ref: Any) -> str:
    return "" if ref is None else str(ref.id or ref.name.lower())


def _event_key(event: Event) -> tuple[Any, ...]:
    loc = event.location
    return (
        event.event_date,
        event.event_type,
        loc.name.lower() if loc else "",
        loc.qualifier if loc else "",
        actor_key(event.actor1),
        actor_key(event.actor2),
    )


def _combine(a: Event, b: Event) -> Event:
    claims = a.fatality_claims + tuple(c for c in b.fatality_claims if c not in a.fatality_claims)
    spans = a.evidence + tuple(s for s in b.evidence if s not in a.evidence)
    return a.model_copy(
        update={
            "fatality_claims": claims,
            "fatalities": conservative(claims),
            "losses": a.losses + b.losses,
            "evidence": spans,
            "hedged": a.hedged and b.hedged,
            "confidence": max(a.confidence, b.confidence),
            "notes": "; ".join(filter(None, [a.notes, "also reported in a later sentence"])),
        }
    )


__all__ = ["DEMONSTRATIONS", "actor_key", "conservative", "merge", "more_specific", "stable_id"]
