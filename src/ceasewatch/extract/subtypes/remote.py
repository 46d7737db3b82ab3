"""Explosions/Remote violence (ACLED Codebook 2023): the readings that give the air strike,
the shelling or the missile attack, by the means: aircraft as the only doers, bombs fired,
an interception that stopped only part of what was sent."""

from __future__ import annotations

from typing import Any

from ceasewatch.extract import numbers
from ceasewatch.extract.sentences import Tables
from ceasewatch.extract.subtypes.shared import (
    AIR_STRIKE,
    DISRUPTED,
    SHELLING,
    SUBJECTS,
)
from ceasewatch.extract.triggers import Hit


def aircraft_doer(sub: str, typed: list[tuple[str, Hit]], doc: Any, tables: Tables) -> str:
    """A violence word whose doer is an aircraft and nothing else ("junta helicopters fired on
    a school", "gunships attacked the village", "the school was strafed by jets") tells an air
    strike: ACLED types remote violence by its means, and an aircraft firing is an Air/drone
    strike whoever the target (ACLED Codebook 2023, Explosions/Remote violence). Soldiers named
    beside the aircraft ("troops and helicopters attacked") fight in person: the battle stays.
    The aircraft's own trigger may need a killing word the sentence lacks (the toll told in the
    next sentence), so the doer is read here, from the parse."""
    if sub not in ("Attack", "Armed clash"):
        return sub
    for _, hit in typed:
        if hit.trigger.kind != "violence":
            continue
        verb = doc[hit.head]
        if verb.dep_ in ("dobj", "obj") and verb.pos_ == "NOUN":  # "opened fire on"
            verb = verb.head
        doers = [c for c in verb.children if c.dep_ in SUBJECTS and verb.pos_ == "VERB"]
        if any(c.dep_ == "nsubjpass" for c in doers):
            doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        doers = [d for c in doers for d in (c, *c.conjuncts)]
        if doers and all(d.lemma_.lower() in tables.lex.aircraft_doers for d in doers):
            return AIR_STRIKE
    return sub


REMOTE = "Remote explosive/landmine/IED"


def fired_bombs(sub: str, typed: list[tuple[str, Hit]], doc: Any, tables: Tables) -> str:
    """Bombs fired, launched or lobbed ("rebels fired mortar bombs on the town", "a bomb fired
    by the militia hit the market") are projectiles, the Shelling: the Remote explosive is
    ACLED's for a device planted or thrown whose user is not there to aim it (ACLED Codebook
    2023, Explosions/Remote violence). A bomb dropped by an aircraft is the air strike its
    own trigger reads, so no aircraft may be named."""
    bombs = [hit for own, hit in typed if own == REMOTE]
    if sub != REMOTE or not bombs:
        return sub
    if {t.lemma_.lower() for t in doc[bombs[0].head].sent} & tables.lex.aircraft_doers:
        return sub
    for hit in bombs:
        tok = doc[hit.head]
        if hit.trigger.words != ("bomb",) or tok.pos_ != "NOUN":
            return sub
        fired = tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in tables.lex.firing_verbs
        fired = fired or any(
            c.dep_ == "acl" and c.lemma_.lower() in tables.lex.firing_verbs for c in tok.children
        )
        if not fired:
            return sub
    return SHELLING


# What was sent, by the class of what hits: drones strike from the air, missiles and rockets
# are ACLED's missile attacks.
SENT_MEANS = {
    "drone": AIR_STRIKE,
    "uav": AIR_STRIKE,
    "missile": "Shelling/artillery/missile attack",
    "rocket": "Shelling/artillery/missile attack",
}


