"""Place-name keys that survive Arabic-to-English transliteration.

Two keys per name:

- ``name_key``: lower-case ASCII words, articles dropped (al-, el- and sun-letter forms such as
  as-, ad-, az- before the same consonant), word variants mapped to one form (Tell/Tal/Tall,
  Umm/Um, Kabir/Kbir/Big, Kafr/Kfar...), apostrophes and backticks gone, doubled letters
  collapsed, ou/oo -> u, ei/ey/ai -> ay. Equal keys are the same name spelled differently.
- ``skeleton_key``: the consonants of ``name_key`` with the letters that romanisations disagree on
  merged (dad/za/dh/th -> one letter, q/k -> k): Duhur, Zuhur, Dhuhur and Thohur share one
  skeleton. Equal skeletons are candidates, scored with rapidfuzz on ``name_key``.

The word and article tables are data (``data/gazetteer/transliteration.tsv``).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("ceasewatch.knowledge") / "data" / "gazetteer"))

# Marks for ayn and hamza that romanisations write or leave out at will.
_APOSTROPHES = re.compile(r"['`´‘’ʿʾʻʼ\u02bd\u02be\u02bf]")
_NON_WORD = re.compile(r"[^0-9a-z\u0600-\u06ff]+")
_DOUBLE = re.compile(r"([a-z])\1+")
# Final ta marbuta is written -a, -ah or -eh (Batina, Batinah, Batineh).
_TA_MARBUTA = re.compile(r"(?<=[a-z]{2})[ae]h$")
# Vowel spellings that differ between French-era, English and scholarly romanisations.
_VOWELS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ay"), ("ey", "ay"), ("ai", "ay"))
# "Abul" (Abu al-) is written glued in OCHA's tables ("Abul Thohur").
_GLUED = {"abul": ("abu",), "abol": ("abu",), "aboul": ("abu",)}
# Diphthongs go first: "ei" is long i in Zeita but ay in Deir, so the skeleton drops both.
_SKELETON = (
    ("ay", "a"),
    ("aw", "a"),
    ("sh", "S"),
    ("ch", "S"),
    ("kh", "K"),
    ("gh", "G"),
    ("dh", "D"),
    ("th", "D"),
    ("z", "D"),
    ("d", "D"),
    ("q", "k"),
    ("p", "b"),
    ("v", "f"),
    ("e", ""),
    ("a", ""),
    ("i", ""),
    ("o", ""),
    ("u", ""),
)


@dataclass(frozen=True)
class Transliteration:
    """The word and article tables, with every entry already in normalised spelling."""

    articles: frozenset[str]
    words: dict[str, str]


def _spell(word: str) -> str:
    """Character rules only: doubled letters and vowel spellings."""
    word = _TA_MARBUTA.sub("a", _DOUBLE.sub(r"\1", word))
    for old, new in _VOWELS:
        word = word.replace(old, new)
    return word


@cache
def transliteration() -> Transliteration:
    articles: set[str] = set()
    words: dict[str, str] = {}
    path = DATA_DIR / "transliteration.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if row["kind"] == "article":
                articles.add(row["variant"])
            else:
                words[_spell(row["variant"])] = _spell(row["canonical"])
    return Transliteration(frozenset(articles), words)


def _ascii_words(name: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = _APOSTROPHES.sub("", stripped)
    words: list[str] = []
    for word in _NON_WORD.sub(" ", stripped).split():
        words.extend(_GLUED.get(word, (word,)))
    return words


def _is_article(word: str, following: str | None, articles: frozenset[str]) -> bool:
    if word not in articles or following is None:
        return False
    if word in ("al", "el", "il", "ul"):
        return True
    # Sun-letter forms: "as" is an article only before an s-word ("as Safira"), else a word.
    consonant = word[1:]
    return following.startswith(consonant)


@cache
def name_key(name: str) -> str:
    """Transliteration-insensitive key of a place name (see module docstring)."""
    table = transliteration()
    words = _ascii_words(name)
    kept: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        if _is_article(word, following, table.articles):
            continue
        spelled = _spell(word)
        kept.append(table.words.get(spelled, spelled))
    return " ".join(kept)


@cache
def skeleton_key(name: str) -> str:
    """Consonant skeleton of ``name_key(name)``: a coarse key for candidate search."""
    words = []
    for word in name_key(name).split():
        for old, new in _SKELETON:
            word = word.replace(old, new)
        words.append(_DOUBLE.sub(r"\1", word.lower()) or word)
    return " ".join(w for w in words if w)
