"""The country each report is about, kept on its article (``articles.country``, migration
0017): geocode reads it from the text (``Extraction.country``) and saving the extraction keeps
it (``keep_article_country``), so the quality queue's "point-abroad" check compares precision-1
points with a stored answer and never reads reports' texts on a request. ISO alpha-2; '' when no
country leads the text; NULL for a report saved before migration 0017, or by a maker that did
not read it, and not read since (``articles_without_country`` lists those; the quality view
reads them a few at a time through ``country_of_text``).

Portable SQL with ``?`` placeholders only; every method uses ``self.db.execute`` alone.
"""

from __future__ import annotations

from typing import Any

from ceasewatch.knowledge.countries import article_country

PLACED = "e.latitude IS NOT NULL AND e.longitude IS NOT NULL"


def country_of_text(text: str) -> str:
    """The alpha-2 code of the country ``text`` is most about, '' for none."""
    found = article_country(text)
    return found.alpha2 if found else ""


class ArticleCountryMixin:
    """Reading, keeping and listing the countries reports are about."""

    db: Any

    def keep_article_country(self, db: Any, article_id: str, country: str | None) -> None:
        """Keep the country the extraction read (its maker's answer wins over an older one:
        a changed knowledge base may read the same text anew); None, not read: what is kept
        stays. Runs inside the caller's transaction (``db``)."""
        if country is not None:
            db.execute("UPDATE articles SET country = ? WHERE id = ?", (country, article_id))

    def precise_article_countries(self) -> list[tuple[str, str, str | None]]:
        """(article id, country, the country its report is about) of every placed precision-1
        event whose report's country is known, once each pair (None: no country leads)."""
        rows = self.db.execute(
            f"SELECT DISTINCT e.article_id, e.country, a.country FROM events e"
            f" JOIN articles a ON a.id = e.article_id WHERE {PLACED}"
            " AND e.geo_precision = 1 AND e.country IS NOT NULL AND a.country IS NOT NULL"
        )
        return [(str(a), str(c), str(r) or None) for a, c, r in rows]

    def articles_without_country(self, limit: int | None = None) -> list[str]:
        """Ids of reports with a placed precision-1 event whose country was never read (saved
        before migration 0017), at most ``limit``."""
        rows = self.db.execute(
            f"SELECT DISTINCT e.article_id FROM events e JOIN articles a ON a.id = e.article_id"
            f" WHERE {PLACED} AND e.geo_precision = 1 AND e.country IS NOT NULL"
            " AND a.country IS NULL ORDER BY e.article_id" + ("" if limit is None else " LIMIT ?"),
            [] if limit is None else [limit],
        )
        return [str(r[0]) for r in rows]

    def article_countries_known(self) -> int:
        """How many reports' countries are kept (grows as old reports are read)."""
        row = self.db.execute("SELECT COUNT(*) FROM articles WHERE country IS NOT NULL")
        return int(row.fetchone()[0])

    def save_article_countries(self, countries: dict[str, str | None]) -> None:
        """Keep the country (alpha-2, or None: none leads) each report is about; a kept one
        stays."""
        with self.transaction():
            for article_id, country in countries.items():
                self.db.execute(
                    "UPDATE articles SET country = ? WHERE id = ? AND country IS NULL",
                    (country or "", article_id),
                )

    def transaction(self) -> Any:  # provided by the backend
        raise NotImplementedError


__all__ = ["ArticleCountryMixin", "country_of_text"]
