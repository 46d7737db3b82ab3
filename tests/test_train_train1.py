"""The training corpus written by helper train1 (data/train/train1.jsonl): every line parses,
carries the record format of the notes evaluation set plus `style`, and codes by the codebook.
The checks are those of tests/train_corpus.py (train1's older format: a non-event's category is
its kind, the point optional)."""

from __future__ import annotations

from tests.train_corpus import (
    TRAIN_DIR,
    check_codes,
    check_dates,
    check_ids,
    check_loose_record,
    events_of,
    records,
)

PATH = TRAIN_DIR / "train1.jsonl"
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


def test_every_line_parses_and_ids_are_unique() -> None:
    check_ids(records(PATH), r"ta\d{3}")


def test_records_have_the_fields() -> None:
    for row in records(PATH):
        check_loose_record(row, NON_EVENT_KINDS)


def test_codes_agree_with_the_codebook() -> None:
    events = events_of(records(PATH))
    for event in events:
        check_codes(event)
    check_dates(events, "2000-01-01", "2026-12-01")
