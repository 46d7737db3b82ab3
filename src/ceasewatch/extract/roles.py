"""Who did what to whom: actor1 (initiator), associated actors, actor2 (target).

Read from the dependency parse around the trigger word:

1. verb, active voice: subject -> actor1, object (or "on/against/with X") -> actor2;
   a verb without its own subject borrows it from the verb it is coordinated with
   ("militants killed 15 soldiers and destroyed a tank")
2. verb, passive voice: "X was shelled by Y" -> actor1 Y, actor2 X
3. noun: "clashes between A and B", "attack by A on B", "Russian air strikes", and for a noun
   that is the object of another verb the subject of that verb ("A launched an offensive")
4. coordinated and appositive lists of actors become associated actors ("A, B and C declared")
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from ceasewatch.extract.mentions import DEMONYM_ENDING, Mention, join_words
from ceasewatch.extract.parties import PARTY_PREPS
from ceasewatch.extract.voice import (
    OPERATION_NOUNS,
    SUBJECT,
    authors,
    counted_together,
    operation_agents,
    subjects,
    suffering_verb,
)
from ceasewatch.extract.voice import prep_objects as _prep_objects

OBJECT = frozenset({"dobj", "obj", "attr", "oprd"})
# Prepositions whose object is the target of a trigger ("attack on X", "clashed with X").
PARTIES = PARTY_PREPS  # "between A and B", "among A and B": the parties of a fight
# a noun whose "between" parties may hang on its verb instead
PARTY_SUBJECTS = frozenset({"nsubj", "csubj", "nsubjpass"})
TARGET_PREPS = frozenset({"on", "against", "with", "at", "upon", "targeting", "into"})
# Heads through which an event noun's initiator is looked up: "A launched an offensive",
# "A released a statement announcing an offensive". Attribution verbs stop the climb
# ("activists said clashes ...": the activists did not clash).
CLIMB_DEPS = frozenset({"dobj", "obj", "attr", "acl", "xcomp", "pobj", "prep", "conj", "pcomp"})
MAX_CLIMB = 4
ASIDE_MARKS = frozenset("(–—[")
MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
# Participles that make their agent the user of the weapon they modify ("shells fired by X");
# "a drone operated by a mapping agency" names no attacker.
FIRING_VERBS = frozenset(
    {"fire", "launch", "drop", "plant", "shoot", "lob", "operate", "fly", "send", "deploy"}
)
ASIDE_WORDS = frozenset({"formerly", "previously", "aka", "ex", "also", "known"})
# Words through which unnamed fighters are named by the group they belong to: "militants
# linked to al Qaeda", "gunmen affiliated with the ADF", "fighters loyal to the RSF", "gunmen
# believed to be Boko Haram fighters" (ACLED codes the group the report attributes them to).
AFFILIATION_WORDS = frozenset(
    {
        "link",
        "linked",
        "affiliate",
        "affiliated",
        "tie",
        "tied",
        "ally",
        "allied",
        "loyal",
        "believe",
        "suspect",
    }
)
# Dependencies through which a group's name qualifies its fighters ("Houthi gunmen", "Amhara
# Fano militia fighters", which the parser may hang as a nominal modifier).
GROUP_MODIFIERS = frozenset({"compound", "amod", "nmod"})
# Vehicles and aircraft whose owner, written as a modifier, is the actor ("a National Guard
# armoured vehicle drove into protesters", "an army truck ran over ..."): ACLED codes the force
# that drove or flew it. A demonym before the noun ("a Russian drone") is read by the
# resolver's owner table when the parser makes the whole phrase the mention.
VEHICLE_NOUNS = frozenset(
    {"vehicle", "truck", "jeep", "tank", "car", "pickup", "convoy", "drone", "jet", "aircraft",
     "helicopter", "warplane", "plane", "boat", "ship", "vessel", "bulldozer", "carrier", "apc"}
)  # fmt: skip
# Nouns of the place an event happened: "police arrived at the scene of the attack" names no
# attacker (the police only came to where it happened), nor does "near the site of the blast".
SCENE_NOUNS = frozenset({"scene", "site", "spot", "location", "aftermath", "wake", "place"})
# Classes of crowds: "supporters of X" and "residents of Y" are the crowd, not X or Y.
CROWDS = frozenset({"protesters", "civilians"})
# Entity types of a place: "the outskirts of Khartoum" is where, not who.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Participles through which unnamed fighters are named by the group leading them.
LEADING_VERBS = frozenset({"lead", "head", "spearhead", "command"})
# Verbs whose coordinated subjects are the two sides ("soldiers and rebels clashed",
# "A and B exchanged fire"), not partners.
RECIPROCAL_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "exchange"})
# "A convoy hit a roadside bomb", "a soldier stepped on a mine": the subject of a contact verb
# whose object is a planted device is its victim; whoever planted it is not named.
CONTACT_VERBS = frozenset({"hit", "strike", "step", "run", "drive", "roll"})
DEVICES = frozenset({"mine", "landmine", "bomb", "ied", "explosive", "device", "booby"})
CONTACT_PREPS = frozenset({"on", "over", "into", "onto"})
# Verbs of a toll ("3 soldiers killed."): with a counted subject and no object, a passive.
TOLL_VERBS = frozenset({"kill", "wound", "injure", "behead", "execute", "shoot"})
# Other outcomes a coder lists after the toll ("5 displaced persons killed, one woman raped",
# "7 villagers killed, 20 abducted"): verbs done to people that take an object in the active
# voice, so a counted subject with none is the same note's passive, its subject the victims
# (issue 9, session 44: "one woman" was read as the rapist). By the participle's form too:
# the lemmatizer may read "raped" as "rap".
OUTCOME_VERBS = frozenset({"rape", "abduct", "kidnap", "torture"})
OUTCOME_FORMS = frozenset({"raped", "abducted", "kidnapped", "kidnaped", "tortured"})
# The state a killing verb leaves its victim in ("3 residents shot dead", "one man shot dead"):
# the parser hangs "dead" on the verb as a predicate complement ("oprd"), which is no object:
# the active voice names its victim besides ("gunmen shot dead 3 men"), so a counted subject
# with only "dead" after the verb is still a coder's passive (session 45: the residents were
# read as the shooters, a mob; five notes writers' dev halves hold the shape).
RESULT_STATES = frozenset({"dead"})
# Nouns for the members of a force, whose named modifier is the force ("NSS agents").
MEMBER_NOUNS = frozenset(
    {"agent", "officer", "soldier", "trooper", "operative", "personnel", "member", "guard",
     "commando", "policeman", "gendarme", "jawan", "cadre", "man"}
)  # fmt: skip
# Verbs of holding off an attack ("soldiers repelled an attack on their post", "the army said
# it repelled them", "police fought off gang members"): the subject defends, the attackers
# are the object or the attack noun's author ("an ISWAP attack", "an attack by militants").
# ACLED codes the side that attacked as actor1 and the side attacked as actor2 (issue 9,
# session 20: the army's account of a battle must not swap its sides). Phrasal verbs need
# their particle ("fought off"; "fought" alone is a clash).
DEFENCE_VERBS = frozenset({"repel", "repulse"})
DEFENCE_PARTICLES = {
    "fend": frozenset({"off"}),
    "fight": frozenset({"off"}),
    "beat": frozenset({"back", "off"}),
    "ward": frozenset({"off"}),
}
ATTACK_NOUNS = frozenset(
    {"attack", "assault", "offensive", "raid", "incursion", "ambush", "attempt", "advance",
     "infiltration", "onslaught", "push"}
)  # fmt: skip
# Object pronouns that stand for an actor named before ("repelled them"): an anaphor for the
# resolver, as a subject pronoun is (``ANAPHORS``).
OBJECT_ANAPHORS = frozenset({"them"})
# Weapons whose "of" phrase names their owner, not a target: "drones of the CJNG", "the
# artillery of the 5th brigade" (a "shelling of Kharkiv" or "bombing of a market" keeps its
# target). ACLED codes the owner of a weapon as the actor, never the weapon.
WEAPON_NOUNS = frozenset(
    {"drone", "jet", "warplane", "plane", "aircraft", "helicopter", "gunship", "artillery",
     "rocket", "missile", "shell", "mortar", "cannon", "launcher", "howitzer", "tank", "gun"}
)  # fmt: skip
# Where a weapon was fired from names its owner when the place is a side's ("fired from rebel
# positions", "a missile fired from Azerbaijani positions"); a town or country ("fired from
# Gaza") is a place and names nobody.
POSITION_NOUNS = frozenset(
    {"position", "line", "side", "base", "stronghold", "camp", "territory", "area", "post"}
)  # fmt: skip
# Possessives through which a reporting actor owns the subject of its act ("the army said its
# troops ...").
OWNER_PRONOUNS = frozenset({"its", "their", "our"})
# Pronoun subjects that stand for the actor reporting the act ("X said it captured ...").
SPEAKER_PRONOUNS = frozenset({"it", "they", "we"})
# Subject pronouns that stand for an actor of an earlier sentence ("Al Shabaab stormed a base.
# They also attacked a police station"): kept as an anaphor for the resolver (coref.py).
ANAPHORS = frozenset({"it", "they"})


@dataclass(frozen=True)
class Roles:
    actor1: Mention | None = None
    assoc1: tuple[Mention, ...] = ()
    actor2: Mention | None = None
    assoc2: tuple[Mention, ...] = ()
    # actor2 met a planted device (``CONTACT_VERBS``): a victim, whoever the words put first
    struck: bool = False


def mention_for(tok: Any, by_tok: dict[int, Mention]) -> Mention | None:
    """The actor a noun phrase names; "groups of the FSA" names the FSA."""
    own = by_tok.get(tok.i)
    if own is not None and not own.generic:
        return own
    owner = _vehicle_owner(tok, by_tok) if own is None else None
    if owner is not None:
        return owner
    for child in tok.children:
        named = by_tok.get(child.i)
        if child.dep_ in GROUP_MODIFIERS and _known_group(named) and named is not own:
            return named  # "Al Shabaab fighters", "Houthi gunmen": the group they belong to
        if _bare_members(own) and child.dep_ in GROUP_MODIFIERS and _named_force(named, tok):
            # "NSS agents", "SSPDF soldiers": the state force they serve in; "Taliban
            # intelligence (GDI) men" too, though "men" alone reads as civilians
            return named
        if child.dep_ in GROUP_MODIFIERS and _force_of_members(named, own, tok, child):
            return named  # "army and police personnel": the force, not the bare "personnel"
        unit = _unit_owner(tok, child, own, by_tok)
        if unit is not None:
            return unit  # "Taliban intelligence (GDI) men": the force the unit belongs to
        if child.dep_ == "acl" and child.lemma_.lower() in LEADING_VERBS:
            # "insurgents led by Hayat Tahrir al-Sham": ACLED names the group leading them
            leader = next((by_tok.get(o.i) for o in _prep_objects(child, frozenset({"by"}))), None)
            if leader is not None and leader.named:
                return leader
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in AFFILIATION_WORDS:
            group = _affiliated(child, by_tok)
            if group is not None and (own is None or own.generic):
                return group
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                inner = by_tok.get(pobj.i)
                if own is not None and own.cls in CROWDS and not _serves(tok, inner):
                    continue  # "supporters of the PTI", "residents of Bamenda": the crowd
                # "groups of the FSA" names the FSA; "dozens of soldiers" names soldiers;
                # "the edge of Moscow" names a place, not the state the city stands for
                if inner is None or (own is None and pobj.ent_type_ in PLACE_ENTS):
                    continue
                if inner.named or own is None:
                    return inner
        if child.dep_ == "prep" and child.lower_ == "from" and own is not None and own.generic:
            # "gunmen from the Tren de Aragua gang", "fighters from the RSF": their group
            for pobj in child.children:
                inner = by_tok.get(pobj.i)
                if _known_group(inner):
                    return inner
        if child.dep_ == "appos" and by_tok.get(child.i, own) is not own:
            inner = by_tok.get(child.i)
            if inner is not None and inner.named:
                return inner
    return own


def _vehicle_owner(tok: Any, by_tok: dict[int, Mention]) -> Mention | None:
    """The actor named as a modifier of a vehicle noun ("a National Guard armoured vehicle",
    "an army truck", "Israel's jets"): the vehicle's owner (``VEHICLE_NOUNS``)."""
    if tok.lemma_.lower() not in VEHICLE_NOUNS:
        return None
    for child in tok.children:
        found = by_tok.get(child.i)
        if (
            child.dep_ in GROUP_MODIFIERS | {"poss"}
            and found is not None
            and found.cls != "civilians"
        ):
            return found
    return None


