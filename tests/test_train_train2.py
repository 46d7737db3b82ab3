"""The training corpus data/train/train2.jsonl (helper train2, session 13): every line parses,
carries the record format of the notes evaluation set plus ``style``, and its codes agree with
the codebook tables (sub-event -> event type -> disorder type, inter codes -> interaction)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.model import DISORDER_BY_EVENT_TYPE, DISORDER_BY_SUB_EVENT, SUB_EVENT_TO_TYPE

CORPUS = Path(__file__).resolve().parents[1] / "data" / "train" / "train2.jsonl"
RECORD_KEYS = {"id", "text", "category", "country", "event", "style"}
EVENT_KEYS = {
    "event_date", "event_type", "sub_event_type", "disorder_type", "actor1", "inter1", "actor2",
    "inter2", "interaction", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "fatalities",
}  # fmt: skip


def _records() -> list[dict[str, Any]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


RECORDS = _records()


def _interaction(inter1: int, inter2: int | None) -> int:
    codes = sorted(c for c in (inter1, inter2) if c)
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def test_ids_are_unique_and_in_the_corpus_prefix() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("tb") and i[2:].isdigit() for i in ids)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record_format(record: dict[str, Any]) -> None:
    assert set(record) == RECORD_KEYS
    assert record["style"] in {"notes", "wire", "ngo"}
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
    if event["latitude"] is not None:
        assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180
        assert event["geo_precision"] in {1, 2, 3}


@pytest.mark.parametrize(
    "record", [r for r in RECORDS if r["event"]], ids=[r["id"] for r in RECORDS if r["event"]]
)
def test_codes_agree_with_the_codebook(record: dict[str, Any]) -> None:
    event = record["event"]
    sub = event["sub_event_type"]
    assert SUB_EVENT_TO_TYPE[sub] == event["event_type"]
    assert event["disorder_type"] == DISORDER_BY_SUB_EVENT.get(
        sub, DISORDER_BY_EVENT_TYPE[event["event_type"]]
    )
    assert event["inter1"] in range(1, 9)
    if event["actor2"] is None:
        assert event["inter2"] is None
    else:
        assert event["inter2"] in range(1, 9)
    assert event["interaction"] == _interaction(event["inter1"], event["inter2"])


def test_corpus_covers_every_sub_event_type_once_complete() -> None:
    """Guards against a batch dropping a whole class the reader trained on needs."""
    seen = {r["event"]["sub_event_type"] for r in RECORDS if r["event"]}
    if len(RECORDS) >= 150:
        assert seen == set(SUB_EVENT_TO_TYPE)
