"""An official statement's issuer and its own force (statements28, session 28).

Clean reads who issued a statement (clean/statement.py: the letterhead, or the kind line
heading each statement of a monitor's file) and notes it, ``issued by «words»`` (``from «...»``
the first words of the statement it heads, in a file of several). The issuer's own force is:

- a known armed actor the words name ("Harakat al-Shabaab al-Mujahideen", "Rapid Support
  Forces"): that actor;
- an army's, a defence ministry's or a general staff's release ("DEFENCE HEADQUARTERS",
  "EJERCITO NACIONAL DE COLOMBIA"): the military of the country the words name (a country, its
  adjective, its capital or an area of it), else of the article's country; a police or interior
  ministry's release: that country's police;
- anything else (a ministry of information, a UN mission, a rights group): none.

In the issuer's own statement (ACLED's actor order carries no direction: "Actor 1 and Actor 2 do
not imply directionality (e.g. attacker or defender)", ACLED's data dictionary, as acledR's
``acled_old_dummy`` documents it):

- the issuer's words for itself ("our forces", "our units", "own troops", "we"; a group's
  "mujahideen") are its own force, whatever the event;
- an armed clash the issuer's own force fought has it as actor1 ("X repelled an attack by Y",
  "troops ... were attacked by Y", "the fire was retaliated, leading to an encounter"): where the
  force is actor2 the two sides swap; where a state issuer's clash names no state side (the
  release tells its own operation: "units of the Rapid Intervention Battalion repelled an attack
  by armed terrorists", "In the ensuing encounter, two terrorists were killed") the force is
  actor1 and the other side actor2. A clash with another state force named is left as read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.countries import title_country
from ceasewatch.model import STATEMENT_NOTE, Actor, ActorRef, Article, Event
from ceasewatch.resolve.handover import TERRITORY_SUB_EVENTS, capture_side

ISSUED = re.compile(
    rf"^{re.escape(STATEMENT_NOTE)}: issued by «(?P<who>[^»]*)»(?: from «(?P<at>[^»]*)»)?$"
)
MILITARY = re.compile(
    r"\b(?:defen[cs]e|army|armed\s+forces|armies|arm[ée]es?|ej[ée]rcito|military|general\s+staff"
    r"|[ée]tat-major|air\s+force|navy)\b",
    re.IGNORECASE,
)
POLICE = re.compile(
    r"\b(?:police|polic[ií]a|interior|internal\s+affairs|home\s+affairs)\b", re.IGNORECASE
)
# The issuer's words for its own side: "our forces", "our heroic units", "own troops", "we"
OWN_WORDS = re.compile(r"^(?:(?:our|own)\b.*|we|us)$", re.IGNORECASE)
# A group's own fighters in its communiqué
GROUP_OWN_WORDS = re.compile(r"^(?:the\s+|our\s+)?muj[a]?hid(?:een|in)$", re.IGNORECASE)
GROUP_INTER = frozenset({2, 3, 4})
# an issuer with a force of its own: a state's (1; 8 abroad: "Israel Defense Forces") or a group
OWN_INTER = frozenset({1, 8, *GROUP_INTER})
ARMED_CLASH = "Armed clash"
UNIDENTIFIED = "unidentified-armed-group"
SCORE_ISSUER = 0.9


@dataclass(frozen=True)
class Issuer:
    start: int  # where its statement starts in the article's text
    words: str
    force: Actor | None  # its own force, when it has one (module docstring)


def issuers(article: Article, kb: ActorKB, country: str | None, on: dt.date | None) -> list[Issuer]:
    """The statement's issuers in text order (none for any other text)."""
    found: list[Issuer] = []
    at = 0
    for note in article.notes:
        m = ISSUED.match(note)
        if m is None:
            continue
        start = 0
        if m.group("at"):
            start = article.text.find(m.group("at"), at)
            if start < 0:
                continue
            at = start
        found.append(Issuer(start, m.group("who"), own_force(m.group("who"), kb, country, on)))
    return found


def own_force(words: str, kb: ActorKB, country: str | None, on: dt.date | None) -> Actor | None:
    """The issuer's own force (module docstring), or None."""
    parts = [p.strip() for p in (words, *words.split(" | "))]
    # a letterhead in capitals is read as its words ("DHAKA METROPOLITAN POLICE")
    parts += [p.title() for p in parts if p.isupper()]
    for part in parts:
        actor = kb.resolve_name_on(part, on, country)
        if actor is not None and not actor.generic and not actor.is_media:
            return actor if actor.inter in OWN_INTER else None
    role = "military" if MILITARY.search(words) else "police" if POLICE.search(words) else None
    if role is None:
        return None
    named = next((found for p in parts if (found := title_country(p)) is not None), None)
    where = named.alpha2 if named is not None else country
    return kb.role_actor(role, where, on) if where else None


