"""The map that cannot mislead: robust extent with outliers listed apart, points outside the
country their report names flagged, zones only over days they held, clusters, popups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ceasewatch.model import Event, Extraction, Location
from ceasewatch.serve import create_app
from ceasewatch.serve.views import mapdata, mapview
from ceasewatch.store import open_store
from ceasewatch.store.mapqueries import MapQueriesMixin
from tests import serve_data

# Villages around Hodeidah (Yemen), and one name the geocoder put in Russia.
NEAR = [(14.80 + i * 0.03, 42.95 + (i % 4) * 0.04) for i in range(9)]
FAR = (60.07, 32.34)


def _event(art_id: str, n: int, lat: float, lon: float, iso: int, day: dt.date) -> Event:
    return Event(
        id=f"{art_id}-e{n}", article_id=art_id, event_date=day, time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1=None,
        location=Location(name=f"Place {n}", latitude=lat, longitude=lon, iso=iso,
                          country="Yemen" if iso == 887 else "Russia", geo_precision=1),
    )  # fmt: skip


def build(path: Path) -> dict[str, str]:
    store = open_store(path)
    text = "HODEIDAH, Yemen - Clashes were reported in villages south of Hodeidah, Yemen."
    art, raw = serve_data.article(text, "Clashes near Hodeidah", dt.date(2019, 1, 6), "Wire")
    store.add_article(art, raw)
    events = [_event(art.id, i, lat, lon, 887, dt.date(2019, 1, 4)) for i, (lat, lon) in
              enumerate(NEAR)]  # fmt: skip
    events.append(_event(art.id, 99, *FAR, 643, dt.date(2019, 1, 5)))
    store.save_extraction(Extraction(article_id=art.id, events=tuple(events)))
    store.close()
    return {"outlier": f"{art.id}-e99", "article": art.id}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    path = tmp_path_factory.mktemp("map") / "archive.db"
    ids = build(path)
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        yield client, ids


def test_an_outlier_is_listed_apart_and_never_frames_the_view(desk):
    client, ids = desk
    view = client.get("/api/map/view").json()
    west, south, east, north = view["projection"]["bbox"]
    assert not (west <= FAR[1] <= east and south <= FAR[0] <= north)
    assert east - west < 5 and north - south < 5  # Hodeidah's villages fill the view
    assert [o["id"] for o in view["outliers"]] == [ids["outlier"]]
    assert view["outliers"][0]["outside_country"] is True  # Russia: the report names Yemen
    assert len(view["events"]) == len(NEAR)
    assert not any(e["outside_country"] for e in view["events"])
    page = client.get("/map").text
    assert 'id="outliers"' in page and "outside the countries its report names" in page


def test_every_marker_opens_a_popup_listing_its_events_with_their_reports(desk):
    client, ids = desk
    view = client.get("/api/map/view").json()
    points = {p["id"]: p for p in view["points"]}
    assert all(e["point"] in points for e in view["events"])
    listed = [e for p in points.values() for e in p["events"]]
    assert len(listed) == len(NEAR) and listed[0]["title"] == "Clashes near Hodeidah"
    page = client.get("/map").text
    assert f'href="/articles/{ids["article"]}"' in page and 'class="popup"' in page


def test_zones_are_drawn_only_over_days_they_held(desk):
    client, _ = desk
    inside = client.get("/api/map/view").json()  # events of January 2019: the zone held
    assert [z["agreement_id"] for z in inside["zones"]] == [serve_data.AGREEMENT]
    before = client.get("/api/map/view?start=2018-12-01").json()  # the zone began 18 December
    assert before["zones"] == []
    assert [(z["agreement_id"], z["start"]) for z in before["partial_zones"]] == [
        (serve_data.AGREEMENT, "2018-12-18")
    ]
    assert "In force on part of these days only" in client.get("/map?start=2018-12-01").text


def test_many_points_are_clustered_on_a_grid(desk, monkeypatch):
    client, _ = desk
    app_desk = client.app.state.desk
    monkeypatch.setattr(app_desk, "settings", replace(app_desk.settings, map_max_points=3))
    view = client.get("/api/map/view").json()
    assert view["events"] == [] and sum(c["count"] for c in view["clusters"]) == len(NEAR)
    assert view["in_view"] == len(NEAR) and view["outliers"]  # the sample still frames the view
    assert 'class="ev cluster' in client.get("/map").text


def test_admin1_points_of_the_world_gazetteer_are_drawn_outside_syria(desk):
    client, _ = desk
    view = client.get("/api/map/view?bbox=41,12,46,17").json()
    codes = {a["code"] for a in view["admin1"]}
    assert codes and all(c.startswith(("YE.", "ER.", "SA.", "DJ.", "ET.")) for c in codes)
    syria = client.get("/api/map/view?bbox=35.5,32,42.5,37.5").json()
    assert not any(a["code"].startswith("SY.") for a in syria["admin1"])


def test_geojson_twin_marks_the_outlier_and_keeps_the_zone_window(desk):
    client, ids = desk
    features = client.get("/api/map").json()["features"]
    far = [f["properties"]["id"] for f in features if f["properties"].get("outlier")]
    assert far == [ids["outlier"]]
    zones = client.get("/api/map?start=2018-12-01").json()["features"]
    assert not any(f["properties"]["kind"] == "zone" for f in zones)


def test_outliers_are_judged_on_a_bounded_sample_when_the_count_table_cannot(desk, monkeypatch):
    """A filter the count tables do not hold (confidence) frames on the newest SAMPLE events."""
    client, _ = desk
    monkeypatch.setattr(mapdata, "SAMPLE", 3)  # fewer than a core needs: no event is an outlier
    view = client.get("/api/map/view?min_confidence=0").json()
    assert view["outliers"] == []
    west, south, east, north = view["projection"]["bbox"]
    assert west <= FAR[1] <= east and south <= FAR[0] <= north  # the sample frames the view
    assert view["in_view"] == len(NEAR) + 1  # counted by the archive, not by the sample


def test_the_count_table_frames_on_every_event_without_reading_one(desk, monkeypatch):
    """No filter, or only type, country and dates: the framing reads the count tables' cells
    (every matching event weighs in; dates: migration 0018's months and years, the partial
    months counted live), never a sample of event rows."""
    client, ids = desk
    monkeypatch.setattr(mapdata, "SAMPLE", 3)

    def no_sample(self, search, bbox, limit):
        assert bbox is not None, "the framing sampled event rows"
        return original(self, search, bbox, limit)

    original = MapQueriesMixin.map_points
    monkeypatch.setattr(MapQueriesMixin, "map_points", no_sample)
    for query in ("?event_type=Battles", "?country=Yemen&event_type=Battles",
                  "?start=2019-01-01", "?start=2018-12-15&end=2019-01-20"):  # fmt: skip
        view = client.get(f"/api/map/view{query}").json()
        west, south, east, north = view["projection"]["bbox"]
        assert not (west <= FAR[1] <= east and south <= FAR[0] <= north)
        country = "country=Yemen" in query  # the outlier is coded in Russia: filtered out
        assert [o["id"] for o in view["outliers"]] == ([] if country else [ids["outlier"]])


def test_the_kept_frame_follows_a_new_extraction(tmp_path: Path):
    """The framing sample is kept per archive state: reloading reuses it, and a saved
    extraction (a new outlier, a moved one) shows on the next request."""
    path = tmp_path / "archive.db"
    ids = build(path)
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        first = client.get("/api/map/view").json()
        assert [o["id"] for o in first["outliers"]] == [ids["outlier"]]
        assert client.get("/api/map/view").json() == first  # kept: same answer
        store = open_store(path)
        events = [_event(ids["article"], i, lat, lon, 887, dt.date(2019, 1, 4))
                  for i, (lat, lon) in enumerate(NEAR)]  # fmt: skip
        events.append(_event(ids["article"], 98, -33.9, 18.4, 710, dt.date(2019, 1, 5)))
        store.save_extraction(Extraction(article_id=ids["article"], events=tuple(events)))
        store.close()
        after = client.get("/api/map/view").json()
        assert [o["id"] for o in after["outliers"]] == [f"{ids['article']}-e98"]
        kinds = client.get("/api/map").json()["features"]
        assert {f["properties"]["id"] for f in kinds if f["properties"].get("outlier")} == {
            f"{ids['article']}-e98"
        }


# A world archive: three separate conflict areas of different sizes, and two points the
# geocoder put in the sea off West Africa (a handful: misplaced, not an area the archive covers).
WORLD = {
    "Sudan": (729, (15.6, 32.5), 40),
    "Ukraine": (804, (48.0, 37.8), 25),
    "Myanmar": (104, (21.9, 96.0), 15),
    "Nowhere": (0, (0.5, -10.0), 2),
}


def build_world(path: Path) -> None:
    store = open_store(path)
    text = "KHARTOUM, Sudan - Fighting was reported in Sudan, Ukraine and Myanmar."
    art, raw = serve_data.article(text, "World report", dt.date(2023, 6, 2), "Wire")
    store.add_article(art, raw)
    events = []
    for country, (iso, (lat, lon), n) in WORLD.items():
        for i in range(n):
            event = _event(art.id, len(events), lat + (i % 7) * 0.2, lon + (i % 5) * 0.3, iso,
                           dt.date(2023, 6, 1))  # fmt: skip
            assert event.location is not None
            location = event.location.model_copy(update={"country": country})
            events.append(event.model_copy(update={"location": location}))
    store.save_extraction(Extraction(article_id=art.id, events=tuple(events)))
    store.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("world") / "archive.db"
    build_world(path)
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        yield client


def _holds(bbox: list[float], lat: float, lon: float) -> bool:
    return bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]


def test_a_world_archive_frames_its_biggest_area_and_links_the_others(world):
    view = world.get("/api/map/view").json()
    bbox = view["projection"]["bbox"]
    assert _holds(bbox, *WORLD["Sudan"][1])
    assert not any(_holds(bbox, *WORLD[c][1]) for c in ("Ukraine", "Myanmar", "Nowhere"))
    assert bbox[2] - bbox[0] < 15  # Sudan, not the sea between three continents
    also = {a["name"]: a for a in view["also"]}
    assert also["Ukraine"]["count"] == 25 and also["Myanmar"]["count"] == 15
    for country in ("Ukraine", "Myanmar"):  # each link frames that area, all its events in view
        linked = world.get("/api/map/view", params={"bbox": _text(also[country]["bbox"])})
        assert linked.json()["in_view"] == WORLD[country][2]
    # the two points in the sea are far and in no area of their own: listed apart
    assert view["far"] == 2 and len(view["outliers"]) == 2
    assert {o["place"] for o in view["outliers"]} == {"Place 80", "Place 81"}


def test_the_far_list_is_folded_and_capped(world, monkeypatch):
    monkeypatch.setattr(mapdata, "OUTLIER_ROWS", 1)
    view = world.get("/api/map/view?event_type=Battles").json()  # a new filter: a new frame
    assert view["far"] == 2 and len(view["outliers"]) == 1
    page = world.get("/map?event_type=Battles").text
    assert '<details class="outliers" id="outliers">' in page
    assert "Far from the rest (2)" in page and "The newest 1 are listed." in page
    assert "25 events in Ukraine" in page and "15 events in Myanmar" in page
    monkeypatch.setattr(mapview, "ALSO_AREAS", 1)  # past it: counted, not linked
    page = world.get("/map?event_type=Battles").text
    assert "25 events in Ukraine" in page and "15 events in Myanmar" not in page
    assert "and 17 events in 2 more areas" in page


def _text(bbox: list[float]) -> str:
    return ",".join(f"{v}" for v in bbox)
