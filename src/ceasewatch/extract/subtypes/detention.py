"""Detentions (ACLED Codebook 2023, "Strategic developments: Arrests" and "Violence against
civilians: Abduction/forced disappearance"): the reading that tells a detention whose people
have vanished from an arrest."""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.sentences import Sentence
from ceasewatch.extract.subtypes.shared import words

ARREST = "Arrests"
ABDUCTION = "Abduction/forced disappearance"
# Dependencies under which a word of vanishing is someone else's story, not the detainees':
# "arrested over the disappearance of a student" (pobj), "a student who disappeared" (relcl)
ASIDE_DEPS = frozenset({"pobj", "relcl"})


def vanished(sub: str, s: Sentence) -> str:
    """A detention told with the detainees' vanishing in the same sentence ("military
    intelligence detained a man at a checkpoint; family say he disappeared", "soldiers rounded
    up young men at the market; families do not know where they are", "relatives have had no
    word of him since") is a forced disappearance: ACLED codes the detention of a person by
    state forces, or anyone, whose fate or whereabouts are then concealed as Abduction/forced
    disappearance, not Arrests. types47: six dev items of writers m, n, u, za, ze, zf tell a
    detention so, all coded the disappearance, four read Arrests; none coded Arrests does.
    A vanishing told in the next sentence is not read ("Whereabouts unknown for days." after
    an arrest: writers split, h coding the disappearance, m the arrest)."""
    if sub != ARREST:
        return sub
    return ABDUCTION if _told_vanished(s.sent) else sub


def _told_vanished(sent: Any) -> bool:
    lex = words()
    lemmas = [t.lemma_.lower() for t in sent]
    for tok, lemma in zip(sent, lemmas, strict=True):
        if lemma in lex.vanished_words and not _aside(tok):
            return True
    # the lemmatizer gives "whereabout" as the lemma of "whereabouts"
    where = {"whereabouts", "whereabout"} & set(lemmas)
    if where and lex.whereabouts_unknown & set(lemmas):
        return True
    text = f" {' '.join(lemmas)} "
    return any(f" {phrase} " in text for phrase in lex.vanished_phrases)


def _aside(tok: Any) -> bool:
    """The word sits in a phrase about something else: a preposition's object or a relative
    clause on the way up ("over the disappearance of", "the student who disappeared")."""
    cur = tok
    while True:
        if cur.dep_ in ASIDE_DEPS:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
