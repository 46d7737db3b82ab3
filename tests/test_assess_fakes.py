"""Issue 10, over time on real dates: FA-KES reports of late March and early April 2017 (the
Khan Shaykhun chemical attack of 4 April and the strikes around it), as a user would ingest them.

A reader of those reports expects the nationwide ceasefire of 30 December 2016 to have
collapsed in the first week of April 2017 (scores of civilians killed by air strikes in several
places of Idlib and Hama), the February 2016 cessation of hostilities (ended before) and every
agreement outside Syria to have no verdict at all, and no status before the first evidence.
Runs the whole pipeline over ~40 articles (about two minutes on one core).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from ceasewatch.assess.status import series
from ceasewatch.evaluate import find_data_dir

pytestmark = pytest.mark.slow
START, END = dt.date(2017, 3, 28), dt.date(2017, 4, 10)


@pytest.fixture(scope="module")
def april_2017(resources, tmp_path_factory):  # type: ignore[no-untyped-def]
    from ceasewatch.pipeline import analyze

    path = find_data_dir() / "fakes" / "fakes.csv"
    with path.open(encoding="cp1252", errors="replace") as f:
        rows = list(csv.DictReader(f))
    feed = Path(tmp_path_factory.mktemp("fakes")) / "april-2017.jsonl"
    lines = []
    for row in rows:
        day = dt.datetime.strptime(row["date"], "%m/%d/%y").date()
        if START <= day <= END:
            item = {"text": row["article_content"], "title": row["article_title"]}
            lines.append(
                json.dumps({**item, "published": day.isoformat(), "source": row["source"]})
            )
    feed.write_text("\n".join(lines), encoding="utf-8")
    return analyze([str(feed)], resources)


def test_the_nationwide_ceasefire_collapses_in_the_first_week_of_april(april_2017) -> None:  # type: ignore[no-untyped-def]
    [ceasefire] = [a for a in april_2017.agreements if a.id == "syria-nationwide-ceasefire-2016-12"]
    weeks = series(ceasefire.timeline, 7, ceasefire.status_date)
    first_evidence = min(
        e.event_date
        for e in april_2017.events
        if e.event_date
        and any(v.event_id == e.id and v.verdict != "outside-scope" for v in ceasefire.verdicts)
    )
    assert weeks[0].date == first_evidence  # no status before the first evidence
    collapse = [p for p in ceasefire.timeline if p.status == "collapsed"]
    assert collapse, [(p.date, p.status, p.reason) for p in ceasefire.timeline]
    assert START <= collapse[0].date <= END
    # The reason names the breaches and what the status rests on.
    assert "Collapsed: " in collapse[0].reason and " breaches in " in collapse[0].reason
    assert " events in scope" in collapse[0].reason
    assert collapse[0].basis is not None and collapse[0].basis.breach_sources >= 2


def test_only_syrian_agreements_judge_syrian_reports(april_2017) -> None:  # type: ignore[no-untyped-def]
    assessed = {a.id for a in april_2017.agreements}
    assert "syria-cessation-of-hostilities-2016" not in assessed  # ended in December 2016
    assert all(i.startswith(("syria-", "astana-", "sochi-")) for i in assessed), assessed
