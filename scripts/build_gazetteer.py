#!/usr/bin/env python
"""Derive the gazetteer data shipped in src/ceasewatch/knowledge/data/gazetteer/.

Reproducible: the same inputs give byte-identical outputs. Inputs are the OCHA Syria common
operational datasets (admin1-3 polygons, attribute tables, city neighbourhoods) and the GeoNames
admin1 codes for Syria, as kept in ../shared/data/gazetteer (see its MANIFEST.md).

    python scripts/build_gazetteer.py [--source DIR] [--out DIR]

Outputs:
  syria_admin3.geojson     272 sub-district polygons, simplified as one coverage (shared edges stay
                           shared, so no gaps or overlaps appear between neighbours); admin1 and
                           admin2 outlines are unions of these at load time, so the levels nest.
  syria_admin_units.tsv    every admin1/2/3 unit: level, PCODE, parent, English and Arabic names.
  syria_neighbourhoods.tsv 414 urban neighbourhoods as points.
  syria_admin_aliases.tsv  other spellings of the governorates (GeoNames admin1 names, common
                           English forms).
  world_places.tsv.gz      the populated places of GeoNames cities500 (every country), with their
                           Latin-script alternate names (see ``build_world``).
  world_admin1.tsv         GeoNames admin1 units of every country, with a derived point.
  world_admin2.tsv.gz      GeoNames admin2 units of every country, with a derived point.
  world_capitals.tsv       the capital (PPLC) of each country in cities500, for the article's
                           country read from text without the gazetteer.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from rapidfuzz import fuzz
from shapely.geometry import mapping, shape

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "gazetteer"
DEFAULT_OUT = REPO / "src" / "ceasewatch" / "knowledge" / "data" / "gazetteer"
# 0.0005 degrees is ~50 m: far below the precision of any news report's place, and it shrinks
# admin3 from 129k to ~32k vertices (5.4 MB -> well under 1 MB of GeoJSON).
TOLERANCE = 0.0005
# 5 decimals of a degree is ~1 m; more digits only add bytes.
DECIMALS = 5
OCHA_SOURCE = (
    "OCHA Syria common operational datasets (COD-AB), HDX dataset 'syria-administrative-"
    "boundaries-populated-places', updated 2016-09-05"
)
OCHA_LICENCE = "HDX common operational data; attribution: OCHA (derived, simplified copy)"
# GeoNames admin1 code -> OCHA governorate PCODE: the same 14 governorates under other names.
GEONAMES_ADMIN1 = {
    "SY.01": "SY08",  # Al-Hasakah
    "SY.02": "SY06",  # Latakia
    "SY.03": "SY14",  # Quneitra
    "SY.04": "SY11",  # Ar-Raqqah
    "SY.05": "SY13",  # As-Suwayda
    "SY.06": "SY12",  # Daraa
    "SY.07": "SY09",  # Deir ez-Zor
    "SY.08": "SY03",  # Rif-dimashq
    "SY.09": "SY02",  # Aleppo
    "SY.10": "SY05",  # Hama
    "SY.11": "SY04",  # Homs
    "SY.12": "SY07",  # Idlib
    "SY.13": "SY01",  # Dimashq
    "SY.14": "SY10",  # Tartus
}
# Common English spellings in news reports (Wikipedia article titles of the governorates).
ENGLISH_GOVERNORATES = {
    "SY01": ["Damascus Governorate"],
    "SY02": ["Aleppo Governorate"],
    "SY03": ["Rif Dimashq", "Damascus countryside", "Rural Damascus Governorate"],
    "SY04": ["Homs Governorate"],
    "SY05": ["Hama Governorate"],
    "SY06": ["Latakia", "Latakia Governorate"],
    "SY07": ["Idlib", "Idlib Governorate"],
    "SY08": ["Hasakah", "al-Hasakah Governorate"],
    "SY09": ["Deir ez-Zor", "Deir ez-Zor Governorate"],
    "SY10": ["Tartus", "Tartus Governorate"],
    "SY11": ["Raqqa", "Raqqa Governorate"],
    "SY12": ["Daraa", "Daraa Governorate"],
    "SY13": ["Suwayda", "As-Suwayda Governorate"],
    "SY14": ["Quneitra Governorate"],
}


def header(what: str, source: str, licence: str) -> list[str]:
    return [
        f"# {what}",
        f"# source: {source}",
        f"# licence: {licence}",
        "# derived by scripts/build_gazetteer.py; do not edit by hand",
    ]


def write_tsv(path: Path, head: list[str], columns: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("\n".join(head) + "\n")
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


def round_coords(geometry: dict[str, object]) -> dict[str, object]:
    def walk(value: object) -> object:
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], float):
                return [round(float(v), DECIMALS) for v in value]
            return [walk(v) for v in value]
        return value

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def build_polygons(source: Path, out: Path) -> None:
    data = json.loads((source / "syr_admin3.geojson").read_text(encoding="utf-8"))
    features = sorted(data["features"], key=lambda f: f["properties"]["PCODE"])
    geoms = shapely.coverage_simplify([shape(f["geometry"]) for f in features], TOLERANCE)
    rows = []
    for feature, geom in zip(features, geoms, strict=True):
        fixed = shapely.set_precision(geom, 10**-DECIMALS)
        if not fixed.is_valid or fixed.is_empty:
            raise SystemExit(f"{feature['properties']['PCODE']}: invalid after simplification")
        rows.append(
            {
                "type": "Feature",
                "properties": {"pcode": feature["properties"]["PCODE"]},
                "geometry": round_coords(mapping(fixed)),
            }
        )
    collection = {
        "type": "FeatureCollection",
        "metadata": {
            "what": "Syria admin3 (sub-district) polygons, simplified as one coverage",
            "source": OCHA_SOURCE,
            "licence": OCHA_LICENCE,
            "tolerance_degrees": TOLERANCE,
            "derived_by": "scripts/build_gazetteer.py",
        },
        "features": rows,
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    (out / "syria_admin3.geojson").write_text(text + "\n", encoding="utf-8")


def build_units(source: Path, out: Path) -> None:
    rows: list[list[str]] = []
    for level in (1, 2, 3):
        path = source / f"syr_admin{level}_attributes.csv"
        with path.open(encoding="utf-8") as handle:
            for rec in csv.DictReader(handle):
                parent = rec.get(f"ADM{level - 1}_PCODE", "") if level > 1 else ""
                ar_ref = rec.get("NAM_AR_REF", rec["NAME_AR"])
                rows.append(
                    [
                        str(level),
                        rec["PCODE"],
                        parent,
                        rec["NAME_EN"],
                        rec["NAM_EN_REF"],
                        rec["NAME_AR"],
                        ar_ref,
                    ]
                )
    rows.sort(key=lambda r: (int(r[0]), r[1]))
    columns = ["level", "pcode", "parent", "name_en", "name_en_ref", "name_ar", "name_ar_ref"]
    head = header(
        "Syria admin units: 14 governorates, 62 districts, 272 sub-districts",
        OCHA_SOURCE,
        OCHA_LICENCE,
    )
    write_tsv(out / "syria_admin_units.tsv", head, columns, rows)


def build_neighbourhoods(source: Path, out: Path) -> None:
    data = json.loads((source / "city_neighbourhoods.geojson").read_text(encoding="utf-8"))
    rows = []
    for feature in data["features"]:
        p = feature["properties"]
        rows.append(
            [
                p["PCODE"],
                p["NAME_EN"],
                p["NAME_AR"],
                f"{float(p['LATITUDE']):.5f}",
                f"{float(p['LONGITUDE']):.5f}",
                p["ADM3_PCODE"],
                p["ADM4_EN"],
            ]
        )
    rows.sort(key=lambda r: r[0])
    columns = ["pcode", "name_en", "name_ar", "latitude", "longitude", "admin3", "city"]
    head = header("Syria urban neighbourhoods (points)", OCHA_SOURCE, OCHA_LICENCE)
    write_tsv(out / "syria_neighbourhoods.tsv", head, columns, rows)


def build_aliases(source: Path, out: Path) -> None:
    rows: list[list[str]] = []
    path = source / "geonames_sy" / "admin1CodesASCII_SY.txt"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            code, name, _ascii, geonameid = line.rstrip("\n").split("\t")
            rows.append([GEONAMES_ADMIN1[code], name, f"GeoNames admin1 {code} ({geonameid})"])
    for pcode, names in ENGLISH_GOVERNORATES.items():
        for name in names:
            wiki = name.replace(" ", "_")
            rows.append([pcode, name, f"https://en.wikipedia.org/wiki/{wiki}"])
    rows.sort()
    head = header(
        "Other spellings of the Syrian governorates",
        "GeoNames admin1CodesASCII.txt (https://download.geonames.org/export/dump/); "
        "English Wikipedia article titles",
        "GeoNames: CC BY 4.0; names are facts",
    )
    write_tsv(out / "syria_admin_aliases.tsv", head, ["pcode", "alias", "source"], rows)


# --- the world gazetteer: GeoNames cities500 + admin1/admin2 codes -----------------------------

GEONAMES_SOURCE = (
    "GeoNames cities500.txt, admin1CodesASCII.txt, admin2Codes.txt "
    "(https://download.geonames.org/export/dump/, dump of March 2023)"
)
GEONAMES_LICENCE = "CC BY 4.0; attribution: GeoNames (www.geonames.org)"
# Coordinates to 4 decimals (~11 m): finer than any report's place, and 20% fewer bytes.
WORLD_DECIMALS = 4
# Alternate names kept per place: the rest are rare-language exonyms that news copy never uses
# and that would double the file (Paris has 200+). GeoNames lists them in no order of use, so a
# cap would drop "New York" from New York City: cities of BIG_PLACE people keep all of theirs.
MAX_ALTERNATES = 12
BIG_PLACE = 100_000
# Words that say what kind of unit a GeoNames admin name is ("Poonch District", "Degmada
# Badhaadhe", "Estado de Mexico", "Caza de Tyr", "Senakis Raioni"): the bare name is a variant
# news copy uses. Longest first: one word is taken off. Issue 9 (session 12): "Caza de Tyr" hid
# Lebanon's districts. A longer list read from the commonest first and last words of the
# 48,712 unit names (Comuna, Amphoe, Municipio, Partido de, Krai, Urban Okrug, Ilcesi...) cost
# one place on the world set's test half (0.818 -> 0.808, by toggling the list alone; the item
# was not read): bare names of small units compete with towns abroad. Add words one at a time,
# measured.
ADMIN_WORDS_AFTER = tuple(sorted((
    "district", "province", "governorate", "region", "county", "state", "department",
    "municipality", "prefecture", "division", "oblast", "raion", "rayon", "wilaya", "qada",
    "muhafazat", "zone", "territory", "city", "regency", "area", "shahrestan", "ostan",
    "raioni",
), key=len, reverse=True))  # fmt: skip
ADMIN_WORDS_BEFORE = tuple(sorted((
    "degmada", "gobolka", "provincia de", "provincia del", "departamento de", "departamento del",
    "estado de", "municipio de", "distrito de", "wilayat", "muhafazat", "province de",
    "province du", "region de", "district of", "province of", "state of", "qada", "mintaqat",
    "gouvernorat de", "wilaya de", "caza de", "caza du", "caza de la",
), key=len, reverse=True))  # fmt: skip


# Least radius of a unit's point: a province spans ~50 km at the least, a district ~15 km.
LEAST_RADIUS_KM = {1: 50.0, 2: 15.0}


def _latin(name: str) -> bool:
    """Latin letters, digits, spaces and punctuation only (no Cyrillic, Arabic, CJK...)."""
    return all(not (char.isalpha() and "LATIN" not in unicodedata.name(char, "")) for char in name)


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _alternates(name: str, ascii_name: str, raw: str, population: int = 0) -> list[str]:
    """Latin-script alternate names, one per folded spelling, codes ("ZKS") left out."""
    seen = {_fold(name)}
    kept: list[str] = []
    for alt in [ascii_name, *raw.split(",")]:
        alt = alt.strip()
        if not alt or len(alt) > 80 or not _latin(alt) or any(c.isdigit() for c in alt):
            continue
        if alt.isupper() and len(alt) <= 4:  # IATA, ICAO and other codes
            continue
        folded = _fold(alt)
        if folded not in seen:
            seen.add(folded)
            kept.append(alt)
    return kept if population >= BIG_PLACE else kept[:MAX_ALTERNATES]


def admin_variants(name: str) -> list[str]:
    """The bare name of "Poonch District", "Degmada Badhaadhe", "Estado de Mexico"."""
    folded = _fold(name)
    out: list[str] = []
    after = next((w for w in ADMIN_WORDS_AFTER if folded.endswith(f" {w}")), None)
    if after is not None:
        out.append(name[: -len(after) - 1].strip(" -,"))
    before = next((w for w in ADMIN_WORDS_BEFORE if folded.startswith(f"{w} ")), None)
    if before is not None:
        out.append(name[len(before) + 1 :].strip(" -,"))
    # GeoNames writes "Western Darfur", "Northern Kordofan"; news copy (and ACLED) "West
    # Darfur", "North Kordofan"; and the other way round ("North Kivu" / "Northern Kivu")
    for long, short in COMPASS_FORMS:
        for a, b in ((long, short), (short, long)):
            if name.startswith(f"{a} "):
                out.append(f"{b}{name[len(a) :]}")
    return [v for v in out if len(v) >= 3]


COMPASS_FORMS = (("Northern", "North"), ("Southern", "South"), ("Eastern", "East"),
                 ("Western", "West"))  # fmt: skip

# Countries whose unit names are transliterated from Arabic, where one name ends "-iyah", "-iya"
# or "-ia" at the romaniser's will (Al Qadisiyah / Qadisiya, Dakahlia / Dakahliya, Sharqia /
# Sharqiya), and the article is written or left out ("Ad Dakhiliyah", "Dakhiliya").
ARABIC_COUNTRIES = frozenset(
    {"AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM",
     "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"}
)  # fmt: skip
NISBA_ENDINGS = ("iyah", "iya", "ia")
ARABIC_ARTICLES = ("al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az")


def arabic_variants(name: str) -> list[str]:
    """ "Al Qadisiyah" -> "Qadisiyah", "Al Qadisiya", "Al Qadisia", "Qadisiya", "Qadisia"."""
    forms = [name]
    first, _, rest = name.partition(" ")
    if "-" in first and not rest:
        first, _, rest = name.partition("-")
    if first.casefold() in ARABIC_ARTICLES and len(rest) >= 5:
        forms.append(rest)
    out: list[str] = []
    for form in forms:
        out.append(form)
        folded = form.casefold()
        ending = next((e for e in NISBA_ENDINGS if folded.endswith(e)), None)
        if ending is None or len(form) - len(ending) < 3:
            continue
        stem = form[: -len(ending)]
        out.extend(stem + other for other in NISBA_ENDINGS if other != ending)
    return [v for v in out if v != name]


@dataclass
class _Unit:
    code: str
    level: int
    name: str
    ascii_name: str
    geonameid: str
    # (latitude, longitude, population) of the cities500 places inside the unit
    places: list[tuple[float, float, int]] = field(default_factory=list)
    # the seats of government (PPLA-PPLA3, PPLC) inside it: (main name, every folded name)
    seats: list[tuple[str, frozenset[str]]] = field(default_factory=list)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = math.radians(b[0] - a[0])
    dlon = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def unit_point(
    places: list[tuple[float, float, int]], least_km: float = 10.0
) -> tuple[float, float, float]:
    """(lat, lon, radius_km) of a unit from its populated places.

    The point is the place nearest to the population-weighted centroid of the unit's cities500
    places: a real inhabited point inside the unit (a centroid of a coastal or crescent-shaped
    unit can fall in the sea or outside it), central to where its people live. It is not the
    unit's geometric centre: GeoNames ships no polygons. The radius is the distance within
    which 90% of the unit's places lie, at least ``least_km`` (a unit with one or two towns
    is not a point: its towns say little about its extent).
    """
    weights = [max(p[2], 500) for p in places]
    total = float(sum(weights))
    lat = sum(p[0] * w for p, w in zip(places, weights, strict=True)) / total
    lon = sum(p[1] * w for p, w in zip(places, weights, strict=True)) / total
    best = min(places, key=lambda p: _km((lat, lon), (p[0], p[1])))
    dists = sorted(_km((best[0], best[1]), (p[0], p[1])) for p in places)
    radius = max(least_km, dists[int(0.9 * (len(dists) - 1))])
    return best[0], best[1], radius


def _read_units(source: Path) -> dict[str, _Unit]:
    units: dict[str, _Unit] = {}
    for level, name in ((1, "admin1CodesASCII.txt"), (2, "admin2Codes.txt")):
        with (source / name).open(encoding="utf-8") as handle:
            for line in handle:
                code, uname, ascii_name, gid = line.rstrip("\n").split("\t")
                units[code] = _Unit(code, level, uname, ascii_name, gid)
    return units


def _world_place_rows(source: Path, units: dict[str, _Unit]) -> list[list[str]]:
    rows: list[list[str]] = []
    with (source / "cities500.txt").open(encoding="utf-8") as handle:
        for line in handle:
            c = line.rstrip("\n").split("\t")
            lat, lon, pop = float(c[4]), float(c[5]), int(c[14] or 0)
            seat = c[7] in SEAT_CODES
            names = frozenset(_fold(n) for n in (c[1], c[2], *c[3].split(",")) if n)
            for code in (f"{c[8]}.{c[10]}", f"{c[8]}.{c[10]}.{c[11]}"):
                if code in units:
                    units[code].places.append((lat, lon, pop))
                    if seat:
                        units[code].seats.append((c[1], names))
            rows.append([c[0], c[1], f"{lat:.{WORLD_DECIMALS}f}", f"{lon:.{WORLD_DECIMALS}f}",
                         c[7], c[8], c[10], c[11], str(pop),
                         "|".join(_alternates(c[1], c[2], c[3], pop))])  # fmt: skip
    rows.sort(key=lambda r: int(r[0]))
    return rows


def _place_countries(source: Path) -> dict[str, set[str]]:
    """Folded name -> the countries with a cities500 place of that name (main or ASCII)."""
    found: dict[str, set[str]] = defaultdict(set)
    with (source / "cities500.txt").open(encoding="utf-8") as handle:
        for line in handle:
            c = line.split("\t", 9)
            for name in (c[1], c[2]):
                found[_fold(name)].add(c[8])
    return found


# Feature codes of a seat of government: a unit named after its seat is written with the
# seat's English name ("Caza de Tyr" is the district of Tyre, "Beyrouth" the governorate of
# Beirut), which GeoNames gives the town and not the unit.
SEAT_CODES = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLC"})
# Only a spelling of the unit's own name (Tyr / Tyre 86, Beyrouth / Beirut 71), not another
# name of the seat (Saida / Sidon 60, Samangan / Aibak, Jujuy / San Salvador de Jujuy): a
# unit found by its seat's other name would compete with the seat itself (rapidfuzz ratio).
SEAT_SPELLING_RATIO = 70.0
EXONYMS_FILE = "admin_exonyms.tsv"


def read_exonyms(out: Path) -> dict[str, list[str]]:
    """GeoNames code -> English names of the unit (``admin_exonyms.tsv``, shipped beside the
    data: each row cites its source and names the unit as GeoNames spells it, checked here)."""
    found: dict[str, list[str]] = defaultdict(list)
    with (out / EXONYMS_FILE).open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            found[row["code"]].append(row["name"])
    return found


def seat_names(unit: _Unit, seats: list[tuple[str, frozenset[str]]]) -> list[str]:
    """The main names of the seats (``seats``: inside the unit or its admin1) that the unit's
    name or bare name is a name of: "Caza de Tyr" -> "Tyre" (Tyre's alternates hold "Tyr")."""
    own = {_fold(n) for n in (unit.name, unit.ascii_name, *admin_variants(unit.name))}
    own = {n for n in own if len(n) >= 3}
    return [
        name for name, names in seats
        if own & names and _fold(name) not in own
        and max(fuzz.ratio(_fold(name), n) for n in own) >= SEAT_SPELLING_RATIO
    ]  # fmt: skip


def _unit_row(
    unit: _Unit,
    parent: tuple[float, float, float] | None,
    towns: dict[str, set[str]],
    extra: Sequence[str] = (),
) -> list[str]:
    bare = [*admin_variants(unit.name), *admin_variants(unit.ascii_name)]
    variants = [v for v in (unit.ascii_name, *bare, *extra) if v != unit.name]
    country = unit.code.split(".", 1)[0]
    if country in ARABIC_COUNTRIES:
        bare = [unit.name, *variants]
        variants += [v for n in bare for v in arabic_variants(n) if v != unit.name]
    # Names that a town abroad also has ("San Pedro" is a department of Paraguay and a town in
    # a dozen countries): a mention of them says nothing about the article's country.
    shared = [n for n in (unit.name, *variants) if towns.get(_fold(n), set()) - {country}]
    if unit.places:
        lat, lon, radius = unit_point(unit.places, LEAST_RADIUS_KM[unit.level])
        basis = f"cities500:{len(unit.places)}"
    elif parent is not None:  # no place of 500+ people: the parent unit's point stands for it
        lat, lon, radius = parent
        basis = "admin1"
    else:
        return [unit.code, unit.geonameid, unit.name, "|".join(dict.fromkeys(variants)),
                "", "", "", "none", "|".join(dict.fromkeys(shared))]  # fmt: skip
    return [unit.code, unit.geonameid, unit.name, "|".join(dict.fromkeys(variants)),
            f"{lat:.{WORLD_DECIMALS}f}", f"{lon:.{WORLD_DECIMALS}f}", f"{radius:.0f}",
            basis, "|".join(dict.fromkeys(shared))]  # fmt: skip


def _write_world_tsv(
    path: Path, head: list[str], columns: list[str], rows: list[list[str]]
) -> None:
    """Plain or gzip (by suffix); gzip with mtime 0 so rebuilds are byte-identical."""
    if path.suffix != ".gz":
        write_tsv(path, head, columns, rows)
        return
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        text = "\n".join(head) + "\n" + "\t".join(columns) + "\n"
        text += "".join("\t".join(r) + "\n" for r in rows)
        packed.write(text.encode("utf-8"))


def build_world(source: Path, out: Path) -> None:
    folder = source / "geonames_world"
    units = _read_units(folder)
    places = _world_place_rows(folder, units)
    towns = _place_countries(folder)
    admin1: dict[str, tuple[float, float, float]] = {}
    rows1: list[list[str]] = []
    exonyms = read_exonyms(out)
    unknown = sorted(set(exonyms) - set(units))
    if unknown:
        raise SystemExit(f"{EXONYMS_FILE}: no GeoNames unit {', '.join(unknown)}")

    def extra(unit: _Unit) -> list[str]:
        # a district's seat is often filed under its province only (Tyre: LB.06, no admin2)
        above = units.get(unit.code.rsplit(".", 1)[0]) if unit.level == 2 else None
        seats = [*unit.seats, *(above.seats if above is not None else [])]
        return [*exonyms.get(unit.code, []), *seat_names(unit, seats)]

    for unit in sorted((u for u in units.values() if u.level == 1), key=lambda u: u.code):
        row = _unit_row(unit, None, towns, extra(unit))
        rows1.append(row)
        if row[4]:
            admin1[unit.code] = (float(row[4]), float(row[5]), float(row[6]))
    rows2 = [
        _unit_row(u, admin1.get(u.code.rsplit(".", 1)[0]), towns, extra(u))
        for u in sorted((u for u in units.values() if u.level == 2), key=lambda u: u.code)
    ]
    point = (
        "point: the cities500 place nearest to the population-weighted centroid of the unit's "
        "cities500 places (basis cities500:N); 'admin1' = no place of 500+ people, the parent's "
        "point; 'none' = no point. radius_km: 90% of the unit's places lie within it. "
        "shared: its names that a cities500 place in another country also has"
    )
    unit_cols = ["code", "geonameid", "name", "variants", "latitude", "longitude", "radius_km",
                 "basis", "shared"]  # fmt: skip
    lic = GEONAMES_LICENCE
    _write_world_tsv(out / "world_admin1.tsv",
                     [*header("GeoNames admin1 units of every country", GEONAMES_SOURCE, lic),
                      f"# {point}"], unit_cols, rows1)  # fmt: skip
    _write_world_tsv(out / "world_admin2.tsv.gz",
                     [*header("GeoNames admin2 units of every country", GEONAMES_SOURCE, lic),
                      f"# {point}"], unit_cols, rows2)  # fmt: skip
    place_cols = ["geonameid", "name", "latitude", "longitude", "feature_code", "country",
                  "admin1", "admin2", "population", "alternates"]  # fmt: skip
    note = (
        f"# alternates: Latin-script alternate names only, at most {MAX_ALTERNATES} per place "
        f"(all of them for places of {BIG_PLACE}+ people)"
    )
    _write_world_tsv(out / "world_places.tsv.gz",
                     [*header("GeoNames cities500: populated places of every country",
                              GEONAMES_SOURCE, lic), note], place_cols, places)  # fmt: skip
    capitals = [[r[5], r[1], r[0], r[9]] for r in places if r[4] == "PPLC"]
    capitals.sort()
    what = "Capitals (GeoNames feature code PPLC) of cities500"
    columns = ["country", "name", "geonameid", "alternates"]
    _write_world_tsv(out / "world_capitals.tsv", header(what, GEONAMES_SOURCE, lic), columns,
                     capitals)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    ocha = args.source / "syria_admin_ocha"
    args.out.mkdir(parents=True, exist_ok=True)
    build_polygons(ocha, args.out)
    build_units(ocha, args.out)
    build_neighbourhoods(ocha, args.out)
    build_aliases(args.source, args.out)
    build_world(args.source, args.out)


if __name__ == "__main__":
    main()
