"""One hand-built event with its place geocoded, for the tests of what happens after geocoding
(extract.merging.told_twice): tests/test_extract_pair19.py, test_extract_merge21.py,
test_merging_area.py."""

from __future__ import annotations

import datetime as dt

from ceasewatch.model import SUB_EVENT_TO_TYPE, ActorRef, Event, Location, Span


def placed_event(
    sub: str,
    place: str,
    at: tuple[float, float],
    actor1: ActorRef | None,
    actor2: ActorRef | None = None,
    *,
    words: str,
    day: dt.date,
    precision: int = 1,
    qualifier: str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    admin2: str | None = None,
    sentence_start: int = 0,
) -> Event:
    """An event of ``sub`` at ``place`` (named in ``words``, the sentence it came from, which
    starts at ``sentence_start``: two sentences need two starts)."""
    where = words.find(place)
    who = actor1.name if actor1 is not None else "-"
    return Event(
        id=f"e-{place}-{sub}-{who}-{words[:8]}",
        article_id="a",
        event_date=day,
        time_precision=1,
        disorder_type="Political violence",
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        location=Location(
            name=place,
            latitude=at[0],
            longitude=at[1],
            country=country,
            admin1=admin1,
            admin2=admin2,
            qualifier=qualifier,
            geo_precision=precision,
            reason="test",
            span=Span(start=where, end=where + len(place), text=place) if where >= 0 else None,
        ),
        sentence=Span(start=sentence_start, end=len(words), text=words),
    )
