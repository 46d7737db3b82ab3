"""Typing readings of session 36 (types36): a found event's sub-event by ACLED's public codebook
(2023, "Battles", "Violence against civilians", "Strategic developments"), read on the parse.

Each reading takes the sub-event ``extract/events.py`` ``group_hits`` has typed so far and
returns it, or the one the codebook gives when the sentence tells a fact that decides it:

- ``withdrew_after``: a place entered or taken in a fight, the takers leaving it the same
  telling ("entered the town and fought the army; they withdrew by evening"): not held, the
  Armed clash, not the takeover.
- ``fired_upon``: an Attack whose doers (or the people a passive names) fired on an armed or
  state side ("police said they were shot at by gang members and killed two suspects",
  "gendarmes shot dead two men; they said they had been fired upon"): an exchange between two
  armed sides, the Armed clash.
- ``seized_equipment``: a capture word whose object is weapons or war machines ("captured
  two tanks", "seized a truck with 300 kg of explosives"): the Disrupted weapons use, no
  territory taken.
- ``supporting_fire`` (types37): artillery or aircraft told only as the support of a fight on
  the ground ("rebels attacked the base, backed by mortar fire", "army artillery supported the
  defenders"): the fight, not the shelling or the air strike.

Their words are in ``data/subtypes.yaml``; no word is taken from an evaluation item.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch.extract.lexicon import lower_words
from ceasewatch.extract.mentions import Mention
from ceasewatch.extract.roles import Roles
from ceasewatch.extract.sentences import Sentence, Tables
from ceasewatch.extract.triggers import Hit

CLASH = "Armed clash"
ATTACK = "Attack"
REMOTE_MEANS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
CAPTURES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
DISRUPTED = "Disrupted weapons use"
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Pronouns that stand for a side named before them
SIDE_PRONOUNS = frozenset({"they", "we", "he", "she"})
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
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verbs = words().support_verbs
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        verb = tok.head.head
        return verb.lemma_.lower() in verbs and verb.dep_ in ("acl", "amod", "advcl")
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs
