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
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import shapely
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


if __name__ == "__main__":
    main()
