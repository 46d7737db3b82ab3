"""The second party of "between A and B", mended where the parse breaks it off (session 40).

"Fighting between troops and Boko Haram fighters killed 12 people", "Fighting between the army
and al-Shabab killed 12": the small English model often closes the prepositional phrase after the
first party and makes the second the subject of the verb that follows ("fighters/nsubj killed",
"Shabab/nsubj killed"). The parties of the fight are then one, and the second reads as the doer
of its own killing: one side lost, a second event made (two VOA stories of session 39).

In English the phrase after "between A and" is the second party as long as it is a noun phrase:
the verb that follows has the head noun ("Fighting", "Clashes") as its subject. A component run
after the entity rulers (so a name the rulers hold, "al-Shabab", is one phrase) finds the phrase
after the "and" of a "between"/"among" object, and only when a word of it hangs as a subject on
a verb after it, joins the phrase to the first party as its conjunct and gives the verb the head
noun as subject. Everything else in the tree is as the model made it.

A second break (session 41): "Fighting between the army and RSF paramilitaries killed 20" is
parsed as one noun ("paramilitaries") modified by "army and RSF", so the army is no party. A noun
that takes its own determiner ("the army") is a whole noun phrase, not a modifier of the noun
after it (English noun modifiers take none: "the army officers", never "the the army officers"),
so where the object of "between" has such a modifier coordinated by "and" with a word before it,
the modifier is the first party and the object, with that word as its compound, the second.
Adjectives and bare nouns ("between Israeli and Palestinian forces", "between government and
rebel forces") are left as modifiers: both parties are then such forces.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

PIPE = "ceasewatch_parties"
PARTY_PREPS = frozenset({"between", "among"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
VERBS = frozenset({"VERB", "AUX"})
# Words of a noun phrase before its head whose own head may lie to the right inside it
PHRASE_DEPS = frozenset({"compound", "amod", "det", "nummod", "punct", "poss", "nmod"})
# A noun's noun modifiers
MODIFIER_DEPS = frozenset({"nmod", "compound"})


# The words looked for, by their lower-case string ids (a Python visit of every token cost ~5 %
# of extraction; the ids of a Doc's tokens come as one array)
_PARTY_IDS = np.array(sorted(get_string_id(w) for w in PARTY_PREPS), dtype=np.uint64)


@Language.component(PIPE)
def mend_parties(doc: Doc) -> Doc:
    lows = doc.to_array(LOWER)
    for i in np.flatnonzero(np.isin(lows, _PARTY_IDS)):
        tok = doc[int(i)]
        if tok.dep_ == "prep":
            _mend(doc, tok)
    return doc


def _mend(doc: Doc, prep: Token) -> None:
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if first is None:
        return
    if _split_modifier(prep, first):
        return
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None or cc.i + 1 >= len(doc):
        return
    phrase = _phrase_after(doc, cc.i + 1)
    if phrase is None:
        return
    head = phrase[-1]
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.i <= head.i or verb.pos_ not in VERBS:
        return
    if first in head.subtree or any(t.head.i > head.i and t.head != verb for t in phrase):
        return
    noun = prep.head
    for t in phrase[:-1]:
        if t.head == verb or t.head == first:
            t.head = head
            t.dep_ = "punct" if t.is_punct else "compound"
    head.head = first
    head.dep_ = "conj"
    if (
        noun.i < cc.i
        and noun.head == verb
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        noun.dep_ = "nsubj"


def _split_modifier(prep: Token, obj: Token) -> bool:
    """ "Between [the army] and [RSF paramilitaries]" where the parse made "the army and RSF"
    the modifiers of "paramilitaries": the modifier with its own determiner becomes the object,
    the old object its conjunct with the other word as its compound. True when mended."""
    for mod in obj.lefts:
        if mod.dep_ not in MODIFIER_DEPS or mod.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "det" for c in mod.lefts):
            continue
        cc = next((c for c in mod.rights if c.dep_ == "cc" and c.lower_ == "and"), None)
        conj = next((c for c in mod.rights if c.dep_ == "conj" and c.i < obj.i), None)
        if cc is None or conj is None or cc.i > conj.i:
            continue
        if any(t.head.i > obj.i or t.head.i < conj.i for t in obj.doc[conj.i + 1 : obj.i]):
            return False  # words between the two not inside the second phrase: not this shape
        mod.head, mod.dep_ = prep, "pobj"
        obj.head, obj.dep_ = mod, "conj"
        conj.head, conj.dep_ = obj, "compound"
        return True
    return False


def _phrase_after(doc: Doc, start: int) -> Span | None:
    """The noun phrase from ``start``: a name the rulers hold and the words hanging on it to its
    right ("Boko Haram fighters"), else the model's words up to the noun they hang on."""
    i = start
    while i < len(doc) and doc[i].dep_ == "det":
        i += 1
    if i >= len(doc):
        return None
    ent = next((e for e in doc.ents if e.start == i), None)
    t = doc[ent.end - 1] if ent is not None else doc[i]
    while t.head.i > t.i and t.head.pos_ not in VERBS and t.dep_ in PHRASE_DEPS:
        t = t.head
    if t.pos_ not in ("NOUN", "PROPN", "PRON") or t.head.i <= t.i:
        return None
    return doc[start : t.i + 1]


__all__ = ["PIPE", "mend_parties"]
