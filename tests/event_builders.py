"""Events, locations and archived articles built by hand, for the identity and fusion tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Any

from ceasewatch.model import ActorRef, Article, Event, Extraction, Location, RawDocument, Span

IDLIB = Location(
    name="Saraqib", latitude=35.864, longitude=36.806, country="Syria", admin1="Idlib",
    admin2="Idlib", geo_precision=1,
)  # fmt: skip


def span(text: str, start: int = 0, field: str | None = None) -> Span:
    return Span(start=start, end=start + len(text), text=text, field=field)


def make_event(**changes: Any) -> Event:
    sentence = changes.pop("sentence_text", "Shelling killed 3 civilians in Saraqib.")
    start = changes.pop("start", 0)
    fields: dict[str, Any] = {
        "id": "a1-e1",
        "article_id": "a1",
        "event_date": dt.date(2020, 3, 1),
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": ActorRef(name="Military Forces of Syria", id="sy-army"),
        "location": IDLIB,
        "fatalities": 3,
        "sentence": span(sentence, start, "sentence"),
        "evidence": (span(sentence, start),),
    }
    fields.update(changes)
    return Event(**fields)


def archived_article(store: Any, text: str, source: str = "outlet") -> Article:
    """An article stored in ``store`` (ids from the text, as clean makes them)."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    article = Article(
        id=digest[:16], origin=f"test:{digest[:8]}", text=text, content_hash=digest,
        raw_hash=digest, source=source, published=dt.date(2020, 3, 2),
    )  # fmt: skip
    raw = RawDocument(
        origin=article.origin, data=text.encode(), media_type="text/plain",
        fetched_at=dt.datetime(2020, 3, 2, tzinfo=dt.UTC),
    )  # fmt: skip
    stored, _ = store.add_article(article, raw)
    return stored


def numbered_articles(store: Any, count: int, prefix: str) -> list[str]:
    """``count`` short articles stored in ``store`` with ids ``{prefix}000``, ``{prefix}001``...
    (tests select their events by id prefix); returns the ids in order."""
    ids = []
    for i in range(count):
        text = f"Report {i} of the {prefix} tests."
        article = Article(
            id=f"{prefix}{i:03d}", origin=f"test:{i}", title=f"Report {i}", text=text,
            content_hash=f"{i:064x}", raw_hash=f"{i:064x}",
        )  # fmt: skip
        raw = RawDocument(
            origin=article.origin, media_type="text/plain", data=text.encode(),
            fetched_at=dt.datetime(2020, 3, 1, tzinfo=dt.UTC),
        )  # fmt: skip
        store.add_article(article, raw)
        ids.append(article.id)
    return ids


# The map count tables' tests (0011 map_counts, 0018 map_month_counts): random events over a few
# clusters in two countries and one without a country, some unplaced.
MAP_TYPES = {
    "Battles": "Armed clash",
    "Explosions/Remote violence": "Shelling/artillery/missile attack",
    "Violence against civilians": "Attack",
}
MAP_PLACES = [
    ("Syria", 35.9, 36.6), ("Syria", 36.2, 37.1), ("Yemen", 13.6, 44.0), (None, 35.0, 36.0),
]  # fmt: skip


def map_event(rng: random.Random, article_id: str, n: int, day: dt.date | None) -> Event:
    country, lat, lon = rng.choice(MAP_PLACES)
    placed = rng.random() > 0.15
    event_type = rng.choice(sorted(MAP_TYPES))
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id, event_date=day,
        time_precision=1, disorder_type="Political violence", event_type=event_type,
        sub_event_type=MAP_TYPES[event_type], actor1=None, hedged=rng.random() < 0.3,
        location=Location(
            name=f"town {n}", country=country,
            latitude=lat + rng.uniform(-1, 1) if placed else None,
            longitude=lon + rng.uniform(-1, 1) if placed else None,
        ),
    )  # fmt: skip


def save_map_events(store: Any, article_id: str, events: list[Event]) -> None:
    store.save_extraction(Extraction(article_id=article_id, stage="test", events=tuple(events)))
