"""Names that stand for a region, not a town: "Idlib province", "the countryside of Hama",
"rural Aleppo", "southern Idlib", "Damascus countryside".

Most Syrian governorates share their name with their capital. The name alone is the city (a
populated place outranks the admin unit of the same name); with an admin word ("province",
"governorate", "district") or as a countryside or a part ("rural", "southern"), it is the region:
the governorate (or the district the admin word names), at precision 3 with the unit's own
radius. Both FA-KES and ACLED file such events under the governorate, and no point in a region
of thousands of km² is better than its admin centre.
"""

from __future__ import annotations

from dataclasses import dataclass

from ceasewatch.geocode import settings as cfg
from ceasewatch.knowledge.admin import AdminAreas, AdminUnit
from ceasewatch.model import Place


@dataclass(frozen=True)
class Choice:
    place: Place
    precision: int
    radius_km: float
    reason: str
    # the bracket after the name is the place's own other name, not a parent: the country the
    # parents' reading gave is no word of the text about this place (``place._own_other_name``)
    own_name: bool = False


def _wanted_level(kind: str | None, qualifier: str | None, direction: str | None) -> int | None:
    """The admin level the words ask for: 1 for a province or the countryside of a governorate
    (or a part of it), 2 or 3 for a district or sub-district; None for a plain name."""
    for word in (kind, (qualifier or "").lower().strip() or None):
        if word in cfg.ADMIN_LEVELS:
            return cfg.ADMIN_LEVELS[word]
    regional = (qualifier or "").lower().strip() in cfg.REGION_QUALIFIERS
    return 1 if regional or direction or kind in cfg.REGION_QUALIFIERS else None


@dataclass(frozen=True)
class Phrase:
    """A place name with the words around it (``place.parse_name`` reads them)."""

    base: str  # the place name itself
    kind: str | None = None  # the admin or area word after it: "province", "countryside"
    direction: str | None = None  # "southern", "rural"
    within: str | None = None  # ISO alpha-2 of a possessor country ("Syria's Idlib")


def region_named(phrase: Phrase, qualifier: str | None, areas: AdminAreas) -> Choice | None:
    """The admin unit a region phrase names, or None (see the module docstring)."""
    base, kind, direction = phrase.base, phrase.kind, phrase.direction
    level = _wanted_level(kind, qualifier, direction)
    if level is None or phrase.within not in (None, "SY"):
        return None
    unit = _unit(base, level, qualifier, kind, areas)
    if unit is None:
        return None
    q = (qualifier or "").lower().strip()
    before, after = (None, q) if q in cfg.ADMIN_LEVELS else (q, None)
    said = " ".join(w for w in (direction, before, base, kind, after) if w)
    reason = (
        f"'{said}' names a region: {unit.kind} {unit.name} ({unit.pcode}); precision 3: its "
        "centre stands for it"
    )
    return Choice(unit.as_place(), 3, unit.radius_km, reason)


def _unit(
    base: str, level: int, qualifier: str | None, kind: str | None, areas: AdminAreas
) -> AdminUnit | None:
    countryside = "countryside" in f"{qualifier or ''} {kind or ''}".lower()
    if countryside:  # "Damascus countryside" is its own governorate (Rif Dimashq)
        for unit in areas.find(f"{base} countryside", level=1, exact=True):
            return unit
    for unit in areas.find(base, level=level, exact=True):
        return unit
    return None


__all__ = ["Choice", "Phrase", "region_named"]
