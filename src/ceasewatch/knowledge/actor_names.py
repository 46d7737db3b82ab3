"""How actor names are compared: one normal form for exact/alias lookup, one skeleton for
transliteration-tolerant comparison.

``normalize_name`` keeps every letter: "Hay'at Tahrir al-Sham" and "hay’at tahrir al sham" meet.
``skeleton`` folds the spelling choices of Arabic-to-English transliteration (Jaish/Jaysh,
Faylaq/Failaq, Zenki/Zinki, Nusra/Nusrah, Turkistan/Turkestan, an-Nasr/al-Nasr) so that two
spellings of one Arabic name get the same key; it is lossy and only used for fuzzy matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Typographic apostrophes and the ayn/hamza marks transliterations use for ' .
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼʻʿʾ′"})
_QUOTES = '"“”«»„'
_DASHES = re.compile(r"[\-‐‑‒–—―_/]+")
_PUNCT = re.compile(r"[^\w' ]+")
# The Arabic article and its sun-letter assimilations, written with a hyphen (ad-Din, an-Nasr,
# ash-Sham, el-Assad): all are "al". Only hyphenated forms, so English "at"/"an" are untouched.
_ARTICLE = re.compile(r"\b(?:al|el|il|ul|ad|adh|an|ar|as|ash|at|ath|az|ad)-(?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s\b")
# Dotted initials ("U.S.", "U.K.", "U.N."): the dots go, so that "U.S. forces" = "US forces".
_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")
_LEADING = re.compile(r"^(?:the |al )+")

# Transliteration folds, applied in order to a normalised name (see module docstring).
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bal "), ""),  # the article carries no identity
    (re.compile(r"'"), ""),  # ayn/hamza marks: Hay'at = Hayat
    (re.compile(r"dj|dsch"), "j"),  # French/German j
    (re.compile(r"ou|oo|o"), "u"),  # Nour/Nur, Mouhajirin/Muhajirin
    (re.compile(r"ee|ie|e"), "i"),  # Zenki/Zinki, Jabhet/Jabhat stays distinct below
    (re.compile(r"ay|ey"), "ai"),  # Jaysh/Jaish, Faylaq/Failaq
    (re.compile(r"q"), "k"),  # Qaeda/Kaida, Faylaq/Failak
    (re.compile(r"ph"), "f"),
    (re.compile(r"(\w)\1+"), r"\1"),  # doubled letters: Ahrar/Ahhrar, Tall/Tal
    (re.compile(r"(?<=[aiu])h\b"), ""),  # final h: Nusrah/Nusra, Jabhah/Jabha
)


# Every name of an article is normalised, many of them in every article ("Syrian", "Damascus"):
# remembered, bounded (profiled: ~5 % of the pipeline uncached).
@lru_cache(maxsize=131072)
def normalize_name(text: str) -> str:
    """Case-, quote-, hyphen- and article-insensitive form of a name.

    Leading "the" and a leading Arabic article are dropped ("the Free Syrian Army", "Al-Sham
    Corps"), a possessive "'s" is dropped ("the FSA's 2nd Army" = "FSA 2nd Army"), dotted
    initials lose their dots ("U.S.-led" = "US-led").
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.strip().strip(_QUOTES + "'").casefold()
    text = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _ARTICLE.sub("al ", text)
    text = _POSSESSIVE.sub("", text)
    text = _DASHES.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = " ".join(text.split())
    return _LEADING.sub("", text)


def skeleton(text: str) -> str:
    """A transliteration-folded key of a name, for fuzzy comparison only."""
    key = normalize_name(text)
    for pattern, replacement in _FOLDS:
        key = pattern.sub(replacement, key)
    return " ".join(key.split())


def leading_runs(words: list[str]) -> list[str]:
    """The runs of ``words`` that start at the first, longest first, as candidate names of an
    actor written there (["the", "rebels", "fled"] -> "the rebels fled", "the rebels", "the")."""
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)]


__all__ = ["leading_runs", "normalize_name", "skeleton"]
