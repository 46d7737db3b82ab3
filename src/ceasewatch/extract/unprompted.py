"""One event where the rules found none, typed by someone else (the default reader's fallback).

A coder's one-event note the rules found no trigger in ("Unknown assailants torched a polling
station in X.") still holds what the rules read around a trigger: its date, its place, who
acted and on whom, its toll. ``typed_event`` reads them as ``sentence_events`` does, for a
type given from outside (``learn.fallback``: the reader, when it is sure the text tells an
event), and builds one event from the text's first sentence that names a place (else its
first sentence): a note tells its event first, background and sources after.

1. parse the text; date and place context sentence by sentence, as extraction does
2. the telling sentence: the first naming a place, else the first
3. it must tell a done act (``told_done``): the reader reads words, not whether they
   happened, and the rules' reading of that stands. A note tells its event in the past ("On
   3 May, militants attacked..."); a main verb that is modal, negated, of intent, expected
   or asked for ("will march", "plan to", "did not attack") gives no event, nor a verbless
   head named as still to come ("a planned rally"); nor a show of arms or a force of nature
   for a violent type (``shown_or_natural``: the rules' own readings), nor a violent type in
   a text the rules read as an accident's (``Context.accident``: "a ferry capsized near X.
   At least 30 passengers were killed."; recall37)
4. its roles read at its main verb (``roles.roles_for``); no verb, no actors
5. place, date, toll, evidence (the sentence is the type's evidence: no word typed it)
"""

from __future__ import annotations

import re
from typing import Any

from ceasewatch.extract import numbers
from ceasewatch.extract.events import (
    Context,
    Told,
    claims_of,
    date_of,
    event_from,
    locations,
    update_context,
)
from ceasewatch.extract.merging import merge
from ceasewatch.extract.modality import display, natural_cause, not_done
from ceasewatch.extract.nlp import parse_many
from ceasewatch.extract.quiet import expected
from ceasewatch.extract.roles import Roles, predicate_noun, roles_for
from ceasewatch.extract.sentences import Sentence, Tables, read_sentence
from ceasewatch.extract.triggers import not_yet, unrealised
from ceasewatch.knowledge.countries import country_named
from ceasewatch.model import SUB_EVENT_TO_TYPE, Article, Event

# A coder's note tagged with ACLED's crowd size ("[size=no report]", "[size=about 2,000]"):
# ACLED's "crowd size" tag applies to every Protests and Riots event and to no other type
# (ACLED knowledge base, "Tags in the data", 2023-2024), so the note tells a demonstration
# (recall36). The tag is the note's own metadata, not its words.
CROWD_SIZE_TAG = re.compile(r"\[size=[^\]\n]{1,60}\]")
# What a demonstration the rules did not read is taken to be, the tag telling no force or
# violence: ACLED's default demonstration (read after the reader, which does not re-type it).
TAGGED_SUB = "Peaceful protest"
TAGGED_WHY = "the rules found no event; the note carries ACLED's crowd-size tag (a demonstration)"


def crowd_sized(text: str) -> bool:
    """The note carries ACLED's crowd-size tag (``CROWD_SIZE_TAG``)."""
    return CROWD_SIZE_TAG.search(text) is not None


# Below every rules' event (their floor is 0.05 only after a hedge and a context place; a
# plain trigger starts at 0.5-0.9): the desk's queue shows an event no rule read first.
CONFIDENCE = 0.3


# The types an accident's toll could be mistaken for (a demonstration after a crash is one)
_ACCIDENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def typed_event(
    article: Article, extractor: Any, sub: str, why: str, crowd: bool = False
) -> Event | None:
    """The one event of ``article`` typed ``sub`` (``why``: who typed it, recorded in its
    notes), or None when the text gives no sentence to read it from. ``crowd``: the type
    comes from the crowd-size tag, and a sentence that tells no crowd's act (``no_crowd``)
    gives none."""
    from ceasewatch.extract import _report_text

    tables: Tables = extractor.tables
    ctx = Context(article_id=article.id, published=article.published)
    chosen: tuple[Sentence, Any] | None = None
    index = 0
    for _key, chunk in parse_many(extractor.nlp, [(article.id, _report_text(article))]):
        for sent in chunk.doc.sents:
            s = read_sentence(sent, chunk.offset, index, tables)
            index += 1
            reading = update_context(s, ctx, tables)
            if chosen is None or (not chosen[0].places(tables).places and _names_place(s, tables)):
                chosen = (s, reading)
    if chosen is None or not told_done(act_head(chosen[0].sent.root, tables), tables):
        return None
    if shown_or_natural(act_head(chosen[0].sent.root, tables), sub, tables):
        return None
    if ctx.accident and SUB_EVENT_TO_TYPE.get(sub) in _ACCIDENT_TYPES:
        return None  # the toll is the accident's, as the rules read it (recall37)
    if crowd and no_crowd(chosen[0].sent, tables):
        return None
    return _event(chosen[0], chosen[1], ctx, tables, sub, why)


