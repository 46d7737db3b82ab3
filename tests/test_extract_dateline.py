"""A dateline is metadata: clean reads its date and place, extraction never reads its words as
report (a session found "KHARTOUM, May 23, 2023" named as the claimant of every event, and
dateline cities as actor1)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.clean import clean
from ceasewatch.extract import extract
from ceasewatch.model import RawDocument
from ceasewatch.pipeline import Resources

REPORT = (
    "Clashes in the capital\n\n"
    "KHARTOUM, May 23, 2023 - Residents reported heavy clashes between the army and the Rapid "
    "Support Forces in the Bahri district on Tuesday, witnesses said."
)


def _clean(text: str):  # type: ignore[no-untyped-def]
    raw = RawDocument(
        origin="test:dateline", data=text.encode(), media_type="text/plain",
        fetched_at=dt.datetime(2023, 5, 23, tzinfo=dt.UTC),
    )  # fmt: skip
    return clean(raw)


def test_clean_records_where_the_dateline_ends() -> None:
    article = _clean(REPORT)
    assert article.published == dt.date(2023, 5, 23)
    assert article.dateline_end is not None
    assert article.text[: article.dateline_end].endswith("KHARTOUM, May 23, 2023 -")


def test_a_body_without_a_dateline_has_no_span() -> None:
    article = _clean("Residents reported heavy clashes between the army and rebels on Tuesday.")
    assert article.dateline_end is None


def test_the_dateline_city_is_neither_claimant_nor_actor_nor_place(resources: Resources) -> None:
    article = _clean(REPORT)
    extraction = extract(article, resources.extractor)
    assert extraction.events
    for event in extraction.events:
        assert "KHARTOUM" not in (event.claimed_by or "")
        names = [r.name for r in (event.actor1, event.actor2) if r is not None]
        assert not any("KHARTOUM" in n for n in names), names
        for span in event.evidence:  # offsets still point into the article text
            assert article.text[span.start : span.end] == span.text
            assert span.start >= (article.dateline_end or 0)
