"""Raw inputs, events, locations and archived articles built by hand, for the clean, identity and
fusion tests; the
random archives and re-assessments of the count tables' tests (0023-0026); and the random
archives of the map count tables' tests (0011, 0018, 0020, 0021) with the check that every
count-table answer is the live walk's."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Sequence
from typing import Any

from ceasewatch.evaluate.harness import main_event, user_article
from ceasewatch.knowledge import ActorKB
from ceasewatch.model import (
    SUB_EVENT_TO_TYPE,
    ActorRef,
    Article,
    Event,
    Extraction,
    Location,
    RawDocument,
    Span,
    Verdict,
)  # fmt: skip
from ceasewatch.pipeline import Resources, process_article
from ceasewatch.resolve import resolve
from ceasewatch.store.base import AssessmentRun


def raw_document(
    text: str | bytes,
    media_type: str = "text/plain",
    *,
    fetched: dt.date = dt.date(2024, 1, 1),
    **hints: str,
) -> RawDocument:
    """A user's input as ingest hands it to clean: origin "test-input", fetched at midnight UTC
    of ``fetched``, with ``hints`` (title, published, ...)."""
    return RawDocument(
        origin="test-input",
        data=text.encode("utf-8") if isinstance(text, str) else text,
        media_type=media_type,
        fetched_at=dt.datetime(fetched.year, fetched.month, fetched.day, tzinfo=dt.UTC),
        hints=hints,
    )


IDLIB = Location(
    name="Saraqib", latitude=35.864, longitude=36.806, country="Syria", admin1="Idlib",
    admin2="Idlib", geo_precision=1,
)  # fmt: skip


def report_events(text: str, resources: Resources) -> tuple[Event, ...]:
    """A short report fed as a user's JSONL line through the whole pipeline: its events."""
    article = user_article("t1", {"text": text}, "test:notes")
    assert not hasattr(article, "error"), article
    return tuple(process_article(article, resources).events)  # type: ignore[arg-type]


