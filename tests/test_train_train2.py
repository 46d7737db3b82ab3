"""The training corpus data/train/train2.jsonl (helper train2, session 13): every line parses,
carries the record format of the notes evaluation set plus ``style``, and its codes agree with
the codebook tables (sub-event -> event type -> disorder type, inter codes -> interaction).
The checks are those of tests/train_corpus.py."""

from __future__ import annotations

from typing import Any

import pytest

from tests.train_corpus import (
    TRAIN_DIR,
    check_codes,
    check_ids,
    check_record_format,
    check_sub_event_types,
    events_of,
    records,
)

CORPUS = TRAIN_DIR / "train2.jsonl"
RECORDS = records(CORPUS)
EVENTS = [r for r in RECORDS if r["event"]]


def test_ids_are_unique_and_in_the_corpus_prefix() -> None:
    check_ids(RECORDS, r"tb\d+")


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record_format(record: dict[str, Any]) -> None:
    check_record_format(record)


@pytest.mark.parametrize("record", EVENTS, ids=[r["id"] for r in EVENTS])
def test_codes_agree_with_the_codebook(record: dict[str, Any]) -> None:
    check_codes(record["event"])


def test_corpus_covers_every_sub_event_type_once_complete() -> None:
    """Guards against a batch dropping a whole class the reader trained on needs."""
    if len(RECORDS) >= 150:
        check_sub_event_types(events_of(RECORDS))
