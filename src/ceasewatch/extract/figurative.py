"""Fight words used figuratively, read by their own complement.

The sense check (``events.senseless``) lets a figurative word ("battle", "fight") through when
its sentence shows a security context. Some uses are figurative whatever the sentence says,
because the word's own modifier or object tells: "a legal battle", "an election battle", "a
diplomatic battle with ECOWAS" (a modifier of the word), "the battle against inflation", "his
battle with cancer", "a battle over the budget", "fighting drug addiction" (an object that
names no armed people, no place and no group). "The army chief lost his battle with cancer"
names the army and is still no battle. A gerund the parse hangs on a noun as its modifier
("fighting global corruption is a priority": "fighting" an amod of "corruption") acts on that
noun, read as its object. The words are data (triggers.yaml
``background.non_events``: ``figurative_nouns``, ``figurative_modifiers``, ``figurative_preps``,
``literal_objects``).
"""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.background import NonEventWords

# Entity labels that name someone or somewhere a real fight can be with or over.
_LITERAL_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC", "FAC"})


def figurative_use(tok: Any, words: NonEventWords, depth: int = 0) -> bool:
    """Is this fight word (a trigger's head token) figurative by its own modifier or object?"""
    if tok.lemma_.lower() not in words.figurative_nouns or depth > 1:
        return False
    objects = []
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and (
            child.lemma_.lower() in words.figurative_modifiers
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in words.figurative_preps:
            objects += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "dobj" and tok.pos_ == "VERB":
            if child.lemma_.lower() in words.figurative_nouns:  # "fought a battle with cancer"
                return figurative_use(child, words, depth + 1)
            objects.append(child)
    if tok.dep_ == "amod" and tok.pos_ == "VERB" and tok.head.pos_ == "NOUN":
        objects.append(tok.head)  # "fighting corruption" parsed as a modifier of its object
    return bool(objects) and all(_no_one_to_fight(o, words) for o in objects)


def _no_one_to_fight(obj: Any, words: NonEventWords) -> bool:
    """The object names no armed people, group, person, place or armed thing."""
    for t in _own_words(obj):
        lemma = t.lemma_.lower()
        if t.ent_type_ in _LITERAL_LABELS or t.ent_id_:
            return False
        if lemma in words.security or lemma in words.literal_objects:
            return False
        if lemma.endswith("s") and lemma[:-1] in words.security | words.literal_objects:
            return False
    return True


def _own_words(obj: Any) -> list[Any]:
    """The object's words without the place or time it is set in ("the budget in Accra"):
    only "of" phrases belong to it ("the town of Kalehe")."""
    out = [obj]
    for child in obj.children:
        if child.dep_ != "prep" or child.lower_ == "of":
            out += _own_words(child)
    return out


__all__ = ["figurative_use"]
