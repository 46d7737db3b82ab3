"""Actor mentions in a sentence: named actors (KB entity ruler, model ORG/NORP entities) and
generic ones ("government troops", "militants") found through the noun list in
data/actors.yaml. Roles (roles.py) pick among these mentions with the dependency parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ceasewatch.extract.acronym_names import spelt_as_word
from ceasewatch.extract.crowds import crowd_doer
from ceasewatch.extract.lexicon import Lexicon
from ceasewatch.extract.nlp import sentence_ents
from ceasewatch.extract.tokens import sentence_initial_at
from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Actor, ActorRef, Span

# Entity labels that name actors. GPE only counts when the KB knows it as an actor ("Turkey").
ACTOR_LABELS = frozenset({"ORG", "NORP"})
# ACLED actor types -> the class used for victims and for typing events.
TYPE_CLASS = {
    "state forces": "state",
    "rebel group": "armed",
    "political militia": "armed",
    "identity militia": "armed",
    "external/other forces": "armed",
    "rioters": "protesters",
    "protesters": "protesters",
    "civilians": "civilians",
}
GOVERNMENT_PREFIX = "Government of "
# Left modifiers that belong to an actor's noun phrase ("regime forces", "SAA troops").
QUOTES = frozenset("\"“”‘’'«»")
NP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod", "det", "punct"})


@dataclass(frozen=True)
class Mention:
    """An actor mentioned in a parsed chunk; token indices are the chunk doc's."""

    start: int  # first token
    end: int  # one past the last token
    root: int  # head token
    name: str  # the words that name the actor (the entity if there is one)
    ids: tuple[str, ...]  # KB ids from the entity ruler (exact match), else ()
    cls: str | None  # state, armed, civilians, protesters (None: unknown)
    named: bool  # a proper name, not a generic noun
    generic: bool = False  # a generic KB actor ("militants") or an unlisted generic noun
    # a subject pronoun ("They also attacked ...") standing for an actor named before it: the
    # resolver reads it as that actor (resolve/coref.py) or drops it
    anaphor: bool = False


# An owner code of the descriptors table: capitals and digits only ("RU", "UA", "UK", "DRC").
OWNER_CODE = re.compile(r"[A-Z][A-Z0-9]+")


def owner_codes(actors: ActorKB) -> frozenset[str]:
    """The owner words of the descriptors table written as codes ("RU", "UA", "US", "DRC"),
    as written (capitals): read as an owner before a unit or weapon noun by
    ``_demonym_owners``, where the tagger often tags no entity ("RU infantry attacked")."""
    owners = actors.descriptors.owners.values()
    return frozenset(w for o in owners for w in o.words if OWNER_CODE.fullmatch(w))


def actor_classes(actors: ActorKB) -> dict[str, str]:
    """KB id -> class; generic actors' class is prefixed "generic:" (see ``_entity_mention``)."""
    return {a.id: ("generic:" if a.generic else "") + _class(a) for a in actors.actors.values()}


def _class(actor: Actor) -> str:
    """A foreign government is coded as external/other forces (ACLED inter 8), but it is a
    state, not armed people: "Saudi Arabia and Iran agreed to restore relations" is
    diplomacy, not a development of a conflict."""
    if actor.name.startswith(GOVERNMENT_PREFIX):
        return "state"
    return TYPE_CLASS.get(actor.type, "armed")


def join_words(toks: list[Any]) -> str:
    """The words of ``toks`` without quote marks, spaced as in the text."""
    out: list[str] = []
    for tok in toks:
        if tok.text in QUOTES:
            if out and tok.whitespace_ and not out[-1].endswith(" "):
                out[-1] += " "
            continue
        out.append(tok.text + tok.whitespace_)
    return "".join(out).strip()


