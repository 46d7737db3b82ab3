"""Country names on the desk: the knowledge base's short name ("Russia"), never pycountry's
official one ("Russian Federation"), wherever a country is shown; filters keep the stored value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ceasewatch.knowledge.countries import country_named, short_name
from ceasewatch.model import Extraction, Location
from ceasewatch.serve import create_app
from ceasewatch.store import open_store
from tests import serve_data
from tests.event_builders import archived_article, make_event

STORED = {  # stored as geocode writes them (pycountry names) -> shown
    "Russian Federation": "Russia",
    "Congo, The Democratic Republic of the": "DR Congo",
    "Palestine, State of": "Palestine",
}


@pytest.mark.parametrize(
    ("value", "shown"),
    [*STORED.items(), ("RU", "Russia"), ("Syrian Arab Republic", "Syria"), ("SY", "Syria"),
     ("United States", "United States"), ("Viet Nam", "Vietnam"), ("Atlantis", "Atlantis")],
)  # fmt: skip
def test_short_name_from_code_or_any_name(value, shown):
    assert short_name(value) == shown


def test_short_names_are_read_as_names_too():
    found = country_named("DR Congo")
    assert found is not None and found.alpha2 == "CD"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("countries") / "archive.db"
    store = open_store(path)
    try:
        for i, country in enumerate(STORED):
            article = archived_article(store, f"Report {i}: shelling in {country}.")
            where = Location(name=f"Town {i}", latitude=10.0 + i, longitude=20.0 + i,
                             country=country, admin1="Area", geo_precision=1)  # fmt: skip
            event = make_event(id=f"{article.id}-e1", article_id=article.id, location=where,
                               event_date=dt.date(2020, 3, 1 + i))  # fmt: skip
            store.save_extraction(Extraction(article_id=article.id, events=(event,)))
    finally:
        store.close()
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        yield client


def test_events_facet_shows_short_names_and_filters_by_the_stored_value(desk):
    page = desk.get("/events").text
    for stored, shown in STORED.items():
        assert f'<option value="{stored}">{shown} (1)</option>' in page.replace("&#39;", "'")
    assert ">Russian Federation (" not in page
    one = desk.get("/api/events", params={"country": "Russian Federation"}).json()
    assert len(one["rows"]) == 1


def test_morning_view_trends_and_event_rows_show_short_names(desk):
    morning = desk.get("/api/morning", params={"since": "2020-01-01"}).json()
    labels = {c["label"]: c["params"]["country"] for c in morning["by_country"]}
    assert labels == {shown: stored for stored, shown in STORED.items()}
    trends = desk.get("/trends").text
    assert '<option value="Russian Federation">Russia</option>' in trends
    table = desk.get("/events", params={"sort": "date"}).text
    assert "Area, DR Congo</small>" in table and ">Congo, The Democratic" not in table
