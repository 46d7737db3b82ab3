"""Other English names of places the built-in index has (``data/gazetteer/place_aliases.tsv``).

Kurdish, classical and regional names that news copy uses and GeoNames cities500 and the OCHA
tables lack: Kobani ('Ayn al-'Arab), Tabqa (Ath Thawrah), Palmyra (Tadmur), Eastern Ghouta (Rural
Damascus). Each row names its target (a populated place by country, feature class and name, or
an OCHA unit by PCODE) and cites the Wikipedia article that gives the alias.
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass

from ceasewatch.knowledge.gazetteer import DATA_DIR, name_key, skeleton_key


@dataclass(frozen=True)
class PlaceAlias:
    """Another name of an entry of the built-in index (``data/gazetteer/place_aliases.tsv``)."""

    alias: str
    country: str
    feature_class: str
    target: str  # the entry's name there, or "ocha:<PCODE>"
    source: str


def read_place_aliases() -> list[PlaceAlias]:
    with (DATA_DIR / "place_aliases.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [PlaceAlias(**row) for row in csv.DictReader(lines, delimiter="\t")]


# The feature code the built-in index gives OCHA's city neighbourhoods (``geonames._ocha_rows``).
NEIGHBOURHOOD = "PPLX"


def alias_targets(conn: sqlite3.Connection, alias: PlaceAlias) -> list[int]:
    """The pids an alias names (none when the built-in data lacks the target)."""
    params: tuple[str, ...]
    if alias.target.startswith("ocha:"):
        sql, params = "SELECT pid FROM places WHERE id = ?", (alias.target,)
    else:  # by the name's key: the target may be written with or without diacritics
        sql = (
            "SELECT DISTINCT p.pid, p.feature_code FROM places p JOIN names n USING (pid) "
            "WHERE p.country = ? AND p.feature_class = ? AND n.key = ? AND p.name = n.name"
        )
        params = (alias.country, alias.feature_class, name_key(alias.target))
        rows = conn.execute(sql, params).fetchall()
        # A town's other name names the town, not the neighbourhoods of other cities that share
        # its name (OCHA's "Al-Thawrah", "Revolution", is a quarter of Raqqa, Daraa and Latakia
        # as well as Tabqa's official name): those only when the target is no more than one.
        towns = [r[0] for r in rows if r[1] != NEIGHBOURHOOD]
        return towns or [r[0] for r in rows]
    return [row[0] for row in conn.execute(sql, params).fetchall()]


def write_place_aliases(conn: sqlite3.Connection) -> int:
    """Add the alias names to their entries; returns how many names went in."""
    rows = [
        (name_key(a.alias), skeleton_key(a.alias), pid, a.alias)
        for a in read_place_aliases()
        for pid in alias_targets(conn, a)
    ]
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)", rows)
    return len(rows)


__all__ = ["PlaceAlias", "alias_targets", "read_place_aliases", "write_place_aliases"]
