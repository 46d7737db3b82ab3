"""A demonstration's actor1 is its crowd, once its type is final.

ACLED's codebook codes every protest with actor1 "Protesters (Country)" and every riot (violent
demonstration, mob violence) with "Rioters (Country)", whoever organised it or whatever the
crowd is called: a union, a party or a movement that called the march is an associated actor
of the crowd, the police that dispersed it the other side (actor2); excessive force against
protesters is the state force's act, the crowd its target. ``roles.py`` applies this when
resolve types the event and ``framing.py`` once the place's country is known, but the
statistical reader (``learn.apply``) may re-type an event after both ("police fired tear gas
at the march" typed excessive force by the rules, a protest with intervention by the reader),
leaving the actors of the first type on an event of the second. This pass, run after the
reader, puts each demonstration's actors back in ACLED's order for its final type:

1. a protest's or riot's actor1 that is not its crowd role in the place's country becomes it:
   a state force moves to actor2 (where the crowd the other type put there is replaced), a
   named group to the associated actors of actor1; words nothing resolved, people the words
   made a crowd and a non-state fill of a convention (no words) give way, keeping their words;
2. excessive force whose actor1 is a crowd and whose actor2 is a state force is swapped.

Issue 9, session 31 (dev halves of notes b, h, j, k, l, m, n, q, r, s: a protest with the
police as actor1, a riot with protesters or an unnamed armed group as actor1, after the
reader's re-typing).
"""

from __future__ import annotations

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import ActorRef, Event, Extraction
from ceasewatch.resolve.framing import CROWD_TYPES, place_country
from ceasewatch.resolve.roles import FORCE_SUB, PROTEST_SUBS, RIOT_SUBS, SCORE_ROLE, as_ref

METHOD = "convention"
# Who ACLED puts opposite a crowd: a state's (or a foreign state's) forces.
FORCE_TYPES = frozenset({"state forces", "external/other forces"})


def crowd_by_type(extraction: Extraction, kb: ActorKB) -> Extraction:
    """``extraction`` with each demonstration's actors in ACLED's order for its type."""
    events = tuple(_event(e, kb) for e in extraction.events)
    if all(a is b for a, b in zip(events, extraction.events, strict=True)):
        return extraction
    return extraction.model_copy(update={"events": events})


def _event(event: Event, kb: ActorKB) -> Event:
    sub = event.sub_event_type
    if sub == FORCE_SUB:
        return _force_first(event, kb)
    if sub not in PROTEST_SUBS and sub not in RIOT_SUBS:
        return event
    country = place_country(event)
    if country is None:
        return event
    role = "protesters" if sub in PROTEST_SUBS else "rioters"
    crowd = kb.role_actor(role, country, event.event_date)
    old = event.actor1
    if crowd is None or (old is not None and old.id == crowd.id):
        return event
    words = None if old is None else old.surface
    made = as_ref(crowd, METHOD, SCORE_ROLE, words)
    if old is not None:
        made = made.model_copy(update={"span": old.span})
    update: dict[str, object] = {"actor1": made}
    kind = _type(old, kb)
    if old is None or old.id is None or kind in CROWD_TYPES:
        pass
    elif kind in FORCE_TYPES:
        if event.actor2 is None or _type(event.actor2, kb) in CROWD_TYPES:
            update["actor2"] = old
        elif all(a.id != old.id for a in event.assoc_actors2) and event.actor2.id != old.id:
            update["assoc_actors2"] = (*event.assoc_actors2, old)
        made = made.model_copy(update={"surface": None, "span": None})
        update["actor1"] = made
    elif not _filled(old):  # a named group: the crowd's associated actor
        if all(a.id != old.id for a in event.assoc_actors1):
            update["assoc_actors1"] = (old, *event.assoc_actors1)
        update["actor1"] = made.model_copy(update={"surface": None, "span": None})
    return event.model_copy(update=update)


def _force_first(event: Event, kb: ActorKB) -> Event:
    """2. Excessive force told from the crowd's side: the state force is actor1."""
    one, two = event.actor1, event.actor2
    if one is None or two is None:
        return event
    if _type(one, kb) in CROWD_TYPES and _type(two, kb) in FORCE_TYPES:
        return event.model_copy(update={"actor1": two, "actor2": one})
    return event


def _type(ref: ActorRef | None, kb: ActorKB) -> str | None:
    if ref is None or ref.id is None:
        return None
    actor = kb.get(ref.id)
    return actor.type if actor is not None else ref.type


def _filled(ref: ActorRef) -> bool:
    """The slot was filled by a convention, not by words of the report."""
    return ref.surface is None and ref.method in ("convention", "context", "place")


__all__ = ["crowd_by_type"]