def _entity_mention(ent: Any, classes: dict[str, str], lex: Lexicon) -> Mention:
    ids = tuple(i for i in ent.ent_id_.split("|") if i)
    cls = classes.get(ids[0]) if ids else None
    generic = cls is not None and cls.startswith("generic:")
    if cls is None:
        cls = lex.actor_nouns.get(ent.root.lemma_.lower())
    elif generic:
        cls = cls.removeprefix("generic:")
    skip = 0
    while skip < len(ent) - 1 and sentence_initial(ent[skip + 1]):
        skip += 1  # "09:35 - Forces": an entry's clock the tagger ran into the name
    if skip:
        ent = ent[skip:]
    named = any(t.text[:1].isupper() for t in ent) and not generic
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    return Mention(start, ent.end, ent.root.i, ent.text, ids, cls, named, generic)


def _noun_mention(tok: Any, cls: str, lex: Lexicon, ents: dict[int, Mention]) -> Mention:
    start = tok.i
    while start > tok.sent.start:
        prev = tok.doc[start - 1]
        if prev.head.i < start or prev.head.i > tok.i or prev.dep_ not in NP_DEPS:
            break
        start -= 1
    inner = next((ents[i] for i in range(start, tok.i) if i in ents), None)
    span = tok.doc[start : tok.i + 1]
    words = [t for t in span if t.dep_ != "det" and t.text not in QUOTES]
    while len(words) > 1 and words[0].lower_ in lex.phrase_fillers:
        words = words[1:]  # "the last French troops" are French troops
    while len(words) > 1 and sentence_initial(words[1]):
        words = words[1:]  # "09:35 - Forces withdraw": an entry's clock is no word of the name
    if cls == "armed" and any(t.lower_ in lex.state_modifiers for t in words):
        cls = "state"
    if inner is not None and inner.ids:
        if _members_word(tok, lex) and inner.cls in ("armed", "state"):
            cls = inner.cls  # "ELN men", "Kusasi youths": the group's men are the group
        return Mention(
            start, tok.i + 1, tok.i, inner.name, inner.ids, cls, inner.named, inner.generic
        )
    begin = words[0].i if words else tok.i
    name = join_words(list(tok.doc[begin : tok.i + 1]))
    named = tok.text[:1].isupper() and not sentence_initial(tok)
    return Mention(begin, tok.i + 1, tok.i, name, (), cls, named, not named)


def _members_word(tok: Any, lex: Lexicon) -> bool:
    """A word for people that, qualified by a named armed group, is its members: "men"
    (``group_people``) or a crowd's word ("Kusasi youths" are the Kusasi militia, not a
    crowd; ``crowd_doers``, issue 9, session 33)."""
    lemma = tok.lemma_.lower()
    return lemma in lex.group_people or lemma in lex.crowd_doers


def sentence_initial(tok: Any) -> bool:
    """The first word of its sentence (spaces aside): capitalised by position, not as a name.
    A cleaned dateline leaves blanks before it, and the tagger then reads "Soldiers" as a
    proper noun."""
    return sentence_initial_at(tok.doc, tok.i)


def noun_class(tok: Any, lex: Lexicon) -> str | None:
    """The actor class of a generic noun, also when the tagger took a sentence's first word for
    a proper noun and left its plural unlemmatised ("Soldiers and rebels clashed")."""
    lemma = tok.lemma_.lower()
    found = lex.actor_nouns.get(lemma)
    if found is None and _military_service(tok, lex):
        return "state"
    if found is None and lemma in lex.means_nouns:
        return None  # "a Tu-22M3 bomber", "F-16 fighters": read as warplanes (means_models.py)
    found = found or lex.actor_nouns.get(tok.lower_)
    if found is None and tok.pos_ == "PROPN" and sentence_initial(tok):
        plural = tok.lower_
        singular = plural[:-3] + "man" if plural.endswith("men") else plural.removesuffix("s")
        found = lex.actor_nouns.get(singular)
    return found


