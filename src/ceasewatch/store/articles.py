"""Archiving cleaned articles, many per transaction: duplicate check, story matching (MinHash
bands), and the article, raw input, search entry and bands written with one statement each.

A batch is all or nothing (one transaction): a run killed mid-batch leaves the articles of the
batches before it and nothing of this one, and a re-run finds the finished ones by their content
hash (0 lost, 0 duplicated). The batch's reads happen under the write lock, so no other process
can store the same text between the check and the insert. Portable SQL only (see HELPERS).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from ceasewatch.errors import StoreError
from ceasewatch.fingerprint import bands, containment
from ceasewatch.model import Article, IngestFailure, RawDocument
from ceasewatch.outlet import outlet
from ceasewatch.settings import setting
from ceasewatch.store.db import now

# A copy with containment 0.8 but 30% extra text has Jaccard ~0.6: it shares 16 * 0.6**4 ~ 2
# of the 16 bands on average, so 2 keeps it while dropping texts that share one band by chance.
MIN_SHARED_BANDS = 2
MAX_CANDIDATES = 20
# Articles whose candidates one query looks up (16 bands each: 2 * 16 * 50 = 1,600 parameters,
# far below SQLite's and PostgreSQL's limits).
_LOOKUP = 50


@dataclass
class _New:
    """An article of the batch that is not archived yet, with its band keys."""

    article: Article
    raw: RawDocument
    keys: list[str]


class ArticleWritesMixin:
    """Mixed into a store that has ``self.db`` and ``self.transaction()``."""

    db: Any
    # Articles per lookup query (PostgreSQL passes arrays, not one parameter per value).
    lookup: int = _LOOKUP

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def add_article(self, article: Article, raw: RawDocument) -> tuple[Article, bool]:
        return self.add_articles([(article, raw)])[0]

    def add_articles(
        self,
        items: Sequence[tuple[Article, RawDocument]],
        failures: Sequence[IngestFailure] = (),
    ) -> list[tuple[Article, bool]]:
        """Archive ``items`` and record ``failures`` in one transaction; (stored article,
        is_new) per item, in order. An item whose text is archived already (or earlier in the
        batch) is not stored again: the stored copy is its answer."""
        keys = [bands(article.text) for article, _ in items]  # CPU work, before the lock
        with self.transaction() as db:
            known = self._stored_copies([article for article, _ in items])
            results: list[tuple[Article, bool]] = []
            new: list[_New] = []
            for (article, raw), article_keys in zip(items, keys, strict=True):
                stored = known.get(article.content_hash) or known.get(article.id)
                if stored is None:
                    new.append(_New(article, raw, article_keys))
                    known[article.content_hash] = known[article.id] = article
                results.append((stored or article, stored is None))
            stories = self._stories_of(new)
            for item in new:
                item.article = item.article.model_copy(
                    update={"story_id": stories[item.article.id]}
                )
            self._insert(db, new)
            db.executemany(
                "INSERT INTO failures (origin, reason, at) VALUES (?, ?, ?)",
                [(f.origin, f.reason, f.at.isoformat()) for f in failures],
            )
        saved = {item.article.id: item.article for item in new}  # with their stories
        return [(saved.get(a.id, a), is_new) for a, is_new in results]

    def _stored_copies(self, articles: Sequence[Article]) -> dict[str, Article]:
        """The archived articles with the content hash or id of one of ``articles``, under
        both keys."""
        found: dict[str, Article] = {}
        for first in range(0, len(articles), 2 * self.lookup):
            for (data,) in self._matching_rows(articles[first : first + 2 * self.lookup]):
                stored = Article.model_validate_json(data)
                found[stored.content_hash] = found[stored.id] = stored
        return found

    def _insert(self, db: Any, new: list[_New]) -> None:
        """One statement per table for the whole batch (a round trip each on a server)."""
        if not new:
            return
        stamp = now()
        self._store_articles(db, [_article_row(item.article, stamp) for item in new])
        self._append_rows(
            db,
            "story_bands",
            ("band", "article_id"),
            [(key, item.article.id) for item in new for key in item.keys],
        )
        self._store_raw(db, [_raw_row(item.article.id, item.raw) for item in new])
        self._index_texts(
            db, [(item.article.id, item.article.title or "", item.article.text) for item in new]
        )

    # --- what a backend may do its own way (PostgreSQL: store/pgwrites.py) -------------------

    def _store_articles(self, db: Any, rows: list[tuple[object, ...]]) -> None:
        """The new articles' rows (``ARTICLE_COLUMNS``), none of them stored yet."""
        marks = ", ".join("?" * len(ARTICLE_COLUMNS))
        inserted = db.executemany(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({marks})"
            " ON CONFLICT DO NOTHING",
            rows,
        ).rowcount
        if inserted != len(rows):  # unreachable: the check ran under the write lock
            raise StoreError(f"{len(rows) - inserted} article(s) were stored behind the check")

    def _store_raw(self, db: Any, rows: list[tuple[object, ...]]) -> None:
        """The new articles' raw inputs (``RAW_COLUMNS``)."""
        marks = ", ".join("?" * len(RAW_COLUMNS))
        db.executemany(
            f"INSERT INTO raw_inputs ({', '.join(RAW_COLUMNS)}) VALUES ({marks})"
            " ON CONFLICT DO NOTHING",
            rows,
        )

    def _append_rows(
        self, db: Any, table: str, columns: Sequence[str], rows: list[tuple[object, ...]]
    ) -> None:
        """Insert ``rows`` (new rows of a table without conflicts) in one go."""
        marks = ", ".join("?" * len(columns))
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def _index_texts(self, db: Any, rows: list[tuple[str, str, str]]) -> None:
        """The full-text search entries of new articles: (article id, title, text)."""
        db.executemany("INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)", rows)

    def _matching_rows(self, part: Sequence[Article]) -> Any:
        """The ``data`` of the archived articles with the content hash or id of one of
        ``part`` (at most ``2 * lookup``)."""
        marks = ", ".join("?" * len(part))
        return self.db.execute(
            f"SELECT data FROM articles WHERE content_hash IN ({marks}) OR id IN ({marks})",
            [a.content_hash for a in part] + [a.id for a in part],
        )

    def _candidate_rows(self, pairs: list[tuple[int, str]]) -> Any:
        """``_candidates_sql``'s rows for (query index, band key) ``pairs``."""
        values = ", ".join(["(?, ?)"] * len(pairs))
        return self.db.execute(_candidates_sql(f"VALUES {values}"), _flat(pairs))

    def _rows_by_id(self, ids: list[str]) -> Any:
        """(id, story id, data) of the archived articles ``ids`` (at most ``2 * lookup``)."""
        marks = ", ".join("?" * len(ids))
        return self.db.execute(
            f"SELECT id, story_id, data FROM articles WHERE id IN ({marks})", ids
        )

    # --- stories -----------------------------------------------------------------------------

    def _stories_of(self, new: list[_New]) -> dict[str, str]:
        """Article id -> its story: that of the best-matching archived copy (or copy earlier
        in the batch), else a new story (the article's id).

        Only the best ``MAX_CANDIDATES`` candidates by shared bands are compared: template-like
        texts (short wire alerts) share a band or two with thousands of others, and comparing
        each would make ingest quadratic. The batch's earlier articles compete with the
        archived ones exactly as if they had been stored one by one before."""
        archived = self._band_candidates([item.keys for item in new])
        texts = self._candidate_texts({c for found in archived for _, c in found})
        threshold = setting("store.syndication_containment")
        stories: dict[str, str] = {}
        for index, item in enumerate(new):
            mine = set(item.keys)
            candidates = list(archived[index])
            for earlier in new[:index]:
                shared = len(mine.intersection(earlier.keys))
                if shared >= MIN_SHARED_BANDS:
                    candidates.append((shared, earlier.article.id))
                    texts[earlier.article.id] = (stories[earlier.article.id], earlier.article.text)
            candidates.sort(key=lambda c: (-c[0], c[1]))
            best, best_score = item.article.id, threshold
            for _, candidate in candidates[:MAX_CANDIDATES]:
                story_id, text = texts[candidate]
                score = containment(item.article.text, text)
                if score >= best_score:
                    best, best_score = story_id, score
            stories[item.article.id] = best
        return stories

    def _band_candidates(self, keys: list[list[str]]) -> list[list[tuple[int, str]]]:
        """Per article (by its band keys), the archived articles sharing at least
        ``MIN_SHARED_BANDS`` bands with it, best first, as (shared bands, article id): one
        query for ``lookup`` articles."""
        found: list[list[tuple[int, str]]] = [[] for _ in keys]
        for first in range(0, len(keys), self.lookup):
            pairs = [
                (i, k) for i in range(first, min(first + self.lookup, len(keys))) for k in keys[i]
            ]
            if not pairs:
                continue
            for index, article_id, shared in self._candidate_rows(pairs):
                found[int(index)].append((int(shared), str(article_id)))
        return found

    def _candidate_texts(self, ids: set[str]) -> dict[str, tuple[str, str]]:
        """Article id -> (story id, text) for ``ids``."""
        texts: dict[str, tuple[str, str]] = {}
        ordered = sorted(ids)
        for first in range(0, len(ordered), 2 * self.lookup):
            for article_id, story_id, data in self._rows_by_id(
                ordered[first : first + 2 * self.lookup]
            ):
                texts[article_id] = (story_id, Article.model_validate_json(data).text)
        return texts


