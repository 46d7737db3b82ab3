"""The morning view (home page) and the weekly trends, on the hand-built Hodeidah archive."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.descriptors import Descriptors
from ceasewatch.model import ActorRef, Event
from ceasewatch.serve import create_app
from ceasewatch.serve.views.morning import COOKIE, names_a_thing, unresolved_names
from tests import serve_data


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    path = tmp_path_factory.mktemp("morning") / "archive.db"
    ids = serve_data.build(path)
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        yield client, ids


def test_morning_counts_match_the_events_table_behind_each_link(desk):
    client, _ = desk
    view = client.get("/api/morning?since=2019-01-01").json()
    assert view["basis"] == "chosen" and view["events"] == 3
    links = view["by_type"] + view["violations"]
    assert {c["label"] for c in view["violations"]} == {"Hodeidah ceasefire"}  # a name, not id
    for count in links:
        rows = client.get("/api/events", params=count["params"]).json()
        assert rows["total"] == count["count"], count
    assert [c["label"] for c in view["unresolved_actors"]] == ["Unknown gunmen"]
    assert [c["label"] for c in view["unresolved_places"]] == ["Zabid"]
    change = view["changes"][0]
    assert (change["new_status"], change["reason"]) == ("strained", "one breach")


def test_later_since_shows_only_later_events_and_changes(desk):
    client, _ = desk
    view = client.get("/api/morning?since=2019-01-10").json()
    assert view["events"] == 1 and view["violations"] == [] and view["changes"] == []
    assert [c["label"] for c in view["by_type"]] == ["Explosions/Remote violence"]


def test_home_page_remembers_the_newest_event_shown_and_starts_there_next_time(desk):
    client, _ = desk
    client.cookies.clear()
    first = client.get("/")
    assert "First visit" in first.text and "New since 12 January 2019" in first.text
    assert client.cookies.get(COOKIE) == "2019-01-19"
    again = client.get("/")
    assert "New since 19 January 2019" in again.text and "last visit" in again.text
    client.cookies.set(COOKIE, "not-a-date")
    assert client.get("/").status_code == 200  # a bad cookie is no visit, never a 500
    client.cookies.clear()


def test_home_page_links_every_count_to_the_filtered_table(desk):
    client, _ = desk
    page = client.get("/?since=2019-01-01").text
    assert "/events?start=2019-01-01&amp;agreement=hodeidah-ceasefire&amp;verdict=violation" in page
    assert re.search(r'<span class="n">1</span> Hodeidah ceasefire', page)
    assert "one breach" in page


def test_a_bad_since_is_a_422_naming_it(desk):
    client, _ = desk
    assert client.get("/api/morning?since=yesterday").status_code == 422
    assert "since" in client.get("/?since=2019-13-40").text


def test_empty_archive_has_an_honest_morning(tmp_path: Path):
    app = create_app(tmp_path / "empty.db", resources=serve_data.resources())
    with serve_data.client(app) as client:
        assert "Nothing dated yet" in client.get("/").text
        assert client.get("/api/morning").json()["since"] is None
        assert "No dated event matches" in client.get("/trends").text


def test_weapons_are_not_unresolved_actors():
    kb = ActorKB([], descriptors=Descriptors(not_actors=frozenset({"vbied", "uav"})))
    assert names_a_thing(kb, "a VBIED") and names_a_thing(kb, "UAV")
    assert not names_a_thing(kb, "Unknown gunmen")
    event = Event(
        id="e", article_id="a", event_date=dt.date(2020, 1, 1), time_precision=1,
        disorder_type="Political violence",
        event_type="Battles", sub_event_type="Armed clash",
        actor1=ActorRef(name="VBIED"), actor2=ActorRef(name="Unknown gunmen"),
    )  # fmt: skip
    assert dict(unresolved_names(kb, [event])) == {"Unknown gunmen": 1}


def test_trends_count_weeks_with_json_and_csv_twins(desk):
    client, _ = desk
    view = client.get("/api/trends").json()
    charts = {c["key"]: c for c in view["charts"]}
    assert set(charts) == {"type", "verdict", "actor", "zone"}
    weekly = charts["type"]
    assert weekly["periods"] == ["2018-12-31", "2019-01-07", "2019-01-14"]  # empty week kept
    assert weekly["bin"] == "week" and view["bin"] == "week"
    totals = {s["label"]: sum(s["counts"]) for s in weekly["series"]}
    assert totals == {"Battles": 1, "Violence against civilians": 1,
                      "Explosions/Remote violence": 1}  # fmt: skip
    assert {s["label"] for s in charts["zone"]["series"]} == {"Hodeidah ceasefire"}
    assert {s["label"] for s in charts["verdict"]["series"]} == {"violation"}
    rows = list(csv.reader(io.StringIO(client.get("/api/trends.csv?chart=type").text)))
    assert rows[0][0] == "week" and len(rows) == 4
    page = client.get("/trends?event_type=Battles").text
    assert '<svg class="trend"' in page and "<desc" in page and "<table" in page
    assert client.get("/api/trends?event_type=Battles").json()["events"] == 1
    assert client.get("/api/trends.csv?chart=nope").status_code == 422


def test_trend_csv_neutralises_formula_labels(tmp_path: Path):
    from ceasewatch.serve.views.trends import Chart, Series, chart_csv

    chart = Chart(key="actor", title="t", periods=[dt.date(2020, 1, 6)], bars=[], y_ticks=[],
                  x_ticks=[], series=[Series(label="=HYPERLINK(1)", counts=[2], colour=0)])  # fmt: skip
    assert chart_csv(chart).splitlines()[0] == "week,'=HYPERLINK(1)"


def test_trends_over_more_than_two_years_are_monthly():
    from ceasewatch.serve.views.trends import MAX_MONTHS, periods_between

    short = periods_between(dt.date(2019, 1, 2), dt.date(2020, 12, 20))
    assert short[0] == "week" and len(short[1]) == 103
    bin_, months = periods_between(dt.date(2019, 1, 2), dt.date(2021, 1, 20))
    assert bin_ == "month" and months[0] == dt.date(2019, 1, 1) and len(months) == 25
    assert months[-1] == dt.date(2021, 1, 1) and months[12] == dt.date(2020, 1, 1)
    bin_, months = periods_between(dt.date(1990, 5, 5), dt.date(2024, 2, 1))
    assert len(months) == MAX_MONTHS and months[-1] == dt.date(2024, 2, 1)


def test_monthly_trends_say_so_on_the_chart_and_in_json_and_csv(tmp_path: Path):
    from ceasewatch.serve.views.trends import Chart, Series, chart_csv

    chart = Chart(key="type", title="t", bin="month", periods=[dt.date(2020, 1, 1)], bars=[],
                  y_ticks=[], x_ticks=[], series=[Series(label="Battles", counts=[3], colour=0)])  # fmt: skip
    assert chart_csv(chart).splitlines() == ["month,Battles", "2020-01-01,3"]


@pytest.mark.parametrize("path", ["/", "/trends", "/api/morning", "/api/trends",
                                  "/api/trends.csv"])  # fmt: skip
def test_head_is_answered_wherever_get_is(desk, path):
    client, _ = desk
    response = client.head(path)
    assert response.status_code == 200 and response.content == b""


def test_victims_and_places_are_not_unresolved_groups():
    """Victims (a civilians actor's name or alias, after any words before it) and places (a
    country, capital, admin1 area or a place the archive geocoded) are no group to review;
    a name with a unit word, or any other unknown name, always stays."""
    from ceasewatch.model import Actor
    from ceasewatch.serve.views.morning import names_no_group

    civilians = Actor(
        id="civilians", name="Civilians", aliases=("residents", "villagers"), type="civilians", inter=7,
        generic=True, sources=("https://acleddata.com/knowledge-base/codebook/",),
    )  # fmt: skip
    kb = ActorKB(
        [civilians],
        descriptors=Descriptors(
            not_actors=frozenset({"vbied"}), units=frozenset({"brigade", "militia"})
        ),
    )
    places = frozenset({"kafr nabl"})
    for name in ("civilians", "Syrian civilians", "local residents", "Villagers", "VBIED",
                 "Syria", "Idlib", "Damascus", "Kafr Nabl", "Aleppo", "a resident", "their militia",
                 "Brigade"):  # fmt: skip
        assert names_no_group(kb, name, places), name
    for name in ("Unknown gunmen", "Tribal fighters", "Idlib Brigade", "Residents militia",
                 "Liwa al-Quds", "Ansar", "Wagner", "Militants", "Kafr Nabl Brigade"):  # fmt: skip
        assert not names_no_group(kb, name, places), name


def test_people_in_actor_slots_are_no_group_to_review():
    """Victims named by what they are or do and bare person names are set aside; groups stay,
    transliterated ones too ("Liwa al-Quds": "Liwa" is a brigade)."""
    from ceasewatch.model import Actor
    from ceasewatch.serve.views.morning import names_no_group

    hts = Actor(
        id="hts", name="Hayat Tahrir al-Sham", aliases=("Tahrir al-Sham",), type="rebel group",
        inter=2, sources=("https://en.wikipedia.org/wiki/Hay%27at_Tahrir_al-Sham",),
    )  # fmt: skip
    kb = ActorKB([hts], descriptors=Descriptors(units=frozenset({"brigade", "militia"})))
    places = frozenset({"hama"})
    for name in ("journalist", "66 journalists", "three emergency workers", "all five people",
                 "two men", "a doctor", "Ghinwa Qweider", "Leith Abou Fadel",
                 "Abu Mohammad al-Julani"):  # fmt: skip
        assert names_no_group(kb, name, places), name
    for name in ("Liwa al-Quds", "Jaish al-Islam", "Tahrir Brigade", "Hama Revolutionaries",
                 "Unknown gunmen", "Syrian Democratic Forces", "Ahrar Qweider", "Wagner",
                 "Tahrir Qweider", "Red Crescent", "Hama Qweider", "Tribal fighters"):  # fmt: skip
        assert not names_no_group(kb, name, places), name
