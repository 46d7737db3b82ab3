"""Queries the desk's pages and the API run in the database: one page of events, its total, the
facet counts of the filter form, the verdicts of the rows shown, the map's grid cells and saved
views. Nothing here reads a whole table into Python.

Portable SQL with ``?`` placeholders only (see ``store/base.py``): the PostgreSQL backend runs the
same statements. Every method uses ``self.db.execute`` and ``self.transaction()`` alone, so any
backend offering those two inherits the mixin.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from ceasewatch.model import ActorRef, Event, Verdict
from ceasewatch.store.base import EventSearch, Tally
from ceasewatch.store.facetcounts import (
    COUNTED_FACETS,
    EdgeRows,
    FacetCountsMixin,
    counted,
    counted_actors,
    counted_verdicts,
)

# The columns ``_event_row`` writes, in order: the seven of 0001, then those of 0006.
EVENT_INSERT = (
    "INSERT INTO events (id, article_id, event_date, event_type, sub_event_type, actors, place,"
    " data, country, admin1, admin2, place_name, place_key, latitude, longitude, geo_precision,"
    " fatalities, confidence, hedged, actor1_id, actor1_name, actor1_key, grid_x, grid_y)"
    " VALUES (" + ", ".join(["?"] * 24) + ")"
)

# sort key -> (columns, first column may be NULL). Unknown values (NULL) stay last whichever the
# direction, as the desk always showed them; the id breaks ties.
SORT_COLUMNS: dict[str, tuple[tuple[str, ...], bool]] = {
    "date": (("event_date",), True),
    "type": (("event_type", "sub_event_type"), False),
    "actor": (("actor1_key",), False),
    "place": (("place_key",), False),
    "fatalities": (("fatalities",), True),
    "confidence": (("confidence",), False),
}
# facet name -> column; "verdict" is counted from the verdicts table apart.
FACET_COLUMNS: dict[str, str] = {
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "country": "country",
    "admin1": "admin1",
    "actor": "actor1_name",
    "hedged": "hedged",
}
# Facets the count table cannot answer count the newest this many matching events (exact
# below): see ``event_facets``. Since 0013 that is the actor and verdict lists (the others are
# exact) unless a filter the table lacks is set; since 0025 those two are exact too for a
# date range alone (the actors also with a country, or no filter at all); 5,000 rather than
# 20,000 because a sparse filter (one admin area, hedged) walks sample / share-matching index
# entries to fill it.
FACET_SAMPLE = 5_000
# Which filter a facet ignores: the counts of a select list the other values it could take.
_FACET_OWN: dict[str, tuple[str, ...]] = {
    "event_type": ("event_type", "sub_event_type"),
    "sub_event_type": ("sub_event_type",),
    "country": ("country", "admin1"),
    "admin1": ("admin1",),
    "actor": ("actor",),
    "hedged": ("hedged",),
    "verdict": ("verdict", "agreement"),
}


def _active(search: EventSearch, name: str) -> bool:
    """Whether the filter ``name`` (a ``where`` name) is set in ``search``."""
    attr = {"article": "article_id"}.get(name, name)
    value = getattr(search, attr, None)
    return value is not None and value != ""


def sampled_facets(search: EventSearch, names: Sequence[str] = ()) -> list[str]:
    """The facets of ``event_facets`` counted over the newest ``FACET_SAMPLE`` matching events
    rather than exactly from the count table: what the page says is approximate."""
    wanted = list(names or (*FACET_COLUMNS, "verdict"))
    exact = {"actor": counted_actors, "verdict": counted_verdicts}
    out = []
    for n in wanted:
        own = [f for f in _FACET_OWN[n] if _active(search, f)]
        if n in exact:
            if not exact[n](search, own):
                out.append(n)
        elif n not in COUNTED_FACETS or not counted(search, own):
            out.append(n)
    return out


def event_columns(event: Event) -> tuple[object, ...]:
    """The 0006 columns of one event (``EVENT_INSERT`` after ``data``)."""
    loc = event.location
    actor1 = event.actor1
    return (
        loc.country if loc else None,
        loc.admin1 if loc else None,
        loc.admin2 if loc else None,
        loc.name if loc else None,
        (loc.name if loc else "").casefold(),
        loc.latitude if loc else None,
        loc.longitude if loc else None,
        loc.geo_precision if loc else None,
        event.fatalities,
        event.confidence,
        int(event.hedged),
        actor1.id if actor1 else None,
        actor1.name if actor1 else None,
        (actor1.name if actor1 else "").casefold(),
        *(_grid(loc.longitude, loc.latitude) if loc else (None, None)),
    )


# Size (degrees) of the map's fixed grid (columns grid_x, grid_y; migration 0006).
GRID = 0.25


def _grid(lon: float | None, lat: float | None) -> tuple[int | None, int | None]:
    if lon is None or lat is None:
        return None, None
    return math.floor((lon + 180) / GRID), math.floor((lat + 90) / GRID)


def actor_keys(event: Event) -> list[str]:
    """The event's actors (either side, associated ones too) as lower-case "id|name" keys: what
    the actor filter matches a name part or an id against."""
    refs = [event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2]
    return list(dict.fromkeys(f"{r.id or ''}|{r.name}".lower() for r in refs if r is not None))


def index_event_actors(db: Any, events: Sequence[Event]) -> None:
    """Write the actor index rows of freshly inserted ``events`` (inside the caller's
    transaction). Their rows go when the events do (foreign key, ON DELETE CASCADE); the
    dictionary of keys only grows (a key no event holds any more matches nothing). Each row
    carries its event's date (migration 0019), as the events row has it."""
    rows = [
        (e.id, key, e.event_date.isoformat() if e.event_date else None)
        for e in events
        for key in actor_keys(e)
    ]
    db.executemany(
        "INSERT INTO event_actors (event_id, actor_key, event_date) VALUES (?, ?, ?)", rows
    )
    db.executemany(
        "INSERT INTO actor_keys (actor_key) VALUES (?) ON CONFLICT (actor_key) DO NOTHING",
        [(k,) for k in sorted({k for _, k, _ in rows})],
    )
    db.executemany(
        "INSERT INTO event_actor_refs (event_id, slot, pos, actor_id, name, label)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [row for e in events for row in actor_refs(e)],
    )
    db.executemany(
        "INSERT INTO event_flags (event_id, flag, note) VALUES (?, ?, ?)",
        [row for e in events for row in event_flags(e)],
    )


