"""The archive interface. SQLite implements it today; a PostgreSQL backend will implement the
same protocol, so nothing outside ``ceasewatch.store`` may assume SQLite."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, Protocol

from pydantic import BaseModel

from ceasewatch.model import (
    Agreement,
    AgreementMention,
    Article,
    Assessment,
    Correction,
    Event,
    EventChange,
    EventChanges,
    Extraction,
    FusedEvent,
    IngestFailure,
    RawDocument,
    Relation,
    StatusChange,
    Verdict,
)

if TYPE_CHECKING:  # deskqueries imports this module's EventSearch
    from ceasewatch.store.deskqueries import QualityRow


@dataclass(frozen=True)
class ArticleQuery:
    on: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    search: str | None = None  # full-text query over title and text
    source: str | None = None
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class EventQuery:
    article_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # actor id or a name substring (actor1, actor2 or associated)
    place: str | None = None  # location name substring or admin area
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class EventSearch:
    """The events table's filters, run in SQL (``store/queries.py``)."""

    article_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None  # actor id or a name substring (actor1, actor2 or associated)
    place: str | None = None  # location name substring or admin area
    agreement: str | None = None  # with ``verdict``: a verdict of this agreement; alone: any
    verdict: str | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    hedged: bool | None = None


BBox = tuple[float, float, float, float]  # west, south, east, north (degrees)
# (name, id or second key, verdict kind -> events): a row of an agreement's breach tallies
Tally = tuple[str, str | None, dict[str, int]]


class MapCell(NamedTuple):
    """One grid cell of the map at low zoom: how many matching events it holds and where. (A
    plain tuple, not a model: a low-zoom view reads thousands.)"""

    gx: int
    gy: int
    west: float
    south: float
    size: float  # degrees
    count: int  # type: ignore[assignment]  # (shadows tuple.count, never called)
    longitude: float  # mean point of its events: where the cell's marker goes
    latitude: float
    types: dict[str, int]  # event type -> events
    first: dt.date | None  # its events' first and last dates, when counted (finer cells)
    last: dt.date | None


class MapSpot(NamedTuple):
    """Matching placed events of one grid cell (or one event), weighted: what the map's
    framing (robust core, areas, outliers) is computed on. (A plain tuple, not a model: a
    framing reads thousands.)"""

    longitude: float  # mean point of its events
    latitude: float
    n: int
    bbox: tuple[float, float, float, float]  # the cell (the point itself for one event)
    country: str  # the events' country name ("" when unknown)
    gx: int | None = None  # its grid cell, None for a sampled event
    gy: int | None = None


class PlacedEvent(BaseModel):
    """What the map draws for one event and its popup lists: columns of the events table
    (an index holds them all), never the event's JSON."""

    id: str
    article_id: str
    event_date: dt.date | None
    event_type: str
    sub_event_type: str
    place: str
    latitude: float
    longitude: float
    geo_precision: int | None
    country: str = ""  # "" when unknown


class SavedView(BaseModel):
    """A named events table (or other page) view: the page and its query string."""

    id: str
    name: str
    page: str
    query: str
    created_at: dt.datetime


@dataclass(frozen=True)
class AssessmentRun:
    """What one re-assessment changes (``ceasewatch.reassess``), written in one transaction."""

    verdicts: Sequence[Verdict] = ()  # new verdicts, replacing any for the same pair
    assessments: Sequence[Assessment] = ()  # statuses recomputed (stored without verdicts)
    rejudged_agreements: Sequence[str] = ()  # their stored verdicts are dropped first
    rejudged_events: Sequence[str] = ()  # likewise, for changed or vanished events
    dropped_agreements: Sequence[str] = ()  # no longer in the catalogue: everything goes
    cleared_assessments: Sequence[str] = ()  # nothing left in scope: the stored status goes
    gone_events: Sequence[str] = ()  # no longer archived: forget their version
    agreement_versions: dict[str, str] = field(default_factory=dict)
    event_versions: dict[str, str] = field(default_factory=dict)


