"""An assessment's verdicts are written a few hundred per INSERT (PostgreSQL's statement
triggers on verdicts ran once per verdict under ``executemany``): the same rows as one upsert
per verdict in order, on both backends, across chunk boundaries and with a key given twice."""

from __future__ import annotations

import random

from ceasewatch.model import Assessment, Verdict
from ceasewatch.store import assessments
from ceasewatch.store.base import AssessmentRun
from tests.event_builders import numbered_articles

KINDS = ("violation", "permitted", "undetermined", "outside-scope")


def _verdicts(rng: random.Random, event_ids: list[str], agreements: list[str]) -> list[Verdict]:
    out = [
        Verdict(event_id=e, agreement_id=a, verdict=rng.choice(KINDS), reason=f"r{rng.random()}")
        for e in event_ids
        for a in agreements
    ]
    rng.shuffle(out)
    return out


def _stored(store) -> dict[tuple[str, str], tuple[str, str]]:
    rows = store.db.execute("SELECT agreement_id, event_id, verdict, data FROM verdicts")
    return {(str(a), str(e)): (str(k), str(d)) for a, e, k, d in rows}


def _expected(verdicts: list[Verdict]) -> dict[tuple[str, str], tuple[str, str]]:
    out = {}
    for v in verdicts:  # one upsert per verdict, in order: the last of a key stays
        out[(v.agreement_id, v.event_id)] = (v.verdict, v.model_dump_json())
    return out


def test_batched_upserts_store_the_same_rows(store, monkeypatch):
    monkeypatch.setattr(assessments, "VERDICT_CHUNK", 7)  # many chunks, a short tail
    rng = random.Random(3)
    ids = [f"{a}-e{i}" for a in numbered_articles(store, 4, "vb") for i in range(6)]
    agreements = ["ag-a", "ag-b", "ag-c"]
    first = _verdicts(rng, ids, agreements)
    again = first[5].model_copy(update={"verdict": "permitted", "reason": "later"})
    run = [*first, again]  # a key given twice in one run: the later verdict stays
    store.save_assessment_run(AssessmentRun(verdicts=run))
    assert _stored(store) == _expected(run)
    totals = {}
    for (a, _), (k, _) in _stored(store).items():
        totals.setdefault(a, {}).setdefault(k, 0)
        totals[a][k] += 1
    assert store.verdict_counts() == totals  # the count tables' triggers saw every row
    second = _verdicts(rng, ids[::2], agreements[:2])  # upserts over stored keys
    store.save_assessment_run(AssessmentRun(verdicts=second))
    assert _stored(store) == _expected([*run, *second])
    assessment = Assessment(
        id="ag-c",
        name="C",
        status="holding",
        status_date=None,
        verdicts=tuple(_verdicts(rng, ids[:9], ["ag-c"])),
    )
    store.save_assessments([assessment])
    want = {k: v for k, v in _expected([*run, *second]).items() if k[0] != "ag-c"}
    assert _stored(store) == {**want, **_expected(list(assessment.verdicts))}


def test_one_insert_per_chunk(store, monkeypatch):
    """1,203 verdicts: three INSERT statements (500, 500, 203), not 1,203."""
    rng = random.Random(4)
    ids = [f"{a}-e{i}" for a in numbered_articles(store, 3, "vc") for i in range(401)]
    verdicts = _verdicts(rng, ids, ["ag-a"])
    seen: list[int] = []

    class Counting:
        def __init__(self, db) -> None:
            self._db = db

        def execute(self, sql, params=()):
            if sql.startswith("INSERT INTO verdicts"):
                seen.append(len(params) // 4)
            return self._db.execute(sql, params)

        def executemany(self, sql, params):
            assert not sql.startswith("INSERT INTO verdicts")
            return self._db.executemany(sql, params)

        def __getattr__(self, name):
            return getattr(self._db, name)

    monkeypatch.setattr(assessments, "_insert_verdicts", _wrapped(Counting))
    store.save_assessment_run(AssessmentRun(verdicts=verdicts))
    assert seen == [500, 500, 203]
    assert _stored(store) == _expected(verdicts)


def _wrapped(counting):
    inner = assessments._insert_verdicts

    def insert(db, verdicts):
        return inner(counting(db), verdicts)

    return insert