def actor_refs(event: Event) -> list[tuple[object, ...]]:
    """The ``event_actor_refs`` rows of one event (migration 0012): slot (1 actor1, 2 actor2,
    3 and 4 the associated actors of each side), position, lower-cased id (None when
    unresolved), name as coded, and the words the weapon check reads (surface, else name)."""
    slots: list[list[ActorRef | None]] = [
        [event.actor1],
        [event.actor2],
        list(event.assoc_actors1),
        list(event.assoc_actors2),
    ]
    return [
        (event.id, slot, pos, None if r.id is None else r.id.lower(), r.name, r.surface or r.name)
        for slot, refs in enumerate(slots, 1)
        for pos, r in enumerate(refs)
        if r is not None
    ]


def event_flags(event: Event) -> list[tuple[str, str, str]]:
    """The ``event_flags`` rows of one event: geocode's flag of a point outside the country
    its text names."""
    loc = event.location
    if loc is not None and loc.reason.startswith("FLAGGED"):
        return [(event.id, "geo-flagged", loc.reason)]
    return []


def _like(needle: str) -> str:
    """A LIKE pattern matching ``needle`` anywhere, its own % and _ taken literally."""
    escaped = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where(search: EventSearch, skip: Iterable[str] = ()) -> tuple[list[str], list[object]]:
    """SQL conditions (over ``events``, unaliased) and their parameters; filters named in
    ``skip`` are left out (a facet's own)."""
    ignored = set(skip)
    clauses: list[str] = []
    params: list[object] = []

    def add(name: str, value: object, clause: str, *values: object) -> None:
        if value is not None and value != "" and name not in ignored:
            clauses.append(clause)
            params.extend(values or (value,))

    add("article", search.article_id, "article_id = ?")
    # With an actor filter the dates go into its key-index range instead (``_actor_clause``)
    dates = _date_terms(search, ignored)
    if not (search.actor and "actor" not in ignored):
        clauses.extend(c for c, _ in dates)
        params.extend(v for _, v in dates)
    add("event_type", search.event_type, "event_type = ?")
    add("sub_event_type", search.sub_event_type, "sub_event_type = ?")
    add("country", search.country, "country = ?")
    add("admin1", search.admin1, "admin1 = ?")
    add("hedged", None if search.hedged is None else int(search.hedged), "hedged = ?")
    add("min_confidence", search.min_confidence, "confidence >= ?")
    add("max_confidence", search.max_confidence, "confidence <= ?")
    if search.actor:
        term, values = _actor_clause(search.actor, dates)
        add("actor", search.actor, f"id IN (SELECT event_id {term})", *values)
    if search.place:
        add("place", search.place, "place LIKE ? ESCAPE '\\'", _like(search.place))
    if not {"verdict", "agreement"} & ignored and (search.agreement or search.verdict):
        sub = [
            c
            for c, v in (("agreement_id = ?", search.agreement), ("verdict = ?", search.verdict))
            if v
        ]
        clauses.append(f"id IN (SELECT event_id FROM verdicts WHERE {' AND '.join(sub)})")
        params.extend(v for v in (search.agreement, search.verdict) if v)
    return clauses, params


