"""Who says so, and how sure the wording is.

1. "according to X" anywhere in the sentence
2. a reporting verb governing the trigger ("sources claimed that militants killed ...",
   "the army said it shelled ..."): its subject is the source
3. hedges anywhere in the sentence ("reportedly", "allegedly", "said to"), and hedging
   reporting verbs ("claimed", "alleged"), make the report hedged
A vague source ("available information") is no source, but attributing to it still hedges.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ceasewatch.extract.lexicon import Lexicon, any_phrase
from ceasewatch.extract.mentions import join_words
from ceasewatch.extract.tokens import span_text

# Longest noun phrase kept as a source name; a longer subject is cut to its head words.
MAX_SOURCE_TOKENS = 10
STRIP = " ,.;:\"“”'‘’()"
QUOTES = frozenset('"“”‘’«»')


@dataclass(frozen=True)
class Attribution:
    claimed_by: str | None = None
    hedged: bool = False
    start: int | None = None  # token span of the source phrase
    end: int | None = None
    cue: str | None = None  # the reporting word ("claimed", "according to")


def _phrase(tok: Any) -> tuple[str, int, int]:
    """The noun phrase headed by ``tok``: its left words and "of"/appositive parts, without
    quotes, relative clauses or a closing parenthetical ("groups of the FSA (Free ...)")."""
    right = tok.i
    for child in tok.children:
        if (
            child.i > tok.i
            and child.dep_ in ("prep", "appos", "compound")
            and (child.dep_ != "prep" or child.lower_ == "of")
        ):
            right = max(right, child.right_edge.i)
    toks = [t for t in tok.doc[tok.left_edge.i : right + 1] if not t.is_space]
    if toks and toks[-1].text == ")":
        opening = max((k for k, t in enumerate(toks) if t.text == "("), default=len(toks))
        toks = toks[:opening]
    while toks and (toks[0].dep_ == "det" or toks[0].text in STRIP + "".join(QUOTES)):
        toks = toks[1:]
    while toks and toks[-1].text in STRIP:
        toks = toks[:-1]
    if not toks or len(toks) > MAX_SOURCE_TOKENS:
        toks = [tok]
    text = join_words(toks)
    return text, toks[0].i, toks[-1].i + 1


def _hedge_words(text: str, lex: Lexicon) -> bool:
    return any_phrase(lex.hedges).search(text.lower()) is not None


def _according_to(sent: Any, lex: Lexicon) -> Attribution | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            objs = [c for c in tok.nbor().children if c.dep_ == "pobj"]
            if not objs:
                continue
            text, start, end = _phrase(objs[0])
            if text.lower() in lex.vague_sources:
                return Attribution(None, True, start, end, "according to")
            return Attribution(text, False, start, end, "according to")
    return None


def _reporting_verb(trigger: Any, lex: Lexicon) -> Attribution | None:
    cur = trigger
    while cur.head.i != cur.i:
        cur = cur.head
        lemma = cur.lemma_.lower()
        if cur.pos_ == "VERB" and lemma in lex.hedging_verbs | lex.neutral_verbs:
            return _source_of(cur, lemma in lex.hedging_verbs, lex)
    return None


def _source_of(verb: Any, hedging: bool, lex: Lexicon) -> Attribution:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if not subj and not agent and verb.dep_ == "acl" and verb.head.head.pos_ == "VERB":
        # "released a statement announcing ...": the statement's issuer
        subj = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    heads = subj or agent
    if not heads or heads[0].pos_ == "PRON":
        return Attribution(None, hedging, None, None, verb.text)
    text, start, end = _phrase(heads[0])
    if text.lower() in lex.vague_sources:
        return Attribution(None, True, start, end, verb.text)
    return Attribution(text, hedging, start, end, verb.text)


def figure_attribution(sent: Any, tok: Any, lex: Lexicon) -> Attribution:
    """Source of one figure: the reporting verb over it first, so that "activists said 30
    died, while state media said 8" keeps two sources side by side."""
    found = _reporting_verb(tok, lex) or _according_to(sent, lex) or Attribution()
    if not found.hedged and _hedge_words(span_text(sent), lex):
        return Attribution(found.claimed_by, True, found.start, found.end, found.cue)
    return found


def attribution(sent: Any, trigger: Any, lex: Lexicon) -> Attribution:
    """Source and hedge for an event reported by ``trigger`` in ``sent``."""
    found = _according_to(sent, lex) or _reporting_verb(trigger, lex) or Attribution()
    if not found.hedged and _hedge_words(span_text(sent), lex):
        return Attribution(found.claimed_by, True, found.start, found.end, found.cue)
    return found
