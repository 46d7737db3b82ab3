"""The sub-event readings: a found event's sub-event by ACLED's public codebook (2023,
"Battles", "Violence against civilians", "Explosions/Remote violence", "Strategic
developments"), read on the parse. The one home of these readings (session 38 moved the older
ones here from events.py, names and behaviour kept).

Each reading takes the sub-event ``extract/events.py`` ``group_hits`` has typed so far and
returns it, or the one the codebook gives when the sentence tells a fact that decides it.
In the order ``group_hits`` asks them:

- ``supporting_fire`` (types37): artillery or aircraft told only as the support of a fight on
  the ground ("rebels attacked the base, backed by mortar fire", "army artillery supported the
  defenders"): the fight, not the shelling or the air strike.
- ``with_small_arms`` (types29, 34): mortars or drones named with small arms as one assault's
  means ("attacked the base with mortars and gunfire"): the Armed clash.
- ``air_support``: aircraft named only as the support of people who fight ("soldiers backed by
  helicopters attacked"): the people's own violence word.
- ``aircraft_doer``: a violence word whose doers are aircraft only ("gunships attacked the
  village"): the Air/drone strike.
- ``fired_bombs``: bombs fired or lobbed ("fired mortar bombs on the town"): the Shelling, not
  the Remote explosive.
- ``repelled``: a capture undone in the same telling ("seized the post but were driven back"):
  the Armed clash, not the takeover.
- ``withdrew_after`` (types36): a place entered or taken in a fight, the takers leaving it the
  same telling ("entered the town and fought the army; they withdrew by evening"): not held,
  the Armed clash, not the takeover.
- ``seized_equipment`` (types36): a capture word whose object is weapons or war machines
  ("captured two tanks", "seized a truck with 300 kg of explosives"): the Disrupted weapons
  use, no territory taken.
- ``property_only`` (types35): a raid whose only harm told is property burned or looted:
  the Looting/property destruction.
- ``on_them`` (types35): armed doers firing on "them", the armed side of the clause before:
  the Armed clash.
- ``fired_upon`` (types36): an Attack whose doers (or the people a passive names) fired on an
  armed or state side ("police said they were shot at by gang members and killed two
  suspects", "gendarmes shot dead two men; they said they had been fired upon"): an exchange
  between two armed sides, the Armed clash.
- ``got_through``: an interception of only part of what was sent, harm told beside it: the
  strike by what was sent, not the Disrupted weapons use.

Their words are in ``data/subtypes.yaml``, ``data/triggers.yaml`` (the lexicon's) and
``data/numbers.yaml`` (``unknown_toll``); no word is taken from an evaluation item.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch.extract import numbers
from ceasewatch.extract.lexicon import lower_words
from ceasewatch.extract.mentions import Mention
from ceasewatch.extract.roles import Roles
from ceasewatch.extract.sentences import Sentence, Tables
from ceasewatch.extract.tokens import first_conjunct
from ceasewatch.extract.triggers import PERSON_PRONOUNS, Hit

CLASH = "Armed clash"
ATTACK = "Attack"
REMOTE_MEANS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
CAPTURES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
DISRUPTED = "Disrupted weapons use"
SHELLING = "Shelling/artillery/missile attack"
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Pronouns that stand for a side named before them
SIDE_PRONOUNS = frozenset({"they", "we", "he", "she"})
# Pronouns of people, as a verb's subject or object ("pushed them out", "took them away")
PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her"})
DATA = Path(__file__).parent / "data" / "subtypes.yaml"


@dataclass(frozen=True)
class Words:
    """data/subtypes.yaml (its header says what each list is)."""

    withdrawal_verbs: frozenset[str]
    fired_on_verbs: frozenset[str]
    equipment_words: frozenset[str]
    vehicle_words: frozenset[str]
    support_verbs: frozenset[str]


@cache
def words(path: Path = DATA) -> Words:
    """The typing readings' words, read once."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Words(**{key: lower_words(doc.get(key)) for key in Words.__dataclass_fields__})


