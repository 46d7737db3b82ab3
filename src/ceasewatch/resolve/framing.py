"""ACLED's country-framed actors read by the event's place, once geocode has placed it.

ACLED names crowds, victims and unnamed armed men by the country where the event happened:
"Protesters (Niger)" for a rally near the French military base in Niamey, "Civilians
(Russia)" for residents of Belgorod hit by a Ukrainian drone, "Unidentified Armed Group
(Bangladesh)" for gunmen in a refugee camp in Cox's Bazar. The resolve stage runs before
geocode and frames them by the article's country (``context.py``), which is the event's
country most of the time, but not when a report names another country's forces more often
than its own places ("French" twice, Niamey once). This pass runs after geocode:

1. an actor of one of ``PLACE_ROLES`` framed by another country than the place's, read by
   resolve from generic words or put in an empty slot (method "context" or "convention"),
   whose own words name no nationality ("Thai civilians", "Afghans" keep theirs), becomes
   the same role in the place's country;
2. a generic actor resolve could not read (no article country: "an army drone struck a
   gathering in Amasrakad (Gao region)") is read through the place's country, as resolve
   would have read it there ("government forces" in Mali: Military Forces of Mali);
3. the crowd of a demonstration or riot whose words resolve could not read, or could not
   frame for want of an article country ("crowds angry at the fall of Goma attacked the
   embassies" in Kinshasa, in a report naming four foreign states), is the event type's
   crowd role in the place's country ("Rioters (Democratic Republic of Congo)"), as resolve
   would have coded it there (``roles.py``);
4. a description whose owner word means another force in the place's country than resolve
   read without one ("coalition jets" struck Saada: in Yemen the Saudi-led coalition, not
   the US-led one; ``Owner.within`` in the descriptor table) is read by the place's country;
5. an empty actor1 of a bombing, an attack on civilians or an abduction, left empty for want
   of an article country, is the place's Unidentified Armed Group, as ``roles.py`` codes it;
   so is one written only as unnamed people ("two men on a motorcycle shot dead ..."), left
   as words for the same want (session 48).
   The crowd of point 3 includes people the words made civilians ("residents gathered with
   flowers at the memorial": Protesters (X), not Civilians (X)).
6. a state's military or police read from generic words through the article's country
   ("government forces", "security forces"), whose state the report never names in words
   of its own, is the same force of the place's country when the place lies elsewhere (a
   Kashmir report that names "Pakistani" militants and Islamabad's denial is still India's
   war; issue 9, session 21).
7. excessive force against protesters with no state force in actor1 takes the kind of force
   its sentence names, read by the place's country (``roles.force_at_protest``).
8. an actor1 left empty or given the unnamed armed group, in a sentence that says its toll
   happened "in a police/military operation", is that force of the place's country
   (``operations.py``).
9. words resolve could not read because actors of several countries carry them ("OMON")
   are the place's country's actor of that name (``_own_here``).
10. one person acting alone against civilians ("a man with a homemade gun shot ...", "a
   former police officer killed ...") in a report that names no country is ACLED's Sole
   Perpetrator of the place's country, as resolve codes it where the country is known
   (``conventions.sole_perpetrator``; session 34).
11. an empty (or unread) actor1 of a clash or an attack whose sentence writes a people's
   armed men ("gunfire between Konkomba and Nanumba men"), left empty for want of an article
   country, is that people's identity militia listed for the place's country, as resolve
   reads it where the country is known (``identity.identity_militias``; session 35).
12. an empty actor1 the sentence implies (``implied.py``): a grave found or property burnt by
   "unidentified persons" is the place's Unidentified Armed Group; a device "army technical
   officers made safe" the place's military (police: its police); shells "fired from
   Armenian-held positions" the holder's (session 35).

Only a place with coordinates frames an actor (a name geocode could not place says nothing).
The changed reference records method ``"place"``: the country came from the event's place.
State forces named as such are never re-framed by place: Russian troops in Ukraine stay
Russia's.
"""

from __future__ import annotations