def act_head(root: Any, tables: Tables) -> Any:
    """The head of the clause that tells the act: the sentence's root, unless the parse makes
    a verb of saying or blaming the root and the act a clause before it ("3 bus drivers shot
    dead at a terminal; police blame gang members": the root is "blame", the act "shot").
    Read at the root, the blamer becomes the doer and the blamed its victim, and the act's
    toll is lost (actors45: a coder's note closing on who blames whom); read at the act, the
    blamed party is left to ``resolve.claims``, as when the parse roots the act."""
    if root.pos_ not in ("VERB", "AUX"):
        return root
    before = [
        c for c in root.children if c.pos_ == "VERB" and numbers.clause_before_saying(c, tables.lex)
    ]
    return before[0] if before else root


def told_done(root: Any, tables: Tables) -> bool:
    """The sentence's head tells an act done (step 3 of the module docstring), by the rules'
    own readings of modality (extract/modality.py, quiet.py, triggers.py) and their word
    lists of intent (announcing, planning, expecting verbs). Tense alone decides nothing: the
    tagger reads a note's verbless head ("US strikes on a radar site", "fighting near X") as
    a present verb, and a past one ("retook") as present now and then."""
    words = tables.lex.background.non_events
    if root.pos_ not in ("VERB", "AUX"):
        return not not_yet(root, words)
    intent = words.announcing_verbs | words.planning_verbs | words.expecting_verbs
    return (
        root.lemma_.lower() not in intent
        and not any(c.dep_ == "neg" for c in root.children)
        and not not_done(root, words)
        and not expected(root, words, True)
        and not unrealised(root, words)
    )


def no_crowd(sent: Any, tables: Tables) -> bool:
    """The telling sentence of a note carrying the crowd-size tag tells no demonstration: its
    doers are states by name (``knowledge.countries``: "Kenya and Uganda signed a deal" is
    two states' act, which no crowd does; the tagger's entity labels are no guide, it takes
    "Tajikistan" for a nationality), or its crowd gathered for festivity or sport
    (data/triggers.yaml ``festive_words``, the words the gathering triggers refuse too: "fans
    celebrated the league title"). A tag a writer put on such a note tells its crowd's size,
    not a protest (crowds37: world_notes' non-events with no event fell 0.941 -> 0.933 when
    the tag was read, recall36)."""
    root = sent.root
    doers = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers += [d for c in doers for d in c.conjuncts]
    if doers and all(country_named(_name(d)) is not None for d in doers):
        return True
    festive = tables.lex.festive_words
    return any(t.lemma_.lower() in festive or t.lower_ in festive for t in sent)


def _name(tok: Any) -> str:
    """The name ``tok`` heads, with its compounds ("South Sudan")."""
    parts = [c for c in tok.lefts if c.dep_ == "compound"]
    return " ".join(t.text for t in (*parts, tok))


def shown_or_natural(root: Any, sub: str, tables: Tables) -> bool:
    """The rules' non-event readings that need a type, for the type given from outside
    (step 3): a show of arms is no use of arms (``modality.display``: a sentence naming an
    exercise, drills or a parade and no harm tells no battle, strike or attack), and a force
    of nature is no actor (``modality.natural_cause``: "a fire set off explosions"). The rules
    apply both to every trigger; the reader, reading words, types a drill's "artillery fire"
    a shelling and a depot fire's dead an attack."""
    words = tables.lex.background.non_events
    return display(root, SUB_EVENT_TO_TYPE.get(sub, ""), words) or natural_cause(root, words)


def _verb_like(root: Any) -> bool:
    """The head is a verb, or a word the tagger took for a noun that the parse gives a subject
    and an object as a verb's ("ENDF retook Lalibela ...": "retook" tagged NOUN, "ENDF" its
    subject, "Lalibela" its object; actors45, notezf: the retaking was left without actor1)."""
    return root.pos_ in ("VERB", "AUX") or predicate_noun(root)


def _names_place(s: Sentence, tables: Tables) -> bool:
    return bool(s.places(tables).places)


def _event(s: Sentence, reading: Any, ctx: Context, tables: Tables, sub: str, why: str) -> Event:
    root = act_head(s.sent.root, tables)
    by_tok = s.by_tok(tables)
    roles = roles_for(root, by_tok, tables.stop_verbs) if _verb_like(root) else Roles()
    tolls = numbers.find_tolls(s.sent, tables.lex, by_tok, s.background)
    places, place_note = locations(s, ctx, tables)
    when = date_of(reading, s, ctx)
    # no word typed it: the sentence is the type's evidence; no hedge or loss is read
    told = Told(sub, roles, None, claims_of(s, tolls, roles, tables), [], None, CONFIDENCE)
    event = event_from(s, ctx, tables, told, (places[0], [why, when.note, place_note]), when)
    return merge([event], ctx.article_id)[0]


__all__ = [
    "CONFIDENCE",
    "TAGGED_SUB",
    "TAGGED_WHY",
    "act_head",
    "crowd_sized",
    "no_crowd",
    "shown_or_natural",
    "told_done",
    "typed_event",
]
