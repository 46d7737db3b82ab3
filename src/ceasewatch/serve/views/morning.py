"""The morning view: what is new since the analyst's last visit, or since a chosen day.

"New" is in event time: events dated on or after ``since``, their violations, the agreements
whose status changed on or after it (``assessment_history``, migration 0009), and the names in
those events the knowledge base does not hold. Every count links to the events table with the
same filters (``start`` plus one of ``event_type``, ``country``, ``agreement`` + ``verdict``,
``actor``, ``place``), so a number on this page is the number of rows behind its link.

The last visit is a cookie holding the newest event date the analyst was shown (not the wall
clock: an archive of past reports has nothing dated "today"); a first visit looks back one week
from the newest event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import country_named, short_name
from ceasewatch.knowledge.world import admin1_by_key, capitals, plain_key
from ceasewatch.model import Event
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.cache import by_stamp
from ceasewatch.serve.views.people import names_a_person, names_victims

COOKIE = "cw_seen"  # the newest event date shown at the analyst's last visit
COOKIE_DAYS = 365
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
FIRST_VISIT_DAYS = 7
# Events read to break the new ones down by country and unresolved name: a morning's worth on
# any archive; beyond it the page says the breakdown is partial (the type counts stay exact).
SCAN_LIMIT = 2000


class Count(BaseModel):
    label: str
    count: int
    params: dict[str, str]  # the events-table filters that select exactly these rows


class Change(BaseModel):
    agreement_id: str
    name: str
    old_status: str | None
    new_status: str
    status_date: dt.date | None
    reason: str


class MorningView(BaseModel):
    since: dt.date | None  # None: the archive holds no dated event
    basis: Literal["chosen", "last visit", "first visit"]
    newest: dt.date | None  # the newest event date (stored in the cookie)
    events: int
    by_type: list[Count]
    by_country: list[Count]
    violations: list[Count]  # by agreement
    changes: list[Change]
    unresolved_actors: list[Count]
    unresolved_places: list[Count]
    partial: bool  # more new events than SCAN_LIMIT: country and name lists cover the newest


def names_a_thing(kb: ActorKB, words: str) -> bool:
    """The words end in a weapon or vehicle noun of the knowledge base's ``not_actors`` list
    ("VBIED", "a UAV"): never an actor, never a name to review."""
    table = kb.descriptors
    text = " ".join(
        w for w in normalize_name(words).split() if w not in table.modifiers and not w.isdigit()
    )
    return any(text == p or text.endswith(f" {p}") for p in table.not_actors)


# Words that name nobody in particular before a unit word: "their forces", "the troops".
DETERMINERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "our", "these", "those"})
# Actor types that are an event's victims, never a group to add to the knowledge base.
VICTIM_TYPES = frozenset({"civilians"})


def names_no_group(kb: ActorKB, words: str, places: frozenset[str] = frozenset()) -> bool:
    """The words in an actor slot name a weapon ("VBIED"), a victim ("civilians", "Syrian
    residents": a knowledge-base name or alias of a civilians actor, after any words before
    it; "a journalist", "three aid workers": ``people.names_victims``), a person's name
    (``people.names_a_person``) or a place (a country, a capital or admin1 area, or a place
    the archive geocoded: ``places``, lower-cased): no unresolved group to review. A name
    with a unit word ("Idlib Brigade", "Hama militia") is a group whatever else it holds,
    and always stays, unless it is that word alone with a determiner ("their forces")."""
    if names_a_thing(kb, words):
        return True
    norm = normalize_name(words).split()
    units = kb.descriptors.units
    if any(w in units for w in norm):  # a group, unless a bare word ("forces", "their troops")
        return all(w in units or w in DETERMINERS for w in norm)
    victims = _victim_names(kb)
    tails = (" ".join(norm[i:]) for i in range(len(norm)))
    if any(t in victims or f"{t}s" in victims for t in tails):  # "a resident" too
        return True
    if names_victims(words) or _names_a_place(words, places):  # "66 journalists"
        return True
    # a person's name ("Ghinwa Qweider"), none of whose words is a place ("Hama Abu Shadi")
    return names_a_person(kb, words) and not any(_names_a_place(w, places) for w in words.split())


_VICTIMS: dict[int, tuple[ActorKB, frozenset[str]]] = {}  # id -> (the base, its names)


def _victim_names(kb: ActorKB) -> frozenset[str]:
    """Normalised names and aliases of the knowledge base's victim actors."""
    kept = _VICTIMS.get(id(kb))
    if kept is None or kept[0] is not kb:
        names = frozenset(
            normalize_name(n)
            for a in kb.actors.values()
            if a.type in VICTIM_TYPES and a.generic
            for n in (a.name, *a.aliases)
        )
        kept = _VICTIMS[id(kb)] = (kb, names)
    return kept[1]


