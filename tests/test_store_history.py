"""Agreement status history (migration 0009) and the desk's "what is new" counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ceasewatch.model import StatusPoint
from ceasewatch.store import open_store
from ceasewatch.store.base import AssessmentRun
from tests import serve_data


def test_a_status_change_is_recorded_with_its_reason_and_only_when_it_moves(tmp_path: Path):
    ids = serve_data.build(tmp_path / "a.db")
    store = open_store(tmp_path / "a.db")
    first = store.status_changes()
    assert [(c.old_status, c.new_status) for c in first] == [(None, "strained")]
    assert first[0].status_date == dt.date(2019, 1, 4) and first[0].reason == "one breach"
    same = serve_data.assessment(ids["clash"], ids["attack"])
    store.save_assessments([same])  # unchanged status: no new row
    assert len(store.status_changes()) == 1
    collapsed = same.model_copy(
        update={
            "status": "collapsed",
            "status_date": dt.date(2019, 1, 19),
            "timeline": (
                *same.timeline,
                StatusPoint(date=dt.date(2019, 1, 19), status="collapsed", score=3.0,
                            reason="three breaches in a week"),
            ),
        }
    )  # fmt: skip
    store.save_assessment_run(AssessmentRun(assessments=[collapsed]))
    changes = store.status_changes()
    assert (changes[0].old_status, changes[0].new_status, changes[0].reason) == (
        "strained", "collapsed", "three breaches in a week",
    )  # fmt: skip
    assert [c.new_status for c in store.status_changes(dt.date(2019, 1, 10))] == ["collapsed"]


def test_counts_since_a_day_come_from_sql_over_the_dated_events(tmp_path: Path):
    ids = serve_data.build(tmp_path / "a.db")
    store = open_store(tmp_path / "a.db")
    assert dict(store.event_type_counts_since(dt.date(2019, 1, 1))) == {
        "Battles": 1, "Violence against civilians": 1, "Explosions/Remote violence": 1,
    }  # fmt: skip
    assert dict(store.event_type_counts_since(dt.date(2019, 1, 10))) == {
        "Explosions/Remote violence": 1
    }
    assert store.verdict_counts_since(dt.date(2019, 1, 1), "violation") == [
        (serve_data.AGREEMENT, 1)
    ]
    assert store.verdict_counts_since(dt.date(2019, 1, 5), "violation") == []
    assert [e.id for e in store.events_since(dt.date(2019, 1, 10), 10)] == [ids["shelling"]]
    assert store.latest_event_date() == dt.date(2019, 1, 19)
    assert store.articles_ingested_since("2000-01-01") == 2
    assert store.articles_ingested_since("2999-01-01") == 0


def test_actor_counts_and_unresolved_events_come_from_the_narrow_column(tmp_path: Path):
    ids = serve_data.build(tmp_path / "a.db")
    store = open_store(tmp_path / "a.db")
    assert store.actor_event_counts() == {"ye-houthis": 1, "ye-army": 1}
    assert [e.id for e in store.events_with_unresolved_actors()] == [ids["attack"]]