class Store(Protocol):
    """What every archive backend offers."""

    # articles
    def add_article(self, article: Article, raw: RawDocument) -> tuple[Article, bool]:
        """Store a cleaned article beside its raw input. Returns (stored article, is_new);
        an article whose content hash is already stored is a no-op returning the stored one."""
        ...

    def add_articles(
        self,
        items: Sequence[tuple[Article, RawDocument]],
        failures: Sequence[IngestFailure] = (),
    ) -> list[tuple[Article, bool]]:
        """``add_article`` for many, with ``failures`` recorded, in one transaction (all or
        nothing); (stored article, is_new) per item, in order."""
        ...

    def add_failure(self, failure: IngestFailure) -> None: ...
    def article(self, article_id: str) -> Article:
        """Raises NotFoundError."""
        ...

    def raw(self, article_id: str) -> RawDocument: ...
    def story(self, article_id: str) -> list[Article]:
        """Every archived copy (syndicated republication) of this article's story."""
        ...

    def articles(self, query: ArticleQuery = ArticleQuery()) -> list[Article]: ...
    def count_articles(self, query: ArticleQuery = ArticleQuery()) -> int: ...
    def article_days(self, year: int, month: int) -> dict[dt.date, int]: ...
    def sources(self) -> list[str]: ...
    def failures(self, limit: int = 100) -> list[IngestFailure]: ...

    # extraction results (stages 3-5), replaced per article
    def save_extraction(self, extraction: Extraction) -> None:
        """Replace the article's stored results. Its events keep the ids of the archived events
        they continue (``ceasewatch.identity``); the changes go to the change feed, in the same
        transaction."""
        ...

    def save_extractions(self, extractions: Sequence[Extraction]) -> None:
        """``save_extraction`` of many articles in one transaction: all saved or none."""
        ...

    def extracted_article_ids(self, stage: str | None = None) -> set[str]: ...
    def version_groups(self) -> list[tuple[str | None, int]]:
        """(stored stage versions, how many extractions carry them); NULL: not recorded."""
        ...

    def extracted_with(self, versions: Sequence[str]) -> set[str]: ...
    def article_ids(self, after: str | None = None, limit: int = 1000) -> list[str]: ...
    def article_ids_to_run(
        self, fresh: Sequence[str], after: str | None = None, limit: int = 1000
    ) -> list[str]: ...
    def events(self, query: EventQuery = EventQuery()) -> list[Event]: ...
    def event(self, event_id: str) -> Event: ...
    def relations(self, article_id: str | None = None) -> list[Relation]: ...
    def agreement_mentions(self, article_id: str | None = None) -> list[AgreementMention]: ...

    # analyst corrections (store/corrections.py), applied again by every save_extraction
    def add_correction(
        self, event_id: str, changes: EventChanges, who: str, reason: str = ""
    ) -> Correction: ...
    def corrections(
        self,
        article_id: str | None = None,
        ids: Sequence[str] | None = None,
        event_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Correction]: ...
    def count_corrections(self) -> int: ...
    def event_history(self, event_id: str) -> list[Correction]: ...
    def with_corrections(self, extraction: Extraction) -> Extraction: ...

    # assessments (stage 6), replaced per agreement; verdicts stored apart
    def save_assessments(self, assessments: Sequence[Assessment]) -> None: ...
    def assessments(self) -> list[Assessment]:
        """Without their verdicts: read those with ``verdicts``."""
        ...

    def verdicts(
        self, agreement_id: str | None = None, event_ids: Sequence[str] | None = None
    ) -> list[Verdict]: ...
    def verdict_counts(self) -> dict[str, dict[str, int]]: ...
    def assessed_versions(self) -> tuple[dict[str, str], dict[str, str]]: ...
    def save_assessment_run(self, run: AssessmentRun) -> None: ...
    def story_ids(self) -> dict[str, str]: ...
    def save_user_agreements(self, file: str, agreements: Sequence[Agreement]) -> None: ...
    def user_agreements(self) -> list[Agreement]: ...

    # freshness: which extractions the stored assessments have seen
    def extraction_generation(self) -> int: ...
    def mark_assessed(self, generation: int) -> None:
        """The stored assessments are fresh up to extraction ``generation``."""
        ...

    def assessments_stale(self) -> bool:
        """Some extraction is newer than the last whole-archive assessment."""
        ...

    # status history and the desk's "what is new" counts (store/history.py)
    def status_changes(self, since: dt.date | None = None) -> list[StatusChange]: ...
    def event_type_counts_since(self, since: dt.date) -> list[tuple[str, int]]: ...
    def verdict_counts_since(self, since: dt.date, verdict: str) -> list[tuple[str, int]]: ...
    def events_since(self, since: dt.date, limit: int) -> list[Event]: ...
    def articles_ingested_since(self, since: str) -> int: ...
    def latest_event_date(self) -> dt.date | None: ...
    def actor_event_counts(self) -> dict[str, int]: ...
    def events_with_unresolved_actors(self) -> list[Event]: ...
    # change feed (store/identity.py): every event a saved extraction added, updated, retracted
    def changes(
        self, after_seq: int = 0, since: dt.datetime | None = None, limit: int | None = None
    ) -> list[EventChange]: ...
    def last_change_seq(self) -> int: ...

    # fused events (store/fusion.py): one event from many reports
    def save_fusion(
        self, fused: Sequence[FusedEvent], replaced: Iterable[str], seq: int | None = None
    ) -> None: ...
    def fusion_of(self, event_ids: Iterable[str]) -> dict[str, FusedEvent]: ...
    def fused_events(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[FusedEvent]: ...
    def fused_change_seq(self) -> int: ...
    def report_dates(self) -> dict[str, dt.date]: ...
    # queries in the database (store/queries.py): pages, counts, facets, map cells, views
    def count_events(self, search: EventSearch | None = None) -> int: ...
    def event_page(
        self, search: EventSearch, sort: str = "-date", limit: int = 50, offset: int = 0
    ) -> list[Event]: ...
    def events_by_id(self, ids: Sequence[str]) -> list[Event]: ...
    def actor_events(self, actor_id: str, limit: int, offset: int = 0) -> tuple[int, list[Event]]:
        """(events naming the actor id in any role, one page of them newest first)."""
        ...

    def event_facets(
        self, search: EventSearch, names: Sequence[str] = (), top: int = 30
    ) -> dict[str, list[tuple[str, int]]]: ...
    def verdicts_of_events(self, event_ids: Sequence[str]) -> dict[str, list[Verdict]]: ...
    def article_titles(self, article_ids: Sequence[str]) -> dict[str, str]: ...
    def is_extracted(self, article_id: str) -> bool: ...
    def data_stamp(self) -> tuple[object, ...]: ...
    def agreement_verdict_counts(self, agreement_id: str) -> dict[str, int]: ...
    def agreement_verdicts(
        self, agreement_id: str, kinds: Sequence[str] = (), limit: int = 50, offset: int = 0
    ) -> list[Verdict]: ...
    def breach_tallies(
        self, agreement_id: str, kinds: Sequence[str], top: int = 50
    ) -> tuple[list[Tally], list[Tally]]: ...
    def breach_tallies_live(
        self, agreement_id: str, kinds: Sequence[str], top: int = 50
    ) -> tuple[list[Tally], list[Tally]]: ...
    def count_placed(
        self, search: EventSearch, bbox: BBox | None = None, cap: int | None = None
    ) -> int: ...
    def count_unplaced(self, search: EventSearch) -> int: ...
    def map_extent(self, search: EventSearch) -> BBox | None: ...
    def map_cells(self, search: EventSearch, bbox: BBox, cell: float) -> list[MapCell]: ...
    def map_stamp(self) -> tuple[object, ...]: ...
    def map_events(self, search: EventSearch, bbox: BBox | None, limit: int) -> list[Event]: ...
    def map_points(
        self, search: EventSearch, bbox: BBox | None, limit: int
    ) -> list[PlacedEvent]: ...
    def map_spots(self, search: EventSearch) -> list[MapSpot] | None: ...
    def map_uncertainty(self, ids: Sequence[str]) -> dict[str, float]: ...
    def map_points_in_cells(
        self, search: EventSearch, cells: Sequence[tuple[int, int]], limit: int
    ) -> list[PlacedEvent]: ...
    # the desk's counting pages (store/deskqueries.py): trends, actors, morning, quality queue
    def trend_span(
        self, search: EventSearch
    ) -> tuple[dt.date | None, dt.date | None, int, int]: ...
    def trend_counts(
        self,
        search: EventSearch,
        start: dt.date | None = None,
        labels: dict[str, str] | None = None,
        top: int = 7,
        by_month: bool = False,
    ) -> list[tuple[str, dt.date | None, str, int]]: ...
    def recount_trends(self) -> int: ...
    def actor_id_event_counts(self) -> dict[str, int]: ...
    def unresolved_actor_counts(
        self, since: dt.date | None = None, limit: int | None = None
    ) -> list[tuple[str, int]]: ...
    def newest_breakdown(
        self, since: dt.date, limit: int
    ) -> tuple[int, list[tuple[str, int]], list[tuple[str, int]]]: ...
    def agreement_verdict_facet(
        self, search: EventSearch, top: int = 30
    ) -> list[tuple[str, int]]: ...
    def flagged_points(self) -> list[tuple[QualityRow, str]]: ...
    def place_keys(self) -> list[str]: ...
    def placed_named(self, keys: Sequence[str]) -> list[QualityRow]: ...
    def precise_article_countries(self) -> list[tuple[str, str, str | None]]: ...
    def articles_without_country(self, limit: int | None = None) -> list[str]: ...
    def article_countries_known(self) -> int: ...
    def save_article_countries(self, countries: dict[str, str | None]) -> None: ...
    def precise_points(self, article_ids: Sequence[str]) -> list[QualityRow]: ...
    def slot_labels(self) -> list[str]: ...
    def events_with_slot_labels(
        self, labels: Sequence[str]
    ) -> list[tuple[QualityRow, int, str]]: ...
    def distinct_countries(self) -> list[str]: ...
    def outside_every_scope(
        self, scopes: Sequence[tuple[str, Sequence[str], dt.date, dt.date | None]]
    ) -> list[tuple[str, str | None, str | None]]: ...
    def outside_every_scope_count(
        self, scopes: Sequence[tuple[str, Sequence[str], dt.date, dt.date | None]]
    ) -> int: ...
    def outside_every_scope_page(
        self,
        scopes: Sequence[tuple[str, Sequence[str], dt.date, dt.date | None]],
        offset: int,
        limit: int,
    ) -> list[tuple[str, str | None, str | None]]: ...
    def quality_rows(self, ids: Sequence[str]) -> dict[str, QualityRow]: ...
    def existing_event_ids(self, ids: Sequence[str]) -> set[str]: ...
    def save_view(self, name: str, page: str, query: str) -> SavedView: ...
    def saved_view(self, view_id: str) -> SavedView: ...
    def saved_views(self, page: str | None = None, limit: int = 200) -> list[SavedView]: ...

    def close(self) -> None: ...
