"""The training corpus data/train/train6.jsonl (helper train6, session 29): every line parses,
carries the record format of the notes evaluation set plus ``style``, its codes agree with the
codebook tables, every sub-event type is there at least 8 times, and no event lies within 7 days
of an evaluation event of the same country (or on the day of another training line's)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.train_corpus import TRAIN_DIR, check_codes, check_record_format, records

CORPUS = TRAIN_DIR / "train6.jsonl"
RECORDS = records(CORPUS)
EVENTS = [r for r in RECORDS if r["event"]]
ADMIN1 = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "ceasewatch"
    / "knowledge"
    / "data"
    / "gazetteer"
    / "world_admin1.tsv"
)
# Every country the file uses -> its ISO code in world_admin1.tsv.
COUNTRIES = {
    "Afghanistan": "AF", "Armenia": "AM", "Bangladesh": "BD", "Bolivia": "BO", "Brazil": "BR",
    "Burkina Faso": "BF", "Burundi": "BI", "Cameroon": "CM", "Central African Republic": "CF",
    "Chile": "CL", "Colombia": "CO", "Democratic Republic of Congo": "CD", "Ecuador": "EC",
    "Egypt": "EG", "Ethiopia": "ET", "France": "FR", "Georgia": "GE", "Germany": "DE",
    "Guinea": "GN", "Haiti": "HT", "India": "IN", "Indonesia": "ID", "Iran": "IR", "Iraq": "IQ",
    "Israel": "IL", "Kenya": "KE", "Lebanon": "LB", "Madagascar": "MG", "Mali": "ML",
    "Mexico": "MX", "Mozambique": "MZ", "Myanmar": "MM", "Netherlands": "NL", "Niger": "NE",
    "Nigeria": "NG", "Pakistan": "PK", "Palestine": "PS", "Panama": "PA", "Peru": "PE",
    "Philippines": "PH", "Poland": "PL", "Russia": "RU", "Senegal": "SN", "Serbia": "RS",
    "Somalia": "SO", "South Africa": "ZA", "South Sudan": "SS", "Spain": "ES", "Sudan": "SD",
    "Syria": "SY", "Thailand": "TH", "Togo": "TG", "Tunisia": "TN", "Turkey": "TR",
    "Uganda": "UG", "Ukraine": "UA", "Venezuela": "VE", "Yemen": "YE", "Zimbabwe": "ZW",
}  # fmt: skip


def _admin1_names() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for line in ADMIN1.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "code\t")) or not line.strip():
            continue
        fields = line.split("\t")
        names.setdefault(fields[0].split(".")[0], set()).add(fields[2])
    return names


def test_ids_are_unique_and_in_the_corpus_prefix() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"t6_\d{3}", i) for i in ids)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record_format(record: dict[str, Any]) -> None:
    check_record_format(record)


@pytest.mark.parametrize("record", EVENTS, ids=[r["id"] for r in EVENTS])
def test_codes_agree_with_the_codebook(record: dict[str, Any]) -> None:
    check_codes(record["event"])


def test_admin1_is_a_unit_of_the_country() -> None:
    names = _admin1_names()
    assert {r["country"] for r in RECORDS} <= set(COUNTRIES)
    wrong = [
        (r["id"], r["event"]["admin1"])
        for r in EVENTS
        if r["event"]["admin1"] not in names[COUNTRIES[r["country"]]]
    ]
    assert not wrong


def test_events_are_of_2022_to_2026() -> None:
    assert all("2022-01-01" <= r["event"]["event_date"] <= "2026-12-31" for r in EVENTS)


def test_corpus_covers_every_sub_event_type_at_least_eight_times() -> None:
    """The brief: all 25 types, weighted like real data, each rare type at least 8 rows (as
    written; the merger's drop of 51 lines that may tell an evaluation incident, session 30,
    left at least 5 of each)."""
    subs = [r["event"]["sub_event_type"] for r in EVENTS]
    assert set(subs) == set(SUB_EVENT_TO_TYPE)
    assert all(subs.count(sub) >= 5 for sub in SUB_EVENT_TO_TYPE)
    assert subs.count("Armed clash") == max(subs.count(sub) for sub in SUB_EVENT_TO_TYPE)


def _dates_and_countries(path: Path) -> set[tuple[str, str]]:
    """Event date and country of every event in a file: the only fields the check reads."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for event in [record.get("event"), *(record.get("events") or [])]:
                if isinstance(event, dict) and event.get("event_date"):
                    out.add((event["event_date"], event.get("country") or record["country"]))
    return out


def test_no_event_within_seven_days_of_an_evaluation_event_of_its_country() -> None:
    """Issue 9 and the brief of session 29: a training line must not tell an evaluation item's
    incident. Checked on date and country only, a week either side (stricter than the
    same-day check of train1-5), and the same day for the other training files."""
    data = CORPUS.parents[1]
    world = data / "eval" / "world"
    evaluation = [
        *sorted(world.glob("*.jsonl")),
        *sorted((world / "notes").glob("*.jsonl")),
        *sorted((world / "reports").glob("*.jsonl")),
    ]
    days: dict[str, set[dt.date]] = defaultdict(set)
    for path in evaluation:
        for date, country in _dates_and_countries(path):
            days[country].add(dt.date.fromisoformat(date))
    near = [
        r["id"]
        for r in EVENTS
        if any(
            abs((day - dt.date.fromisoformat(r["event"]["event_date"])).days) <= 7
            for day in days[r["country"]]
        )
    ]
    assert not near
    training = [p for p in sorted((data / "train").glob("*.jsonl")) if p != CORPUS]
    taken = set().union(*(_dates_and_countries(p) for p in training))
    mine = [(r["event"]["event_date"], r["country"]) for r in EVENTS]
    assert not [key for key in mine if key in taken]
    assert len(mine) == len(set(mine))


def test_wire_lines_open_with_a_dateline_and_weekdays_match_the_date() -> None:
    """'CITY, [Country,] Month D, YYYY (Agency) - ...'; a weekday in any line is the event's."""
    dateline = re.compile(r"^[A-Z][A-Z'\- ]+, (?:[A-Za-z ]+, )?[A-Z][a-z]+\.? \d{1,2}, \d{4}")
    assert all(dateline.match(r["text"]) for r in RECORDS if r["style"] == "wire")
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for r in EVENTS:
        day = weekdays[dt.date.fromisoformat(r["event"]["event_date"]).weekday()]
        assert all(w == day for w in weekdays if w in r["text"]), r["id"]


def test_the_mix_the_file_was_written_for() -> None:
    """About 350 rows, mostly coders' notes with some wire and NGO lines, about 10% non-events,
    world-wide with Ukraine/Russia, the Middle East, Africa, Asia and the Americas."""
    styles = [r["style"] for r in RECORDS]
    # 358 written; the merger dropped 51 that may tell an evaluation incident (session 30,
    # scripts/train_overlap.py at 14 days: the writer checked 7 days against every event).
    assert len(RECORDS) == 307
    assert styles.count("notes") > len(RECORDS) / 2
    assert styles.count("wire") >= 15 and styles.count("ngo") >= 10
    non_events = [r for r in RECORDS if r["event"] is None]
    assert all(r["category"] == "non-event" for r in non_events)
    assert 0.07 * len(RECORDS) <= len(non_events) <= 0.15 * len(RECORDS)
    countries = {r["country"] for r in RECORDS}
    assert {"Ukraine", "Palestine", "Myanmar", "Sudan", "Mexico", "Haiti", "India"} <= countries
    assert len(countries) >= 40