import datetime as dt

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import country_named
from ceasewatch.model import Actor, ActorRef, Event, Extraction
from ceasewatch.resolve.conventions import sole_perpetrator
from ceasewatch.resolve.identity import identity_militias
from ceasewatch.resolve.implied import disrupting_force, grave_found, held_by, nameless_doers
from ceasewatch.resolve.matching import matcher_for
from ceasewatch.resolve.operations import operation_owner
from ceasewatch.resolve.roles import (
    ARMED_INTER,
    FORCE_SUB,
    PROTEST_SUBS,
    RIOT_SUBS,
    SCORE_ROLE,
    UNNAMED_SUBS,
    as_ref,
    force_at_protest,
    nameless_doer,
)

# The roles ACLED frames by the event's country (its codebook: "Protesters (Country)",
# "Rioters (Country)", "Civilians (Country)", "Unidentified Armed Group (Country)").
PLACE_ROLES = (
    "protesters",
    "rioters",
    "civilians",
    "unidentified-armed-group",
    "unidentified-gang",
    "sole-perpetrator",
)
# The state roles read by the place when nothing but the article's country made them
# (point 6): ACLED codes a state's forces by the state, and a generic "security forces" at a
# place is that place's state's unless the report names another's.
STATE_ROLES = ("military", "police")
# A territory with its own ISO 3166 code and gazetteer country (Hong Kong, Macau) frames its
# crowds by its own name, as the event's location names its country: a rally in Causeway Bay
# is "Protesters (Hong Kong)" on this path as on the convention path (resolve, by the
# article's country), never "Protesters (China)" beside a location in country Hong Kong
# (places44; docs/quality/places44.md says why this reading, and how ACLED's country column,
# China with admin1 Hong Kong, differs from it).
# Methods of a reference resolve framed by the article's country, not by its own words.
FRAMED = frozenset({"context", "convention"})
METHOD = "place"
# What the words can make of a demonstration's people (``_crowd_type``).
CROWD_TYPES = frozenset({"civilians", "protesters", "rioters"})


def frame_by_place(extraction: Extraction, actors: ActorKB) -> Extraction:
    """``extraction`` with each placed event's country-framed actors read by its place's
    country (module docstring)."""
    named = _named_states(extraction.events, actors)
    events = tuple(_event(e, actors, named) for e in extraction.events)
    if all(a is b for a, b in zip(events, extraction.events, strict=True)):
        return extraction
    return extraction.model_copy(update={"events": events})


def _named_states(events: tuple[Event, ...], kb: ActorKB) -> frozenset[str]:
    """The state forces the report names in words of their own somewhere ("Israeli troops",
    "the Pakistani army", "SSPDF"): not read through the article's country alone."""
    named: set[str] = set()
    for event in events:
        refs = (event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2)
        for ref in refs:
            if ref is None or ref.id is None or ref.method in (*FRAMED, METHOD):
                continue
            actor = kb.get(ref.id)
            if actor is not None and actor.type == "state forces":
                named.add(actor.id)
    return frozenset(named)


def _event(event: Event, kb: ActorKB, named: frozenset[str] = frozenset()) -> Event:
    country = place_country(event)
    if country is None:
        return event
    if event.sub_event_type == FORCE_SUB:
        event = force_at_protest(event, kb, country)  # 7.
    first = event.actor1
    if first is None or (first.id is None and first.method == "unresolved"):  # 11.
        event = identity_militias(event, kb, country)
    update: dict[str, object] = {}
    for main, assoc in (("actor1", "assoc_actors1"), ("actor2", "assoc_actors2")):
        ref: ActorRef | None = getattr(event, main)
        framed = None if ref is None else _ref(ref, event, country, kb, named)
        if main == "actor1" and framed is not None and nameless_doer(event, framed):  # 5.
            framed = _unnamed_words(framed, event, country, kb)
        if main == "actor1" and (framed is None or framed.id is None or _crowd_type(framed, kb)):
            framed = _crowd(framed, event, country, kb)
        if main == "actor1" and framed is None:
            framed = _unnamed(event, country, kb)
        if main == "actor1":  # 8. "killed in a police operation": the operation's owner
            unnamed = (
                framed is not None
                and framed.surface is None
                and framed.id in (kb.roles.get(("unidentified-armed-group", country), ()))
            )
            framed = operation_owner(event, framed, country, kb, unnamed) or framed
            if not event.assoc_actors1:  # 10. one person acting alone, by the place's country
                sentence = event.sentence.text if event.sentence is not None else ""
                sub, on = event.sub_event_type, event.event_date
                framed = sole_perpetrator(framed, sentence, sub, kb, country, on)
        if framed is not ref:
            update[main] = framed
        refs: tuple[ActorRef, ...] = getattr(event, assoc)
        others = tuple(_ref(r, event, country, kb, named) for r in refs)
        if any(a is not b for a, b in zip(others, refs, strict=True)):
            update[assoc] = others
    return event.model_copy(update=update) if update else event


