"""The admin1 of a placed event, spelt as the text spells that unit (issue 9, session 19).

GeoNames spells many first-level units with its transliteration marks ("Arbīl" for Erbil,
"Diyālá", "Al Jazīrah"), which no coder writes, and a note written by a coder names
the unit in the coder's own spelling ("... in Sidakan district (Erbil)"). When the gazetteer's
name has letters outside ASCII and the text names the event's admin1 unit in a plain spelling
of any of the unit's names, the admin1 is written as the text writes it; the unit, the point and
everything else stay as placed. A plain gazetteer name ("Nord Kivu", GeoNames' and ACLED's, beside
a text's "North Kivu") and Syria's governorates (OCHA's names, which ACLED uses: "Idleb") are
kept, as is any name the text does not give or gives only without the marks ("Diyarbakir" for
GeoNames' "Diyarbakır": the same name, which a scorer folds alike).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ceasewatch.knowledge.countries import country_named
from ceasewatch.knowledge.gazetteer import name_key
from ceasewatch.knowledge.world import world_units
from ceasewatch.model import Location

# Capitalised runs of up to three words ("Erbil", "Salah al-Din", "Rural Damascus").
_WORD = r"[A-Z][\w'’‘-]*"
_RUN = re.compile(rf"{_WORD}(?:\s+(?:[a-z]{{1,3}}[-\s])?{_WORD}){{0,2}}")


@cache
def _units_by_key() -> dict[tuple[str, str], frozenset[str]]:
    """(country alpha2, name_key of one name of an admin1 unit) -> the name_keys of all that
    unit's names."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for unit in world_units(1).values():
        keys = frozenset(k for k in map(name_key, unit.names) if k)
        for key in keys:
            out[(unit.country, key)] = out.get((unit.country, key), frozenset()) | keys
    return out


def plain(name: str) -> str:
    """Lower case without marks or apostrophes ("Diyarbakır", "Khōst", "Ma’rib" -> diyarbakir,
    khost, marib)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i").casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def as_written(location: Location, text: str) -> Location:
    """``location`` with its admin1 spelt as ``text`` names that unit, if it does."""
    admin1 = location.admin1
    country = country_named(location.country) if location.country else None
    if not admin1 or admin1.isascii() or country is None or country.alpha2 == "SY":
        return location
    if re.search(rf"(?<!\w){re.escape(admin1)}(?!\w)", text):
        return location  # the text writes it as the gazetteer does
    key = name_key(admin1)
    keys = _units_by_key().get((country.alpha2, key), frozenset()) | {key}
    for match in _RUN.finditer(text):
        words = match.group(0).split()
        # every run of whole words of the match, the longest first
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                written = " ".join(words[first : first + size]).rstrip("'’")
                if plain(written) == plain(admin1):
                    return location  # marks only ("Khost", "Diyarbakir"): GeoNames' kept
                if len(written) >= 4 and written.isascii() and name_key(written) in keys:
                    reason = f"{location.reason}; admin1 written as the text names it ('{written}')"
                    return location.model_copy(update={"admin1": written, "reason": reason})
    return location
