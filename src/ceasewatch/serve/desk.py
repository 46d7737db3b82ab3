"""The desk's state: the archive, the knowledge base and the settings, shared by every request.

Requests run on a thread pool and ingest jobs on a worker thread, while one SQLite connection
serves them all; ``Desk.store()`` hands it out under a lock so a write transaction never
interleaves with another thread's statements (SQLite refuses nested BEGINs on one connection).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ceasewatch.model import Agreement, Article, Assessment, Event, Verdict
from ceasewatch.outlet import outlet_host as outlet_host  # re-exported: pages and tests use it
from ceasewatch.pipeline import Resources
from ceasewatch.reassess import catalogue
from ceasewatch.serve import heap
from ceasewatch.serve.lockout import Lockout
from ceasewatch.serve.settings import Settings
from ceasewatch.store import EventQuery, SQLStore, open_store


def with_outlet(article: Article) -> Article:
    """``article`` with its outlet named: as given, else its address's host (pages and
    exports show an outlet for every web report; the archive keeps what was given)."""
    if article.source:
        return article
    host = outlet_host(article)
    return article.model_copy(update={"source": host}) if host else article


class Desk:
    """Everything a request handler needs, built once per application."""

    def __init__(
        self, store_path: str | Path, settings: Settings, resources: Resources | None = None
    ) -> None:
        self.store_path = str(store_path)
        self.settings = settings
        self._resources = resources
        self._store = open_store(store_path)
        self._lock = threading.RLock()
        self.lockout = Lockout(settings.auth_failures, settings.auth_window_seconds)

    @contextmanager
    def store(self) -> Iterator[SQLStore]:
        with self._lock:
            yield self._store

    @property
    def resources(self) -> Resources:
        """Built on first use: reading pages never pays for spaCy until something needs it."""
        with self._lock:  # one Resources even when the first requests arrive together
            if self._resources is None:
                self._resources = Resources()
                heap.settle()  # the knowledge base and gazetteer last as long as the process
            return self._resources

    @property
    def writable(self) -> bool:
        return bool(self.settings.token)

    def close(self) -> None:
        with self._lock:
            self._store.close()

    # --- shared lookups ----------------------------------------------------------------------

    def assessments(self) -> list[Assessment]:
        with self.store() as store:
            return store.assessments()

    def agreements(self) -> dict[str, Agreement]:
        """The catalogue: built-in agreements and those a user imported into the archive."""
        with self.store() as store:
            return {a.id: a for a in catalogue(self.resources.agreements, store)}

    def verdicts_by_event(self) -> dict[str, list[Verdict]]:
        index: dict[str, list[Verdict]] = {}
        with self.store() as store:  # verdicts live in their own table (scope-first, issue 10)
            verdicts = store.verdicts()
        for verdict in verdicts:
            index.setdefault(verdict.event_id, []).append(verdict)
        return index

    def events(self, query: EventQuery | None = None) -> list[Event]:
        with self.store() as store:
            return store.events(query or EventQuery())

    def articles(self, ids: set[str]) -> dict[str, Article]:
        with self.store() as store:
            return {i: with_outlet(store.article(i)) for i in ids}

    def article_titles(self, ids: set[str]) -> dict[str, str]:
        """Title (or origin, when untitled) of each article, for links in event lists."""
        titles: dict[str, str] = {}
        with self.store() as store:
            for article_id in ids:
                article = store.article(article_id)
                titles[article_id] = article.title or article.origin
        return titles


__all__ = ["Desk"]