def withdrew_after(sub: str, typed: list[tuple[str, Hit]], doc: Any) -> str:
    """A place entered or taken in a fight the same telling says the takers left ("Fano
    fighters entered the town and fought the army; they withdrew by evening", "militants
    stormed the post, clashed with soldiers and later retreated") was not held: ACLED's
    takeover is a location whose control a side gains through armed interaction, and an
    incursion that fought and went back is the battle (ACLED Codebook 2023, Battles). The
    leavers are the takers: "they", or the takers' own noun, after the capture word; a
    defender that withdrew ("troops withdrew") leaves the takeover. A fight must be told
    beside the capture (an entry without fighting that left again is no battle)."""
    if sub not in CAPTURES or not any(own == CLASH for own, _ in typed):
        return sub
    lex = words()
    for _, hit in typed:
        if hit.trigger.kind != "territory":
            continue
        verb = doc[hit.head]
        takers = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"}
        for tok in doc[verb.i + 1 : verb.sent.end]:
            if tok.pos_ != "VERB" or not _withdrawing(tok, lex):
                continue
            leavers = [c for c in tok.children if c.dep_ == "nsubj"]
            if any(c.lower_ == "they" or c.lemma_.lower() in takers for c in leavers):
                return CLASH
    return sub


def _withdrawing(tok: Any, lex: Words) -> bool:
    """ "withdrew", "retreated", "pulled out", "pulled back", "fell back"."""
    lemma = tok.lemma_.lower()
    if lemma in lex.withdrawal_verbs:
        return True
    particle = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}
    return lemma in ("pull", "fall") and bool(particle & {"out", "back"})


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


def fired_upon(sub: str, roles: Roles, s: Sentence, tables: Tables) -> str:
    """An Attack that the sentence also tells as fire on an armed or state side: a passive
    of firing whose subject is a pronoun for that side ("police said they were shot at by gang
    members and killed two suspects", "gendarmes shot dead two men; they said they had been
    fired upon"), or that side "came under fire". Two armed sides firing on each other is the
    Armed clash, one-sided violence on people who did not fight the Attack (ACLED Codebook
    2023, Battles and Violence against civilians). The pronoun stands for the last subject
    named before it that is no pronoun; whose claim it is (the side's own) is the hedge's
    business, not the type's."""
    if sub != ATTACK:
        return sub
    lex = words()
    mentions = s.mentions(tables)
    for tok in s.sent:
        side = _fired_on(tok, lex)
        if side is None:
            continue
        if side.lower_ in SIDE_PRONOUNS:
            named = _antecedent(side, mentions, s)
        else:
            named = next((m for m in mentions if m.start <= side.i < m.end), None)
        if named is not None and named.cls == "state":
            return CLASH
        # an armed side fired on by other doers than the attack's own is a side of a fight
        doers = roles.actor1
        if named is not None and named.cls == "armed" and doers and named.root != doers.root:
            return CLASH
    return sub


