"""Checks shared by the training-corpus tests (tests/test_train_train1.py ... test_train_train7.py).

Each test file keeps its own counts and rules (its id prefix, its years, its mix, its window);
the checks themselves live here, once. What each one checks:

- ``records(path)``: every non-blank line of the file parses as one JSON object.
- ``check_ids(records, pattern, ordered=False)``: ids are unique, each matches the file's pattern
  (``ta\\d{3}``, ``t7_\\d{3}``...), and, for a file numbered in order, stay in order.
- ``check_record_format(record)``: the record format of the notes evaluation set plus ``style``
  (train2-7): exactly the keys; ``style`` notes, wire or ngo; text and country set; a non-event's
  ``category`` is ``non-event`` and its event null; an event's keys exactly the gold keys, an ISO
  date, the record's country, admin1, location and actor1 set, fatalities null or >= 0, and a
  point (where there is one) within range with geo_precision 1-3.
- ``check_loose_record(record, kinds)``: the older format of train1: the record keys present,
  the country a country ceasewatch knows, a non-event's ``category`` one of its kinds (disaster,
  court...) with no event; an event's keys the gold keys with the point optional, the record's
  country, fatalities null or >= 0, admin1 and location set, a point within range.
- ``check_codes(event)``: the codebook tables: sub-event -> event type -> disorder type
  (``Excessive force against protesters`` and ``Mob violence`` by their own rows), actor1 set,
  inter codes 1-8, actor2 and inter2 null together, interaction the two inter codes in order
  (one code times ten when there is no actor2).
- ``check_dates(events, first, last)``: every event date within the file's years.
- ``check_admin1(records, countries)``: every country is one the file's list names, and every
  event's admin1 is a unit of that country as ``world_admin1.tsv`` spells it.
- ``check_sub_event_types(events, minimum)``: all 25 sub-event types present, each at least
  ``minimum`` times.
- ``check_apart(corpus, events, evaluation, window_days)``: no event lies within
  ``window_days`` of an event of the same country in the evaluation files (0: the same day), none
  shares a date and country with another training file's event, and none with another of its own
  file. Reads dates and countries only (``dates_and_countries``), never an evaluation text.
- ``check_wire_datelines(records)``: a wire line opens with ``CITY, [Country,] Month D, YYYY``.
- ``check_weekdays(records)``: a weekday named in an event's text is the event date's weekday.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from ceasewatch.knowledge.countries import country_named
from ceasewatch.model import DISORDER_BY_EVENT_TYPE, DISORDER_BY_SUB_EVENT, SUB_EVENT_TO_TYPE

REPO = Path(__file__).resolve().parents[1]
TRAIN_DIR = REPO / "data" / "train"
WORLD_DIR = REPO / "data" / "eval" / "world"
ADMIN1 = REPO / "src" / "ceasewatch" / "knowledge" / "data" / "gazetteer" / "world_admin1.tsv"
RECORD_KEYS = {"id", "text", "category", "country", "event", "style"}
POINT_KEYS = {"latitude", "longitude", "geo_precision"}
EVENT_KEYS = {
    "event_date", "event_type", "sub_event_type", "disorder_type", "actor1", "inter1", "actor2",
    "inter2", "interaction", "country", "admin1", "location", "fatalities", *POINT_KEYS,
}  # fmt: skip
STYLES = {"notes", "wire", "ngo"}
DATELINE = re.compile(r"^[A-Z][A-Z'\- ]+, (?:[A-Za-z ]+, )?[A-Z][a-z]+\.? \d{1,2}, \d{4}")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def events_of(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r["event"] for r in rows if r["event"]]


def interaction(inter1: int, inter2: int | None) -> int:
    codes = sorted(c for c in (inter1, inter2) if c)
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def check_ids(rows: list[dict[str, Any]], pattern: str, *, ordered: bool = False) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(pattern, i) for i in ids), [
        i for i in ids if not re.fullmatch(pattern, i)
    ]
    if ordered:
        assert ids == sorted(ids)


def _check_point(event: Mapping[str, Any]) -> None:
    if event.get("latitude") is not None:
        assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180
        assert event["geo_precision"] in {1, 2, 3}


def check_record_format(record: dict[str, Any]) -> None:
    assert set(record) == RECORD_KEYS
    assert record["style"] in STYLES
    assert record["text"].strip() and record["country"]
    if record["category"] == "non-event":
        assert record["event"] is None
        return
    assert record["category"] == "event"
    event = record["event"]
    assert set(event) == EVENT_KEYS
    dt.date.fromisoformat(event["event_date"])
    assert event["country"] == record["country"]
    assert event["admin1"] and event["location"] and event["actor1"]
    assert event["fatalities"] is None or event["fatalities"] >= 0
    _check_point(event)


def check_loose_record(record: dict[str, Any], kinds: set[str]) -> None:
    assert set(record) >= RECORD_KEYS
    assert record["text"].strip()
    assert record["style"] in STYLES
    assert country_named(record["country"]) is not None, record["country"]
    if record["category"] != "event":
        assert record["category"] in kinds, record["id"]
        assert record["event"] is None
        return
    event = record["event"]
    assert event is not None
    assert EVENT_KEYS - POINT_KEYS <= set(event) <= EVENT_KEYS
    assert event["country"] == record["country"], record["id"]
    assert event["fatalities"] is None or event["fatalities"] >= 0
    assert event["admin1"] and event["location"]
    _check_point(event)


def check_codes(event: dict[str, Any]) -> None:
    sub = event["sub_event_type"]
    assert SUB_EVENT_TO_TYPE[sub] == event["event_type"]
    assert event["disorder_type"] == DISORDER_BY_SUB_EVENT.get(
        sub, DISORDER_BY_EVENT_TYPE[event["event_type"]]
    )
    assert event["actor1"] and event["inter1"] in range(1, 9)
    if event["actor2"] is None:
        assert event["inter2"] is None
    else:
        assert event["inter2"] in range(1, 9)
    assert event["interaction"] == interaction(event["inter1"], event["inter2"])


def check_dates(events: Iterable[dict[str, Any]], first: str, last: str) -> None:
    wrong = [e["event_date"] for e in events if not first <= e["event_date"] <= last]
    assert not wrong


def admin1_names() -> dict[str, set[str]]:
    """ISO code -> the names of its first-level units in world_admin1.tsv."""
    names: dict[str, set[str]] = {}
    for line in ADMIN1.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "code\t")) or not line.strip():
            continue
        fields = line.split("\t")
        names.setdefault(fields[0].split(".")[0], set()).add(fields[2])
    return names


def check_admin1(rows: list[dict[str, Any]], countries: Collection[str]) -> None:
    """``countries``: every country the file may use, as the project's country table names it
    (``country_named`` gives its ISO code in world_admin1.tsv)."""
    names = admin1_names()
    assert {r["country"] for r in rows} <= set(countries)
    codes = {country: _alpha2(country) for country in countries}
    wrong = [
        (r["id"], r["event"]["admin1"])
        for r in rows
        if r["event"] and r["event"]["admin1"] not in names[codes[r["country"]]]
    ]
    assert not wrong


def _alpha2(country: str) -> str:
    found = country_named(country)
    assert found is not None, f"{country!r} is not in the project's country table"
    return found.alpha2


def check_sub_event_types(events: list[dict[str, Any]], minimum: int = 1) -> None:
    subs = [e["sub_event_type"] for e in events]
    assert set(subs) == set(SUB_EVENT_TO_TYPE)
    assert all(subs.count(sub) >= minimum for sub in SUB_EVENT_TO_TYPE)


def dates_and_countries(path: Path) -> set[tuple[str, str]]:
    """Event date and country of every event in a file (``event`` or a report's ``events``):
    the only fields the clash checks read."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for event in [record.get("event"), *(record.get("events") or [])]:
                if isinstance(event, dict) and event.get("event_date"):
                    out.add((event["event_date"], event.get("country") or record["country"]))
    return out


def evaluation_files(*, reports: bool = True) -> list[Path]:
    """world and heldout, the notes files and (unless ``reports`` is false) the reports files."""
    return [
        *sorted(WORLD_DIR.glob("*.jsonl")),
        *sorted((WORLD_DIR / "notes").glob("*.jsonl")),
        *(sorted((WORLD_DIR / "reports").glob("*.jsonl")) if reports else []),
    ]


def check_apart(
    corpus: Path, events: list[dict[str, Any]], evaluation: list[Path], window_days: int = 0
) -> None:
    days: dict[str, set[dt.date]] = defaultdict(set)
    for path in evaluation:
        for date, country in dates_and_countries(path):
            days[country].add(dt.date.fromisoformat(date))
    near = [
        (e["event_date"], e["country"])
        for e in events
        if any(
            abs((day - dt.date.fromisoformat(e["event_date"])).days) <= window_days
            for day in days[e["country"]]
        )
    ]
    assert not near
    training = [p for p in sorted(TRAIN_DIR.glob("*.jsonl")) if p != corpus]
    taken = set().union(*(dates_and_countries(p) for p in training))
    mine = [(e["event_date"], e["country"]) for e in events]
    assert not [key for key in mine if key in taken]
    assert len(mine) == len(set(mine))


def check_wire_datelines(rows: list[dict[str, Any]]) -> None:
    assert all(DATELINE.match(r["text"]) for r in rows if r["style"] == "wire")


def check_weekdays(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        if r["event"]:
            day = WEEKDAYS[dt.date.fromisoformat(r["event"]["event_date"]).weekday()]
            assert all(w == day for w in WEEKDAYS if w in r["text"]), r["id"]
