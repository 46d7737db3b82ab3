"""Checks shared by the training-corpus tests (tests/test_train_train2.py, test_train_train3.py):
every line parses, carries the record format of the notes evaluation set plus ``style``, and
its codes agree with the codebook tables (sub-event -> event type -> disorder type, inter codes
-> interaction)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ceasewatch.model import DISORDER_BY_EVENT_TYPE, DISORDER_BY_SUB_EVENT, SUB_EVENT_TO_TYPE

TRAIN_DIR = Path(__file__).resolve().parents[1] / "data" / "train"
RECORD_KEYS = {"id", "text", "category", "country", "event", "style"}
EVENT_KEYS = {
    "event_date", "event_type", "sub_event_type", "disorder_type", "actor1", "inter1", "actor2",
    "inter2", "interaction", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "fatalities",
}  # fmt: skip


def records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def interaction(inter1: int, inter2: int | None) -> int:
    codes = sorted(c for c in (inter1, inter2) if c)
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def check_record_format(record: dict[str, Any]) -> None:
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


def check_codes(event: dict[str, Any]) -> None:
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
    assert event["interaction"] == interaction(event["inter1"], event["inter2"])
