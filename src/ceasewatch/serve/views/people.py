"""People named in an actor slot who are no armed group to add to the knowledge base: victims
named by what they are or do ("a journalist", "66 journalists", "three aid workers", "all five
people") and bare person names ("Ghinwa Qweider", "Leith Abou Fadel"). ACLED codes the first
as civilians (inter 7) and never makes an actor of a single person; the desk's unresolved
lists (actors page, morning view) set both aside, as they do weapons, victims and places.

A person's name is told from a group's by its words alone (the list holds names, not texts):
two to four capitalised words, none of which a group, a unit, a place or a knowledge-base
actor's name uses ("Liwa al-Quds" is a brigade: "Liwa" is a group word). One word alone
("Khatib") may be a surname or a village: it stays.
"""

from __future__ import annotations

import re

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import country_named

# The people an event harms, by what they are or do: the civilians class of the extractor's
# actor nouns and its counted-people nouns (extract/data/actors.yaml, numbers.yaml), with the
# professions reports name victims by; ACLED's codebook codes them all as civilians (inter 7).
# Nouns that can name fighters ("commander", "recruit", "volunteer") are left out.
VICTIM_NOUNS = frozenset({
    "civilian", "resident", "villager", "people", "person", "child", "woman", "man", "family",
    "student", "worker", "aid worker", "farmer", "journalist", "reporter", "correspondent",
    "photographer", "cameraman", "doctor", "nurse", "medic", "paramedic", "teacher", "refugee",
    "displaced", "inhabitant", "passenger", "shepherd", "worshipper", "pilgrim", "victim",
    "relative", "boy", "girl", "infant", "baby", "teenager", "youth", "elder", "employee",
    "staff", "prisoner", "detainee", "hostage", "captive", "citizen", "foreigner", "migrant",
    "fisherman", "driver", "trader", "merchant", "shopkeeper", "engineer", "lawyer", "judge",
    "priest", "imam", "monk", "nun", "pastor", "tourist", "patient", "mourner", "bystander",
    "pedestrian", "humanitarian",
})  # fmt: skip
# Words of armed groups' names that no person's name holds, English and the transliterated
# Arabic and Persian reports keep ("Liwa", "Jaish", "Harakat": brigade, army, movement).
GROUP_WORDS = frozenset({
    "group", "groups", "front", "movement", "army", "party", "council", "committee",
    "coalition", "alliance", "union", "state", "organization", "organisation", "network",
    "command", "resistance", "liberation", "revolutionary", "popular", "national", "islamic",
    "democratic", "forces", "guard", "guards", "squad", "cell", "cells", "crescent", "cross",
    "heights", "road", "street", "district", "province", "governorate", "city", "agency",
    "ministry", "government", "police", "people's", "jaish", "liwa", "harakat",
    "jabhat", "kataib", "kata'ib", "ahrar", "ansar", "saraya", "firqat", "faylaq", "jund",
    "hizb", "hezbollah", "tajammu", "ittihad", "tanzim", "majlis", "quwat", "asaib",
})  # fmt: skip
# Lower-case particles inside Arabic, French, Dutch and Portuguese personal names.
PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "van", "von", "der", "ould"}
)
_NAME_WORD = re.compile(r"^[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*$")
_PARTICLE_WORD = re.compile(r"^(?:al|el|as|ad|ar|an|at|ash|az)-[A-Z][a-z'’]+$")
# Singular forms of the irregular plurals among the victim nouns.
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "fishermen": "fisherman",
              "cameramen": "cameraman"}  # fmt: skip


def _singular(word: str) -> set[str]:
    forms = {word, _IRREGULAR.get(word, word)}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def names_victims(words: str) -> bool:
    """The words' head noun names people an event harms ("66 journalists", "aid workers")."""
    norm = normalize_name(words).split()
    if not norm:
        return False
    heads = {" ".join(norm[-2:]), norm[-1]} if len(norm) > 1 else {norm[-1]}
    return any(form in VICTIM_NOUNS for head in heads for form in _singular(head))


def _kb_words(kb: ActorKB) -> frozenset[str]:
    """Every word of the knowledge base's actor names and aliases (lower case)."""
    kept = _KB_WORDS.get(id(kb))
    if kept is None or kept[0] is not kb:
        found = frozenset(
            w for a in kb.actors.values() for n in (a.name, *a.aliases) for w in n.lower().split()
        )
        kept = _KB_WORDS[id(kb)] = (kb, found)
    return kept[1]


_KB_WORDS: dict[int, tuple[ActorKB, frozenset[str]]] = {}


def names_a_person(kb: ActorKB, words: str) -> bool:
    """Two to four capitalised words, none a group's, a unit's, a country's or a knowledge-base
    actor's word: a person's name (the caller checks the words for places)."""
    tokens = words.split()
    names = [t for t in tokens if t.lower() not in PARTICLES]
    if not 2 <= len(names) <= 4 or not all(
        _NAME_WORD.match(t) or _PARTICLE_WORD.match(t) for t in names
    ):
        return False
    table = kb.descriptors
    taken = GROUP_WORDS | _kb_words(kb)
    for token in tokens:
        low = token.lower()
        parts = {low, low.split("-", 1)[-1]}
        if parts & taken or low in table.units or low in table.modifiers:
            return False
        if country_named(token, adjective=True) is not None:
            return False
    return True


__all__ = ["GROUP_WORDS", "VICTIM_NOUNS", "names_a_person", "names_victims"]
