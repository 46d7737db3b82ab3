"""The archive's later tables (change feed, corrections, status history, fused events, stage
versions) on every backend: their PostgreSQL migrations and the portable SQL of their mixins
must give the answers SQLite gives."""

from __future__ import annotations

import datetime as dt

from ceasewatch.archive import fuse_archive
from ceasewatch.model import EventChanges, Extraction
from ceasewatch.store import open_store
from tests import serve_data


def _filled(archive_url: str):
    ids = serve_data.build(archive_url)  # type: ignore[arg-type]
    return open_store(archive_url), ids


def test_change_feed_and_stable_ids(archive_url):
    store, ids = _filled(archive_url)
    try:
        first = store.last_change_seq()
        assert {c.kind for c in store.changes()} == {"added"}
        art = store.article(ids["a"])
        fresh = serve_data.events_a(art)
        # the same events, renumbered and with one toll changed: ids kept, one update
        moved = [e.model_copy(update={"id": f"{art.id}-e{9 - i}"}) for i, e in enumerate(fresh)]
        moved[0] = moved[0].model_copy(update={"fatalities": 7})
        store.save_extraction(Extraction(article_id=art.id, events=tuple(moved)))
        after = store.changes(after_seq=first)
        assert [c.kind for c in after] == ["updated"]
        assert after[0].event_id == ids["clash"]
        assert store.event(ids["clash"]).fatalities == 7
        store.save_extraction(Extraction(article_id=art.id, events=()))
        assert {c.kind for c in store.changes(after_seq=after[0].seq)} == {"retracted"}
    finally:
        store.close()


def test_corrections_are_kept_and_reapplied(archive_url):
    store, ids = _filled(archive_url)
    try:
        c = store.add_correction(ids["clash"], EventChanges(fatalities=11), who="Dana")
        assert store.event(ids["clash"]).fatalities == 11
        art = store.article(ids["a"])
        store.save_extraction(Extraction(article_id=art.id, events=serve_data.events_a(art)))
        assert store.event(ids["clash"]).fatalities == 11
        assert [h.id for h in store.event_history(ids["clash"])] == [c.id]
    finally:
        store.close()


def test_status_history_and_morning_counts(archive_url):
    store, _ids = _filled(archive_url)
    try:
        changes = store.status_changes()
        assert changes and changes[0].new_status is not None
        counts = dict(store.event_type_counts_since(dt.date(2019, 1, 1)))
        assert sum(counts.values()) == len(store.events())
        assert store.latest_event_date() is not None
    finally:
        store.close()


def test_fusion_and_versions(archive_url):
    store, _ids = _filled(archive_url)
    try:
        fuse_archive(store, full=True)
        fused = store.fusion_of([e.id for e in store.events()])
        assert set(fused) <= {e.id for e in store.events()}
        groups = store.version_groups()
        assert sum(n for _, n in groups) == len(store.extracted_article_ids())
    finally:
        store.close()
