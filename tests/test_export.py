"""ACLED-style CSV, GeoJSON and JSON exports of events."""

from __future__ import annotations

import csv
import datetime as dt
import io

from ceasewatch.export import (
    COLUMNS,
    csv_safe,
    event_row,
    interaction,
    to_csv,
    to_geojson,
    to_records,
)
from ceasewatch.model import ActorRef, Article, Event, FatalityClaim, Location, Span


def make_event(**update: object) -> Event:
    base = Event(
        id="a1-e001",
        article_id="a1",
        event_date=dt.date(2020, 3, 2),
        time_precision=1,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=ActorRef(name="Rebels", inter=2),
        assoc_actors1=(ActorRef(name="Ally A", inter=2), ActorRef(name="Ally B", inter=2)),
        actor2=ActorRef(name="Army", inter=1),
        location=Location(name="Saraqib", latitude=35.86, longitude=36.8, qualifier="near"),
        fatality_claims=(FatalityClaim(count=4, qualifier="at least", claimed_by="monitor"),),
        fatalities=4,
        evidence=(Span(start=0, end=7, text="Clashes", field="sub_event_type"),),
        hedged=True,
        claimed_by="monitor",
    )
    return base.model_copy(update=update)


def test_row_has_acled_and_our_columns() -> None:
    row = event_row(make_event())
    assert tuple(row) == COLUMNS
    assert row["assoc_actor_1"] == "Ally A; Ally B"
    assert row["interaction"] == "12" and row["inter1"] == "2" and row["inter2"] == "1"
    assert row["hedged"] == "true" and row["claimed_by"] == "monitor"
    assert row["location"] == "Saraqib" and row["year"] == "2020"


def test_unknown_fatalities_are_empty_never_zero() -> None:
    row = event_row(make_event(fatalities=None, fatality_claims=()))
    assert row["fatalities"] == ""


def test_interaction_without_second_actor() -> None:
    assert interaction(make_event(actor2=None)) == "20"
    assert interaction(make_event(actor1=None, actor2=None)) == ""


def test_csv_round_trip() -> None:
    text = to_csv([make_event(), make_event(id="a1-e002")])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["event_id_cnty"] for r in rows] == ["a1-e001", "a1-e002"]
    assert rows[0]["evidence"].startswith("[{")


def test_geojson_point_and_null_geometry() -> None:
    ungeocoded = make_event(id="a1-e002", location=Location(name="Nowhere"))
    doc = to_geojson([make_event(), ungeocoded])
    first, second = doc["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.8, 35.86]}
    assert second["geometry"] is None  # never invented coordinates
    assert first["properties"]["fatalities"] == 4


def test_records_are_the_data_model() -> None:
    (record,) = to_records([make_event()])
    assert Event.model_validate(record) == make_event()


EVIL = '=HYPERLINK("http://evil.example","click")'


def test_csv_cells_cannot_be_formulas() -> None:
    """A scraped outlet, actor or place name starting with = + - @ (or tab, CR) reaches a
    spreadsheet as text: a leading apostrophe, as OWASP advises (issue 13)."""
    article = Article(id="a1", origin="x", text="t", content_hash="h", raw_hash="r", source=EVIL)
    event = make_event(
        actor1=ActorRef(name="+cmd|' /C calc'!A0", inter=2),
        actor2=ActorRef(name="@SUM(1+1)", inter=1),
        location=Location(name="-2+3", latitude=-33.45, longitude=-70.66),
        claimed_by="\tTAB",
    )
    (row,) = csv.DictReader(io.StringIO(to_csv([event], {"a1": article})))
    assert row["source"] == "'" + EVIL
    assert row["actor1"] == "'+cmd|' /C calc'!A0"
    assert row["actor2"] == "'@SUM(1+1)"
    assert row["location"] == "'-2+3"
    assert row["claimed_by"] == "'\tTAB"
    # Numbers we write stay numbers: a southern or western coordinate keeps its minus sign.
    assert (row["latitude"], row["longitude"]) == ("-33.45", "-70.66")
    assert row["evidence"].startswith("[{")  # JSON text starts with [, untouched


def test_csv_safe_leaves_ordinary_text_alone() -> None:
    for text in ("Saraqib", "", "Hay'at Tahrir al-Sham", "'quoted", " =spaced"):
        assert csv_safe(text) == text
    for bad in ("=1", "+1", "-1", "@1", "\t=1", "\r=1"):
        assert csv_safe(bad) == "'" + bad


def test_cli_tables_written_as_csv_neutralise_formulas_too(capsys) -> None:
    # Issue 13 item 7: every export, the CLI's --format csv tables included.
    from ceasewatch.cli.output import emit

    emit(("name", "longitude"), [('=HYPERLINK("http://evil.example","click")', -70.66)], "csv")
    out = capsys.readouterr().out.splitlines()
    assert out[1] == '"\'=HYPERLINK(""http://evil.example"",""click"")",-70.66'


def test_table_cells_of_numbers_alone_stay_as_they_are_and_formulas_do_not() -> None:
    from ceasewatch.csvcell import csv_cell

    assert csv_cell("-70.66") == "-70.66"
    assert csv_cell("-26.64170 153.04960") == "-26.64170 153.04960"
    assert csv_cell("-1+1") == "'-1+1"
    assert csv_cell("+1 cmd|' /C calc'!A0") == "'+1 cmd|' /C calc'!A0"