def sides_of(text: str, resources: Resources, word: str) -> tuple[str | None, str | None]:
    """(actor1, actor2) names of the first event of a short report whose sentence holds
    ``word`` (``report_events``)."""
    events = report_events(text, resources)
    for e in events:
        if e.sentence is not None and word in e.sentence.text:
            return (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
    raise AssertionError(f"no event for {word!r}: {events}")


def first_typed_actor1(text: str, resources: Resources) -> tuple[str, str | None]:
    """(sub-event type, actor1 name) of the first event of a short report (``report_events``)."""
    events = report_events(text, resources)
    assert events, text
    first = events[0]
    return first.sub_event_type, first.actor1.name if first.actor1 is not None else None


def report_main_event(text: str, resources: Resources) -> Event:
    """The main event of a short report (``report_events``; the harness's ``main_event``)."""
    event = main_event(report_events(text, resources))
    assert event is not None, text
    return event


def slot_words(text: str, words: str, after: str = "") -> ActorRef:
    """An actor slot's words as extract gives them: with their span in ``text`` (the first
    occurrence after ``after``)."""
    start = text.index(words, text.index(after) if after else 0)
    return ActorRef(
        name=words, surface=words, span=Span(start=start, end=start + len(words), text=words)
    )


def clash(
    actor1: ActorRef | None,
    actor2: ActorRef | None = None,
    on: dt.date | None = None,
    **changes: Any,
) -> Event:
    """One armed clash (event e1 of article a1) between the slots ``actor1`` and ``actor2``."""
    fields: dict[str, Any] = {
        "id": "e1",
        "article_id": "a1",
        "event_date": on,
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": actor1,
        "actor2": actor2,
    }
    fields.update(changes)
    return Event(**fields)


def resolved_actor1(
    kb: ActorKB,
    text: str,
    doer: str,
    victim: str | None,
    after: str = "",
    on: dt.date = dt.date(2024, 3, 1),
    **changes: Any,
) -> str | None:
    """actor1's name after resolve, for the one event (``clash`` unless ``changes`` say
    otherwise) of ``text`` whose doer words are ``doer`` and other side ``victim`` (both written
    after ``after``)."""
    other = None if victim is None else slot_words(text, victim, after)
    event = clash(slot_words(text, doer, after), other, on, **changes)
    article = Article(
        id="a1", origin="test", text=text, published=on, content_hash="x", raw_hash="y"
    )
    out = resolve(Extraction(article_id="a1", events=(event,)), article, kb).events[0]
    return out.actor1.name if out.actor1 is not None else None


def span(text: str, start: int = 0, field: str | None = None) -> Span:
    return Span(start=start, end=start + len(text), text=text, field=field)


def guard_event(
    sub: str,
    actor1: ActorRef | None = None,
    actor2: ActorRef | None = None,
    disorder: str = "Demonstrations",
) -> Event:
    """An undated event of ``sub`` between two sides, as the learn guard reads one (its type,
    sub-event and actors only): the guard's tests (learn/guard.py)."""
    return Event(
        id="e1",
        article_id="a1",
        event_date=None,
        time_precision=1,
        actor1=actor1,
        actor2=actor2,
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        disorder_type=disorder,
        confidence=0.7,
    )


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


# The count tables' tests (0023 breach tallies, 0024 desk counts, 0025 range facets, 0026 trend
# days): random events saved as an article's extraction, then random re-assessments.
EventMaker = Callable[[random.Random, str, int], Event]


def save_random_events(
    store: Any, make: EventMaker, rng: random.Random, article_id: str, n: int
) -> None:
    """``n`` events of ``make`` saved as ``article_id``'s extraction (replacing the one before:
    a re-extraction)."""
    events = tuple(make(rng, article_id, i) for i in range(n))
    store.save_extraction(Extraction(article_id=article_id, stage="test", events=events))


def judge_randomly(
    store: Any,
    rng: random.Random,
    kinds: Sequence[str],
    agreements: Sequence[str],
    share: float,
    stray: str,
) -> None:
    """A re-assessment: every stored event judged again by a random ``share`` of ``agreements``
    (a random kind each), and a verdict for ``stray``, an event id not archived (counted once
    its event exists); the first half of the events and the stray are re-judged (their old
    verdicts replaced)."""
    ids = [r[0] for r in store.db.execute("SELECT id FROM events ORDER BY id")]
    verdicts = [
        Verdict(event_id=e, agreement_id=a, verdict=rng.choice(kinds), reason="test")
        for e in [*ids, stray]
        for a in agreements
        if rng.random() < share
    ]
    store.save_assessment_run(
        AssessmentRun(verdicts=verdicts, rejudged_events=[*ids[: len(ids) // 2], stray])
    )


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


# The date of a random map event (None: undated), drawn from the test's own span.
Day = Callable[[random.Random], dt.date | None]
# Columns a bulk copy of events writes (``copy_map_events``): what the map tables count.
MAP_COPY_COLUMNS = (
    "article_id, event_date, event_type, sub_event_type, actors, place, data, country,"
    " latitude, longitude, grid_x, grid_y"
)
# A view holding the whole world: every cell of the count tables wholly inside.
WORLD = (-180.0, -90.0, 180.0, 90.0)
# Cell sizes the checks ask for: one grid cell (0.25 degree; 0.15 is drawn as one), two, eight.
MAP_CELL_SIZES = (0.15, 0.25, 0.5, 2.0)


def save_random_map_events(
    store: Any, rng: random.Random, article_id: str, n: int, day: Day
) -> None:
    """``n`` random ``map_event``s dated by ``day``, saved as ``article_id``'s extraction
    (replacing the one before: a re-extraction)."""
    events = [map_event(rng, article_id, i, day(rng)) for i in range(n)]
    save_map_events(store, article_id, events)


def map_archive(
    store: Any, rng: random.Random, prefix: str, articles: int, day: Day,
    sizes: tuple[int, int] = (1, 8),
) -> list[str]:  # fmt: skip
    """``articles`` numbered articles (ids ``{prefix}000``...), each with a random number of
    random map events (``sizes``: the least and the most); returns their ids."""
    ids = numbered_articles(store, articles, prefix)
    for article_id in ids:
        save_random_map_events(store, rng, article_id, rng.randint(*sizes), day)
    return ids


def copy_map_events(db: Any, suffix: str = "-c") -> None:
    """Every event copied under ``id || suffix`` by one bulk statement (as
    ``bench/make_synthetic.py --replicate`` grows an archive): the triggers' bulk path."""
    db.execute(
        f"INSERT INTO events (id, {MAP_COPY_COLUMNS}) SELECT id || '{suffix}',"
        f" {MAP_COPY_COLUMNS} FROM events"
    )


def spots_walked(store: Any, search: Any) -> list[tuple[int, int, int, int, int]]:
    """(gx, gy, events, summed 1e-7 degree units) per grid cell of the placed events matching
    ``search``, from the events' columns (a bulk statement changes the columns, not the JSON),
    summed in Python."""
    from ceasewatch.store.queries import where

    clauses, params = where(search)
    cells: dict[tuple[int, int], list[int]] = {}
    for gx, gy, lon, lat in store.db.execute(
        "SELECT grid_x, grid_y, longitude, latitude FROM events WHERE "
        + " AND ".join([*clauses, "latitude IS NOT NULL", "longitude IS NOT NULL"]),
        params,
    ):
        cell = cells.setdefault((int(gx), int(gy)), [0, 0, 0])
        cell[0] += 1
        cell[1] += round(lon * 1e7)
        cell[2] += round(lat * 1e7)
    return sorted((gx, gy, *c) for (gx, gy), c in cells.items())


def assert_map_answers_live(
    store: Any, monkeypatch: Any, searches: Sequence[Any], views: Sequence[tuple[float, ...]]
) -> None:
    """Every answer the count tables give equals the live walk of the events: the framing's
    spots (None for a filter the tables cannot answer), the cells of every view at every size
    in ``MAP_CELL_SIZES``, and the capped counts of placed events in view."""
    from ceasewatch.store import mapqueries

    for search in searches:
        spots = store.map_spots(search)
        if mapqueries._counted(search):
            assert spots is not None, search
            got = sorted((s.gx, s.gy, s.n, round(s.longitude * s.n * 1e7),
                          round(s.latitude * s.n * 1e7)) for s in spots)  # fmt: skip
            assert got == spots_walked(store, search), search
        else:
            assert spots is None, search
        for view in views:
            placed = store.count_placed(search, view)
            for size in MAP_CELL_SIZES:
                with monkeypatch.context() as m:
                    m.setattr(mapqueries, "_counted", lambda _s: False)
                    live = store.map_cells(search, view, size)
                assert store.map_cells(search, view, size) == live, (search, view, size)
                assert sum(c.count for c in live) == placed, (search, view, size)
            for cap in (0, 3, 40, 10_000):  # the tables answer "more than the cap" if they can
                assert store.count_placed(search, view, cap=cap) == min(placed, cap + 1)