def _military_service(tok: Any, lex: Lexicon) -> bool:
    """A service the words tie to the armed forces ("military intelligence detained a man",
    "army intelligence"; data/actors.yaml ``military_services``): ACLED codes such units as
    the state's military forces; the service's word alone ("intelligence suggests") is no
    actor (actors45: notezf)."""
    qualifiers = lex.military_services.get(tok.lemma_.lower(), frozenset())
    return any(c.dep_ in ("amod", "compound") and c.lower_ in qualifiers for c in tok.children)


def _bare_means(ent: Any, lex: Lexicon) -> bool:
    return not ent.ent_id_ and all(
        t.lemma_.lower() in lex.means_nouns or t.is_stop or t.is_punct for t in ent
    )


def find_mentions(
    sent: Any, lex: Lexicon, classes: dict[str, str], codes: frozenset[str] = frozenset()
) -> list[Mention]:
    """Every actor mention in the sentence, in text order, none overlapping; ``codes`` are
    the owner codes (``owner_codes``)."""
    ents: dict[int, Mention] = {}
    mentions: list[Mention] = []
    for ent in sentence_ents(sent):
        if _bare_means(ent, lex):
            continue  # "Warplanes struck ..." read as an organisation: nobody is named
        if spelt_as_word(ent.doc, ent.start, ent.end):
            continue  # "KILLED AS GUNMEN ATTACK", "AS Roma fans": no al-Shabaab
        if ent.label_ in ACTOR_LABELS or (ent.ent_id_ and ent.label_ == "GPE"):
            mention = _entity_mention(ent, classes, lex)
            mentions.append(mention)
            for i in range(ent.start, ent.end):
                ents[i] = mention
    taken = set(ents)
    for tok in sent:
        cls = noun_class(tok, lex) or crowd_doer(
            tok, lex.crowd_doers, lex.arms_words, lex.force_nouns
        )
        if cls is None or tok.i in taken or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lemma_.lower() in lex.means_kinds and tok.head.lemma_.lower() in lex.means_nouns:
            continue  # "fighter jets": a kind of aircraft, not fighters; the owner is elsewhere
        mention = _noun_mention(tok, cls, lex, ents)
        inner = [m for m in mentions if mention.start <= m.start and m.end <= mention.end]
        mentions = [m for m in mentions if m not in inner]
        mentions.append(mention)
        taken.update(range(mention.start, mention.end))
    mentions = _groups_named(mentions, sent, taken)
    mentions = _owned_generic_forces(mentions, sent)
    return sorted(_owned_means(sent, mentions, lex, codes), key=lambda m: m.start)


def _owned_generic_forces(mentions: list[Mention], sent: Any) -> list[Mention]:
    """A people's or state's word modifying a generic state force the entity ruler matched on
    its own ("the Turkish occupation army", "Israeli occupation forces": "Turkish" a NORP
    entity, "occupation army" the generic occupying force): one mention of the whole words,
    so that the resolver reads the owner's forces, not the generic word through the article's
    country (issue 9, session 26; a Kurdish or Syrian report of Turkish shelling)."""
    if len(mentions) < 2:
        return mentions
    doc = sent.doc
    out = sorted(mentions, key=lambda m: m.start)
    i = 0
    while i < len(out) - 1:
        owner, force = out[i], out[i + 1]
        last = doc[owner.end - 1]
        if (
            owner.end == force.start
            and force.generic
            and force.cls == "state"
            and not owner.generic
            and owner.end - owner.start == 1
            and last.ent_type_ == "NORP"
            and last.dep_ in ("amod", "compound")
            and force.start <= last.head.i < force.end
        ):
            words = doc[owner.start : force.end].text
            out[i : i + 2] = [
                Mention(
                    owner.start, force.end, force.root, words, force.ids, force.cls, False, True
                )
            ]
        i += 1
    return out


