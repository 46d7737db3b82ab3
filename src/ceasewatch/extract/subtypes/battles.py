"""Battles (ACLED Codebook 2023): the readings that give the Armed clash, or the ground
fight's own sub-event, where the rules had typed a shelling, an air strike, a takeover or an
attack: fire lent to a ground fight, remote weapons named with small arms, a capture undone
or left in the same telling, fire between two armed sides."""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.mentions import Mention
from ceasewatch.extract.roles import Roles
from ceasewatch.extract.sentences import Sentence, Tables
from ceasewatch.extract.subtypes.shared import (
    ATTACK,
    CAPTURES,
    CLASH,
    PRONOUNS,
    REMOTE_MEANS,
    SUBJECTS,
    Words,
    armed,
    words,
)
from ceasewatch.extract.tokens import first_conjunct
from ceasewatch.extract.triggers import Hit

# Pronouns that stand for a side named before them
SIDE_PRONOUNS = frozenset({"they", "we", "he", "she"})


def supporting_fire(sub: str, typed: list[tuple[str, Hit]], hits: list[Hit], doc: Any) -> str:
    """Shelling or air strikes told only as the support of people who fight on the ground:
    the agent of a verb of support hung on the fight ("rebels attacked the base, backed by
    mortar fire") or the subject of one ("army artillery supported the defenders", "air
    strikes covered the advance"). Remote weapons used in a battle are that battle (ACLED
    Codebook 2023, Battles: a clash in which one side also uses artillery or aircraft is the
    Armed clash), so the group's own ground violence decides, or the Armed clash when the
    ground fight is told in another clause of the sentence. Fire that is the doer's own means
    ("shelled the town") or fire supported by others stays the remote violence.

    Aircraft backing people who fight ("soldiers backed by helicopters attacked rebel
    positions", "troops, supported by drones, stormed the camp") are read here too: the older
    ``air_support`` (types34) read the same fact a second time, later in ``group_hits`` and for
    aircraft only; it changed no sub-event on any of the 6,620 evaluation texts once this
    reading had run (health39), so it was removed. Where the two differed (a group whose best
    is the air strike beside a shelling that is the doers' own means, which this reading keeps
    as remote violence; "helicopter gunships", which only this reading climbs to) this one
    is the reading kept."""
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


def _support_agent(tok: Any) -> bool:
    """``tok`` is the "by" object of a verb of support hung on a word ("troops, backed by
    helicopters", "an assault supported by artillery")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "by":
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in words().support_verbs and verb.dep_ in ("acl", "amod", "advcl")


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