def _names_a_place(words: str, places: frozenset[str]) -> bool:
    key = plain_key(words)
    return (
        words.strip().lower() in places
        or country_named(words) is not None
        or key in capitals()
        or key in admin1_by_key(shared=True)
    )


def unresolved_names(kb: ActorKB, events: list[Event]) -> Counter[str]:
    """Actor names in ``events`` without a knowledge-base id, weapons and vehicles left out."""
    found: Counter[str] = Counter()
    for event in events:
        refs = [event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2]
        for ref in refs:
            if ref is not None and ref.id is None and not names_no_group(kb, ref.name):
                found[ref.name] += 1
    return found


def _since(
    chosen: dt.date | None, seen: dt.date | None, newest: dt.date | None
) -> tuple[dt.date | None, Literal["chosen", "last visit", "first visit"]]:
    if chosen is not None:
        return chosen, "chosen"
    if seen is not None:
        return seen, "last visit"
    return (newest - dt.timedelta(days=FIRST_VISIT_DAYS) if newest else None), "first visit"


def _counts(
    counter: Counter[str], key: str, base: dict[str, str], label: Callable[[str], str] = str
) -> list[Count]:
    return [
        Count(label=label(name), count=n, params={**base, key: name})
        for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _country_label(stored: str) -> str:
    """The short name of a stored country ("Russian Federation" -> "Russia")."""
    return short_name(stored) or stored


def morning_view(desk: Desk, chosen: dt.date | None, seen: dt.date | None) -> MorningView:
    with desk.store() as store:
        newest = store.latest_event_date()
        since, basis = _since(chosen, seen, newest)
        if since is None:
            return MorningView(
                since=None, basis=basis, newest=newest, events=0, by_type=[], by_country=[],
                violations=[], changes=[], unresolved_actors=[], unresolved_places=[],
                partial=False,
            )  # fmt: skip
        types = store.event_type_counts_since(since)
        violations = store.verdict_counts_since(since, "violation")
        history = store.status_changes(since)
        # the newest SCAN_LIMIT new events, broken down in SQL (store/deskqueries.py)
        scanned, countries, places = store.newest_breakdown(since, SCAN_LIMIT)
        mentions = store.unresolved_actor_counts(since, SCAN_LIMIT)
        known_places = by_stamp(store, ("place-keys",), lambda: frozenset(store.place_keys()))
    names = {a.id: a.name for a in desk.agreements().values()}
    base = {"start": since.isoformat()}
    kb = desk.resources.actors
    unresolved = Counter({n: c for n, c in mentions if not names_no_group(kb, n, known_places)})
    total = sum(n for _, n in types)
    return MorningView(
        since=since,
        basis=basis,
        newest=newest,
        events=total,
        by_type=[Count(label=t, count=n, params={**base, "event_type": t}) for t, n in types],
        by_country=_counts(Counter(dict(countries)), "country", base, _country_label),
        violations=[
            Count(
                label=names.get(a, a),
                count=n,
                params={**base, "agreement": a, "verdict": "violation"},
            )
            for a, n in violations
        ],
        changes=[
            Change(
                agreement_id=c.agreement_id,
                name=names.get(c.agreement_id, c.agreement_id),
                old_status=c.old_status,
                new_status=c.new_status,
                status_date=c.status_date,
                reason=c.reason,
            )
            for c in history
        ],
        unresolved_actors=_counts(unresolved, "actor", base),
        unresolved_places=_counts(Counter(dict(places)), "place", base),
        partial=total > scanned,
    )


def seen_cookie(request: Request) -> dt.date | None:
    """The newest event date shown at the last visit; a malformed cookie is no visit."""
    value = request.cookies.get(COOKIE, "")
    try:
        return dt.date.fromisoformat(value) if ISO_DAY.fullmatch(value) else None
    except ValueError:
        return None


def remember_visit(response: Response, view: MorningView) -> None:
    """Store the newest event date shown, for the next visit's "since"."""
    if view.newest is not None:
        response.set_cookie(
            COOKIE, view.newest.isoformat(), max_age=COOKIE_DAYS * 86400, httponly=True,
            samesite="lax",
        )  # fmt: skip


__all__ = [
    "COOKIE",
    "Count",
    "MorningView",
    "morning_view",
    "names_a_thing",
    "names_no_group",
    "remember_visit",
    "seen_cookie",
    "unresolved_names",
]