def _affiliated(word: Any, by_tok: dict[int, Mention]) -> Mention | None:
    """The named group of "linked to X", "affiliated with X", "loyal to X", "believed to be
    X fighters"."""
    objs = _prep_objects(word, frozenset({"to", "with"}))
    for xcomp in _children(word, frozenset({"xcomp"})):
        objs += _children(xcomp, OBJECT)
    for obj in objs:
        found = mention_for(obj, by_tok)
        if found is not None and found.named:
            return found
    return None


def _affiliation_head(head: Any, by_tok: dict[int, Mention]) -> list[Mention]:
    """ "Militants linked to X killed ...", parsed with "linked" as the main verb and
    "killed" hanging on it: the group X, when the subject names no one itself."""
    if head.lemma_.lower() not in AFFILIATION_WORDS:
        return []
    subj = _collect(_children(head, SUBJECT), by_tok)
    group = _affiliated(head, by_tok)
    return [group] if group is not None and not any(m.named for m in subj) else []


def _force_of_members(named: Mention | None, own: Mention | None, noun: Any, mod: Any) -> bool:
    """A force written before a noun of its members that names nobody by itself ("army and
    police personnel", "army men"): the members are the force's (issue 9, session 31: the
    bare "personnel" was left as raw words). A member noun the lexicon already reads as an
    actor of its own ("policemen") keeps it."""
    return (
        named is not None
        and named is not own
        and named.cls in ("armed", "state")
        and noun.lemma_.lower() in MEMBER_NOUNS
        and (own is None or not own.ids)
        # only two forces written before one noun ("army and police personnel"); one force's
        # word ("security agents") keeps the phrase the resolver reads
        and _has_conj(mod)
    )


