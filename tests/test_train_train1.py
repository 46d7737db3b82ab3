"""The training corpus written by helper train1 (data/train/train1.jsonl): every line parses,
carries the record format of the notes evaluation set plus `style`, and codes by the codebook."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from ceasewatch.knowledge.countries import country_named
from ceasewatch.model import DISORDER_BY_EVENT_TYPE, DISORDER_BY_SUB_EVENT, SUB_EVENT_TO_TYPE

PATH = Path(__file__).resolve().parents[1] / "data" / "train" / "train1.jsonl"
EVENT_KEYS = {
    "event_date",
    "event_type",
    "sub_event_type",
    "disorder_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "location",
    "fatalities",
}
OPTIONAL_KEYS = {"latitude", "longitude", "geo_precision"}
NON_EVENT_KINDS = {
    "disaster",
    "accident",
    "trade",
    "diplomacy",
    "court",
    "election",
    "constitutional",
    "sports",
    "economy",
    "health",
    "commemoration",
}


def rows() -> list[dict[str, Any]]:
    with PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_every_line_parses_and_ids_are_unique() -> None:
    with PATH.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    parsed = [json.loads(line) for line in lines]
    ids = [r["id"] for r in parsed]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"ta\d{3}", i) for i in ids)


def test_records_have_the_fields() -> None:
    for row in rows():
        assert {"id", "text", "category", "country", "style", "event"} <= set(row)
        assert row["text"].strip()
        assert row["style"] in ("notes", "wire", "ngo")
        assert country_named(row["country"]) is not None, row["country"]
        if row["category"] == "event":
            assert row["event"] is not None
            assert EVENT_KEYS <= set(row["event"]) <= EVENT_KEYS | OPTIONAL_KEYS
        else:
            assert row["category"] in NON_EVENT_KINDS, row["id"]
            assert row["event"] is None


def _check_codes(gold: dict[str, Any]) -> None:
    sub = gold["sub_event_type"]
    assert SUB_EVENT_TO_TYPE[sub] == gold["event_type"]
    assert gold["disorder_type"] == DISORDER_BY_SUB_EVENT.get(
        sub, DISORDER_BY_EVENT_TYPE[gold["event_type"]]
    )
    assert gold["actor1"] and gold["inter1"] in range(1, 9)
    if gold["actor2"] is None:
        assert gold["inter2"] is None and gold["interaction"] == gold["inter1"] * 10
    else:
        assert gold["inter2"] in range(1, 9)
        low, high = sorted((gold["inter1"], gold["inter2"]))
        assert gold["interaction"] == low * 10 + high
    assert dt.date(2000, 1, 1) <= dt.date.fromisoformat(gold["event_date"]) <= dt.date(2026, 12, 1)
    assert gold["fatalities"] is None or gold["fatalities"] >= 0
    assert gold["admin1"] and gold["location"]
    if "latitude" in gold:
        assert -90 <= gold["latitude"] <= 90 and -180 <= gold["longitude"] <= 180
        assert gold["geo_precision"] in (1, 2, 3)


def test_codes_agree_with_the_codebook() -> None:
    for row in rows():
        if row["event"] is not None:
            assert row["event"]["country"] == row["country"], row["id"]
            _check_codes(row["event"])