def _ref(actor: Actor, like: ActorRef | None) -> ActorRef:
    return ActorRef(
        name=actor.name,
        surface=like.surface if like is not None else None,
        id=actor.id,
        type=actor.type,
        inter=actor.inter,
        method="context",
        score=SCORE_ISSUER,
        span=like.span if like is not None else None,
    )


def _own_words(ref: ActorRef | None, force: Actor) -> bool:
    if ref is None or ref.surface is None:
        return False
    words = ref.surface.strip()  # "our units" read by the article's country: the issuer's
    return OWN_WORDS.match(words) is not None or (
        force.inter in GROUP_INTER and GROUP_OWN_WORDS.match(words) is not None
    )


def _state(ref: ActorRef | None, force: Actor, kb: ActorKB) -> bool:
    """A state force of the issuer's own country (another country's is an ally or a misread
    unit of the same name)."""
    if ref is None or ref.inter != 1:
        return False
    actor = kb.actors.get(ref.id) if ref.id else None
    return actor is None or actor.country in (None, force.country)


def _named_group(ref: ActorRef | None) -> bool:
    """A non-state group the words name ("ELN", "400 Mawozo", a gang's name the base lacks),
    not an unidentified one."""
    if ref is None:
        return False
    if ref.method == "unresolved":
        return (ref.surface or ref.name)[:1].isupper()
    return (
        ref.inter in GROUP_INTER
        and not _unidentified(ref)
        and not (ref.id or "generic").startswith("generic")
    )


def _is(ref: ActorRef | None, force: Actor) -> bool:
    return ref is not None and (ref.id == force.id or ref.name == force.name)


def issued(
    events: Sequence[Event], article: Article, kb: ActorKB, country: str | None
) -> list[Event]:
    """Each event of a statement with its issuer's own force read (module docstring)."""
    out = list(events)
    dated = [e.event_date for e in events if e.event_date is not None]
    on = min(dated) if dated else article.published
    found = issuers(article, kb, country, on)
    if not found:
        return out
    for n, event in enumerate(out):
        at = event.sentence.start if event.sentence is not None else 0
        issuer = next((i for i in reversed(found) if i.start <= at), found[0])
        if len(found) > 1:
            event = _sourced(event, issuer.words)
        if issuer.force is not None:
            event = _own(event, issuer.force, kb)
        out[n] = event
    return out


def _sourced(event: Event, words: str) -> Event:
    """In a monitor's file of several statements, a figure no reporting verb attributes is its
    statement's issuer's claim: where two statements tell one fight, the events merge once their
    actors are known (``extract.merging.told_twice``) and the smaller claimed toll is coded, as
    for two sources of one report."""
    if not any(c.claimed_by is None for c in event.fatality_claims):
        return event
    claims = tuple(
        c if c.claimed_by is not None else c.model_copy(update={"claimed_by": words})
        for c in event.fatality_claims
    )
    return event.model_copy(update={"fatality_claims": claims})


def _unidentified(ref: ActorRef | None) -> bool:
    return ref is not None and (ref.id or "").startswith(UNIDENTIFIED)


def _own(event: Event, force: Actor, kb: ActorKB) -> Event:
    update: dict[str, object] = {}
    first, second = event.actor1, event.actor2
    group = force.inter in GROUP_INTER
    if _own_words(first, force) or (group and _unidentified(first) and not _is(second, force)):
        first = _ref(force, first)  # a group's own men, unnamed in its own communiqué
    if _own_words(second, force) or (group and _unidentified(second) and not _is(first, force)):
        second = _ref(force, second)
    if event.sub_event_type == ARMED_CLASH and not _is(first, force):
        if _is(second, force):
            first, second = second, first
            update["assoc_actors1"], update["assoc_actors2"] = (
                event.assoc_actors2,
                event.assoc_actors1,
            )
        elif (
            force.inter == 1
            and not any(_state(r, force, kb) for r in (first, second))
            and not (_named_group(first) and _named_group(second))  # two groups fought
        ):
            # the release's own operation; another country's state force beside a non-state
            # enemy fights with the issuer ("units of the Rapid Intervention Battalion", a name
            # another country's unit bears too), else it is the enemy
            sides = [r for r in (first, second) if r is not None]
            foreign = [r for r in sides if r.inter == 1]
            enemy = [r for r in sides if r.inter != 1 and r.method != "unresolved"]
            enemy = enemy or [r for r in sides if r.inter != 1]
            if enemy and foreign:
                update["assoc_actors1"] = (*event.assoc_actors1, *foreign)
            others = enemy or foreign
            first, second = _ref(force, None), (others[0] if others else None)
    if first is event.actor1 and second is event.actor2 and not update:
        return event
    update["actor1"], update["actor2"] = first, second
    if event.sub_event_type in TERRITORY_SUB_EVENTS and first is not None:
        update["sub_event_type"] = capture_side(
            event.sub_event_type, first.inter, force.side if _is(first, force) else None
        )
    return event.model_copy(update=update)


__all__ = ["Issuer", "issued", "issuers", "own_force"]