def _bare_members(own: Mention | None) -> bool:
    """No actor of its own at the member noun, or only a generic word no list names ("men")."""
    return own is None or (own.generic and not own.ids)


def _unit_owner(
    noun: Any, mod: Any, own: Mention | None, by_tok: dict[int, Mention]
) -> Mention | None:
    """A member noun whose modifier is a unit word naming nobody, itself owned by a named force
    ("Taliban intelligence men", "Hamas naval commandos", "the RSF's intelligence officers"
    read as a compound): the members are that force's (issue 9, session 32: "men" was read as
    civilians, the force one level further down the parse). Only a named force of the
    knowledge base, armed or state."""
    if (
        mod.dep_ not in GROUP_MODIFIERS
        or mod.i > noun.i
        or by_tok.get(mod.i) is not None
        or noun.lemma_.lower() not in MEMBER_NOUNS
        or (own is not None and not own.generic)
    ):
        return None
    for owner in mod.children:
        inner = by_tok.get(owner.i)
        if (
            owner.dep_ in GROUP_MODIFIERS | {"poss"}
            and inner is not None
            and inner.named
            and bool(inner.ids)
            and inner.cls in ("armed", "state")
        ):
            return inner
    return None


def _has_conj(tok: Any) -> bool:
    return any(c.dep_ == "conj" for c in tok.children)


def _serves(noun: Any, inner: Mention | None) -> bool:
    """ "men of the RSF", "members of the National Guard": members of a named force are the
    force, though "men" alone reads as civilians ("residents of X", "supporters of the PTI"
    stay the crowd)."""
    return (
        inner is not None
        and inner.named
        and inner.cls in ("armed", "state")
        and noun.lemma_.lower() in MEMBER_NOUNS
    )


def _known_group(mention: Mention | None) -> bool:
    return mention is not None and bool(mention.ids) and mention.cls == "armed" and mention.named


def _named_force(mention: Mention | None, noun: Any) -> bool:
    """A state force's own name before a noun of its members ("NSS agents", "BIR soldiers")."""
    return (
        mention is not None
        and bool(mention.ids)
        and mention.cls == "state"
        and mention.named
        and noun.lemma_.lower() in MEMBER_NOUNS
    )


def proper_name(tok: Any) -> Mention | None:
    """An unlisted proper name as an actor ("Asaib Ahl al-Haq" that the model calls a
    person): only used where the position makes it an actor (relations, agreement parties)."""
    if tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    start = tok.i
    while (
        start > 0
        and tok.doc[start - 1].head.i == tok.i
        and tok.doc[start - 1].dep_ in ("compound", "punct", "amod")
    ):
        start -= 1
    while start < tok.i and tok.doc[start].is_punct:
        start += 1
    name = join_words(list(tok.doc[start : tok.i + 1]))
    return Mention(start, tok.i + 1, tok.i, name, (), "armed", True)


def group(tok: Any, by_tok: dict[int, Mention], proper: bool = False) -> list[Mention]:
    """The actor at ``tok`` and every actor coordinated or in apposition with it, in order;
    with ``proper``, unlisted proper names count too (see ``proper_name``)."""
    found: list[Mention] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        mention = mention_for(cur, by_tok)
        if mention is None and proper:
            mention = proper_name(cur)
        if mention is not None and not _same(mention, found):
            found.append(mention)
        stack.extend(c for c in reversed(list(cur.children)) if _listed(cur, c))
        if mention is not None:
            stack.extend(_coordinated_owners(cur, mention))
    return sorted(found, key=lambda m: m.start)


def _coordinated_owners(noun: Any, mention: Mention) -> list[Any]:
    """ "Syrian and Russian warplanes": the mention is "Russian warplanes"; "Syrian", a modifier
    of the same noun coordinated with the mention's first word, names a partner."""
    return [
        c
        for c in noun.children
        if c.dep_ in MODIFIERS
        and c.i < mention.start
        and any(g.dep_ == "conj" and mention.start <= g.i < mention.end for g in c.children)
    ]


def _listed(head: Any, child: Any) -> bool:
    """A coordinated actor, or an appositive that is a list item ("A, B, C declared"); not an
    aside naming the same actor ("HTS (formerly Jabhat al-Nusra)", "HTS – ex-Nusra")."""
    if child.dep_ == "conj":
        return True
    if child.dep_ != "appos":
        return False
    between = head.doc[min(head.i, child.left_edge.i) : max(head.i, child.left_edge.i) + 1]
    if any(t.text in ASIDE_MARKS for t in between):
        return False
    return not any(c.lower_ in ASIDE_WORDS for c in child.subtree)


def _same(mention: Mention, found: list[Mention]) -> bool:
    # An apposition naming the same actor again ("the Syrian Arab Army (SAA)") is no new actor.
    return any(m is mention or (m.ids and m.ids == mention.ids) for m in found)


