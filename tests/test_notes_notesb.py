"""The notes set's file written by notesb (data/eval/world/notes/notesb.jsonl): every record
valid by the world set's checks (vocabulary, inter and interaction codes, admin1 a unit of the
named country, the point inside it) and the coverage its README row promises."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ceasewatch.evaluate.world import WORLD_DIR
from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.test_evaluate_world import _check_gold, _check_place

FILE = WORLD_DIR / "notes" / "notesb.jsonl"


def rows() -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in Path(FILE).read_text(encoding="utf-8").splitlines() if line
    ]


def test_notesb_records_are_valid() -> None:
    seen = set()
    for row in rows():
        assert re.fullmatch(r"nb\d{3}", row["id"]) and row["id"] not in seen
        seen.add(row["id"])
        assert row["text"].strip() and row["country"]
        if row["event"] is None:
            assert row["category"] != "event"
        else:
            assert row["category"] == "event"
            _check_gold(row)
            _check_place(row["event"])


def test_notesb_coverage() -> None:
    golds = [r["event"] for r in rows() if r["event"] is not None]
    assert len(rows()) >= 100
    assert len({r["country"] for r in rows()}) >= 25
    assert {g["sub_event_type"] for g in golds} == set(SUB_EVENT_TO_TYPE)
    assert sum(1 for r in rows() if r["event"] is None) >= 8
