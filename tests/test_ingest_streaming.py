"""Issue 15: ingest of large JSONL and folder inputs streams in bounded memory, every bad item
recorded with its line and reason while the rest goes on, written in bounded batches."""

from __future__ import annotations

import json
import random
import tracemalloc
from pathlib import Path

import pytest

from ceasewatch import archive
from ceasewatch.archive import ingest_into
from ceasewatch.ingest import ingest
from ceasewatch.model import IngestFailure, RawDocument
from ceasewatch.store import open_store

WORDS = [f"word{i}" for i in range(3000)]


def _lines(n: int, seed: int = 1) -> list[str]:
    """``n`` JSONL records with unrelated texts (no two are copies of one story)."""
    rng = random.Random(seed)
    texts = (" ".join(rng.choice(WORDS) for _ in range(40)) for _ in range(n))
    return [json.dumps({"text": f"Report {i}: {t}."}) for i, t in enumerate(texts)]


def test_a_jsonl_over_the_file_cap_is_streamed_and_a_too_long_line_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CEASEWATCH_INGEST_MAX_FILE_BYTES", "2000")
    lines = _lines(60)
    lines[10] = json.dumps({"text": "x " * 2000})  # one item over the cap
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 10 * 2000
    items = list(ingest([str(path)]))
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert sum(isinstance(i, RawDocument) for i in items) == 59
    assert [(f.origin, "line too long" in f.reason) for f in failures] == [(f"{path}#L11", True)]
    assert items[11].origin == f"{path}#L12"  # the lines after it go on, in order


def test_a_line_that_is_not_utf8_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = _lines(3)
    path.write_bytes(
        "\ufeff".encode() + b"\n".join([good[0].encode(), b'{"text": "caf\xe9"}', good[2].encode()])
    )
    items = list(ingest([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "IngestFailure", "RawDocument"]
    assert items[1].origin.endswith("#L2") and "not UTF-8" in items[1].reason  # type: ignore[union-attr]


def test_a_large_binary_file_named_jsonl_is_refused_whole(tmp_path: Path) -> None:
    path = tmp_path / "photo.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100)
    items = list(ingest([str(path)]))
    assert len(items) == 1 and isinstance(items[0], IngestFailure)
    assert items[0].origin == str(path) and "PNG" in items[0].reason


def test_copies_within_one_batch_match_as_if_stored_one_by_one(
    store, seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch's duplicate check and story matching see its own earlier articles: the same
    answers as one article per transaction."""
    body = seed_path.read_text(encoding="utf-8")
    feed = tmp_path / "copies.jsonl"
    records = [
        {"text": body},
        *({"text": json.loads(line)["text"]} for line in _lines(3)),
        {"text": "Republished with permission.\n\n" + body.replace("Furthermore, ", "")},
        {"text": body},  # the same text again: unchanged
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = ingest_into(store, [str(feed)])
    assert (report.added, report.unchanged, report.failed) == (5, 1, 0)
    batched = {a.id: a.story_id for a in store.articles()}

    one_by_one = open_store(str(tmp_path / "one.db"))
    monkeypatch.setattr(archive, "BATCH_ITEMS", 1)
    try:
        ingest_into(one_by_one, [str(feed)])
        assert {a.id: a.story_id for a in one_by_one.articles()} == batched
    finally:
        one_by_one.close()
    first, copy = report.articles[0], report.articles[4]
    assert copy.id != first.id and copy.story_id == first.id
    assert len(set(batched.values())) == 4
    assert report.articles[5].id == first.id  # the repeat answers with the stored copy


def _peak(store, path: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        report = ingest_into(store, [str(path)])
        return report.added, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_the_jsonl_grows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Peak traced memory of ingesting 10x the lines stays about the same (were the items or
    the lines held, it would grow ~10x). Small batch and report caps stand in for the real
    ones, so that the steady state comes within a few hundred lines."""
    monkeypatch.setattr(archive, "BATCH_ITEMS", 25)
    monkeypatch.setattr(archive, "KEPT_ITEMS", 5)
    store = open_store(str(tmp_path / "archive.db"))
    sizes = {}
    try:
        for n, seed in ((20, 0), (150, 1), (1500, 2)):  # the first warms imports and caches
            path = tmp_path / f"{n}.jsonl"
            path.write_text("\n".join(_lines(n, seed)), encoding="utf-8")
            added, sizes[n] = _peak(store, path)
            assert added == n
    finally:
        store.close()
    assert sizes[1500] < 1.5 * sizes[150], sizes
