"""A clash told without its sides, in an article that names one pair of foes fighting.

Reports name the two sides of a war once ("Ukrainian troops fought off a Russian assault near
Kupiansk", "Thai troops fought Cambodian forces near the pass") and then write of "the fighting"
or "the clashes" with no subject ("The clashes began on Thursday morning near the temple",
"Fighting is heavy around the town, it says"). An analyst codes those clashes between the pair
the article has named. The rule, applied after every name is resolved:

1. an armed clash has neither actor1 nor actor2;
2. the article's other armed clashes with both sides named show exactly one pair of two
   different actors, neither civilians, protesters, rioters nor a media outlet (the order of
   the pair is the first clash's);
3. the clash takes the pair (method "context", with the reason in its notes).

Nothing is invented: with no named pair, or two pairs, the clash stays without actors. Issue 9,
session 27: such clashes were left with no actor in four writers' wire, live-blog and alert
reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import ActorRef, Event

CLASH = "Armed clash"
# Types that are never a side of a battle line.
NOT_SIDES = frozenset({"civilians", "protesters", "rioters"})
SCORE_PAIR = 0.7


def _side(ref: ActorRef | None, kb: ActorKB) -> bool:
    actor = kb.get(ref.id) if ref is not None and ref.id else None
    return actor is not None and actor.type not in NOT_SIDES and not actor.is_media


def _pair(events: Sequence[Event], kb: ActorKB) -> tuple[ActorRef, ActorRef] | None:
    """The one pair of named sides the article's clashes show, else None."""
    pairs: dict[frozenset[str], tuple[ActorRef, ActorRef]] = {}
    for event in events:
        one, two = event.actor1, event.actor2
        if event.sub_event_type != CLASH or one is None or two is None:
            continue
        if not (_side(one, kb) and _side(two, kb)) or one.id == two.id:
            continue
        key = frozenset((str(one.id), str(two.id)))
        pairs.setdefault(key, (one, two))
    return next(iter(pairs.values())) if len(pairs) == 1 else None


def _as_context(ref: ActorRef) -> ActorRef:
    return ref.model_copy(
        update={"method": "context", "score": SCORE_PAIR, "surface": None, "span": None}
    )


def paired_clashes(events: Sequence[Event], kb: ActorKB) -> list[Event]:
    """``events`` with each clash told without sides given the article's one pair (module
    docstring)."""
    bare = {
        id(e) for e in events if e.sub_event_type == CLASH and e.actor1 is None and e.actor2 is None
    }
    if not bare:
        return list(events)
    pair = _pair(events, kb)
    if pair is None:
        return list(events)
    note = "sides: the article's one pair of foes in its other clashes"
    out = []
    for event in events:
        if id(event) in bare:
            notes = f"{event.notes}; {note}" if event.notes else note
            event = event.model_copy(
                update={
                    "actor1": _as_context(pair[0]),
                    "actor2": _as_context(pair[1]),
                    "notes": notes,
                }
            )
        out.append(event)
    return out