# Dependencies of a capitalised word that names the group of a generic noun ("Kuki militants",
# "Tuareg separatists"), and entity types such a word never has (a place or a date is no group).
GROUP_DEPS = frozenset({"compound", "amod", "nmod"})
NOT_GROUP_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
# Entity types that make a sentence's capitalised first word a name ("Kuki militants opened
# fire"), as a proper-noun tag does, not a capital by position ("Suspected militants").
GROUP_ENTS = frozenset({"NORP", "PERSON", "ORG"})


def _groups_named(mentions: list[Mention], sent: Any, taken: set[int]) -> list[Mention]:
    """Every generic armed mention with the group its capitalised words name (``_group_named``);
    a nameless people's word it takes in ("Baloch" of "Baloch separatists") is no mention of
    its own any more."""
    out = list(mentions)
    for mention in mentions:
        if mention not in out:
            continue
        others = [m for m in out if m is not mention]
        grown = _group_named(mention, sent, taken, others)
        if grown is mention:
            continue
        out = [m for m in out if not (grown.start <= m.start and m.end <= mention.start)]
        out[out.index(mention)] = grown
    return out


def _a_name(tok: Any) -> bool:
    return bool(tok.pos_ == "PROPN" or tok.ent_type_ in GROUP_ENTS)


def _group_named(mention: Mention, sent: Any, taken: set[int], others: list[Mention]) -> Mention:
    """A generic armed noun with capitalised words before it that name no known actor ("Kuki
    militants", "Baloch separatists", "Tuareg rebels"): the words name a group (an ethnic or
    identity group, a movement the knowledge base lacks), so the mention is the whole phrase,
    without the generic noun's id, for the resolver to read (it falls back to the noun). Only
    armed nouns: "Kenyan police" is the police of Kenya, read through the country."""
    doc, start = sent.doc, mention.start
    armed = mention.cls == "armed" or doc[mention.root].lemma_.lower() == "mob"  # "a Meitei mob"
    if not mention.generic or mention.anaphor or not armed:
        return mention
    named = _named_before(mention, sent, others)
    if named is not None:
        # "3R fighters": the knowledge base's name tagged apart from its generic noun is the
        # group of the whole phrase (issue 9, notese)
        name = join_words(list(doc[named.start : mention.end]))
        return replace(mention, start=named.start, name=name, ids=named.ids, generic=False)
    nameless = {i for m in others if not m.ids and m.named for i in range(m.start, m.end)}
    while start > sent.start:
        prev = doc[start - 1]
        if (
            (prev.i in taken and prev.i not in nameless)
            or prev.dep_ not in GROUP_DEPS
            or not start <= prev.head.i < mention.end
            or not prev.text[:1].isupper()
            or prev.pos_ not in ("PROPN", "ADJ")
            or prev.ent_type_ in NOT_GROUP_ENTS
            or (sentence_initial(prev) and not _a_name(prev))
        ):
            break
        start -= 1
    if start == mention.start:
        return mention
    name = join_words(list(doc[start : mention.end]))
    return replace(mention, start=start, name=name, ids=())


def _named_before(mention: Mention, sent: Any, others: list[Mention]) -> Mention | None:
    """A known armed group's name right before the generic noun and modifying it."""
    doc = sent.doc
    for m in others:
        if m.end == mention.start and m.ids and not m.generic and m.cls == "armed":
            root = doc[m.root]
            if root.dep_ in GROUP_DEPS and root.head.i == mention.root:
                return m
    return None


# Means nouns that stand for a force only as the head of their phrase.
HEAD_ONLY_MEANS = frozenset({"defence", "defense"})


