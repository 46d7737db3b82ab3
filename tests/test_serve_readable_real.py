"""What an analyst tripped on when the desk showed a real, world-wide archive: verdict badges by
the dozen, a 70,000-pixel actors page, a country list that pushed the morning view's status
changes off the screen, trends that counted 2,573 events above bars holding 130, events without
their country. The archive is the hand-built one of tests/serve_data.py plus one report with an
event in each of twelve countries and one dated years earlier."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ceasewatch.model import Event, Extraction, Location
from ceasewatch.serve import create_app
from ceasewatch.store import open_store
from tests import serve_data

COUNTRIES = [
    "Yemen", "Sudan", "Somalia", "Pakistan", "Iraq", "Haiti", "Mali", "Niger", "Kenya",
    "Nigeria", "Myanmar", "Ukraine",
]  # fmt: skip


def world_events(article_id: str) -> tuple[Event, ...]:
    def event(n: int, country: str, day: dt.date) -> Event:
        return Event(
            id=f"{article_id}-w{n}", article_id=article_id, event_date=day, time_precision=1,
            disorder_type="Political violence", event_type="Battles",
            sub_event_type="Armed clash", actor1=None,
            location=Location(name=f"Town {n}", latitude=10.0 + n, longitude=20.0 + n,
                              geo_precision=1, country=country, admin1=f"Province {n}"),
        )  # fmt: skip

    recent = [event(n, c, dt.date(2019, 1, 10)) for n, c in enumerate(COUNTRIES)]
    return (*recent, event(99, "Yemen", dt.date(2012, 3, 1)))  # years before: monthly trends


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    path: Path = tmp_path_factory.mktemp("readable") / "archive.db"
    ids = serve_data.build(path)
    art, raw = serve_data.article(
        "Fighting in twelve countries was reported.", "World round-up", dt.date(2019, 1, 11),
        "World Desk",
    )  # fmt: skip
    store = open_store(path)
    store.add_article(art, raw)
    store.save_extraction(Extraction(article_id=art.id, events=world_events(art.id)))
    store.close()
    ids["world"] = art.id
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        yield client, ids


def test_events_facets_fold_undetermined_and_outside_scope_away(world: Any) -> None:
    client, _ = world
    html = client.get("/events").text
    bar = html[
        html.index('class="facet-verdicts') : html.index("</nav>", html.index("facet-verdicts"))
    ]
    folded = bar[bar.index("<details") :]
    loud = bar[: bar.index("<details")]
    assert "Hodeidah ceasefire: violation (1)" in loud
    assert "v-outside-scope" not in loud and "v-outside-scope" in folded
    assert "1 verdict undetermined or outside scope" in folded


def test_event_page_names_the_country_and_each_verdict_once(world: Any) -> None:
    client, ids = world
    html = client.get(f"/events/{ids['world']}-w1").text
    assert "Sudan › Province 1" in html
    assert "(time precision 1: the day itself)" in html  # ACLED's code, said in words
    clash = client.get(f"/events/{ids['clash']}").text
    assert clash.count("party against party inside the zone while in force") == 1
    assert 'class="verdict v-violation"' in clash and "Hodeidah ceasefire: violation" in clash


def test_agreements_list_breaches_first_and_outside_scope_as_a_count(world: Any) -> None:
    client, _ = world
    html = client.get("/agreements").text
    assert "v-outside-scope" not in html
    assert re.search(r'class="verdict v-violation"[^>]*>violation: 1</a>', html)
    assert "1 outside scope" in html


def test_actors_with_events_come_first_the_rest_folded(world: Any) -> None:
    client, _ = world
    html = client.get("/actors").text
    active = html[
        html.index('id="active-actors"') : html.index("</ul>", html.index("active-actors"))
    ]
    idle = html[html.index('class="idle-actors"') :]
    assert "/actors/ye-houthis" in active and "no events" not in active
    assert "/actors/ir-govt" in idle  # named only in a relation, never in an event
    assert "events (2 of 4 known actors)" in html


def test_morning_country_list_stops_at_ten_and_says_how_many_more(world: Any) -> None:
    client, _ = world
    html = client.get("/?since=2019-01-01").text
    panel = html[html.index('id="new-countries"') : html.index('id="new-violations"')]
    assert panel.count("<li>") == 10
    assert "2 more</a>" in panel and "(2 events)" in panel


def test_trends_over_years_are_drawn_month_by_month(world: Any) -> None:
    client, _ = world
    html = client.get("/trends").text
    # 3 + 13 dated events, one of them in 2012: more than 104 weeks, so a bar is a month, and
    # every event is drawn (no clipped note), which the page, the JSON and the CSV say.
    assert 'id="trends-bin"' in html and "month by month" in html
    assert 'id="trends-clipped"' not in html and "<h1>Monthly trends</h1>" in html
    view = client.get("/api/trends").json()
    chart = next(c for c in view["charts"] if c["key"] == "type")
    assert view["bin"] == chart["bin"] == "month" and chart["periods"][0] == "2012-03-01"
    assert sum(sum(s["counts"]) for s in chart["series"]) == 16
    assert client.get("/api/trends.csv?chart=type").text.startswith("month,")


def test_quality_kinds_read_as_words(world: Any) -> None:
    client, _ = world
    html = client.get("/quality").text
    nav = html[
        html.index('aria-label="Kinds"') : html.index("</nav>", html.index('aria-label="Kinds"'))
    ]
    assert (
        "outside every agreement&#39;s scope (" in nav or "outside every agreement's scope (" in nav
    )
    assert ">outside-every-scope (" not in nav
