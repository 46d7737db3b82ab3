"""Strategic developments (ACLED Codebook 2023): the readings that give the Disrupted weapons
use (weapons and war machines seized, no place taken) and the Looting/property destruction (a
raid whose only harm told is to property)."""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.roles import Roles
from ceasewatch.extract.sentences import Sentence, Tables
from ceasewatch.extract.subtypes.shared import (
    CAPTURES,
    DISRUPTED,
    words,
)
from ceasewatch.extract.triggers import PERSON_PRONOUNS, Hit, partisans

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def seized_equipment(sub: str, typed: list[tuple[str, Hit]], doc: Any) -> str:
    """A capture word whose objects are weapons or war machines, no place ("troops captured
    two tanks and a howitzer", "the army seized a truck carrying 300 kg of explosives"): the
    seizure of weapons is ACLED's Disrupted weapons use (ACLED Codebook 2023, Strategic
    developments), no location taken. Seized in a battle, the continuation joins it to that
    battle as its spoils (continuation rule 11). Every object must be such a thing."""
    if sub not in CAPTURES:
        return sub
    lex = words()
    objects = []
    for _, hit in typed:
        if hit.trigger.kind != "territory":
            continue
        verb = doc[hit.head]
        found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objects += [o for c in found for o in (c, *c.conjuncts)]
    if not objects:
        return sub
    for obj in objects:
        if obj.pos_ == "PROPN" or obj.ent_type_ in PLACE_ENTS:
            return sub
        inner = [obj, *(t for c in obj.children if c.dep_ in ("prep", "acl") for t in c.subtree)]
        if obj.lemma_.lower() in lex.vehicle_words:
            # "seized a truck with 300 kg of explosives": the parse may hang the cargo's "with"
            # on the verb
            verb = obj.head
            inner += [t for c in verb.children if c.lower_ == "with" for t in c.subtree]
        if not any(t.lemma_.lower() in lex.equipment_words for t in inner):
            return sub
    return DISRUPTED


LOOTING = "Looting/property destruction"
# Words that deny a harm ("nobody hurt", "no casualties", "no one was injured")
NOBODY = frozenset({"no", "nobody", "none", "noone"})


def property_only(
    sub: str, typed: list[tuple[str, Hit]], roles: Roles, s: Sentence, tables: Tables
) -> str:
    """A raid on a place (no person its target) whose only harm told is property burned,
    destroyed or looted ("soldiers raided the village and torched the huts", "gunmen raided
    Kelmar; houses were burned") is the Looting/property destruction: ACLED's codebook keeps
    Attack for violence against civilians and codes raiding in which goods or property are
    taken or destroyed, without reported fatalities, as the property destruction (ACLED
    Codebook 2023, Violence against civilians and Strategic developments). Any word of harm
    to a person in the text (killed, wounded, shot, beaten, abducted; a harm denied, "nobody
    hurt", is none) keeps the attack, the toll often being told after the raid."""
    if sub != "Attack" or roles.actor2 is not None:
        return sub
    burnt = [s.doc[hit.head] for hit in s.hits if hit.trigger.sub == LOOTING]
    if not burnt or any(_person_object(t, tables) for t in burnt):
        return sub  # nothing burned, or a person burned ("set her on fire"): the attack
    if any(hit.trigger.kind != "violence" for own, hit in typed if own == "Attack"):
        return sub
    lex = tables.lex
    harm = lex.death_words | lex.injury_words | lex.killing_verbs | lex.person_harm_words
    for tok in s.doc:
        if (tok.lemma_.lower() in harm or tok.lower_ in harm) and not _denied_harm(tok, lex):
            return sub
    return LOOTING


RIOT = "Violent demonstration"
# The damage word that names its own doers as looters ("looters emptied shops on the fourth
# night of rioting"): the looting told apart from the riot, ACLED's Looting/property destruction
LOOTER_WORDS = frozenset({"looter"})


def riot_damage(
    sub: str, members: list[tuple[str, Hit, Roles]], s: Sentence, tables: Tables
) -> str:
    """Property burned or looted in a sentence that tells a street riot ("rioting continued
    in two districts: shops burnt and barricades", "strikers set up barricades; shops looted
    and burned overnight", "supporters set fire to a bus and threw brickbats at police") is
    the riot's: ACLED codes a demonstration whose participants destroy property as a Violent
    demonstration, not a Looting/property destruction. Read by the damage words' own doers:
    nobody named, a crowd (protesters class) or a party's people ("BNP-Jamaat supporters"),
    never an armed or state side ("soldiers burned the market during the riots"). types46:
    four writers' dev halves (z, za, ze, zi) typed such riots as the property destruction."""
    if sub != LOOTING:
        return sub
    lex = words()
    if not any(t.lemma_.lower() in lex.riot_words or t.lower_ in lex.riot_words for t in s.sent):
        return sub
    damage = [(h, r) for own, h, r in members if h.trigger.sub == LOOTING]
    if not damage or any(h.trigger.words[0] in LOOTER_WORDS for h, _ in damage):
        return sub
    for _, roles in damage:
        doer = roles.actor1
        if doer is None or doer.cls in ("protesters", "civilians"):
            continue
        if doer.cls == "armed" and partisans(doer, s.doc, tables.lex):
            continue
        return sub
    return RIOT


def _person_object(verb: Any, tables: Tables) -> bool:
    """The burning or destroying word's object is a person ("set her on fire": the phrase's
    head may be "fire" or "on", the object the verb's above it)."""
    near = [verb, verb.head, verb.head.head]
    objects = [
        c
        for v in near
        if v.pos_ == "VERB"
        for c in v.children
        if c.dep_ in ("dobj", "obj", "nsubjpass")
    ]
    lex = tables.lex
    return any(o.lower_ in PERSON_PRONOUNS or o.lemma_.lower() in lex.person_nouns for o in objects)


def _denied_harm(tok: Any, lex: Any) -> bool:
    """ "Nobody hurt", "no casualties", "no one was injured", "was not injured"; a toll told
    as unknown ("Toll unknown.", "the casualty toll is unclear") tells no harm either
    (types36)."""
    if _unknown_toll(tok, lex):
        return True
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in NOBODY:
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "det") and any(g.lower_ in NOBODY for g in c.subtree):
            return True
    return False


def _unknown_toll(tok: Any, lex: Any) -> bool:
    """A noun of the toll whose word is "unknown": "Toll unknown", "fatalities unclear",
    "the toll was not known" is no figure and no harm told. The words are numbers.yaml
    ``unknown_toll``'s, one word each (``lex.unknown_words``); "not known" is read on the
    parse, the negated "know"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    near = [*tok.children, *(tok.head.children if tok.dep_ in ("nsubj", "nsubjpass") else ())]
    return any(c.lower_ in lex.unknown_words for c in near) or (
        tok.dep_ == "nsubjpass"
        and tok.head.lemma_.lower() == "know"
        and any(c.dep_ == "neg" for c in tok.head.children)
    )
