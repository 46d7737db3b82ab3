"""The world gazetteer's admin units and capitals (GeoNames, CC BY 4.0), read from the package.

``data/gazetteer/world_admin1.tsv`` and ``world_admin2.tsv.gz`` hold the GeoNames admin1 and
admin2 units of every country with a derived point (the cities500 place nearest to the
population-weighted centroid of the unit's places: GeoNames ships no polygons, see
scripts/build_gazetteer.py); ``world_places.tsv.gz`` the populated places of cities500;
``world_capitals.tsv`` each country's capital. Loaded lazily and once per process.
"""

from __future__ import annotations

import csv
import gzip
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ceasewatch.knowledge.gazetteer import DATA_DIR, folded

ADMIN_FILES = ("world_admin1.tsv", "world_admin2.tsv.gz")
PLACES_FILE = "world_places.tsv.gz"
CAPITALS_FILE = "world_capitals.tsv"


_NON_WORD = re.compile(r"[^0-9a-z]+")
_DOUBLE = re.compile(r"([a-z])\1+")


# Running text asks for the same few names again and again (geocode's admin1 runs, countries'
# capitalised runs, the candidates' spellings: ~270 keys an article, most asked before): the
# answers are kept, a pure function of the name (issue 9).
PLAIN_KEY_CACHE = 16_384


@lru_cache(maxsize=PLAIN_KEY_CACHE)
def plain_key(name: str) -> str:
    """Lower-case ASCII words, doubled letters single ("Middle Shabelle" = "Middle Shabele",
    "Michoacán" = "Michoacan"). Stricter than ``gazetteer.name_key``, whose Arabic spelling
    rules would make "Maarat" a region of Tanzania: for evidence read from running text."""
    return _DOUBLE.sub(r"\1", " ".join(_NON_WORD.sub(" ", folded(name)).split()))


# The English admin words of first-level units and of those below them, as news copy and
# GeoNames' English names use them ("Beni territory" is Congo's, "Beni Department" Bolivia's;
# "Kandahar district" is not "Kandahar Province"). Words whose level differs by country
# ("county": Kenya's first level, the United States' second; "division") are in neither.
# Same-level synonyms never clash: "Kharkiv region" is GeoNames' "Kharkivs'ka Oblast'".
UNIT_LEVEL_WORDS = {
    **dict.fromkeys(
        ("province", "governorate", "state", "region", "oblast", "department", "prefecture",
         "emirate", "wilaya"),
        1,
    ),
    **dict.fromkeys(
        ("district", "territory", "municipality", "subdistrict", "subcounty", "woreda", "tehsil",
         "township", "lga", "raion", "rayon", "zone", "commune", "upazila"),
        2,
    ),
}  # fmt: skip


def unit_level_word(name: str, *, last: bool = False) -> int | None:
    """The level (``UNIT_LEVEL_WORDS``) of the admin word ``name`` carries: any of its words for
    a unit's own name ("Province du Soum"), only the last for a phrase as written ("Beni
    territory"; ``last``)."""
    words = re.findall(r"[a-z]+", re.sub(r"\bsub[\s-]+", "sub", folded(name)))
    for word in reversed(words[-1:] if last else words):
        if word in UNIT_LEVEL_WORDS:
            return UNIT_LEVEL_WORDS[word]
    return None


def unit_words_clash(written: str, unit_name: str) -> bool:
    """Does the text's admin word ("Beni territory") name another level than the unit's own
    name says ("Beni Department")? Either without one never clashes."""
    said = unit_level_word(written, last=True)
    own = unit_level_word(unit_name)
    return said is not None and own is not None and said != own


@dataclass(frozen=True)
class WorldUnit:
    """A GeoNames admin1 or admin2 unit."""

    code: str  # "MX.16", "SO.13.9179651"
    geonameid: int
    name: str
    variants: tuple[str, ...]
    latitude: float | None  # None: GeoNames has no populated place in it to stand for it
    longitude: float | None
    radius_km: float | None
    basis: str  # "cities500:N" (N places), "admin1" (its parent's point) or "none"
    shared: tuple[str, ...] = ()  # its names that a town in another country also has

    @property
    def country(self) -> str:
        return self.code.split(".", 1)[0]

    @property
    def level(self) -> int:
        return self.code.count(".")

    @property
    def admin1_code(self) -> str:
        return ".".join(self.code.split(".")[:2])

    @property
    def place_id(self) -> str:
        return f"geonames:{self.geonameid}"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