def _children(tok: Any, deps: frozenset[str]) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _split(mentions: list[Mention]) -> tuple[Mention | None, tuple[Mention, ...]]:
    return (mentions[0], tuple(mentions[1:])) if mentions else (None, ())


def _collect(toks: list[Any], by_tok: dict[int, Mention]) -> list[Mention]:
    out: list[Mention] = []
    for tok in toks:
        for mention in group(tok, by_tok):
            if not _same(mention, out):
                out.append(mention)
    return out


def contact_verb(verb: Any) -> bool:
    """ "hit a roadside bomb", "struck a landmine", "stepped on a mine", "ran over an IED"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CONTACT_VERBS:
        return False
    objects = _children(verb, OBJECT) + _prep_objects(verb, CONTACT_PREPS)
    return any(o.lemma_.lower() in DEVICES for o in objects)


def _device_victims(verb: Any, by_tok: dict[int, Mention]) -> Roles:
    victims = _collect(_children(verb, SUBJECT), by_tok)
    a2, assoc2 = _split(victims)
    return Roles(None, (), a2, assoc2, struck=True)


def verb_roles(verb: Any, by_tok: dict[int, Mention], stop_verbs: frozenset[str]) -> Roles:
    """Roles around a verb trigger (steps 1-2 of the module docstring); a verb of holding off
    an attack turns them (``DEFENCE_VERBS``)."""
    if verb.dep_ in ("conj", "advcl") and defends(verb.head) and not _children(verb, SUBJECT):
        # "the army repelled them, killing 12": the defenders killed attackers in the battle
        # the defence verb tells; its sides are the event's
        return verb_roles(verb.head, by_tok, stop_verbs)
    roles = _verb_roles(verb, by_tok, stop_verbs)
    if not defends(verb):
        return roles
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    attacks = _children(verb, frozenset({"nsubjpass"}) if passive else OBJECT)
    attackers = _attackers(attacks, by_tok)
    defenders = [m for m in (roles.actor1, *roles.assoc1) if m is not None]
    a1, assoc1 = _split([m for m in attackers if m not in defenders])
    a2, assoc2 = _split(defenders)
    return Roles(a1, assoc1, a2, assoc2)


def defends(verb: Any) -> bool:
    """ "repelled", "repulsed", "fought off", "beat back": a verb of holding off an attack."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in DEFENCE_VERBS:
        return True
    particles = DEFENCE_PARTICLES.get(lemma)
    return particles is not None and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children
    )


def _attackers(toks: list[Any], by_tok: dict[int, Mention]) -> list[Mention]:
    """Who attacked, from what a defence verb holds off: the attackers themselves ("repelled
    the militants", "repelled them": an anaphor), or an attack noun's author ("an attack by
    militants", "an ISWAP attack"); an attack whose author is not written names nobody."""
    out: list[Mention] = []
    for tok in toks:
        if tok.lemma_.lower() in ATTACK_NOUNS:
            out += _attack_authors(tok, by_tok)
        elif tok.lower_ in OBJECT_ANAPHORS:
            out.append(
                Mention(
                    tok.i, tok.i + 1, tok.i, tok.text, (), None, False, generic=True, anaphor=True
                )
            )
        else:
            out += _collect([tok], by_tok)
    return out


def _attack_authors(noun: Any, by_tok: dict[int, Mention]) -> list[Mention]:
    """ "an attack by militants", "an attack from the RSF", "an ISWAP attack", "Russia's
    assault": the author an attack noun writes."""
    authors = _collect(_prep_objects(noun, frozenset({"by", "from"})), by_tok)
    return authors or [m for m in _collect(_children(noun, MODIFIERS), by_tok) if m.root != noun.i]


def _defenders(
    noun: Any, by_tok: dict[int, Mention], stop_verbs: frozenset[str]
) -> list[Mention] | None:
    """The side holding off the attack a noun names ("soldiers repelled an attack on their
    post": the soldiers), or None when no defence verb governs the noun."""
    head = noun.head
    if head.i == noun.i or not defends(head):
        return None
    if noun.dep_ not in OBJECT and noun.dep_ != "nsubjpass":
        return None
    roles = _verb_roles(head, by_tok, stop_verbs)
    return [m for m in (roles.actor1, *roles.assoc1) if m is not None]


def _labelled_clause(verb: Any, by_tok: dict[int, Mention]) -> bool:
    """An "acl" verb with an armed or state subject of its own, hung by the parser on a label
    that opens the sentence before a colon ("KACHIN: The KIA and junta troops clashed ...": a
    digest's or sitrep's place label): a clause whose subject does it, not a participle whose
    noun suffers it ("men killed in the raid"). A clause brought in by "that" ("a reminder
    that a device killed ...") is not one; nor a crowd's ("Basra: residents gathered ..."),
    whose protest the convention names anyway (issue 9, session 26)."""
    subj = _children(verb, SUBJECT)
    if not subj or any(c.dep_ == "mark" for c in verb.children):
        return False
    classes = [by_tok[t.i].cls for t in subj if t.i in by_tok]
    if not classes or any(c not in ("armed", "state") for c in classes):
        return False
    label, first = verb.head, min(t.i for t in subj)
    if label.i >= first or label.i - verb.sent.start > 6:
        return False
    return any(t.text == ":" for t in verb.doc[label.i + 1 : first])