def _date_terms(search: EventSearch, ignored: set[str]) -> list[tuple[str, str]]:
    """The date range's conditions (on ``event_date``, of events or event_actors) and values."""
    terms = []
    if search.start and "start" not in ignored:
        terms.append(("event_date >= ?", search.start.isoformat()))
    if search.end and "end" not in ignored:
        terms.append(("event_date <= ?", search.end.isoformat()))
    return terms


def _actor_clause(actor: str, dates: Sequence[tuple[str, str]] = ()) -> tuple[str, list[object]]:
    """ "FROM event_actors WHERE ..." for the events of the actor keys holding ``actor`` within
    the date range: the few keys first (a small dictionary), then one range of the
    (actor_key, event_date) index per key (migration 0019 copied the dates there), so a date
    range never looks up the actor's events outside it."""
    sql = (
        "FROM event_actors WHERE actor_key IN"
        " (SELECT actor_key FROM actor_keys WHERE actor_key LIKE ? ESCAPE '\\')"
    )
    return sql + "".join(f" AND {c}" for c, _ in dates), [_like(actor), *(v for _, v in dates)]


def _actor_only(search: EventSearch) -> bool:
    """Whether ``search`` filters on an actor and at most a date range (the key index alone
    answers its count and its pages by date)."""
    rest = dataclasses.replace(search, actor=None, start=None, end=None)
    return bool(search.actor) and rest == EventSearch()


def _verdict_only(search: EventSearch) -> bool:
    """Whether ``search`` filters on an agreement or verdict and at most a date range."""
    rest = dataclasses.replace(search, agreement=None, verdict=None, start=None, end=None)
    return bool(search.agreement or search.verdict) and rest == EventSearch()


# The smallest window of dated events ``_verdict_walk_ids`` probes (``_verdict_windows``).
VERDICT_WINDOW = 1_000


