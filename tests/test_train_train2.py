"""The training corpus data/train/train2.jsonl (helper train2, session 13): every line parses,
carries the record format of the notes evaluation set plus ``style``, and its codes agree with
the codebook tables (sub-event -> event type -> disorder type, inter codes -> interaction)."""

from __future__ import annotations

from typing import Any

import pytest

from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.train_corpus import TRAIN_DIR, check_codes, check_record_format, records

CORPUS = TRAIN_DIR / "train2.jsonl"
RECORDS = records(CORPUS)


def test_ids_are_unique_and_in_the_corpus_prefix() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("tb") and i[2:].isdigit() for i in ids)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record_format(record: dict[str, Any]) -> None:
    check_record_format(record)


@pytest.mark.parametrize(
    "record", [r for r in RECORDS if r["event"]], ids=[r["id"] for r in RECORDS if r["event"]]
)
def test_codes_agree_with_the_codebook(record: dict[str, Any]) -> None:
    check_codes(record["event"])


def test_corpus_covers_every_sub_event_type_once_complete() -> None:
    """Guards against a batch dropping a whole class the reader trained on needs."""
    seen = {r["event"]["sub_event_type"] for r in RECORDS if r["event"]}
    if len(RECORDS) >= 150:
        assert seen == set(SUB_EVENT_TO_TYPE)