def _verb_roles(verb: Any, by_tok: dict[int, Mention], stop_verbs: frozenset[str]) -> Roles:
    if contact_verb(verb):
        return _device_victims(verb, by_tok)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if _toll_clause(verb) or _civilian_toll(verb, by_tok):
        # "2 SDF fighters killed.", "1 child reportedly killed": a coder's toll, the counted
        # subject the victims (a passive whose auxiliary is left out)
        second = _collect(subjects(verb), by_tok)
        # "soldiers repelled an attack on their post; two soldiers killed": their own dead
        first = [
            m
            for m in _first_clause_doer(verb, by_tok, stop_verbs)
            if all(v.cls != m.cls for v in second)
        ]
    elif (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and not passive
        and any(c.dep_ in ("dobj", "obj") for c in verb.children)
    ):
        # "two gunmen ... , killing her": a present participle's noun does it (a past
        # participle's suffers it: "men killed in the raid") (issue 9, session 12)
        first = _collect([verb.head], by_tok)
        second = _collect(_children(verb, OBJECT), by_tok) or _collect(
            _prep_objects(verb, TARGET_PREPS), by_tok
        )
    elif not passive and (root := _root_noun_clause(verb)) is not None:
        # "settlers from an outpost set fire to two cars": the parse made the sentence's verb a
        # participle of the preposition's noun, its subject the root (the noun's doer)
        first = _collect([root], by_tok)
        second = _collect(_children(verb, OBJECT), by_tok) or _collect(
            _prep_objects(verb, TARGET_PREPS), by_tok
        )
    elif passive or (verb.dep_ == "acl" and not _labelled_clause(verb, by_tok)):
        agents = _prep_objects(verb, frozenset({"by"})) or _conjunct_agents(verb)
        targets = _children(verb, frozenset({"nsubjpass"}))
        if verb.dep_ == "acl" and not targets:
            targets = counted_together(verb.head)
        first = _collect(agents, by_tok)
        second = _collect(targets, by_tok)
    else:
        first = _speakers_own(verb, by_tok) or _collect(subjects(verb), by_tok)
        # "opened fire on X", "fired rockets at X": an object that names nobody leaves the
        # target to the preposition
        second = _collect(_children(verb, OBJECT), by_tok) or _collect(
            _prep_objects(verb, TARGET_PREPS), by_tok
        )
        if not first:
            first = _collect(_launched_by(subjects(verb)), by_tok)
        if not first:
            # "an operation by the army killed six militants": the operation's agent or owner
            first = [
                m
                for m in _collect(operation_agents(subjects(verb)), by_tok)
                if m.cls in ("armed", "state")
            ]
        if not first:
            first = _reported_speaker(verb, by_tok)
        if not first:
            first = _inherited_subject(verb, by_tok, stop_verbs)
        if not first:
            first = _anaphors(verb)
        if not second and len(first) > 1 and verb.lemma_.lower() in RECIPROCAL_VERBS:
            first, second = first[:1], first[1:]
    a1, assoc1 = _split(first)
    a2, assoc2 = _split([m for m in second if m is not a1 and m not in assoc1])
    return Roles(a1, assoc1, a2, assoc2)


def _root_noun_clause(verb: Any) -> Any | None:
    """The noun a misparsed main verb belongs to: "settlers from an outpost set fire to two
    cars" is parsed with "settlers" as the sentence's root and "set" a past participle ("acl")
    of "outpost". A past participle that suffers its noun takes no direct object ("men killed
    in the raid"); one with a direct object, hung on the object of a preposition after the
    root noun, is the sentence's verb and the root noun its subject (session 47: two notes
    writers' "settlers from an outpost set fire", read with no actor at all). Verbs whose
    past tense and participle are one form ("set", "hit", "shot") are the ones misread."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    pobj = verb.head
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    root = prep.head
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or root.i > prep.i:
        return None
    return root


def _conjunct_agents(verb: Any) -> list[Any]:
    """Passive verbs joined by "and" share the agent the parse hangs on the last one: "a man
    was beaten and burned by residents" was beaten by the residents too."""
    return [
        a
        for c in verb.children
        if c.dep_ == "conj" and c.tag_ == "VBN"
        for a in _prep_objects(c, frozenset({"by"}))
    ]


def _toll_clause(verb: Any) -> bool:
    """A killing verb with a counted subject and neither object nor agent ("3 soldiers
    killed.", "9 militants reportedly killed", "a woman killed"): notes leave the passive's
    auxiliary out.
    A clause before it is no complement of the toll: "gunmen attacked a convoy ...; 25 men
    killed." hangs the whole first clause under "killed" as a ccomp (issue 9, notese)."""
    if not _bare_toll_verb(verb):
        return False
    counted = subjects(verb)
    return bool(counted) and all(_counted(s) for s in counted)


def _bare_toll_verb(verb: Any) -> bool:
    """A killing verb with neither object, agent nor a complement after it: the shape of a
    coder's toll clause, whoever its subject (``_toll_clause``, ``_civilian_toll``)."""
    listed = verb.lemma_.lower() in OUTCOME_VERBS or verb.lower_ in OUTCOME_FORMS
    objects = [
        o for o in _children(verb, OBJECT) if o.lower_ not in RESULT_STATES and not _outcome_of(o)
    ]
    if not (verb.lemma_.lower() in TOLL_VERBS or listed) or objects:
        return False
    if any(c.i > verb.i for c in _children(verb, frozenset({"ccomp", "xcomp"}))):
        return False
    return not _prep_objects(verb, frozenset({"by"}))


def _outcome_of(noun: Any) -> bool:
    """An object the parse gives a toll verb that tells its own outcome after a comma: "1 woman
    killed and 3 wounded, several houses and cars damaged" reads "houses" as the object of
    "wounded", but the participle on the houses says what befell them; the list is a coder's
    outcomes, not the wounded harming the houses (session 45, a notes writer's dev item; the
    comma and the noun's own participle are the shape)."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    told = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i for c in _with_conjuncts(noun))
    return told and before is not None and before.text == ","


def _with_conjuncts(noun: Any) -> list[Any]:
    """The children of the noun and of its conjuncts ("houses and cars damaged")."""
    return [c for n in (noun, *noun.conjuncts) for c in n.children]


def _civilian_toll(verb: Any, by_tok: dict[int, Mention]) -> bool:
    """A killing verb with no object, no agent and civilians for its subject ("villagers
    executed.", "several villagers killed"): the toll clause a coder writes without a figure or
    with a vague one. Villagers who kill are told with whom they killed ("villagers killed two
    bandits"); told alone, the passive's auxiliary is left out (recall37, session 37: the
    active reading made the victims a mob of their own)."""
    if not _bare_toll_verb(verb):
        return False
    said = _collect(subjects(verb), by_tok)
    return bool(said) and all(m.cls == "civilians" for m in said)


def _first_clause_doer(
    verb: Any, by_tok: dict[int, Mention], stop_verbs: frozenset[str]
) -> list[Mention]:
    """The armed or state subject of the clause a coder's toll follows: "police fired live
    rounds at supporters; one shot dead", which the parser hangs under the toll as a clausal
    complement before it. Issue 9, session 22 (four notes writers: the first clause's verb is
    no trigger, so the toll was left with no doer and coded to an unidentified armed group).
    A reporting verb's clause is its source, not the doer; crowds and civilians are no doer."""
    found: list[Mention] = []
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "parataxis") or clause.i > verb.i:
            continue
        if clause.pos_ != "VERB" or clause.lemma_.lower() in stop_verbs:
            continue
        found += [
            m for m in _collect(_children(clause, SUBJECT), by_tok) if m.cls in ("armed", "state")
        ]
    return found