def _fired_on(tok: Any, lex: Words) -> Any | None:
    """The subject of a passive of firing ("they were shot at", "had been fired upon") or of
    "came under fire"; None when ``tok`` is neither."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    if lemma == "come":
        under = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "under"]
        fire = [g for p in under for g in p.children if g.lemma_.lower() in ("fire", "attack")]
        return subjects[0] if fire and subjects else None
    if lemma not in lex.fired_on_verbs:
        return None
    passive = [c for c in subjects if c.dep_ == "nsubjpass"]
    return passive[0] if passive else None


def _antecedent(pronoun: Any, mentions: list[Mention], s: Sentence) -> Mention | None:
    """The last actor named as a subject before ``pronoun`` in the sentence, no pronoun."""
    before = [
        m
        for m in mentions
        if m.end <= pronoun.i
        and not m.anaphor
        and s.doc[m.root].dep_ in SUBJECTS
        and s.doc[m.root].pos_ != "PRON"
    ]
    return before[-1] if before else None


def supporting_fire(sub: str, typed: list[tuple[str, Hit]], hits: list[Hit], doc: Any) -> str:
    """Shelling or air strikes told only as the support of people who fight on the ground:
    the agent of a verb of support hung on the fight ("rebels attacked the base, backed by
    mortar fire") or the subject of one ("army artillery supported the defenders", "air
    strikes covered the advance"). Remote weapons used in a battle are that battle (ACLED
    Codebook 2023, Battles: a clash in which one side also uses artillery or aircraft is the
    Armed clash), so the group's own ground violence decides, or the Armed clash when the
    ground fight is told in another clause of the sentence. Fire that is the doer's own means
    ("shelled the town") or fire supported by others stays the remote violence."""
    if sub not in REMOTE_MEANS:
        return sub
    remote = [hit for own, hit in typed if own in REMOTE_MEANS]
    if not remote or not all(_supports(doc[hit.head]) for hit in remote):
        return sub
    ground = [
        own for own, hit in typed if own not in REMOTE_MEANS and hit.trigger.kind == "violence"
    ]
    if ground:
        return ground[0]
    fought = [h for h in hits if h.trigger.kind == "violence" and h.trigger.sub not in REMOTE_MEANS]
    return CLASH if fought else sub


def _supports(tok: Any) -> bool:
    """``tok`` (a word of the fire, or the noun it is compounded into: "mortar fire",
    "artillery shelling") is the agent of a verb of support hung on a word, or the subject
    of a verb of support."""
    while tok.dep_ in ("compound", "appos", "amod") and tok.head.i != tok.i:
        tok = tok.head
    tok = first_conjunct(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return _support_agent(tok)
    verbs = words().support_verbs
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs


def armed(m: Mention | None) -> bool:
    """A side of state forces or of armed people."""
    return m is not None and m.cls in ("state", "armed")


# Words of small arms named beside a shelling means ("with mortars and gunfire").
SMALL_ARMS = frozenset({"gunfire", "gun", "rifle", "firearm", "machine-gun", "machinegun"})


def with_small_arms(
    sub: str, typed: list[tuple[str, Hit]], roles: Roles, doc: Any, tables: Tables
) -> str:
    """Mortars or rockets named together with small arms as the means of one assault ("fighters
    attacked the base with mortars and gunfire", "stormed the post with rifles and RPGs") are a
    ground battle's weapons, not a shelling from afar: ACLED codes remote weapons used in the
    course of a ground engagement as the Armed clash (ACLED Codebook 2023, Explosions/Remote
    violence: "if ... used during a battle, the event is coded as a battle"). Civilians as the
    target keep the shelling (``ground_battle``'s rule). Drones named with small arms ("stormed
    the base with rifles and drones", types34) are the same assault's weapons."""
    if sub not in REMOTE_MEANS or (roles.actor2 is not None and roles.actor2.cls == "civilians"):
        return sub
    for own, hit in typed:
        if own != sub:
            continue
        tok = doc[hit.head]
        beside = {t.lemma_.lower() for t in tok.conjuncts} | {t.lower_ for t in tok.conjuncts}
        if beside & (SMALL_ARMS | tables.lex.gun_words):
            return "Armed clash"
    return sub


AIR_STRIKE = "Air/drone strike"
REMOTE = "Remote explosive/landmine/IED"


def air_support(sub: str, typed: list[tuple[str, Hit]], doc: Any) -> str:
    """Aircraft named only as the support of people who fight in person ("soldiers backed by
    helicopters attacked rebel positions", "troops, supported by drones, stormed the camp"):
    the ground battle or attack is the event, the air support part of it (ACLED Codebook 2023:
    remote weapons used during a battle are the battle). The people's own violence word
    decides; an aircraft that is the doer stays the air strike."""
    if sub != AIR_STRIKE:
        return sub
    air = [hit for own, hit in typed if own == AIR_STRIKE]
    ground = [own for own, hit in typed if hit.trigger.kind == "violence" and own != AIR_STRIKE]
    if not ground or not all(_supporting(doc[hit.head]) for hit in air):
        return sub
    return ground[0]


def _supporting(tok: Any) -> bool:
    """``tok`` is the agent of a verb of support hung on a word: "backed by helicopters" (the
    support verbs of data/subtypes.yaml, which ``supporting_fire`` reads too)."""
    return _support_agent(first_conjunct(tok))


def _support_agent(tok: Any) -> bool:
    """``tok`` is the "by" object of a verb of support hung on a word ("troops, backed by
    helicopters", "an assault supported by artillery")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "by":
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in words().support_verbs and verb.dep_ in ("acl", "amod", "advcl")


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


def repelled(sub: str, typed: list[tuple[str, Hit]], doc: Any, tables: Tables) -> str:
    """A capture undone in the same telling ("rebels entered the town before troops pushed them
    out", "seized the post but were driven back hours later") gained no control: the Armed
    clash, not the takeover (ACLED Codebook 2023: Non-state actor overtakes territory is a
    location taken and held; an assault that is repelled is a battle). Read on each capture
    verb's own clause: a repelling verb under it or conjoined to it (the repelling verb may
    be the group's hit: "pushed out" is a capture word too, and then the ones pushed out are
    the doers of the verb it hangs on)."""
    if sub not in CAPTURES:
        return sub
    for _, hit in typed:
        verb = doc[hit.head]
        if hit.trigger.kind != "territory":
            continue
        # "entered the town before troops pushed them out": the pushing out is the hit
        if _repels(verb, tables) or any(_repels(t, tables) for t in verb.children):
            return "Armed clash"
    return sub


def _repels(tok: Any, tables: Tables) -> bool:
    """``tok`` is a clause under a capture verb whose verb pushes a side back out."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "conj"):
        return False
    lex = tables.lex
    lemma = tok.lemma_.lower()
    particle = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}
    phrasal = lemma in lex.repelling_phrasal and bool(particle & lex.repelling_particles)
    if not (lemma in lex.repelling_verbs or phrasal):
        return False
    # the takers are the ones pushed out: "pushed them out", "were driven back"; "captured
    # the town and drove out the army" is the capture itself
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    return all(o.lower_ in PRONOUNS for o in objects) and (passive or bool(objects))


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


# Prepositions that lay violence on its target ("fired on them", "threw grenades at them")
TARGET_PREPS = frozenset({"on", "at", "upon"})


def on_them(
    sub: str, typed: list[tuple[str, Hit]], roles: Roles, s: Sentence, tables: Tables
) -> str:
    """Violence done by armed people to "them" where "them" are the armed people the clause
    before names as its doers ("soldiers raided the camp; gunmen opened fire at them",
    "police entered the town; militiamen shot at them"): the target is that armed side, and
    fire between two armed sides is the Armed clash, not an attack on civilians (ACLED
    Codebook 2023, Battles). "Them" is the last subject named before the pronoun, other than
    the doers; doers the rules cannot class as armed ("he fired at them") are not read."""
    doers = roles.actor1
    if sub != "Attack" or roles.actor2 is not None or doers is None or not armed(doers):
        return sub
    lex = tables.lex
    pronoun = next((t for _, hit in typed for t in _targets(s.doc[hit.head], lex)), None)
    if pronoun is None:
        return sub
    subjects = [
        m
        for m in s.mentions(tables)
        if m.end <= pronoun.i and m.root != doers.root and s.doc[m.root].dep_ in SUBJECTS
    ]
    if subjects and subjects[-1].cls in ("state", "armed"):
        return "Armed clash"
    return sub


def _targets(verb: Any, lex: Any) -> list[Any]:
    """The pronoun "them" as the object of a violence word, or after "on", "at", "upon" under
    it or under a verb conjoined to it ("opened fire and threw explosives at them"). What a
    firing verb takes as its object is what it fires ("who fired them": rockets), no target."""
    if verb.dep_ in ("dobj", "obj") and verb.pos_ == "NOUN":  # "opened fire at them"
        verb = verb.head
    out = []
    for v in (verb, *verb.conjuncts):
        for c in v.children:
            fired = v.lemma_.lower() in lex.firing_verbs
            kids = [c] if c.dep_ in ("dobj", "obj") and not fired else []
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                kids = [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN":  # "fire at them" under "open"
                kids += [g for p in c.children if p.lower_ in TARGET_PREPS for g in p.children]
            out += [k for k in kids if k.lower_ == "them"]
    return out
