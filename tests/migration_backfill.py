"""One check for migrations that add a table kept by triggers and fill it from the events an
archive already holds (0011 ``map_counts``, 0018 ``map_month_counts``): the table as the
migration's own triggers kept it must be what the backfill rebuilds in an older archive."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ceasewatch.store import open_store
from tests.event_builders import numbered_articles

Save = Callable[[Any, random.Random, str, int], None]  # (store, rng, article id, events)
Table = Callable[[Any], dict[Any, Any]]  # the table's rows, keyed


def assert_backfilled(
    archive_url: str,
    *,
    prefix: str,
    save: Save,
    table: Table,
    recounted: Table,
    check: Callable[[Any], None],
    undo: Callable[[Any], None],
    seed: int,
) -> None:
    """Fill an archive (12 articles of 6 events, ids ``{prefix}000``...), ``undo`` the migration
    in one transaction (its triggers, tables and ``schema_migrations`` row), reopen it: the
    backfilled ``table`` equals the one the triggers kept and a ``recounted`` one, passes
    ``check``, and follows a new save (the triggers are back too)."""
    rng = random.Random(seed)
    store = open_store(archive_url)
    for article_id in numbered_articles(store, 12, prefix):
        save(store, rng, article_id, 6)
    want = table(store)
    assert want  # something to backfill
    with store.transaction() as db:
        undo(db)
    store.close()
    reopened = open_store(archive_url)
    try:
        assert table(reopened) == want == recounted(reopened)
        check(reopened)
        save(reopened, rng, f"{prefix}000", 3)
        assert table(reopened) == recounted(reopened)
    finally:
        reopened.close()
