"""Which stage versions made the stored extractions (migration 0010), for re-running exactly
the articles a changed stage touched. Portable SQL only (see HELPERS: SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Placeholders per query: far below SQLite's and PostgreSQL's limits.
_CHUNK = 500


class VersionsMixin:
    """Mixed into a store that has ``self.db`` (DB-API, ``?`` placeholders)."""

    db: Any

    def version_groups(self) -> list[tuple[str | None, int]]:
        """(stored versions, how many extractions carry them); few rows: one per distinct
        set of stage versions, NULL for extractions from before versions were recorded."""
        rows = self.db.execute(
            "SELECT versions, COUNT(*) FROM extractions GROUP BY versions ORDER BY versions"
        )
        return [(r[0], int(r[1])) for r in rows]

    def extracted_with(self, versions: Sequence[str]) -> set[str]:
        """The ids of articles whose extraction carries one of ``versions``."""
        found: set[str] = set()
        for first in range(0, len(versions), _CHUNK):
            part = list(versions[first : first + _CHUNK])
            marks = ", ".join("?" for _ in part)
            rows = self.db.execute(
                f"SELECT article_id FROM extractions WHERE versions IN ({marks})", part
            )
            found.update(r[0] for r in rows)
        return found

    def article_ids(self, after: str | None = None, limit: int = 1000) -> list[str]:
        """Archived article ids in id order, the first ``limit`` after ``after``: pages that
        stay put while extractions are written (unlike an offset into a date order)."""
        if after is None:
            rows = self.db.execute("SELECT id FROM articles ORDER BY id LIMIT ?", (limit,))
        else:
            rows = self.db.execute(
                "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", (after, limit)
            )
        return [r[0] for r in rows]

    def article_ids_to_run(
        self, fresh: Sequence[str], after: str | None = None, limit: int = 1000
    ) -> list[str]:
        """``article_ids`` without the articles whose extraction carries one of ``fresh``
        (never extracted ones included): a page of the extraction plan, read from the
        archive, so that no set of ten million ids is ever held."""
        clauses, params = [], []
        if after is not None:
            clauses.append("a.id > ?")
            params.append(after)
        if fresh:
            marks = ", ".join("?" for _ in fresh)
            clauses.append(f"(x.versions IS NULL OR x.versions NOT IN ({marks}))")
            params += list(fresh)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            "SELECT a.id FROM articles a LEFT JOIN extractions x ON x.article_id = a.id"
            f"{where} ORDER BY a.id LIMIT ?",
            [*params, limit],
        )
        return [r[0] for r in rows]
