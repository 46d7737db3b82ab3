"""The notes set's files (data/eval/world/notes/*.jsonl) are valid gold: vocabulary, codes,
admin1 a unit of the country, the point inside it; and each file covers what its README row
claims (its size, ids with the file's prefix, 25 countries, every sub-event type, 8 non-events)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.evaluate import world
from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.test_evaluate_world import _check_gold, _check_place

NOTES = world.WORLD_DIR / world.NOTES_DIR


def rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("path", sorted(NOTES.glob("*.jsonl")), ids=lambda p: p.name)
def test_every_notes_record_is_valid(path: Path) -> None:
    for row in rows(path):
        assert row["text"].strip() and row["country"]
        if row["event"] is None:
            assert row["category"] != "event"
        else:
            assert row["category"] == "event"
            _check_gold(row)
            _check_place(row["event"])


# file -> its id prefix (data/eval/world/notes/README.md)
PREFIXES = {
    "notesa.jsonl": "na",
    "notesb.jsonl": "nb",
    "notesc.jsonl": "nc",
    "notesd.jsonl": "nd",
    "notese.jsonl": "ne",
    "notesf.jsonl": "nf",
    "notesg.jsonl": "ng",
    "notesh.jsonl": "nh",
    "notesi.jsonl": "ni",
    "notesj.jsonl": "nj",
    "notesk.jsonl": "nk",
    "notesl.jsonl": "nl",
    "notesm.jsonl": "nm",
    "notesn.jsonl": "nn",
    "noteso.jsonl": "no",
    "notesp.jsonl": "np",
    "notesq.jsonl": "nq",
    "notesr.jsonl": "nr",
    "notess.jsonl": "ns",
    "notest.jsonl": "nt",
    "noteu.jsonl": "nu",
    "notev.jsonl": "nv",
    "notew.jsonl": "nw",
    "notex.jsonl": "nx",
    "notey.jsonl": "ny",
    "notez.jsonl": "nz",
    "noteza.jsonl": "nza",
    "notezb.jsonl": "nzb",
    "notezc.jsonl": "nzc",
    "notezd.jsonl": "nzd",
    "noteze.jsonl": "nze",
    "notezf.jsonl": "nzf",
    "notezg.jsonl": "nzg",
    "notezh.jsonl": "nzh",
    "notezi.jsonl": "nzi",
    "notezj.jsonl": "nzj",
    "notezk.jsonl": "nzk",
}
# file -> its number of reports (the README's table)
SIZES = {
    "notesa.jsonl": 110,
    "notesb.jsonl": 110,
    "notesc.jsonl": 147,
    "notesd.jsonl": 183,
    "notese.jsonl": 169,
    "notesf.jsonl": 169,
    "notesg.jsonl": 171,
    "notesh.jsonl": 173,
    "notesi.jsonl": 179,
    "notesj.jsonl": 175,
    "notesk.jsonl": 177,
    "notesl.jsonl": 178,
    "notesm.jsonl": 180,
    "notesn.jsonl": 180,
    "noteso.jsonl": 180,
    "notesp.jsonl": 180,
    "notesq.jsonl": 180,
    "notesr.jsonl": 180,
    "notess.jsonl": 180,
    "notest.jsonl": 180,
    "noteu.jsonl": 180,
    "notev.jsonl": 180,
    "notew.jsonl": 180,
    "notex.jsonl": 180,
    "notey.jsonl": 180,
    "notez.jsonl": 180,
    "noteza.jsonl": 180,
    "notezb.jsonl": 180,
    "notezc.jsonl": 180,
    "notezd.jsonl": 180,
    "noteze.jsonl": 180,
    "notezf.jsonl": 180,
    "notezg.jsonl": 180,
    "notezh.jsonl": 180,
    "notezi.jsonl": 180,
    "notezj.jsonl": 181,
    "notezk.jsonl": 183,
}


@pytest.mark.parametrize("name", sorted(PREFIXES))
def test_each_notes_file_covers_what_its_row_claims(name: str) -> None:
    found = rows(NOTES / name)
    assert len(found) == SIZES[name]
    assert all(re.fullmatch(PREFIXES[name] + r"\d{3}", r["id"]) for r in found)
    golds = [r["event"] for r in found if r["event"] is not None]
    assert {g["sub_event_type"] for g in golds} == set(SUB_EVENT_TO_TYPE)
    assert len({r["country"] for r in found}) >= 25
    assert len(found) - len(golds) >= 8
    # notes style: every report opens with its date ("On 3 May 2023," / "Around ..." /
    # "As reported on ...", notev)
    opening = r"(On|Around|As reported on) \d{1,2} [A-Z][a-z]+ \d{4}"
    assert all(re.match(opening, r["text"]) for r in found)