def _sql_where(clauses: Sequence[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _marks(n: int) -> str:
    return ", ".join(["?"] * n)


class QueriesMixin(FacetCountsMixin):
    """Paging, counts, facets, map cells and saved views, in SQL."""

    db: Any
    # Whether a page by date of a verdict filter probes windows of the date index itself
    # (``_verdict_walk_ids``): SQLite gathers and sorts every match otherwise; PostgreSQL's
    # planner already walks the date index and stops at the page (8 ms at 1M events).
    verdict_walk = False

    def transaction(self) -> AbstractContextManager[Any]:  # provided by the backend
        raise NotImplementedError

    # --- events --------------------------------------------------------------------------------

    def count_events(self, search: EventSearch | None = None) -> int:
        search = search or EventSearch()
        total = self.counted_total(search)  # the count table (0013), when it covers the filters
        if total is not None:
            return total
        if _actor_only(search):
            # an actor (and dates): its events counted in the key index, no event row looked
            # up (every event_actors row has its event: foreign key, ON DELETE CASCADE)
            term, values = _actor_clause(str(search.actor), _date_terms(search, set()))
            row = self.db.execute(f"SELECT COUNT(DISTINCT event_id) {term}", values)
            return int(row.fetchone()[0])
        clauses, params = where(search)
        row = self.db.execute(f"SELECT COUNT(*) FROM events{_sql_where(clauses)}", params)
        return int(row.fetchone()[0])

    def event_page(
        self, search: EventSearch, sort: str = "-date", limit: int = 50, offset: int = 0
    ) -> list[Event]:
        """One page of the matching events in ``sort`` order ("-" for descending)."""
        ids = self._page_ids(search, sort, limit, offset)
        return self.events_by_id(ids)

    def events_by_id(self, ids: Sequence[str]) -> list[Event]:
        """The stored events among ``ids``, in the order given."""
        found: dict[str, Event] = {}
        for chunk in _chunks(list(ids), 500):
            rows = self.db.execute(
                f"SELECT id, data FROM events WHERE id IN ({_marks(len(chunk))})", chunk
            )
            found.update((r[0], Event.model_validate_json(r[1])) for r in rows)
        return [found[i] for i in ids if i in found]

    def _page_ids(self, search: EventSearch, sort: str, limit: int, offset: int) -> list[str]:
        """Ids of one page. A nullable sort column is read in two walks of its index, the known
        values first, then the unknown ones, so either direction keeps NULLs last and stays an
        index walk (``NULLS LAST`` would cost a sort of every matching row)."""
        descending = sort.startswith("-")
        columns, nullable = SORT_COLUMNS[sort.lstrip("-")]
        way = " DESC" if descending else ""
        if columns == ("event_date",) and _actor_only(search):
            return self._actor_page_ids(search, way, limit, offset)
        clauses, params = where(search)
        order = ", ".join(f"{c}{way}" for c in (*columns, "id"))
        known = [*clauses, f"{columns[0]} IS NOT NULL"] if nullable else clauses
        walked = None
        if self.verdict_walk and columns == ("event_date",) and _verdict_only(search):
            walked = self._verdict_walk_ids(search, way, limit, offset)
        ids = (
            walked
            if walked is not None
            else [
                r[0]
                for r in self.db.execute(
                    f"SELECT id FROM events{_sql_where(known)} ORDER BY {order} LIMIT ? OFFSET ?",
                    [*params, limit, offset],
                )
            ]
        )
        if not nullable or len(ids) == limit:
            return ids
        n_known = offset + len(ids) if ids else self._count(known, params)
        rest = self.db.execute(
            f"SELECT id FROM events{_sql_where([*clauses, f'{columns[0]} IS NULL'])}"
            f" ORDER BY id{way} LIMIT ? OFFSET ?",
            [*params, limit - len(ids), max(offset - n_known, 0)],
        )
        return ids + [r[0] for r in rest]

    def _verdict_walk_ids(
        self, search: EventSearch, way: str, limit: int, offset: int
    ) -> list[str] | None:
        """The dated part of ``_page_ids`` by date for a verdict or agreement filter (and
        dates): the newest (oldest) ``window`` dated events of the date index, each probed in
        the verdicts' index, the window widened while it neither fills the page nor holds
        every dated event; None past ``_verdict_windows`` (the caller's gather-and-sort then).
        Exact: the first matches of a window in the page's order are the first matches of
        all, once the window holds ``offset + limit`` of them or is every row. Where the
        verdicts are a share of the recent events this probes a few thousand of them instead
        of gathering every match's date and sorting (SQLite: 48,840 at 1M events)."""
        clauses, params = where(search, ("verdict", "agreement"))
        known = _sql_where([*clauses, "event_date IS NOT NULL"])
        probe = [
            c
            for c, v in (("agreement_id = ?", search.agreement), ("verdict = ?", search.verdict))
            if v
        ]
        values = [v for v in (search.agreement, search.verdict) if v]
        order = f"event_date{way}, id{way}"
        for window in self._verdict_windows(search, offset + limit):
            rows = self.db.execute(
                f"SELECT w.id, w.n FROM (SELECT id, event_date, COUNT(*) OVER () AS n FROM"
                f" (SELECT id, event_date FROM events{known} ORDER BY {order} LIMIT ?) r) w"
                " WHERE EXISTS (SELECT 1 FROM verdicts v WHERE v.event_id = w.id AND "
                + " AND ".join(f"v.{c}" for c in probe)
                + f") ORDER BY w.event_date{way}, w.id{way} LIMIT ? OFFSET ?",
                [*params, window, *values, limit, offset],
            ).fetchall()
            if len(rows) == limit or (rows and int(rows[0][1]) < window):
                return [str(r[0]) for r in rows]
            if not rows:
                seen = self.db.execute(
                    f"SELECT COUNT(*) FROM (SELECT id FROM events{known} LIMIT ?) r",
                    [*params, window],
                ).fetchone()
                if int(seen[0]) < window:
                    return []
                return None  # a full window without a match past the offset: not worth more
        return None

    def _verdict_windows(self, search: EventSearch, wanted: int) -> list[int]:
        """The windows worth probing for ``wanted`` matches: from the share of the events
        the verdicts could match (``verdict_totals``, 0023: at most the matching events) the
        window expected to hold them twice over, then 8 times that; none past half that
        share's events (probing a row costs about twice gathering and sorting a match). The
        second window is probed only when the first held matches past the offset.
        Only the speed depends on it, never the answer."""
        terms = [(c, v) for c, v in (("agreement_id = ?", search.agreement),
                                     ("verdict = ?", search.verdict)) if v]  # fmt: skip
        row = self.db.execute(
            "SELECT COALESCE(SUM(n), 0) FROM verdict_totals WHERE "
            + " AND ".join(c for c, _ in terms),
            [v for _, v in terms],
        ).fetchone()
        matches = int(row[0])
        events = self.counted_total(EventSearch(start=search.start, end=search.end)) or 0
        if matches == 0 or events == 0:
            return [VERDICT_WINDOW]  # nothing (or no count) to go by: one small window
        first = max(VERDICT_WINDOW, 2 * wanted * events // matches)
        return [w for w in (first, 8 * first) if w <= max(matches // 2, VERDICT_WINDOW)]

    def _actor_page_ids(self, search: EventSearch, way: str, limit: int, offset: int) -> list[str]:
        """``_page_ids`` by date for an actor (and dates) from the (actor_key, event_date,
        event_id) index alone: the dated events in date then id order, then the undated ones
        by id, as the events' own walk orders them. An event matching by several keys is
        one (DISTINCT: its rows share its date)."""
        term, values = _actor_clause(str(search.actor), _date_terms(search, set()))
        dated = self.db.execute(
            f"SELECT DISTINCT event_date, event_id {term} AND event_date IS NOT NULL"
            f" ORDER BY event_date{way}, event_id{way} LIMIT ? OFFSET ?",
            [*values, limit, offset],
        ).fetchall()
        ids = [str(r[1]) for r in dated]
        if len(ids) == limit or search.start or search.end:
            return ids  # a date range holds no undated event
        if ids:
            n_dated = offset + len(ids)
        else:
            row = self.db.execute(
                f"SELECT COUNT(DISTINCT event_id) {term} AND event_date IS NOT NULL", values
            ).fetchone()
            n_dated = int(row[0])
        rest = self.db.execute(
            f"SELECT DISTINCT event_id {term} AND event_date IS NULL"
            f" ORDER BY event_id{way} LIMIT ? OFFSET ?",
            [*values, limit - len(ids), max(offset - n_dated, 0)],
        )
        return ids + [str(r[0]) for r in rest]

    def _count(self, clauses: Sequence[str], params: Sequence[object]) -> int:
        row = self.db.execute(f"SELECT COUNT(*) FROM events{_sql_where(clauses)}", list(params))
        return int(row.fetchone()[0])

    def event_facets(
        self, search: EventSearch, names: Sequence[str] = (), top: int = 30
    ) -> dict[str, list[tuple[str, int]]]:
        """For each facet (``FACET_COLUMNS`` and "verdict"): the ``top`` most frequent values
        among the events matching every filter but the facet's own, with their counts. Verdict
        values read "agreement_id|verdict".

        Exact from the count table (``facetcounts``) for its columns when every other filter
        is one of them or a date range. The rest are counted over the newest ``FACET_SAMPLE``
        such events (exact below that many): one walk of the date index, which holds every
        facet column, per distinct set of filters, so a million-event archive costs what a
        twenty-thousand-event one does."""
        wanted = list(names or (*FACET_COLUMNS, "verdict"))
        groups: dict[tuple[str, ...], list[str]] = {}
        out: dict[str, list[tuple[str, int]]] = {}
        edges: EdgeRows = {}
        owns = {n: tuple(f for f in _FACET_OWN[n] if _active(search, f)) for n in wanted}
        exact = self.counted_facets(owns, search, edges)  # one read per distinct skip set
        if "actor" in wanted:  # 0025's tables: a date range (and a country) alone
            actors = self.counted_actor_facet(search, owns["actor"], edges)
            if actors is not None:
                exact["actor"] = actors
        if "verdict" in wanted:
            verdicts = self.counted_verdict_facet(search, owns["verdict"])
            if verdicts is not None:
                exact["verdict"] = verdicts
        for name in wanted:
            if name in exact:
                out[name] = exact[name][:top]
            else:
                groups.setdefault(owns[name], []).append(name)
        for skip, members in groups.items():
            clauses, params = where(search, skip)
            newest = f"FROM events{_sql_where(clauses)} ORDER BY event_date DESC, id DESC LIMIT ?"
            columns = [n for n in members if n != "verdict"]
            if columns and "verdict" in members:
                out.update(self._sample_and_verdict_facets(columns, newest, params, top))
            elif columns:
                out.update(self._sample_facets(columns, newest, params, top))
            elif "verdict" in members:
                out["verdict"] = self._verdict_facet(newest, params, top)
        return {n: out[n] for n in wanted}

    def _sample_and_verdict_facets(
        self, names: list[str], newest: str, params: list[object], top: int
    ) -> dict[str, list[tuple[str, int]]]:
        """The column facets and the verdict facet of one filter set from one read of its
        sample: the sample is a CTE read twice in one statement (its columns, then its
        verdicts), which both backends materialize once, where two statements walked the
        matching events twice (an actor filter's events found again through the key index).
        The verdicts are joined to the sample, not tested ``IN`` it: its ids are unique (the
        events' key), so the answer is the same without PostgreSQL hashing the 5,000 ids first
        (``CROSS JOIN`` keeps SQLite walking the sample, not every verdict)."""
        listed = ", ".join(FACET_COLUMNS[n] for n in names)
        blanks = ", ".join(["NULL"] * len(names))
        rows = self.db.execute(
            f"WITH sample AS MATERIALIZED (SELECT id, {listed} {newest})"
            f" SELECT 0, {listed}, NULL, NULL, 1 FROM sample UNION ALL"
            f" SELECT 1, {blanks}, v.agreement_id, v.verdict, COUNT(*) FROM sample s"
            " CROSS JOIN verdicts v WHERE v.event_id = s.id GROUP BY v.agreement_id, v.verdict",
            [*params, FACET_SAMPLE],
        ).fetchall()
        out = {}
        for i, name in enumerate(names, start=1):
            counted = Counter(str(r[i]) for r in rows if r[0] == 0 and r[i] not in (None, ""))
            out[name] = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        k = len(names) + 1
        verdicts = sorted((-int(r[k + 2]), str(r[k]), str(r[k + 1])) for r in rows if r[0] == 1)
        out["verdict"] = [(f"{a}|{v}", -n) for n, a, v in verdicts[:top]]
        return out

    def _sample_facets(
        self, names: list[str], newest: str, params: list[object], top: int
    ) -> dict[str, list[tuple[str, int]]]:
        """Every column facet of one filter set from one read of its sample (the newest
        ``FACET_SAMPLE`` rows of the date index, which holds every facet column): one walk
        instead of one per facet, counted here (a few thousand short rows)."""
        listed = ", ".join(FACET_COLUMNS[n] for n in names)
        rows = self.db.execute(f"SELECT {listed} {newest}", [*params, FACET_SAMPLE]).fetchall()
        out = {}
        for i, name in enumerate(names):
            counted = Counter(str(row[i]) for row in rows if row[i] not in (None, ""))
            out[name] = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        return out

    def _verdict_facet(self, newest: str, params: list[object], top: int) -> list[tuple[str, int]]:
        rows = self.db.execute(
            f"SELECT agreement_id, verdict, COUNT(*) FROM verdicts"
            f" WHERE event_id IN (SELECT id {newest})"
            " GROUP BY agreement_id, verdict ORDER BY COUNT(*) DESC, agreement_id, verdict"
            " LIMIT ?",
            [*params, FACET_SAMPLE, top],
        )
        return [(f"{a}|{v}", int(n)) for a, v, n in rows]

    def verdicts_of_events(self, event_ids: Sequence[str]) -> dict[str, list[Verdict]]:
        """Event id -> its stored verdicts (by agreement id), for the events of one page."""
        out: dict[str, list[Verdict]] = {}
        for chunk in _chunks(list(dict.fromkeys(event_ids)), 500):
            rows = self.db.execute(
                f"SELECT event_id, data FROM verdicts WHERE event_id IN ({_marks(len(chunk))})"
                " ORDER BY agreement_id",
                chunk,
            )
            for event_id, data in rows:
                out.setdefault(event_id, []).append(Verdict.model_validate_json(data))
        return out

    def article_titles(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Title (origin when untitled) of each article: the "Report" column of a page."""
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(set(article_ids)), 500):
            rows = self.db.execute(
                f"SELECT id, COALESCE(title, origin) FROM articles WHERE id IN"
                f" ({_marks(len(chunk))})",
                chunk,
            )
            out.update((str(i), str(t)) for i, t in rows)
        return out

    def data_stamp(self) -> tuple[object, ...]:
        """Changes whenever what the pages count may change: an extraction saved (the
        generation), any event, verdict or assessment written (their write counters, kept by
        triggers, migration 0018). Keys caches of counts; a few rows, at any archive size."""
        state = tuple(self.db.execute("SELECT name, value FROM archive_state ORDER BY name"))
        written = tuple(self.db.execute("SELECT name, n FROM change_counts ORDER BY name"))
        return (*state, *written)

    def is_extracted(self, article_id: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM extractions WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row is not None

    # --- agreements ----------------------------------------------------------------------------

    def agreement_verdict_counts(self, agreement_id: str) -> dict[str, int]:
        """Verdict kind -> stored verdicts of the agreement, from ``verdict_totals`` (0023)."""
        rows = self.db.execute(
            "SELECT verdict, n FROM verdict_totals WHERE agreement_id = ? AND n > 0",
            (agreement_id,),
        )
        return {str(k): int(n) for k, n in rows}

    def agreement_verdicts(
        self, agreement_id: str, kinds: Sequence[str] = (), limit: int = 50, offset: int = 0
    ) -> list[Verdict]:
        """One page of an agreement's verdicts (of ``kinds`` when given), newest events first."""
        kind_sql = f" AND v.verdict IN ({_marks(len(kinds))})" if kinds else ""
        rows = self.db.execute(
            "SELECT v.data FROM verdicts v JOIN events e ON e.id = v.event_id"
            f" WHERE v.agreement_id = ?{kind_sql}"
            " ORDER BY e.event_date DESC, e.id DESC LIMIT ? OFFSET ?",
            [agreement_id, *kinds, limit, offset],
        )
        return [Verdict.model_validate_json(r[0]) for r in rows]

    def breach_tallies(
        self, agreement_id: str, kinds: Sequence[str], top: int = 50
    ) -> tuple[list[Tally], list[Tally]]:
        """Events with a verdict of ``kinds`` by first actor and by place (name, admin2), most
        first (ties by name, then key), each count split by verdict kind: one statement over
        the count table ``breach_counts`` (0023), which triggers keep equal to
        ``BREACH_LIVE``, ranking each side in SQL (a few thousand places at 1M events)."""
        marks = _marks(len(kinds))
        rows = self.db.execute(
            "SELECT side, name, key, verdict, n FROM (SELECT side, name, key, verdict, n,"
            " DENSE_RANK() OVER (PARTITION BY side ORDER BY total DESC, name, key) AS place"
            " FROM (SELECT side, name, key, verdict, n,"
            " SUM(n) OVER (PARTITION BY side, name, key) AS total FROM breach_counts"
            f" WHERE agreement_id = ? AND verdict IN ({marks}) AND n > 0) b) r WHERE place <= ?",
            [agreement_id, *kinds, top],
        )
        return _ranked(rows, top)

    def breach_tallies_live(
        self, agreement_id: str, kinds: Sequence[str], top: int = 50
    ) -> tuple[list[Tally], list[Tally]]:
        """``breach_tallies`` from the verdicts and their events (what the count table must
        equal): both sides in one statement, one walk of the agreement's verdicts."""
        rows = self.db.execute(BREACH_LIVE.format(kinds=_marks(len(kinds))), [agreement_id, *kinds])
        return _ranked(rows, top)


# An agreement's breach tallies counted live: per side ('actor': first actor's name and id;
# 'place': place name and admin2), name, key and verdict kind, events without the name left out.
BREACH_LIVE = (
    "SELECT s.side, s.name, s.key, s.verdict, COUNT(*) FROM ("
    " SELECT CASE WHEN t.side = 1 THEN 'actor' ELSE 'place' END AS side,"
    " CASE WHEN t.side = 1 THEN e.actor1_name ELSE e.place_name END AS name,"
    " CASE WHEN t.side = 1 THEN e.actor1_id ELSE e.admin2 END AS key, v.verdict"
    " FROM verdicts v JOIN events e ON e.id = v.event_id"
    " CROSS JOIN (SELECT 1 AS side UNION ALL SELECT 2) t"
    " WHERE v.agreement_id = ? AND v.verdict IN ({kinds})) s"
    " WHERE s.name IS NOT NULL GROUP BY s.side, s.name, s.key, s.verdict"
)


def _ranked(rows: Iterable[Any], top: int) -> tuple[list[Tally], list[Tally]]:
    """(side, name, key, verdict, count) rows as the two sides' tallies, most first."""
    tallies: dict[str, dict[tuple[str, str | None], dict[str, int]]] = {"actor": {}, "place": {}}
    for side, name, key, kind, count in rows:
        found = tallies[str(side)].setdefault((str(name), key or None), {})
        found[str(kind)] = found.get(str(kind), 0) + int(count)
    out: list[list[Tally]] = []
    for side in ("actor", "place"):
        ranked = [(n, k, c) for (n, k), c in tallies[side].items()]
        ranked.sort(key=lambda t: (-sum(t[2].values()), t[0], t[1] or ""))
        out.append(ranked[:top])
    return out[0], out[1]


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


__all__ = [
    "BREACH_LIVE",
    "EVENT_INSERT",
    "FACET_COLUMNS",
    "FACET_SAMPLE",
    "SORT_COLUMNS",
    "QueriesMixin",
    "actor_keys",
    "event_columns",
    "index_event_actors",
    "sampled_facets",
    "where",
]