def read_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a shipped TSV (plain or gzip), comment lines skipped."""
    path = DATA_DIR / name
    opener = gzip.open if path.suffix == ".gz" else Path.open
    with opener(path, "rt", encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _unit(row: dict[str, str]) -> WorldUnit:
    point = bool(row["latitude"])
    return WorldUnit(
        code=row["code"],
        geonameid=int(row["geonameid"]),
        name=row["name"],
        variants=tuple(v for v in row["variants"].split("|") if v),
        latitude=float(row["latitude"]) if point else None,
        longitude=float(row["longitude"]) if point else None,
        radius_km=float(row["radius_km"]) if point else None,
        basis=row["basis"],
        shared=tuple(v for v in row["shared"].split("|") if v),
    )


@cache
def world_units(level: int = 2) -> dict[str, WorldUnit]:
    """Code -> unit, admin1 only (``level=1``, ~4k units) or admin1 and admin2 (~49k)."""
    units: dict[str, WorldUnit] = {}
    for name in ADMIN_FILES[:level]:
        units.update((u.code, u) for u in map(_unit, read_rows(name)))
    return units


@cache
def admin1_by_key(*, shared: bool = False) -> dict[str, tuple[str, ...]]:
    """plain_key of an admin1 name or variant -> the countries that have a unit so named (names
    that a town abroad also has are left out: they are no evidence of a country in running
    text; ``shared=True`` keeps them, for a dateline's state slot: "SOUTHPORT, England")."""
    found: dict[str, dict[str, None]] = {}
    for unit in world_units(1).values():
        for name in (n for n in unit.names if shared or n not in unit.shared):
            key = plain_key(name)
            if key:
                found.setdefault(key, {})[unit.country] = None
    return {k: tuple(v) for k, v in found.items()}


@cache
def admin1_names_by_key() -> dict[str, tuple[tuple[str, str], ...]]:
    """plain_key of an admin1 name or variant, shared ones too -> (country, the unit's name as
    places carry it in their admin1 column) of each unit so named."""
    found: dict[str, dict[tuple[str, str], None]] = {}
    for unit in world_units().values():  # the cached copy ``units_by_key`` reads too
        if unit.level == 1:
            for name in unit.names:
                if key := plain_key(name):
                    found.setdefault(key, {})[(unit.country, unit.name)] = None
    return {k: tuple(v) for k, v in found.items()}


@cache
def admin1_units() -> frozenset[tuple[str, str]]:
    """(country, name) of every first-level unit, as places carry it in their admin1 column."""
    return frozenset(u for units in admin1_names_by_key().values() for u in units)


# The Syrian governorates' OCHA names ("Idleb", "Rural Damascus", "Ar-Raqqa": OCHA's COD and
# ACLED spell them so) and their other spellings reach a GeoNames unit through the alias rows
# that cite a GeoNames admin1 code (syria_admin_aliases.tsv: "GeoNames admin1 SY.12 (169387)").
_GEONAMES_ADMIN1 = re.compile(r"GeoNames admin1 ([A-Z]{2}\.\w+)")
_FIRST_LEVEL_WORD = re.compile(
    r"\s+(?:" + "|".join(w for w, level in UNIT_LEVEL_WORDS.items() if level == 1) + r")$"
)


def _unit_keys(name: str) -> set[str]:
    """The name's plain_key, and the same without a trailing first-level word ("Idlib
    Governorate" is also "idlib"). Never looser: no fuzzy match (two units of one country
    often differ by one letter)."""
    key = plain_key(name)
    return {key, _FIRST_LEVEL_WORD.sub("", key)} - {""}


@cache
def admin1_spellings() -> dict[tuple[str, str], frozenset[str]]:
    """(country, key of a spelling) -> the codes of the first-level units of that country so
    spelled: GeoNames' names and variants (world_admin1.tsv) and, for Syria, OCHA's names and
    the cited aliases of each governorate (syria_admin_units.tsv, syria_admin_aliases.tsv)."""
    found: dict[tuple[str, str], set[str]] = {}

    def add(country: str, name: str, code: str) -> None:
        for key in _unit_keys(name):
            found.setdefault((country, key), set()).add(code)

    for unit in world_units(1).values():
        for name in unit.names:
            add(unit.country, name, unit.code)
    aliases = list(read_rows("syria_admin_aliases.tsv"))
    codes = {
        row["pcode"]: m.group(1) for row in aliases if (m := _GEONAMES_ADMIN1.match(row["source"]))
    }
    for row in read_rows("syria_admin_units.tsv"):
        if row["level"] == "1" and (code := codes.get(row["pcode"])):
            for name in (row["name_en"], row["name_en_ref"]):
                add("SY", name, code)
    for row in aliases:
        if code := codes.get(row["pcode"]):
            add("SY", row["alias"], code)
    return {k: frozenset(v) for k, v in found.items()}


def admin1_code(country: str, name: str) -> str | None:
    """The code ("SY.12") of the one first-level unit of ``country`` (alpha-2) that ``name``
    spells (any of its keys), None when none or several: "Idleb", "Idlib" and "Idlib
    Governorate" are all SY.12."""
    table = admin1_spellings()
    codes = {c for key in _unit_keys(name) for c in table.get((country.upper(), key), ())}
    return codes.pop() if len(codes) == 1 else None


@cache
def units_by_key() -> dict[str, tuple[str, ...]]:
    """``gazetteer.name_key`` of every admin1 and admin2 name and variant -> the codes of the
    units so named (for a place's bracketed parents, which are admin units by their position:
    the looser key matches "Saada" to "Sa'dah")."""
    from ceasewatch.knowledge.gazetteer import name_key

    found: dict[str, dict[str, None]] = {}
    for unit in world_units().values():  # world_units(2) would be a second cached copy
        for name in unit.names:
            key = name_key(name)
            if key:
                found.setdefault(key, {})[unit.code] = None
    return {k: tuple(v) for k, v in found.items()}


@cache
def capitals() -> dict[str, tuple[str, ...]]:
    """plain_key of a capital's name or Latin-script alternate -> the countries it is capital
    of. An alternate that is the own name of a town of TOWN_POPULATION+ in another country is
    left out (``towns_named``): GeoNames keeps old and foreign names among a capital's
    alternates ("Delhi" of Dili, "Philadelphia" of Amman, "Tera" of Tehran, "Salvador" of San
    Salvador), and a text naming that town is no sign of the capital's country."""
    towns = towns_named()
    found: dict[str, dict[str, None]] = {}
    for row in read_rows(CAPITALS_FILE):
        own = plain_key(row["name"])
        for name in (row["name"], *row["alternates"].split("|")):
            key = plain_key(name) if name else ""
            if not key or (key != own and towns.get(key, {row["country"]}) - {row["country"]}):
                continue
            found.setdefault(key, {})[row["country"]] = None
    return {k: tuple(v) for k, v in found.items()}


@cache
def capital_names(country: str) -> tuple[str, ...]:
    """The names of ``country``'s (alpha-2) capitals as world_capitals.tsv lists them (GeoNames
    PPLC: one for most countries)."""
    return tuple(r["name"] for r in read_rows(CAPITALS_FILE) if r["country"] == country)


# A town this big is meant by its own name often enough that a capital's alternate spelled so
# is no evidence of the capital's country (Niger's Téra, ~20,000 people, and Tehran's "Tera").
TOWN_POPULATION = 10_000


def towns_named() -> dict[str, frozenset[str]]:
    """plain_key of the own name (not an alternate) of a cities500 place of TOWN_POPULATION+
    people -> the countries that have such a town."""
    return _town_tables()[0]


# A dateline city named without its country ("LAGOS, Feb 3 -") is read as a country's city only
# when it is big and no other country has a city that big of the same name.
BIG_CITY_POPULATION = 100_000


def big_cities() -> dict[str, tuple[str, ...]]:
    """plain_key of the name or a Latin-script alternate of a populated place of
    BIG_CITY_POPULATION+ people -> the countries that have such a city so named."""
    return _town_tables()[1]


@cache
def _town_tables() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """``towns_named`` and ``big_cities`` from one read of the places file. Only the keys are
    kept: holding every town's names as well cost 30 MB of a run's peak (places28)."""
    named: dict[str, set[str]] = {}
    big: dict[str, dict[str, None]] = {}
    for row in read_rows(PLACES_FILE):
        population = int(row["population"] or 0)
        if population < TOWN_POPULATION:
            continue
        country = row["country"]
        key = plain_key(row["name"])
        if key:
            named.setdefault(key, set()).add(country)
        if population < BIG_CITY_POPULATION:
            continue
        for name in (row["name"], *row["alternates"].split("|")):
            key = plain_key(name) if name else ""
            if key:
                big.setdefault(key, {})[country] = None
    return (
        {k: frozenset(v) for k, v in named.items()},
        {k: tuple(v) for k, v in big.items()},
    )


def unit_of(country: str | None, admin1: str | None, admin2: str | None = None) -> WorldUnit | None:
    """The admin2 unit (when ``admin2`` is given and known), else the admin1 unit, by codes."""
    if not country or not admin1:
        return None
    units = world_units() if admin2 else world_units(1)  # one cached copy of each level
    if admin2 and (unit := units.get(f"{country}.{admin1}.{admin2}")):
        return unit
    return units.get(f"{country}.{admin1}")


@dataclass(frozen=True)
class CountryPoint:
    """The point that stands for a whole country (see ``country_point``)."""

    latitude: float
    longitude: float
    radius_km: float  # to its farthest first-level unit's point
    unit: str  # the admin1 unit whose point it is


@cache
def country_point(alpha2: str) -> CountryPoint | None:
    """A country's point: the point of the first-level unit nearest the mean of all its units'
    points. A unit's point is a real place in the country, where the plain mean may fall in
    the sea (Indonesia) or abroad (Chile's mean lies in Argentina). None: no unit has a point."""
    units = [
        u for u in world_units(1).values()
        if u.country == alpha2 and u.latitude is not None and u.longitude is not None
    ]  # fmt: skip
    if not units:
        return None
    lat = sum(u.latitude or 0.0 for u in units) / len(units)
    lon = sum(u.longitude or 0.0 for u in units) / len(units)
    best = min(units, key=lambda u: _km(lat, lon, u.latitude or 0.0, u.longitude or 0.0))
    la, lo = best.latitude or 0.0, best.longitude or 0.0
    far = max(
        _km(la, lo, u.latitude or 0.0, u.longitude or 0.0) + (u.radius_km or 0.0) for u in units
    )
    return CountryPoint(la, lo, round(far, 1), best.code)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


__all__ = [
    "CountryPoint",
    "WorldUnit",
    "admin1_by_key",
    "big_cities",
    "capitals",
    "country_point",
    "plain_key",
    "read_rows",
    "unit_of",
    "units_by_key",
    "world_units",
]
