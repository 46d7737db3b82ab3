"""The reports-set scorer (evaluate/reports.py): whole articles with several gold events and
recalled background, on hand-built gold and predictions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.errors import InputError
from ceasewatch.evaluate import DEFAULT_SETS, SETS
from ceasewatch.evaluate import reports as R
from ceasewatch.model import SUB_EVENT_TO_TYPE, ActorRef, Event, Location

DAY = dt.date(2024, 3, 5)
# Two towns ~100 km apart (invented points) and an old massacre's village near the first.
NORTH = (10.0, 20.0)
SOUTH = (9.1, 20.0)


def gold(
    sub: str = "Armed clash",
    day: dt.date = DAY,
    point: tuple[float, float] = NORTH,
    admin1: str = "North",
    actor1: str = "Military Forces of Sudan (2019-)",
    fatalities: int | None = None,
) -> dict[str, Any]:
    return {
        "event_date": day.isoformat(),
        "event_type": SUB_EVENT_TO_TYPE[sub],
        "sub_event_type": sub,
        "actor1": actor1,
        "country": "Sudan",
        "admin1": admin1,
        "location": "somewhere",
        "latitude": point[0],
        "longitude": point[1],
        "fatalities": fatalities,
    }


def event(
    sub: str = "Armed clash",
    day: dt.date | None = DAY,
    point: tuple[float, float] | None = NORTH,
    actor: str | None = "Military Forces of Sudan",
    fatalities: int | None = None,
) -> Event:
    return Event(
        id="a-e001",
        article_id="a",
        event_date=day,
        time_precision=1,
        disorder_type="Political violence",
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        actor1=None if actor is None else ActorRef(name=actor),
        location=Location(
            name="somewhere",
            latitude=point[0] if point else None,
            longitude=point[1] if point else None,
        ),
        fatalities=fatalities,
    )


def report(
    events: list[dict[str, Any]], background: list[dict[str, Any]] | None = None
) -> R.Report:
    row = {"id": "r1", "text": "t", "events": events, "background": background or []}
    return R._report(row, "here")


def test_registered_and_run_by_default() -> None:
    assert SETS["world_reports"] is R.evaluate_world_reports
    assert "world_reports" in DEFAULT_SETS


def test_each_gold_event_pairs_with_at_most_one_prediction() -> None:
    r = report([gold(), gold(point=SOUTH, admin1="South")])
    # two predictions at the north town: one pairs, the other is a false positive
    out = R.compare_report(r, [event(), event(), event(point=SOUTH)])
    assert out.hits == 2
    assert len(out.false_positives) == 1


def test_pairing_prefers_the_same_sub_event_type() -> None:
    r = report([gold("Armed clash"), gold("Air/drone strike")])
    strike, clash = event("Air/drone strike"), event("Armed clash")
    out = R.compare_report(r, [strike, clash])
    assert out.answers == (clash, strike)


def test_background_at_its_own_date_is_excused_but_today_is_a_false_positive() -> None:
    old = gold("Attack", day=dt.date(2019, 6, 1))
    r = report([gold()], background=[old])
    recalled = event("Attack", day=dt.date(2019, 6, 2))
    out = R.compare_report(r, [event(), recalled])
    assert (out.hits, out.excused, out.false_positives) == (1, 1, ())
    today = event("Attack", day=DAY)
    out = R.compare_report(r, [event(), today])
    assert out.false_positives == (today,)


def test_undated_background_excuses_nothing() -> None:
    undated = dict(gold("Attack"), event_date=None)
    r = report([], background=[undated])
    out = R.compare_report(r, [event("Attack")])
    assert out.excused == 0 and len(out.false_positives) == 1


def test_scores_count_precision_recall_and_fields_per_gold_event() -> None:
    a = report([gold(fatalities=3), gold(point=SOUTH, admin1="South", sub="Attack")])
    quiet = R._report({"id": "r2", "text": "t", "events": []}, "here")
    outcomes = [
        R.compare_report(a, [event(fatalities=3), event(point=None, day=None)]),
        R.compare_report(quiet, [event()]),
    ]
    fields = {f.field: f for f in R.score_reports(outcomes)}
    ev = fields["events (matched by date and place)"]
    assert (ev.tp, ev.fp, ev.fn) == (1, 2, 1)
    assert fields["event type"].accuracy == 0.5  # the missed gold event counts wrong
    assert fields["fatalities exact"].accuracy == 0.5
    assert fields["actor1 found"].accuracy == 0.5
    assert fields["non-event articles with no event (precision)"].accuracy == 0.0


def test_date_errors_show_as_place_matches_any_date() -> None:
    r = report([gold()])
    out = R.compare_report(r, [event(day=DAY + dt.timedelta(days=30))])
    assert out.hits == 0 and out.placed == 1


def test_missing_coordinates_fall_back_to_admin1() -> None:
    r = report([dict(gold(), latitude=None, longitude=None)])
    located = event(point=None)
    located = located.model_copy(
        update={"location": Location(name="x", admin1="North", country="Sudan")}
    )
    assert R.compare_report(r, [located]).hits == 1


def test_load_names_the_file_and_line_of_a_bad_record(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "r1", "text": "t"}) + "\n")
    with pytest.raises(InputError, match=r"a\.jsonl:1"):
        R.load_reports(tmp_path)


def test_load_refuses_an_id_used_twice(tmp_path: Path) -> None:
    row = json.dumps({"id": "r1", "text": "t", "events": []})
    (tmp_path / "a.jsonl").write_text(row + "\n")
    (tmp_path / "b.jsonl").write_text(row + "\n")
    with pytest.raises(InputError, match="already used"):
        R.load_reports(tmp_path)


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \*\.jsonl"):
        R.load_reports(tmp_path)


def test_a_saved_page_is_read_as_the_html_file_a_user_has(tmp_path: Path) -> None:
    page = {"id": "r1", "html": "<html><body><p>x</p></body></html>", "events": []}
    plain = {"id": "r2", "text": "KABUL, 5 March 2024 - x", "events": []}
    (tmp_path / "a.jsonl").write_text(json.dumps(page) + "\n" + json.dumps(plain) + "\n")
    first, second = R.load_reports(tmp_path)
    assert (first.suffix, first.text) == (".html", page["html"])
    assert (second.suffix, second.text) == (".txt", plain["text"])


@pytest.mark.parametrize(
    ("suffix", "text"),
    [
        (".csv", "Date,Location,Incident\n"),
        (".json", '{"messages": []}'),
        (".srt", "1\n00:00:01,000 --> 00:00:03,000\nGood evening.\n"),
        (".vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nGood evening.\n"),
    ],
)
def test_a_text_record_may_be_a_spreadsheet_export_fed_under_its_own_suffix(
    tmp_path: Path, suffix: str, text: str
) -> None:
    sheet = {"id": "r1", "text": text, "suffix": suffix, "events": []}
    (tmp_path / "a.jsonl").write_text(json.dumps(sheet) + "\n")
    (report,) = R.load_reports(tmp_path)
    assert (report.suffix, report.text) == (suffix, sheet["text"])


@pytest.mark.parametrize(
    "row",
    [
        {"id": "r1", "text": "t", "suffix": ".exe", "events": []},
        {"id": "r1", "html": "<p>t</p>", "suffix": ".csv", "events": []},
    ],
)
def test_a_suffix_is_a_text_files_and_never_a_pages(tmp_path: Path, row: dict[str, Any]) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n")
    with pytest.raises(InputError, match="suffix"):
        R.load_reports(tmp_path)


@pytest.mark.parametrize(
    "row", [{"id": "r1", "events": []}, {"id": "r1", "text": "t", "html": "<p>t</p>", "events": []}]
)
def test_a_record_holds_either_text_or_html(tmp_path: Path, row: dict[str, Any]) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n")
    with pytest.raises(InputError, match="exactly one of 'text' and 'html'"):
        R.load_reports(tmp_path)


def test_read_as_user_saves_a_page_as_html_and_ingest_reads_its_date(tmp_path: Path) -> None:
    from ceasewatch.evaluate.world import read_as_user

    body = "".join(
        f"<p>Paragraph {n}: residents said gunmen on motorcycles fired on farmers in their"
        " fields at dawn before fleeing towards the forest, and police sent officers.</p>"
        for n in range(5)
    )
    html = (
        '<html><head><title>Gunmen kill farmers</title><meta property="article:published_time"'
        ' content="2024-03-12T08:30:00Z"></head><body><nav><a href="/">Home</a></nav>'
        f"<article><h1>Gunmen kill farmers</h1>{body}</article></body></html>"
    )
    report = R.Report("world_reports:r1", "r1", html, (), (), suffix=".html")
    (article,) = read_as_user([report], tmp_path).values()
    assert article.origin.endswith("r1.html") and article.media_type == "text/html"
    assert article.published == dt.date(2024, 3, 12)
    assert "<p>" not in article.text and "Home" not in article.text
