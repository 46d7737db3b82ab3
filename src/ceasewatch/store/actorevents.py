"""The events of one knowledge-base actor, a page at a time: what the actor page lists.

Before (issue 12), the page read every event whose ``actors`` text held the id (a scan of the
events table: ~10 s at a million events), kept those with a reference carrying it, and listed
them all. Now its count and its page come from the actor indexes alone, and only the page's
events are read:

- the total from ``event_actor_refs`` (migration 0012: one range of its (actor_id, event_id)
  index, the number the actors list shows, ``actor_id_event_counts``);
- the page from ``event_actors`` (0006, dated by 0019): the id's few keys ("id|name", one per
  name it was coded under), then per key the newest ``offset + limit`` rows of its
  (actor_key, event_date, event_id) range, a backward walk that stops there, merged in Python.
  Gathering every match and sorting them (the events page's actor filter, whose part of a name
  can match hundreds of keys) costs a walk of all the actor's events: 40 ms for 5,750 on
  PostgreSQL at a million, and an actor of a real archive can have a hundred thousand.

Ids compare in lower case, as the indexes store them (the actors list counts them so too).
Portable SQL with ``?`` placeholders, ``self.db.execute`` only (see ``store/queries.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ceasewatch.model import Event


def key_pattern(actor_id: str) -> str:
    """A ``LIKE ... ESCAPE '\\'`` pattern of the actor keys of ``actor_id``: the id, its bar,
    any name ("hts" matches "hts|hayat tahrir al-sham", never "hts-2|..." nor "|hts
    fighters"); the id's own % and _ match themselves."""
    escaped = actor_id.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}|%"


class ActorEventsMixin:
    """``actor_events``: the actor page's count and page (see the module's docstring)."""

    db: Any
    events_by_id: Callable[[Sequence[str]], list[Event]]  # QueriesMixin's (declared, not set)

    def actor_events(self, actor_id: str, limit: int, offset: int = 0) -> tuple[int, list[Event]]:
        """(events naming ``actor_id`` in any role, one page of them: newest first, ties by
        id, the undated last by id, as the events page orders a date sort)."""
        row = self.db.execute(
            "SELECT COUNT(DISTINCT event_id) FROM event_actor_refs WHERE actor_id = ?",
            (actor_id.lower(),),
        ).fetchone()
        keys = [
            str(r[0])
            for r in self.db.execute(
                "SELECT actor_key FROM actor_keys WHERE actor_key LIKE ? ESCAPE '\\'",
                (key_pattern(actor_id),),
            )
        ]
        wanted = offset + limit
        dated = self._key_newest(keys, "event_date IS NOT NULL", "event_date DESC,", wanted)
        ids = [i for _, i in dated[offset:wanted]]
        if len(dated) < wanted:  # every dated event was read: the undated ones follow
            undated = self._key_newest(keys, "event_date IS NULL", "", wanted - len(dated))
            ids += [i for _, i in undated[max(offset - len(dated), 0) : wanted - len(dated)]]
        return int(row[0]), self.events_by_id(ids)

    def _key_newest(
        self, keys: list[str], condition: str, order: str, n: int
    ) -> list[tuple[str, str]]:
        """The first ``n`` distinct (date, id) of the keys' rows meeting ``condition`` in
        descending order: each key's own first ``n`` hold them (an event of several keys is in
        each; within one key an event is one row). Fewer than ``n`` only when every row was
        read."""
        found: set[tuple[str, str]] = set()
        for key in keys:
            found.update(
                (str(r[0] or ""), str(r[1]))
                for r in self.db.execute(
                    f"SELECT event_date, event_id FROM event_actors WHERE actor_key = ? AND"
                    f" {condition} ORDER BY {order} event_id DESC LIMIT ?",
                    (key, n),
                )
            )
        return sorted(found, reverse=True)[:n]


__all__ = ["ActorEventsMixin", "key_pattern"]