# Verbs through which a passive subject is the doer of the act its complement tells: "SSPDF
# soldiers were reported to have raped ...", "gunmen are believed to have killed ...".
RAISING_VERBS = frozenset(
    {"report", "say", "believe", "allege", "think", "suspect", "understand", "know", "see"}
)


def _raised_subject(head: Any, by_tok: dict[int, Mention]) -> list[Mention]:
    """The passive subject of a raising verb ("X were reported to have ..."), or []."""
    if head.lemma_.lower() not in RAISING_VERBS:
        return []
    return _collect(_children(head, frozenset({"nsubjpass"})), by_tok)


def _counted(noun: Any) -> bool:
    """A subject a coder's toll counts: a figure ("3 soldiers") or one person told with the
    indefinite article ("...; a woman killed."): nobody writes "a gunman killed." for a
    killer with no victim."""
    return noun.like_num or any(
        c.dep_ == "nummod" or c.like_num or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in noun.children
    )


def _launched_by(nouns: list[Any]) -> list[Any]:
    """Who fired the weapon a noun names: "drones launched by the RSF struck", "shells fired
    by the RSF": the agent of a participle hanging on the noun; "a rocket fired from rebel
    positions": the side whose positions they are (``POSITION_NOUNS``). A noun that is a
    compound's first word ("mortar rounds fired by ...") is read through its head."""
    found: list[Any] = []
    for noun in nouns:
        heads = [noun, noun.head] if noun.dep_ == "compound" else [noun]
        for head in heads:
            for child in head.children:
                if child.dep_ == "acl" and child.lemma_.lower() in FIRING_VERBS:
                    found += _prep_objects(child, frozenset({"by"}))
                    found += _positions_of(child)
    return found


def _positions_of(verb: Any) -> list[Any]:
    """The side named in "fired from <side> positions": the modifiers of a position noun."""
    return [
        mod
        for obj in _prep_objects(verb, frozenset({"from"}))
        if obj.lemma_.lower() in POSITION_NOUNS
        for mod in obj.children
        if mod.dep_ in MODIFIERS
    ]


def _fired_by_subject(noun: Any) -> list[Any]:
    """ "Shells fired from rebel positions hit ...", parsed with the weapon as the subject of
    "fired": the agent or the side the firing verb names."""
    head = noun.head
    if noun.dep_ not in SUBJECT or head.lemma_.lower() not in FIRING_VERBS:
        return []
    return _prep_objects(head, frozenset({"by"})) + _positions_of(head)


def _inherited_subject(
    verb: Any, by_tok: dict[int, Mention], stop_verbs: frozenset[str]
) -> list[Mention]:
    if verb.dep_ == "relcl":
        if verb.head.ent_type_ in PLACE_ENTS or verb.head.lemma_.lower() in OPERATION_NOUNS:
            # "the shelling of Nikopol that killed two": neither the act nor the place it hit
            # is a doer ("of Nikopol" is the target); the act's own noun reads its doer
            return []
        return _collect([verb.head], by_tok)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        # "fighters entered Kabul and took over the palace": the coordinated verb's own
        # subject first (even when that verb is the root), then further up
        head = _causative_above(verb) or verb.head
        if verb.dep_ == "xcomp" and (raised := _raised_subject(head, by_tok)):
            return raised  # "soldiers were reported to have raped ...": the soldiers
        if head.lemma_.lower() in stop_verbs or contact_verb(head):
            return []  # "a convoy hit a mine, killing three": the convoy killed nobody
        own = subjects(head) or _prep_objects(head, frozenset({"by"}))
        if own and not _pronouns(own):
            return _affiliation_head(head, by_tok) or _collect(own, by_tok)
        return _reported_speaker(head, by_tok) or climb(head, by_tok, stop_verbs)
    return climb(verb, by_tok, stop_verbs) if verb.dep_ in CLIMB_DEPS else []