def _crowd_type(ref: ActorRef, kb: ActorKB) -> bool:
    """The words made a crowd of the people ("residents", "students": Civilians (X)): in a
    demonstration or riot they are its protesters or rioters all the same (ACLED's codebook
    names a protest's actor1 Protesters (X) and a riot's Rioters (X) whatever the crowd is
    called; ``roles.py`` does so when the article's country is known)."""
    actor = kb.get(ref.id) if ref.id else None
    if actor is None or actor.type not in CROWD_TYPES:
        return False
    # a crowd framed by a country the words name ("French nationals") or named exactly keeps it
    return actor.country is None or (ref.method in (*FRAMED, METHOD) and not _national(ref, kb))


def _crowd(ref: ActorRef | None, event: Event, country: str, kb: ActorKB) -> ActorRef | None:
    """3. An unread (or missing) actor1 of a demonstration or riot: the event type's crowd role
    in the place's country, keeping the report's words; else ``ref`` unchanged."""
    sub = event.sub_event_type
    if sub not in PROTEST_SUBS and sub not in RIOT_SUBS:
        return ref
    role = "protesters" if sub in PROTEST_SUBS else "rioters"
    actor = kb.role_actor(role, country, event.event_date)
    if actor is None or (ref is not None and ref.id == actor.id):
        return ref
    if ref is None:
        return as_ref(actor, METHOD, SCORE_ROLE)
    made = as_ref(actor, METHOD, SCORE_ROLE, ref.surface or ref.name)
    return made.model_copy(update={"span": ref.span})


def _unnamed_words(ref: ActorRef, event: Event, country: str, kb: ActorKB) -> ActorRef | None:
    """5. The place's Unidentified Armed Group for nameless words, keeping them as its surface
    (one person's words, "a man stabbed ...", still make a Sole Perpetrator: point 10)."""
    found = _unnamed(event, country, kb)
    return (
        None
        if found is None
        else found.model_copy(update={"surface": ref.surface, "span": ref.span})
    )


def _unnamed(event: Event, country: str, kb: ActorKB) -> ActorRef | None:
    """5. An empty actor1 slot of an act ACLED puts down to an unidentified armed group when
    nobody is named (a bombing, an attack on civilians, an abduction; the unnamed side of a
    clash whose other side is named: ``roles.UNNAMED_SUBS``), left empty because the report
    names no country ("a bomber drove his car into a convoy outside Bannu cantonment"):
    Unidentified Armed Group of the place's country, as resolve would have coded it there."""
    sub = event.sub_event_type
    clash = sub == "Armed clash" and event.actor2 is not None
    sentence = event.sentence.text if event.sentence is not None else ""
    if sub not in UNNAMED_SUBS and not clash:
        return _implied(event, sentence, country, kb)  # 12.
    actor = kb.role_actor("unidentified-armed-group", country, event.event_date)
    return None if actor is None else as_ref(actor, METHOD, SCORE_ROLE)


def _implied(event: Event, sentence: str, country: str, kb: ActorKB) -> ActorRef | None:
    """12. The doer an empty actor1's sentence implies (``implied.py``): a grave's or an
    unidentified arsonist's unidentified armed group, the force that made a device safe, the
    side whose held ground remote fire came from; else None."""
    sub, on = event.sub_event_type, event.event_date
    role = None
    if grave_found(sub, sentence) or nameless_doers(sub, sentence):
        role = "unidentified-armed-group"
    role = role or disrupting_force(sub, sentence)
    if role is not None:
        actor = kb.role_actor(role, country, on)
        return None if actor is None else as_ref(actor, METHOD, SCORE_ROLE)
    holder = held_by(sub, sentence)
    if holder is None:
        return None
    found = matcher_for(kb).match(f"{holder} forces", holder, on=on, country=country)
    if found is None or found.actor.inter not in ARMED_INTER:
        return None
    return as_ref(found.actor, METHOD, SCORE_ROLE, holder)


