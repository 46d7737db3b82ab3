"""Generic belligerents read through the article's own battle lines.

Reports name the belligerents once and then fall back on generic words: "the FSA announced an
offensive against the army ... where the army was battling HTS ... clashes between militants and
government troops were reported in A, B and C". An analyst codes those clashes with the groups
the report has just named as fighting that army on that day, not as "militants".

The rule, applied after every name is resolved:

1. an event has a generic armed non-state actor on one side (``generic`` in the KB, inter 2-4:
   not civilians, protesters or the media) and a named actor X on the other;
2. the same article, on the same event date, names non-generic actors fighting X (on the other
   side of an event from X);
3. when there are at least one and at most ``MAX_NAMED`` of them, the generic actor becomes the
   principal among them (the one other actors declared support for, else the first named), the
   others its associated actors; method "context", with the reason in the event's notes.

Nothing is invented: when the article names nobody fighting X that day, the generic stays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import ActorRef, Event, Relation

# More named opponents than this and the generic word could mean any subset of them.
MAX_NAMED = 4
# Reading a generic word through the battle lines is weaker than naming: the report does not
# say that every named opponent fought at every place.
SCORE_SIDES = 0.7
SUPPORT_TYPES = ("support", "declaration", "joint-operation", "alliance")


def _named(ref: ActorRef | None, kb: ActorKB) -> bool:
    actor = kb.get(ref.id) if ref is not None and ref.id else None
    return actor is not None and not actor.generic


# Armed non-state actors (rebels, political and identity militias): the only generic words a
# battle line can name. Civilians, protesters and the media facing an army are not its enemies.
BELLIGERENT_INTER = frozenset({2, 3, 4})


def _generic_non_state(ref: ActorRef | None, kb: ActorKB) -> bool:
    actor = kb.get(ref.id) if ref is not None and ref.id else None
    return actor is not None and actor.generic and actor.inter in BELLIGERENT_INTER


def opponents(events: Sequence[Event], target: str, on: dt.date | None, kb: ActorKB) -> list[str]:
    """Ids of the named actors the article shows fighting ``target`` on ``on``, in text order."""
    found: list[str] = []
    for event in sorted(events, key=lambda e: e.sentence.start if e.sentence else 0):
        if event.event_date != on or event.event_type not in (
            "Battles",
            "Explosions/Remote violence",
        ):
            continue
        sides = ((event.actor1, event.actor2), (event.actor2, event.actor1))
        for mine, theirs in sides:
            if theirs is None or theirs.id != target or mine is None or mine.id is None:
                continue
            if _named(mine, kb) and mine.id not in found:
                found.append(mine.id)
    return found


def principal(ids: list[str], relations: Sequence[Relation]) -> list[str]:
    """``ids`` with the one most supported by others (declared support, joint operations) first."""
    support = {i: 0 for i in ids}
    for relation in relations:
        target = relation.target.id if relation.target else None
        if relation.type in SUPPORT_TYPES and target in support:
            support[target] += 1
    return sorted(ids, key=lambda i: (-support[i], ids.index(i)))


def read_sides(events: Sequence[Event], relations: Sequence[Relation], kb: ActorKB) -> list[Event]:
    """Every event, with a generic non-state side read through the article's battle lines."""
    out = []
    for event in events:
        for generic, other, assoc in (
            ("actor1", "actor2", "assoc_actors1"),
            ("actor2", "actor1", "assoc_actors2"),
        ):
            ref, counterpart = getattr(event, generic), getattr(event, other)
            if not (_generic_non_state(ref, kb) and _named(counterpart, kb)):
                continue
            named = opponents(events, counterpart.id, event.event_date, kb)
            if not 1 <= len(named) <= MAX_NAMED:
                continue
            ordered = principal(named, relations)
            refs = [_as(ref, kb, actor_id) for actor_id in ordered]
            enemy = kb.actors[counterpart.id].name
            note = (
                f"{generic} {ref.surface or ref.name!r} read as {', '.join(r.name for r in refs)}: "
                f"the article names them fighting {enemy} on {event.event_date}"
            )
            event = event.model_copy(
                update={
                    generic: refs[0],
                    assoc: (*refs[1:], *getattr(event, assoc)),
                    "notes": f"{event.notes}; {note}" if event.notes else note,
                }
            )
        out.append(event)
    return out


def _as(ref: ActorRef, kb: ActorKB, actor_id: str) -> ActorRef:
    actor = kb.actors[actor_id]
    return ref.model_copy(
        update={
            "name": actor.name,
            "id": actor.id,
            "type": actor.type,
            "inter": actor.inter,
            "method": "context",
            "score": SCORE_SIDES,
        }
    )


__all__ = ["MAX_NAMED", "opponents", "principal", "read_sides"]
