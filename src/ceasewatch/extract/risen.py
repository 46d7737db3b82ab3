"""A toll told again as it has grown: the event's toll now, not more dead.

News tells a toll, then tells it again as it grows: "the death toll from Tuesday's bombing has
risen to 14", "the number of dead rose to nine", "bringing the toll to five", "the toll is now
nine", "11 soldiers were killed, up from four in our first report". ACLED's codebook codes the
most recent reliable figure for an event, so the figure risen to replaces the figures told
before (``extract.merging.conservative``): it is never added to them, and never loses to the
smaller first figure as a conflicting source would. The figure it rose from ("up from four") is
no toll at all. A running total over days or a war ("bringing the toll since Thursday to 21",
"the toll this week rose to 30") stays an ordinary figure. Words: numbers.yaml
``risen_verbs``, ``raising_verbs``, ``toll_nouns``, ``running_words`` (tolls43, session 43).
"""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.lexicon import Lexicon

# The qualifier of a figure a toll has risen to (``FatalityClaim.qualifier``).
RISEN = "risen"
# What ``risen_to`` says of a running total's figure.
RUNNING = "running"
OBJECTS = ("dobj", "obj")


def risen_to(num: Any, noun: Any, lex: Lexicon) -> str | None:
    """``RISEN`` when the figure ``num`` (counting ``noun``) is what a toll has grown to: the
    "to" phrase of a verb of rising whose subject is a toll ("the toll rose to 14"), the object
    of "reach" or "hit" ("the death toll reached at least 112 people"), the "to" phrase of a
    verb whose object is a toll ("bringing the toll to five"), or "the toll is now nine";
    ``RUNNING`` when that toll is a running total ("bringing the toll since Thursday to 21",
    "the toll this week rose to 30"): a sum over days or a war, never one event's toll; else
    None."""
    counted = [num.head] if num.dep_ in ("nummod", "quantmod") else []  # "21 dead"
    for tok in dict.fromkeys((num, noun, *counted)):
        verb, holders = _rising(tok, lex)
        if verb is None:
            continue
        tolls = [h for h in holders if _toll_noun(h, lex)]
        if tolls:
            running = any(_running(t, lex) for t in [*tolls, *_modifiers(verb, tok)])
            return RUNNING if running else RISEN
    return None


def _rising(tok: Any, lex: Lexicon) -> tuple[Any, list[Any]]:
    """(verb, the nouns that may be the toll) when ``tok`` is the new figure of a verb of
    rising; (None, [])."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        verb = head.head
        lemma = verb.lemma_.lower()
        if lemma in lex.risen_verbs:  # "the toll rose to 14"
            return verb, _children(verb, ("nsubj", "nsubjpass"))
        if lemma in lex.raising_verbs:  # "bringing the toll to five"
            return verb, _children(verb, OBJECTS)
        return None, []
    lemma = head.lemma_.lower()
    if tok.dep_ in OBJECTS and lemma in ("reach", "hit"):
        return head, _children(head, ("nsubj",))
    if tok.dep_ == "attr" and lemma == "be" and any(c.lower_ == "now" for c in head.children):
        return head, _children(head, ("nsubj",))
    return None, []


def _children(verb: Any, deps: tuple[str, ...]) -> list[Any]:
    return [c for c in verb.children if c.dep_ in deps]


def _toll_noun(noun: Any, lex: Lexicon) -> bool:
    """ "toll", "death toll"; "number" or "tally" only with a death word inside ("the number
    of dead", "the number of people killed"): "the number of displaced rose to 3,000" counts
    no dead."""
    lemma = noun.lemma_.lower()
    if lemma not in lex.toll_nouns:
        return False
    return lemma == "toll" or any(
        t.lemma_.lower() in lex.death_words for t in noun.subtree if t.i != noun.i
    )


def _modifiers(verb: Any, figure: Any) -> list[Any]:
    """The verb's own modifiers, not the figure's phrase nor its subject or object."""
    skip = {"nsubj", "nsubjpass", *OBJECTS}
    return [c for c in verb.children if c.dep_ not in skip and figure not in c.subtree]


def _running(tok: Any, lex: Lexicon) -> bool:
    """A running total's words under ``tok``: "since Thursday", "so far", "this week", "in two
    days", "in total"; or several states, provinces or countries ("in the two states"): a sum
    over places, as numbers.yaml ``scope_nouns`` reads "across the country"."""
    return any(
        t.lower_ in lex.running_words or (t.tag_ == "NNS" and t.lemma_.lower() in lex.scope_nouns)
        for t in tok.subtree
    )


def earlier_figure(num: Any) -> bool:
    """ "up from four", "down from 12": the figure a toll was before, no toll of its own."""
    head = num.head
    return num.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in ("up", "down")


def told_as_grown(sent: Any) -> bool:
    """The sentence gives its figure as grown from an earlier one: "up from four" ("The army
    now says 11 soldiers were killed, up from four in our first message")."""
    return any(
        t.lower_ == "from" and t.head.lower_ == "up" and any(c.like_num for c in t.children)
        for t in sent
    )


__all__ = ["RISEN", "RUNNING", "earlier_figure", "risen_to", "told_as_grown"]