def got_through(sub: str, hit: Hit, doc: Any, tables: Tables) -> str:
    """An interception of only part of what was sent, with harm told beside it ("launched 30
    drones at the city; 25 were shot down and debris damaged houses", "most were downed, but
    one hit a depot"): the rest got through and struck, so the event is the strike by what
    was sent (drones: the air strike; missiles, rockets: the missile attack), not a Disrupted
    weapons use, which ACLED keeps for a use the interception stopped (ACLED Codebook 2023).
    An interception of all, or with no harm named, stays disrupted (the upgrade of data
    ``upgrades`` that made it)."""
    if sub != DISRUPTED:
        return sub
    lex = tables.lex
    sent = doc[hit.head].sent
    kinds = {SENT_MEANS[t.lemma_.lower()] for t in sent if t.lemma_.lower() in SENT_MEANS}
    if len(kinds) != 1:
        return sub
    for verb in sent:
        if not _intercepting(verb):
            continue
        harm = [t for t in sent if t.lemma_.lower() in lex.harm_words and t.i != verb.i]
        if harm and _part_of(verb, sent, lex):
            return kinds.pop()
    return sub


def intercepted_weapon(hit: Hit, hits: list[Hit], doc: Any) -> bool:
    """The weapon word is what an interception told in the same sentence stopped ("air defences
    shot down a Russian missile over Kyiv", "intercepted Hezbollah rockets"): the object of the
    verb (or its passive subject), whose own trigger is the event, a Disrupted weapons use with
    the interceptor as actor1 (ACLED Codebook 2023). Read as an event of its own, the weapon
    word made a second one, the launcher its actor1 (story42; data/eval/world/README.md,
    interceptions)."""
    tok = doc[hit.head]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in SENT_MEANS:
        return False
    while tok.dep_ != "ROOT":
        if tok.dep_ in ("conj", "appos") and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "intercepted a missile and drones"
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("including", "like"):
            tok = tok.head.head  # "all 18 missiles, including six Kinzhal missiles"
        else:
            break
    if tok.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    return _stopped_by_hit(tok.head, hit, hits, doc)


def debris_harm(hit: Hit, hits: list[Hit], doc: Any, tables: Tables) -> bool:
    """Harm done by the debris of an interception told in the same sentence ("air defences
    shot down a missile over the city, but falling debris killed two people"): the debris has
    no doer, and its harm is the interception's outcome, the one Disrupted weapons use event
    (or, when only part was stopped, the strike ``got_through`` reads from the same harm
    words): no Attack of its own (story42)."""
    verb = doc[hit.head]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.lemma_.lower() not in tables.lex.debris_words for c in subjects):
        return False
    return any(_intercepting(doc[h.head]) for h in hits if h is not hit)


def _stopped_by_hit(verb: Any, hit: Hit, hits: list[Hit], doc: Any) -> bool:
    return _intercepting(verb) and any(h.head == verb.i for h in hits if h is not hit)


def _intercepting(tok: Any) -> bool:
    """ "intercepted", "shot down", "brought down", "downed"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return False
    if lemma in ("intercept", "down"):
        return True
    return lemma in ("shoot", "bring") and any(c.lower_ == "down" for c in tok.children)


def _part_of(verb: Any, sent: Any, lex: Any) -> bool:
    """The interception ``verb`` stopped a part: its object or passive subject is a word of a
    part ("most were shot down"), or a count under the count sent ("25 were shot down" after
    "launched 30 drones", "intercepted 20 of 24 missiles")."""
    stopped = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    # a word of a part is never the interceptor: read as the active's subject too, and as the
    # adverb the parse may make of it ("some intercepted", "most were shot down": types37)
    told = [c for c in verb.children if c.dep_ in ("nsubj", "advmod")]
    if any(c.lemma_.lower() in lex.partial_words for c in stopped + told):
        return True
    # the count sent: a number on a word of what was sent ("30 drones", "24 missiles"), never
    # a date's day or year
    counts = [
        numbers.number_value(t)
        for t in sent
        if t.like_num and t.dep_ == "nummod" and t.head.lemma_.lower() in SENT_MEANS
    ]
    sent_count = max((n for n in counts if n is not None), default=None)
    for c in stopped:
        inner = [c, *(t for t in c.children if t.dep_ in ("nummod", "quantmod"))]
        for t in c.subtree:
            if t.dep_ == "quantmod" and t.like_num:
                inner.append(t)
        got = [numbers.number_value(t) for t in inner if t.like_num]
        got_n = [n for n in got if n is not None]
        if sent_count is not None and got_n and min(got_n) < sent_count:
            return True
    return False
