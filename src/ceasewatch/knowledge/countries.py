"""Country names in running text: "Syria", "Syria's", "Syrias", "Syrian territory".

A country named as an event's place is a country, never a village of the same name abroad
("Syria" is also a village in Saxony): ACLED codes no point for "in Syria". Names come from
pycountry (ISO 3166-1 names, common names, official names; never the two-letter codes, which
are English words: "IN", "IT") and ``data/gazetteer/countries.tsv`` (the short names and
adjectives news copy uses that ISO does not: Russia, Turkey, Britain, "Syrian territory").

Possessives are read in every spelling reports use: "Syria's", "Syria’s", and "Syrias" (some
corpora strip apostrophes), so "Syria's Idlib" is Idlib inside Syria.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry

from ceasewatch.knowledge.gazetteer import DATA_DIR

# Nouns that turn a country adjective into the country as a place ("on Syrian territory").
TERRITORY_WORDS = frozenset({"territory", "territories", "soil", "airspace", "land", "lands"})
# Phrases that stand for the country the article is about ("fighting across the country").
THE_COUNTRY = frozenset({"the country", "country", "the whole country", "the entire country"})
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")


@dataclass(frozen=True)
class Country:
    alpha2: str
    name: str  # the common English name ("Syria", not "Syrian Arab Republic")
    numeric: int  # ISO 3166-1 numeric (ACLED's `iso` column)


def _fold(text: str) -> str:
    """Lower case, one space, no "the", no full stops ("U.S." and "U.S" are "US")."""
    text = " ".join(text.replace("’", "'").replace(".", "").split()).casefold()
    return text.removeprefix("the ")


@cache
def _spellings() -> tuple[tuple[str, str, str], ...]:
    """(alpha2, kind, spelling) for every name and adjective, as written."""
    rows: list[tuple[str, str, str]] = []
    for record in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value:
                rows.append((record.alpha_2, "name", value))
    path = DATA_DIR / "countries.tsv"
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            rows.append((row["alpha2"], row["kind"], row["name"]))
    return tuple(rows)


@cache
def _tables() -> tuple[dict[str, Country], dict[str, Country]]:
    """(name -> country, adjective -> country), keys folded."""
    names: dict[str, Country] = {}
    adjectives: dict[str, Country] = {}
    for alpha2, kind, spelling in _spellings():
        record = pycountry.countries.get(alpha_2=alpha2)
        if record is None:
            continue
        table = adjectives if kind == "adjective" else names
        table.setdefault(_fold(spelling), _country(record))
    return names, adjectives


def name_pattern() -> str:
    """A regex alternation of every country name and adjective as written (case matters: "US"
    is the country, "us" a pronoun), longest first."""
    spellings = sorted({s for _, _, s in _spellings()}, key=len, reverse=True)
    return "|".join(re.escape(s) for s in spellings)


def _country(record: Any) -> Country:
    name = getattr(record, "common_name", None) or record.name
    return Country(str(record.alpha_2), str(name), int(record.numeric))


def country_named(text: str, *, adjective: bool = False) -> Country | None:
    """The country ``text`` names (possessive or not), or None.

    "Syria", "the Syrian Arab Republic", "Syria's", "Syrias", "Syrian territory" -> Syria; a bare
    adjective ("Syrian") only with ``adjective=True`` (it is evidence of the article's country,
    not a place).
    """
    names, adjectives = _tables()
    folded = _fold(text)
    if len(folded) <= 3 and not text.strip().isupper():
        return None  # "US", "UK" are written in capitals; "us" is a pronoun
    bare = _POSSESSIVE.sub("", folded)
    for key in (folded, bare):
        if key in names:
            return names[key]
    if folded.endswith("s") and folded[:-1] in names:  # "Syrias": the apostrophe was stripped
        return names[folded[:-1]]
    words = bare.split()
    if len(words) == 2 and words[1] in TERRITORY_WORDS:
        return adjectives.get(words[0])
    return adjectives.get(bare) if adjective else None


def split_possessor(name: str) -> tuple[Country, str] | None:
    """("Syria", "Idlib") for "Syria's Idlib" / "Syrias Idlib"; None when no country owns it."""
    words = name.split()
    for k in range(1, min(4, len(words))):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if not (_POSSESSIVE.search(head) or head.endswith("s")):
            continue
        country = country_named(head)
        if country is not None and rest.strip(" ,-"):
            return country, rest.strip(" ,-")
    return None


def country_by_code(alpha2: str) -> Country | None:
    record = pycountry.countries.get(alpha_2=alpha2)
    return _country(record) if record is not None else None


__all__ = [
    "THE_COUNTRY",
    "Country",
    "country_by_code",
    "country_named",
    "name_pattern",
    "split_possessor",
]
