"""Actor pages: the knowledge base entry (aliases, history, designations) and its events."""

from __future__ import annotations

from pydantic import BaseModel

from ceasewatch.errors import NotFoundError
from ceasewatch.model import Actor, Designation
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.cache import by_stamp
from ceasewatch.serve.views.events import EventRow, with_titles
from ceasewatch.serve.views.morning import names_no_group


class ActorSummary(BaseModel):
    id: str
    name: str
    type: str
    side: str | None
    aliases: list[str]
    events: int  # events naming the actor in any role


class Unresolved(BaseModel):
    name: str  # the words the reports used
    events: int


class ActorsView(BaseModel):
    actors: list[ActorSummary]
    search: str | None
    unresolved: list[Unresolved]  # actors in events that the knowledge base does not know


class Related(BaseModel):
    id: str
    name: str
    relation: str  # "renamed to", "renamed from", "member of", "has member"
    note: str | None = None


class Inherited(BaseModel):
    """A designation made against a predecessor, which follows the organisation's renamings."""

    via_id: str
    via_name: str
    designation: Designation


class ActorView(BaseModel):
    actor: Actor
    related: list[Related]
    inherited: list[Inherited]
    events: list[EventRow]  # one page of the events naming the actor, newest first
    total: int  # events naming the actor in any role (its id, compared in lower case)
    offset: int
    limit: int


def _matches(actor: Actor, needle: str) -> bool:
    return any(needle in n.casefold() for n in (actor.id, actor.name, *actor.aliases))


def actors_view(desk: Desk, search: str | None = None) -> ActorsView:
    needle = (search or "").strip().casefold()
    kb = desk.resources.actors
    listed = sorted(
        (a for a in kb.actors.values() if not needle or _matches(a, needle)),
        key=lambda a: a.name.casefold(),
    )
    with desk.store() as store:  # counted in SQL (store/deskqueries.py), once per archive state
        counts, mentions = by_stamp(
            store,
            ("actors",),
            lambda: (store.actor_id_event_counts(), store.unresolved_actor_counts()),
        )
        places = by_stamp(store, ("place-keys",), lambda: frozenset(store.place_keys()))
    # weapons, victims and places named where an actor stands ("VBIED", "civilians", "Idlib")
    # are no names to review: left out; ties in name order
    unknown = sorted(
        ((n, c) for n, c in mentions if not names_no_group(kb, n, places)),
        key=lambda nc: (-nc[1], nc[0]),
    )
    return ActorsView(
        actors=[
            ActorSummary(
                id=a.id,
                name=a.name,
                type=a.type,
                side=a.side,
                aliases=list(a.aliases),
                events=counts.get(a.id.lower(), 0),  # the column is lowercased
            )
            for a in listed
        ],
        search=search or None,
        unresolved=[Unresolved(name=n, events=c) for n, c in unknown],
    )


def _related(actor: Actor, kb: dict[str, Actor]) -> list[Related]:
    def name(actor_id: str) -> str:
        other = kb.get(actor_id)
        return other.name if other else actor_id

    out = [
        Related(id=r.successor, name=name(r.successor), relation=f"{r.kind} into", note=str(r.date))
        for r in actor.renamings
    ]
    out += [
        Related(id=m.parent, name=name(m.parent), relation="member of", note=m.note)
        for m in actor.memberships
    ]
    for other in kb.values():
        out += [
            Related(id=other.id, name=other.name, relation=f"{r.kind} from", note=str(r.date))
            for r in other.renamings
            if r.successor == actor.id
        ]
        if any(m.parent == actor.id for m in other.memberships):
            out.append(Related(id=other.id, name=other.name, relation="has member"))
    return out


def actor_view(desk: Desk, actor_id: str, offset: int = 0, limit: int | None = None) -> ActorView:
    """One page of the actor's events (newest first, the undated last), read from the actor
    key index (``store.actor_events``): at a million events, reading every event whose actors
    held the id's text and keeping those naming it took ~10 s. Raises NotFoundError for an
    id the knowledge base does not hold."""
    kb = desk.resources.actors.actors
    actor = kb.get(actor_id)
    if actor is None:
        raise NotFoundError(f"no actor with id {actor_id!r}")
    limit = limit or desk.settings.page_size
    with desk.store() as store:
        total, events = store.actor_events(actor_id, limit, offset)
        verdicts = store.verdicts_of_events([e.id for e in events])
    rows = [EventRow(event=e, verdicts=verdicts.get(e.id, [])) for e in events]
    return ActorView(
        actor=actor,
        related=_related(actor, kb),
        inherited=[
            Inherited(via_id=p, via_name=kb[p].name, designation=d)
            for p in desk.resources.actors.predecessors(actor_id)
            for d in kb[p].designations
        ],
        events=with_titles(desk, rows),
        total=total,
        offset=offset,
        limit=limit,
    )


__all__ = ["ActorView", "ActorsView", "actor_view", "actors_view"]