def _candidates_sql(pairs: str) -> str:
    """Per query article, its best ``MAX_CANDIDATES`` archived articles by shared bands (ties by
    id), each sharing at least ``MIN_SHARED_BANDS``: (query index, article id, shared).
    ``pairs`` is the SQL of the (query index, band key) rows."""
    return (
        f"WITH q (idx, band) AS ({pairs})"
        " SELECT idx, article_id, n FROM (SELECT q.idx, s.article_id, COUNT(*) AS n,"
        " ROW_NUMBER() OVER (PARTITION BY q.idx ORDER BY COUNT(*) DESC, s.article_id) AS r"
        " FROM q JOIN story_bands s ON s.band = q.band GROUP BY q.idx, s.article_id"
        f" HAVING COUNT(*) >= {MIN_SHARED_BANDS}) c WHERE r <= {MAX_CANDIDATES}"
        " ORDER BY idx, n DESC, article_id"
    )


def _flat(pairs: list[tuple[int, str]]) -> list[object]:
    return [value for pair in pairs for value in pair]


ARTICLE_COLUMNS = (
    "id", "content_hash", "raw_hash", "origin", "title", "published", "source", "story_id",
    "data", "ingested_at", "outlet",
)  # fmt: skip
RAW_COLUMNS = ("article_id", "origin", "media_type", "hints", "fetched_at", "data")


def _article_row(article: Article, stamp: str) -> tuple[object, ...]:
    return (
        article.id,
        article.content_hash,
        article.raw_hash,
        article.origin,
        article.title,
        article.published.isoformat() if article.published else None,
        article.source,
        article.story_id,
        article.model_dump_json(),
        stamp,
        outlet(article),  # the name shown, so the outlet filter finds what the page shows
    )


def _raw_row(article_id: str, raw: RawDocument) -> tuple[object, ...]:
    return (
        article_id,
        raw.origin,
        raw.media_type,
        json.dumps(raw.hints),
        raw.fetched_at.isoformat(),
        raw.data,
    )