def _causative_above(verb: Any) -> Any | None:
    """ "armed men stopped a bus, made the passengers get off and shot the men": the parse
    joins the finite "shot" to the bare infinitive "get" (the complement of "made"), so the
    passengers, the subject of "get", became the shooters. A finite verb is no conjunct of a
    bare infinitive: it is coordinated with the verb the infinitive completes ("made"), whose
    subject it shares (session 46, nzh151; "ordered them to kneel and shot them" alike)."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and head.dep_ in ("ccomp", "xcomp")
        and head.head.pos_ in ("VERB", "AUX")
    ):
        return head.head
    return None


def _anaphors(verb: Any) -> list[Mention]:
    """The verb's pronoun subject ("They also attacked ..."), or that of the verb it is
    coordinated with ("They stormed the town and killed ..."), as an anaphor mention."""
    subj = _children(verb, SUBJECT)
    if not subj and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subj = _children(verb.head, SUBJECT)
    return [
        Mention(t.i, t.i + 1, t.i, t.text, (), None, False, generic=True, anaphor=True)
        for t in subj[:1]
        if t.lower_ in ANAPHORS
    ]


def _pronouns(toks: list[Any]) -> bool:
    return all(t.lower_ in SPEAKER_PRONOUNS for t in toks)


def _speakers_own(verb: Any, by_tok: dict[int, Mention]) -> list[Mention]:
    """ "The Kachin Independence Army said its fighters had captured ...", "the coalition said
    its aircraft struck ...": a subject owned by a possessive pronoun ("its", "their", "our")
    that names no actor itself, in the clause a reporting verb governs, is the speaker's, when
    the speaker is an armed actor or a state (issue 9, session 20: an actor reporting its own
    act, read as an unidentified armed group before)."""
    subj = _children(verb, SUBJECT)
    if not subj or not any(
        c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in subj[0].children
    ):
        return []
    own = by_tok.get(subj[0].i)
    if own is not None and not own.generic:
        return []
    speaker = _reporter(verb, by_tok) or _institution_owner(verb, by_tok)
    if not speaker:
        return []
    first = speaker[0]
    armed = first.cls in ("armed", "state") and not first.generic
    return [first] if armed and first.start < verb.i else []


# Offices that speak for a state's or a group's forces without being an actor mention: "Russia's
# defence ministry said its troops ...", "Ukraine's general staff said its forces ...".
INSTITUTIONS = frozenset(
    {"ministry", "staff", "command", "headquarters", "spokesman", "spokesperson", "spokeswoman"}
)


def _institution_owner(verb: Any, by_tok: dict[int, Mention]) -> list[Mention]:
    """The owner of the office that reports VERB's clause ("Russia's defence ministry said its
    troops had captured ...": Russia; "the Russian defence ministry": Russian), as a state
    mention the resolver reads (issue 9, session 21: "its troops" read by the article's
    country, the other side's)."""
    cur = verb
    for _ in range(2):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.pos_ not in ("VERB", "AUX"):
            return []
        cur = cur.head
        subj = _children(cur, SUBJECT)
        if not subj:
            continue
        office = subj[0]
        if office.lemma_.lower() not in INSTITUTIONS:
            return []
        lefts = [c for c in office.lefts if c.dep_ in ("poss", "amod", "compound", "nmod")]
        lefts += [g for c in lefts if c.dep_ == "compound" for g in c.lefts if g.dep_ == "poss"]
        for c in sorted(lefts, key=lambda t: t.i):
            known = by_tok.get(c.i)
            if known is not None and known.cls == "state" and not known.generic:
                return [known]
            if c.pos_ == "ADJ" and c.text[:1].isupper() and DEMONYM_ENDING.search(c.lower_):
                return [Mention(c.i, c.i + 1, c.i, c.text, (), "state", True)]
        return []
    return []


def _reporter(verb: Any, by_tok: dict[int, Mention]) -> list[Mention]:
    """The subject of the reporting verb that governs VERB's clause, through a complement
    clause or a conjunct, at most two levels up ("X said [its fighters captured ...]"), or []."""
    cur = verb
    for _ in range(2):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.pos_ not in ("VERB", "AUX"):
            return []
        cur = cur.head
        speaker = _collect(_children(cur, SUBJECT), by_tok)
        if speaker:
            return speaker
    return []


def _reported_speaker(verb: Any, by_tok: dict[int, Mention]) -> list[Mention]:
    """ "The Arakan Army said it had captured the town": a pronoun subject of an event verb
    in the clause a reporting verb governs is that verb's subject (an actor reporting its own
    act). Only through a complement clause, so "residents said they were shelled" (a passive,
    no subject) and "X said Y captured it" (a named subject) are untouched; and only a speaker
    who can be an actor, written before the act or named ("We took the town, the Arakan Army
    said"): in "They attacked the town, residents said" the pronoun points back to an
    earlier sentence, and witnesses report others' acts."""
    subj = _children(verb, SUBJECT)
    if not subj or not any(t.lower_ in SPEAKER_PRONOUNS for t in subj):
        return []
    speaker = _reporter(verb, by_tok)
    if not speaker:
        return []
    first = speaker[0]
    own = first.cls != "civilians" and (first.start < verb.i or first.named)
    return speaker if own else []


def noun_roles(noun: Any, by_tok: dict[int, Mention], stop_verbs: frozenset[str]) -> Roles:
    """Roles around a noun trigger (step 3 of the module docstring)."""
    for verb in (noun.head, noun.head.head):
        if noun.lemma_.lower() in DEVICES and contact_verb(verb):
            return _device_victims(verb, by_tok)
    between = _collect(_prep_objects(noun, PARTIES), by_tok)
    if len(between) < 2 and noun.dep_ in PARTY_SUBJECTS and noun.head.pos_ in ("VERB", "AUX"):
        # "fighting broke out between A and B": the parties hang on the verb; so they do on a
        # passive one ("gunfire was exchanged between A and B")
        between = _collect(_prep_objects(noun.head, PARTIES), by_tok) or between
    between = shared_head_parties(between, noun.doc)
    if len(between) >= 2:
        return Roles(between[0], (), between[1], tuple(between[2:]))
    if len(between) == 1 and _pair_in_one(between[0], noun.doc):
        return Roles(between[0], (), between[0], ())
    suffered = suffering_verb(noun)
    if suffered is not None:
        # "an army patrol came under attack from ISWAP fighters": the patrol is the target
        first = _collect(authors(noun, suffered), by_tok)
        return _sides(first, _collect(subjects(suffered), by_tok))
    first = _collect(_prep_objects(noun, frozenset({"by"})), by_tok)
    if not first:
        first = [m for m in _collect(_children(noun, MODIFIERS), by_tok) if m.root != noun.i]
        if first and all(_nameless(m) for m in first) and noun.dep_ in OBJECT:
            # "Russian forces fired MLRS rockets at X": the weapon's own name is no actor; who
            # fired it is the verb's subject
            first = climb(noun, by_tok, stop_verbs) or first
    if not first:
        first = _collect(_launched_by([noun]) or _fired_by_subject(noun), by_tok)
    owned = noun.lemma_.lower() in WEAPON_NOUNS and not first
    if owned:
        # "drones of the CJNG dropped explosives": the owner of the weapon is the actor
        first = [
            m
            for m in _collect(_prep_objects(noun, frozenset({"of"})), by_tok)
            if m.cls in ("armed", "state")
        ]
    own = by_tok.get(noun.i)
    if not first and own is not None and own.start < noun.i:
        # the trigger is the weapon in an actor's phrase: "Regime warplanes", "Russian jets"
        first = _collect([noun], by_tok)
    targets = TARGET_PREPS if owned else TARGET_PREPS | {"of"}
    second = _collect(_prep_objects(noun, targets), by_tok)
    defenders = _defenders(noun, by_tok, stop_verbs)
    if defenders is not None:
        # "soldiers repelled an attack on their post": the attack's author (or nobody
        # written) attacked the soldiers, who are never its author
        a1, assoc1 = _split([m for m in first if m not in defenders])
        a2, assoc2 = _split(defenders or [m for m in second if m is not a1])
        return Roles(a1, assoc1, a2, assoc2)
    if not second and noun.dep_ in OBJECT:
        # "launched an attack on X": the target often hangs on the verb, not the noun.
        second = _collect(_prep_objects(noun.head, TARGET_PREPS), by_tok)
    if not first and noun.dep_ in CLIMB_DEPS and not _scene(noun):
        first = climb(noun, by_tok, stop_verbs)
    a1, assoc1 = _split(first)
    a2, assoc2 = _split([m for m in second if m is not a1 and m not in assoc1])
    return Roles(a1, assoc1, a2, assoc2)


def _sides(first: list[Mention], second: list[Mention]) -> Roles:
    a1, assoc1 = _split(first)
    a2, assoc2 = _split([m for m in second if m is not a1 and m not in assoc1])
    return Roles(a1, assoc1, a2, assoc2)


def _scene(noun: Any) -> bool:
    """The event noun names where something else happens ("at the scene of the attack", "the
    site of the blast", ``SCENE_NOUNS``): whoever governs the phrase is no actor of it."""
    head = noun.head
    return head.lower_ == "of" and head.head.lemma_.lower() in SCENE_NOUNS


def shared_head_parties(parties: list[Mention], doc: Any) -> list[Mention]:
    """The parties of "clashes between ..." when two of them share one plural armed noun
    (issue 9, session 32):

    - "between armed Dolo and Kari groups": two coordinated names before one head are two
      sides, each of the head's kind (was: one side, "groups", so the fight's victims were
      climbed to as its doer);
    - "between Dolo and Kari militias": the parse makes the bare first name a party of its own,
      with no kind (so a clash of two militias was typed mob violence); it is of the kind of the
      noun the second name carries.

    Other parties are returned as they are."""
    if len(parties) == 1:
        names = _coordinated_names(parties[0], doc)
        return names or parties
    out = list(parties)
    for n, (first, second) in enumerate(pairwise(parties)):
        if (
            first.cls is None
            and first.end - first.start == 1
            and doc[first.root].text[:1].isupper()
            and _force(second)
            and second.root in (doc[first.root].head.i, *(c.i for c in doc[first.root].conjuncts))
            and doc[second.start - 1].lower_ == "and"
        ):
            out[n] = replace(first, cls=second.cls, generic=False)
    return out


NAME_TAGS = frozenset({"PROPN", "ADJ", "NOUN"})


def _force(mention: Mention) -> bool:
    return mention.cls in ("armed", "state")


def _coordinated_names(mention: Mention, doc: Any) -> list[Mention]:
    """ "armed Dolo and Kari groups": one mention per capitalised modifier coordinated before
    the plural head, each spanning its own name (the last one up to the head)."""
    head = doc[mention.root]
    if not _force(mention) or mention.named:
        return []
    for mod in head.children:
        if mod.dep_ not in GROUP_MODIFIERS or mod.i > head.i or not mod.text[:1].isupper():
            continue
        conjs = [c for c in mod.children if c.dep_ == "conj" and c.i < head.i]
        conjs = [c for c in conjs if c.text[:1].isupper() and c.pos_ in NAME_TAGS]
        if len(conjs) != 1 or mod.pos_ not in NAME_TAGS:
            continue
        second = conjs[0]
        kind = mention.cls
        return [
            Mention(mod.i, mod.i + 1, mod.i, f"{mod.text} {head.text}", (), kind, True),
            Mention(second.i, head.i + 1, head.i, f"{second.text} {head.text}", (), kind, True),
        ]
    return []


# "between two armed groups", "between rival gangs": both parties in one plural noun
_PAIR_COUNTS = frozenset({"two", "2", "rival", "both"})


def _pair_in_one(mention: Mention, doc: Any) -> bool:
    """The two parties of "clashes between ..." written as one plural noun of one armed kind,
    counted as two ("between two armed groups", "between rival militias"): both sides are the
    same unnamed kind, so both slots take the words. Issue 9, session 27: such a pair gave no
    actor at all (three writers' security logs and alerts)."""
    words = doc[max(0, mention.start - 1) : mention.end]
    head = doc[mention.root]
    if head.tag_ != "NNS" or mention.named or mention.cls not in ("armed", "state"):
        return False
    return any(t.lower_ in _PAIR_COUNTS for t in words[:3])


def _nameless(mention: Mention) -> bool:
    """A proper name no list knows and no class types ("MLRS", "Grad")."""
    return not mention.ids and mention.cls is None


def climb(tok: Any, by_tok: dict[int, Mention], stop_verbs: frozenset[str]) -> list[Mention]:
    """The subject (or passive agent) of the nearest governing verb, up to MAX_CLIMB heads."""
    cur = tok
    for _ in range(MAX_CLIMB):
        if cur.dep_ == "ROOT" or cur.dep_ not in CLIMB_DEPS:
            return []
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        if cur.lemma_.lower() in stop_verbs:
            return []
        subj = subjects(cur) or _prep_objects(cur, frozenset({"by"}))
        if subj:
            return _speakers_own(cur, by_tok) or _collect(subj, by_tok)
    return []


def roles_for(trigger: Any, by_tok: dict[int, Mention], stop_verbs: frozenset[str]) -> Roles:
    if _gerund_parties(trigger):
        # "Fighting between the army and the RSF killed five": the tagger calls a sentence-
        # opening gerund a verb, but it is the clause's subject, a noun with its two parties
        return noun_roles(trigger, by_tok, stop_verbs)
    if trigger.pos_ in ("VERB", "AUX") or predicate_adjective(trigger) or predicate_noun(trigger):
        return verb_roles(trigger, by_tok, stop_verbs)
    return noun_roles(trigger, by_tok, stop_verbs)


def _gerund_parties(tok: Any) -> bool:
    """A verb-tagged -ing word used as a noun (a subject or object) with "between"/"among"
    parties of its own."""
    return (
        tok.pos_ == "VERB"
        and tok.tag_ == "VBG"
        and tok.dep_ in SUBJECT | OBJECT | {"nsubjpass", "pobj"}
        and bool(_prep_objects(tok, PARTIES))
    )


def predicate_noun(tok: Any) -> bool:
    """A past tense the tagger took for a noun, which the parse still makes the clause's root
    with a subject and an object ("ENDF retook Lalibela (North Wollo, Amhara) after ...":
    "retook" tagged NOUN, "ENDF" its nsubj, "Lalibela" its dobj): a verb's, as
    ``predicate_adjective``'s phrase is (actors45: notezf; a noun has no subject)."""
    deps = {c.dep_ for c in tok.children}
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and "nsubj" in deps and "dobj" in deps


def predicate_adjective(tok: Any) -> bool:
    """An adjective the parser made the clause's root with a subject or an object of its own:
    in "two gunmen on a motorcycle shot dead a coordinator" the small model takes "shot" for a
    noun ("on a motorcycle shot") and hangs the gunmen and the coordinator on "dead". The
    phrase is still a verb's: its subject did it, its object suffered it."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "ROOT"
        and any(c.dep_ in SUBJECT or c.dep_ in OBJECT for c in tok.children)
    )
