"""Descriptive references read through the owner table: "Russian jets", "regime warplanes",
"Syrian and Russian air strikes", "the Russians", "Iraqi government forces".

The words of a reference are split, left to right and longest phrase first, into owner words,
unit nouns ("jets", "artillery", "air strikes"), conjunctions and determiners
(``knowledge/data/actors/descriptors.yaml``). The reference is read when:

1. all of it is a bare form of an owner ("the Russians", "regime", "troops"); or
2. it names at least one owner and at least one unit noun and nothing else: each owner
   joined by "and"/"or" is one more actor ("Syrian and Russian warplanes"); adjacent owner
   words describe one owner ("Syrian regime helicopters", "Syria's regime", where the last
   owner word names the force itself); or
3. it names owners and then words that are a generic actor's name ("Syrian rebels", "Iraqi
   government forces"): the generic actor, which the resolver reads through the owner's country.

Anything else (an unknown word, "Russian-backed forces", "Turkish-backed rebels") is not read:
who backs a force does not say who it is.

Words that qualify the unit noun ("heavy", "fierce", "suspected": the ``modifiers`` table) are
skipped before the unit noun. Scraped text often loses apostrophes ("Syrias regime", "the
armys tanks"): a word that is not in the tables but is an owner or unit word plus "s" counts as
that word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.descriptors import Descriptors, Owner
from ceasewatch.numberwords import TEENS, TENS, UNITS

CONJUNCTIONS = frozenset({"and", "or"})
# Words inside a descriptive reference that change nothing ("the forces of the regime").
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "of"})
# Letters of a model designation before its number ("bm 21", "su 25", "mig 29"): at most this
# many, so that a word of a name ("Brigade 313") is not taken for one.
MODEL_PREFIX = 3


@dataclass(frozen=True)
class Reading:
    """The owners a reference names, one group per actor, and what follows them."""

    slots: tuple[tuple[Owner, ...], ...]  # owners joined by "and": one actor per slot
    rest: str | None = None  # words after the owners that are not unit nouns (step 3)


# Counts written as words ("three people", "dozens of civilians", "at least two soldiers"):
# like digits, they say how many, not who.
NUMBER_WORDS = frozenset(
    [
        *UNITS,
        *TEENS,
        *TENS,
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "scores",
        "several",
        "some",
        "many",
        "few",
        "at",
        "least",
        "more",
        "than",
        "over",
        "about",
        "around",
        "nearly",
        "almost",
    ]
)


# the number of a model designation, plural or with a letter ("16", "16s", "21b", "34s")
_MODEL_NUMBER = re.compile(r"\d+[a-z0-9]*s?")  # "25", "16s", "22m3" (Tu-22M3)
# An ordinal is no model number: "RU 155th Marine Brigade", "UA 3rd Assault Brigade" are the
# owner's numbered formations, not an "RU-155" weapon (issue 9, session 37).
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# the unit noun a model designation ending the words stands for
MODEL_UNIT = "forces"


def _filler(word: str) -> bool:
    return word in DETERMINERS or word.isdigit() or word in NUMBER_WORDS


@dataclass(frozen=True)
class _Phrase:
    length: int  # tokens taken (0: none of the tables knows the word)
    owner: Owner | None = None
    unit: bool = False  # also (or only) a unit noun: "army" is both
    bare: bool = False  # also a bare form: "regime" in "Syria's regime"


def _phrase_at(tokens: list[str], i: int, table: Descriptors) -> _Phrase:
    """The longest owner or unit phrase starting at ``tokens[i]``."""
    for n in range(min(table.longest, len(tokens) - i), 0, -1):
        words = tokens[i : i + n]
        forms = [" ".join(words)]
        if words[-1].endswith("s"):  # the apostrophe-loss reading
            forms.append(" ".join([*words[:-1], words[-1][:-1]]))
        for phrase in forms:
            owner, unit = table.owners.get(phrase), phrase in table.units
            if owner is not None or unit:
                return _Phrase(n, owner, unit, phrase in table.bare)
    return _Phrase(0)


def _unmodelled(tokens: list[str]) -> list[str]:
    """``tokens`` without a weapon's model designation ("BM-21", "T-72", "Su-25", "F16"):
    short letters then a number, or one word of both. It says which weapon, never whose
    ("Cambodian BM-21 rockets" are Cambodia's forces; issue 9, notesc). A model that ends the
    words stands for the weapon itself, a unit noun: "Thai F-16s" are Thailand's forces as
    "Thai jets" are (issue 9, notesf)."""
    out: list[str] = []
    skip = False
    for i, word in enumerate(tokens):
        if skip:
            skip = False
            continue
        mixed = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        prefix = (
            word.isalpha()
            and len(word) <= MODEL_PREFIX
            and _MODEL_NUMBER.fullmatch(following) is not None
            and _ORDINAL.fullmatch(following) is None
            and not _filler(word)
            and word not in CONJUNCTIONS
        )
        if mixed or prefix:
            skip = prefix  # the letters and their number
            if i + (2 if prefix else 1) >= len(tokens) and out:
                out.append(MODEL_UNIT)  # the model ends the words: it is the weapon
            continue
        out.append(word)
    return out


def read(words: str, table: Descriptors) -> Reading | None:
    """How ``words`` describe their actors (module docstring), or None."""
    tokens = _unmodelled(normalize_name(words).split())
    while tokens and _filler(tokens[0]):
        tokens = tokens[1:]
    # a bare form that opens on a modifier word is read whole first: "the armed forces" is a
    # state's military, not "forces" (issue 9, session 28: left unresolved in four writers)
    if " ".join(tokens) in table.bare:
        return Reading(((table.bare[" ".join(tokens)],),))
    while tokens and (_filler(tokens[0]) or tokens[0] in table.modifiers):
        tokens = tokens[1:]
    whole = " ".join(tokens)
    if whole in table.bare:
        return Reading(((table.bare[whole],),))
    slots: list[list[Owner]] = [[]]
    units = False
    last: _Phrase | None = None
    i = 0
    while i < len(tokens):
        phrase = _phrase_at(tokens, i, table)
        word = tokens[i]
        if phrase.owner is not None and not (units and any(slots)):
            slots[-1].append(phrase.owner)  # "forces of the regime": owner after the units
        elif phrase.unit:
            units = True
        elif phrase.owner is not None:
            return None  # a second owner after the unit nouns: not a simple description
        elif word in CONJUNCTIONS and not units:
            slots.append([])
        elif word in table.modifiers and not units:
            pass  # "heavy Russian shelling", "suspected regime air strikes"
        elif not _filler(word) and word not in CONJUNCTIONS:
            owned = tuple(tuple(s) for s in slots if s)
            return Reading(owned, " ".join(tokens[i:])) if owned and not units else None
        last = phrase if phrase.length else last
        i += max(phrase.length, 1)
    if not units and last is not None and (last.unit or last.bare) and len(slots[-1]) > 1:
        # "the Russian army", "Syria's regime": the last owner word names the force itself
        units = True
    owned = tuple(tuple(s) for s in slots if s)
    return Reading(owned) if owned and units else None


__all__ = ["CONJUNCTIONS", "DETERMINERS", "NUMBER_WORDS", "Reading", "read"]