def place_country(event: Event) -> str | None:
    """The ISO alpha-2 country of the event's place, when geocode placed it."""
    loc = event.location
    if loc is None or loc.latitude is None or loc.longitude is None or not loc.country:
        return None
    found = country_named(loc.country)
    return found.alpha2 if found is not None else None


def _ref(
    ref: ActorRef, event: Event, country: str, kb: ActorKB, named: frozenset[str] = frozenset()
) -> ActorRef:
    actor = kb.get(ref.id) if ref.id else None
    if actor is None:
        return _own_here(ref, event, country, kb)
    on = event.event_date
    if actor.type == "state forces" and ref.method == "context" and actor.id not in named:
        target = _state_here(actor, ref, country, kb, on)  # 6.
        if target is not None:
            return ref.model_copy(update=_as_actor(target))
    if ref.method == "descriptor" and ref.surface:  # 4. words whose owner depends on the war
        local = matcher_for(kb).describe(ref.surface, on, country)
        if local is not None and local.actor.id != actor.id:
            actor = local.actor
            update = {"name": actor.name, "id": actor.id, "type": actor.type, "inter": actor.inter}
            return ref.model_copy(update={**update, "method": METHOD})
    if actor.country is not None:  # 1. a role actor made for a country ("Protesters (France)")
        target = _same_role(actor, ref, country, kb, on)
    elif actor.generic:  # 2. a generic actor read through no country ("government forces")
        target = kb.reading(actor, country, on)
    else:
        return ref
    if target is None or target.id == actor.id:
        return ref
    update = {"name": target.name, "id": target.id, "type": target.type, "inter": target.inter}
    return ref.model_copy(update={**update, "method": METHOD})


def _own_here(ref: ActorRef, event: Event, country: str, kb: ActorKB) -> ActorRef:
    """9. Words resolve left unread because several states' forces carry the name and the
    article named no country ("OMON detained dozens" in Grodno: the riot police of Belarus and
    of Russia are both OMON, the Wikipedia article OMON) are the place's country's own actor
    of that name, when it has one."""
    if ref.id is not None or ref.method != "unresolved" or not ref.surface:
        return ref
    found = matcher_for(kb).match(ref.surface, on=event.event_date, country=country)
    if found is None or found.actor.country != country or found.actor.generic:
        return ref
    return ref.model_copy(update=_as_actor(found.actor))


def _as_actor(actor: Actor) -> dict[str, object]:
    return {
        "name": actor.name,
        "id": actor.id,
        "type": actor.type,
        "inter": actor.inter,
        "method": METHOD,
    }


def _same_role(
    actor: Actor, ref: ActorRef, country: str, kb: ActorKB, on: dt.date | None
) -> Actor | None:
    """The actor of ``actor``'s place-framed role in ``country``, when resolve framed it by
    another country without words of the report saying whose it is."""
    if ref.method not in FRAMED or actor.country == country or _national(ref, kb):
        return None
    for role in PLACE_ROLES:
        if actor.id in kb.roles.get((role, str(actor.country)), ()):
            return kb.role_actor(role, country, on)
    return None


def _state_here(
    actor: Actor, ref: ActorRef, country: str, kb: ActorKB, on: dt.date | None
) -> Actor | None:
    """6. The place's own military or police for generic words ("government forces",
    "security forces", "the air force") resolve read through the article's country, when the
    place lies in another country and the report never names that state's forces in words
    of their own (``_named_states``): a Kashmir report read as Pakistan's for the
    "Pakistani militant" it names, a Djibo (Burkina Faso) report read as Mali's for JNIM."""
    if actor.country is None or actor.country == country or _national(ref, kb):
        return None
    for role in STATE_ROLES:
        if actor.id in kb.roles.get((role, str(actor.country)), ()):
            return kb.role_actor(role, country, on)
    return None


def _national(ref: ActorRef, kb: ActorKB) -> bool:
    """The reference's words carry a nationality ("Thai civilians", "Afghans", "Sudanese
    refugees"): ACLED keeps the victims' own country then."""
    words = normalize_name(ref.surface or "").split()
    owners = kb.descriptors.owners
    for word in words:
        plain = word[:-1] if word.endswith("s") and word[:-1] in owners else word
        owner = owners.get(plain)
        if owner is not None and owner.country is not None:
            return True
    return False


__all__ = ["METHOD", "PLACE_ROLES", "frame_by_place", "place_country"]