def _owned_means(
    sent: Any, mentions: list[Mention], lex: Lexicon, codes: frozenset[str] = frozenset()
) -> list[Mention]:
    """ "Regime warplanes struck", "Russian jets bombed", "Turkey's artillery shelled": the
    subject is a weapon or aircraft and its owner, a modifier, is the initiator. The owner's
    mention is stretched over the weapon noun (name unchanged: "regime", "Russian"), so that
    roles read through the weapon to the actor that uses it."""
    if not any(t.lemma_.lower() in lex.means_nouns for t in sent):
        return mentions
    at = by_token(mentions)
    out = list(mentions)
    for tok in sent:
        if tok.lemma_.lower() not in lex.means_nouns or tok.i in at:
            continue
        if tok.dep_ == "compound" and tok.lemma_.lower() in HEAD_ONLY_MEANS:
            continue  # "Russia's defence ministry" is no weapon; "Saudi air defences" are
        # "Russian fighter jets": the owner may modify the compound before the weapon
        lefts = [*tok.lefts, *(g for c in tok.lefts if c.dep_ == "compound" for g in c.lefts)]
        end = tok.i + 1
        head = tok.head
        if tok.dep_ == "compound" and head.i > tok.i and head.i not in at:
            # "Israeli tank fire hit ...": the owner modifies the noun the weapon qualifies,
            # and the owner's mention stretches over that noun
            lefts += [c for c in head.lefts if c.i < tok.i]
            end = head.i + 1
        owners = sorted(
            (
                at[c.i]
                for c in lefts
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in at
            ),
            key=lambda m: m.start,
        )
        # "a Russian FPV drone": a model's name the tagger took for an organisation owns
        # nothing when a known actor or a demonym stands before it (issue 9, notese)
        known = [o for o in owners if o.ids or o.cls is not None]
        if not known:
            demonyms = _demonym_owners(lefts, codes)
            known = [at.get(d.start, d) for d in demonyms]
            out.extend(d for d in demonyms if d.start not in at)
        owners = known or owners
        if owners:
            owner = owners[-1]
            stretched = replace(owner, end=end)
            out[out.index(owner)] = stretched
            # the weapon's model inside the stretched span ("FPV") is no mention of its own
            out = [m for m in out if m is stretched or not owner.end <= m.start < end]
            at.update({i: stretched for i in range(owner.start, end)})
    return out


# How demonyms end ("Ukrainian", "Sudanese", "Israeli", "Turkish", "Dutch"); a sentence's
# capitalised first adjective ("Unidentified jets") owns nothing.
DEMONYM_ENDING = re.compile(r"(?:an|ese|i|ish|ch)$")


def _demonym_owners(lefts: list[Any], codes: frozenset[str] = frozenset()) -> list[Mention]:
    """ "Ukrainian air defences" when the model tagged no entity: a capitalised adjective
    before a weapon is its owner's demonym (the resolver's owner table reads it). The parse
    may take it for a compound before a model's name ("a Russian FPV drone struck", issue 9,
    notese). An owner code of the descriptors table stands as a demonym does: "RU infantry
    attacked", "UA units shelled" are written so in war monitors' notes, and the tagger tags
    the code as an organisation in one sentence and as nothing in the next (issue 9,
    actors41: notes p, za, zc; a model's name, "FPV", is no owner code)."""
    return [
        Mention(c.i, c.i + 1, c.i, c.text, (), None, True)
        for c in lefts
        if c.dep_ in ("amod", "compound")
        and c.pos_ in ("ADJ", "PROPN")
        and c.text[:1].isupper()
        and (DEMONYM_ENDING.search(c.lower_) or c.text in codes)
    ][-1:]


def by_token(mentions: list[Mention]) -> dict[int, Mention]:
    return {i: m for m in mentions for i in range(m.start, m.end)}


def actor_ref(mention: Mention, chunk_offset: int, doc: Any, field: str) -> ActorRef:
    """The mention as the data model's ActorRef, with its evidence span."""
    span = doc[mention.start : mention.end]
    start = chunk_offset + span.start_char
    ref_id = mention.ids[0] if len(mention.ids) == 1 else None
    return ActorRef(
        name=mention.name,
        surface=span.text,
        id=ref_id,
        method="exact" if ref_id else None,
        span=Span(start=start, end=start + len(span.text), text=span.text, field=field),
    )
