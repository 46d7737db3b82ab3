"""Acronyms spelt like an English function word, read as the names they are (session 35).

"IS Mozambique insurgents beheaded three villagers", "IS fighters attacked the village",
"fighters from IS attacked": the small English model embeds a token by its norm, and the norm
of "IS" is "is", so the tagger and the parser read the Islamic State's acronym as the verb
("IS/AUX auxpass" of "beheaded"): the sentence lost its subject, and a verb whose subject is an
auxiliary got no roles and no event (recall34's leftover). A component run first, before the
shared token-to-vector layer, gives such a token the norm of the name it stands for, so that
the tagger and the parser see a name ("IS/PROPN compound" of "insurgents"). Only the norm
changes: text, offsets, and the entity rulers (which match the spelling) are as before.

Text in capitals ("KALO IS A CITY", a shouted headline) keeps the verb: a token is read as a
name only when the words around it are not mostly in capitals.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PIPE = "ceasewatch_acronym_names"
# Spelling -> the norm the model is given. "ISIS" is the form the model's vectors know as the
# same group; only spellings that are an English word in lower case need this ("US" is not
# read as a pronoun by the model in running text, checked on hand-built sentences).
# "AS", the short form of al-Shabaab in Somali and Kenyan security briefs (battles44), is read
# as that group's name, whose norm the model knows as a name.
NAMES = {"IS": "isis", "AS": "shabaab"}
# Acronyms that are no actor's name in capitals or before a name: "KILLED AS GUNMEN ATTACK" (a
# headline's conjunction), "AS Roma", "AS Vita Club" (the French "Association sportive" of a
# sports club's name). "IS" keeps its reading before a name ("IS Mozambique insurgents").
WORDS_ELSEWHERE = frozenset({"AS"})
# Words looked at on each side to tell running text from text in capitals.
WINDOW = 3


@Language.component(PIPE)
def read_acronym_names(doc: Doc) -> Doc:
    for tok in doc:
        norm = NAMES.get(tok.text)
        if norm is not None and not _in_capitals(doc, tok.i):
            tok.norm_ = norm
    return doc


def _in_capitals(doc: Doc, i: int) -> bool:
    """Whether most of the words of two letters or more near token ``i`` are in capitals."""
    near = [
        t.text
        for t in doc[max(0, i - WINDOW) : i + WINDOW + 1]
        if t.i != i and t.is_alpha and len(t.text) > 1
    ]
    capitals = sum(1 for word in near if word.isupper())
    return capitals >= 2 and 2 * capitals >= len(near)


def spelt_as_word(doc: Doc, start: int, end: int) -> bool:
    """Whether the one-token entity at ``start`` is an acronym of ``WORDS_ELSEWHERE`` used as
    no name: in text in capitals, or before a capitalised name it belongs to."""
    if end - start != 1 or doc[start].text not in WORDS_ELSEWHERE:
        return False
    after = doc[end] if end < len(doc) else None
    return _in_capitals(doc, start) or (after is not None and after.is_alpha and after.is_title)
