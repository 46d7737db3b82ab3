"""Stable event ids and the change feed (issue 15, item 3): an event keeps its id when its
article is re-extracted, and every added, updated or retracted event is listed once."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3

import pytest

from ceasewatch.extract.events import stable_id
from ceasewatch.identity import reconcile
from ceasewatch.model import Extraction, Location
from ceasewatch.store import open_store
from tests.event_builders import archived_article, make_event


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()


def test_the_same_events_again_change_nothing():
    old = [make_event(), make_event(id="a1-e2", sentence_text="Clashes in Binnish.", start=50)]
    result = reconcile(old, old)
    assert [e.id for e in result.events] == ["a1-e1", "a1-e2"]
    assert (result.added, result.updated, result.retracted, result.kept) == ((), (), (), 2)


def test_an_event_whose_evidence_moved_keeps_its_archived_id():
    # A cleaning change shifted the text and a better model re-worded the id's inputs: the
    # sentence's words still match, so the archived id (even an old-style one) stays.
    old = make_event(id="a1-e001")
    new = make_event(id="a1-eNEW", start=40, fatalities=4)
    result = reconcile([old], [new])
    assert [e.id for e in result.events] == ["a1-e001"]
    (update,) = result.updated
    assert update.fields["fatalities"].old == 3 and update.fields["fatalities"].new == 4
    assert "id" not in update.fields and "evidence" in update.fields


def test_vanished_events_are_retracted_and_new_ones_added_without_reusing_ids():
    old = [make_event(), make_event(id="a1-e2", sentence_text="Clashes in Binnish.", start=50)]
    other = Location(name="Maarat al-Numan", country="Syria", admin1="Idlib")
    # Proposes an id an archived event holds, but is another event (other sentence and place).
    new = make_event(id="a1-e2", sentence_text="A strike hit a market.", start=90, location=other)
    result = reconcile(old, [old[0], new])
    assert [e.id for e in result.retracted] == ["a1-e2"]
    assert [e.id for e in result.added] == ["a1-e2-2"]
    assert result.kept == 1


def test_two_events_of_one_sentence_match_by_type_and_place():
    quiet = Location(name="Binnish", country="Syria", admin1="Idlib")
    old = [make_event(id="x-1"), make_event(id="x-2", location=quiet)]
    new = [make_event(id="y-2", location=quiet), make_event(id="y-1")]
    assert [e.id for e in reconcile(old, new).events] == ["x-2", "x-1"]


def test_stable_id_depends_on_evidence_words_not_offsets():
    a, b = make_event(), make_event(start=120)
    assert stable_id("a1", a) == stable_id("a1", b)
    assert stable_id("a1", a) != stable_id("a2", a)
    assert stable_id("a1", a) != stable_id("a1", make_event(event_type="Battles"))


def _saved(store, article_id, *events):
    store.save_extraction(Extraction(article_id=article_id, events=tuple(events)))
    return store.events()


def test_store_feed_lists_added_updated_retracted(store):
    aid = archived_article(store, "Shelling killed 3 civilians in Saraqib.").id
    first = make_event(id=f"{aid}-e1", article_id=aid)
    second = make_event(
        id=f"{aid}-e2", article_id=aid, sentence_text="Clashes in Binnish.", start=50
    )
    _saved(store, aid, first, second)
    assert [(c.kind, c.event_id) for c in store.changes()] == [
        ("added", first.id), ("added", second.id),
    ]  # fmt: skip
    mark = store.last_change_seq()
    _saved(store, aid, first, second)  # a re-run that finds the same: nothing to sync
    assert store.changes(after_seq=mark) == []
    # A re-run whose new ids differ: the toll changed, the second event vanished.
    renamed = first.model_copy(update={"id": f"{aid}-eX", "fatalities": 5})
    stored = _saved(store, aid, renamed)
    assert [e.id for e in stored] == [first.id]
    changes = store.changes(after_seq=mark)
    assert [(c.kind, c.event_id) for c in changes] == [
        ("updated", first.id), ("retracted", second.id),
    ]  # fmt: skip
    assert list(changes[0].fields) == ["fatalities"]
    assert (changes[0].fields["fatalities"].old, changes[0].fields["fatalities"].new) == (3, 5)
    assert changes[1].event is not None and changes[1].event["id"] == second.id
    assert all(a.seq < b.seq for a, b in itertools.pairwise(changes))


def test_store_feed_since_a_time(store):
    aid = archived_article(store, "Shelling killed 3 civilians in Saraqib.").id
    _saved(store, aid, make_event(id=f"{aid}-e1", article_id=aid))
    assert len(store.changes(since=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))) == 1
    assert store.changes(since=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)) == []


def test_failed_save_records_no_change(store):
    aid = archived_article(store, "Shelling killed 3 civilians in Saraqib.").id
    # The events' insert fails after the feed's rows were written: both roll back together.
    store.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'full'); END"
    )
    with pytest.raises(sqlite3.DatabaseError, match="full"):
        _saved(store, aid, make_event(id=f"{aid}-e1", article_id=aid))
    assert store.changes() == [] and store.events() == []


def test_ids_equal_whatever_order_the_articles_came_in(tmp_path, seed_path, fixtures, resources):
    """The real pipeline over the seed and the ingest fixtures, fed in two orders (lines
    reversed too) and in two partitions: the same event ids; and a re-run of everything
    changes nothing."""
    from ceasewatch.archive import ingest_into
    from ceasewatch.cli.events import extract_archive

    lines = (fixtures / "ingest" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    reverse = tmp_path / "reversed.jsonl"
    reverse.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    runs = []
    for sources in ([seed_path, fixtures / "ingest" / "articles.jsonl"], [reverse, seed_path]):
        store = open_store(tmp_path / f"{len(runs)}.db")
        ingest_into(store, [str(s) for s in sources])
        extract_archive(store, resources)
        runs.append(store)
    # Partitioned: the jsonl articles extracted in a later run than the seed.
    store = open_store(tmp_path / "partitioned.db")
    for source in (seed_path, fixtures / "ingest" / "articles.jsonl"):
        ingest_into(store, [str(source)])
        extract_archive(store, resources)
    runs.append(store)
    ids = [sorted(e.id for e in s.events()) for s in runs]
    assert ids[0] == ids[1] == ids[2] and len(ids[0]) >= 3
    mark = runs[0].last_change_seq()
    assert mark == len(ids[0])  # one "added" per event, nothing else
    extract_archive(runs[0], resources, redo_all=True)
    assert runs[0].changes(after_seq=mark) == []
    for store in runs:
        store.close()
