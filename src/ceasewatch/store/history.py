"""Agreement status history and the desk's "what is new" counts (a mixin of the stores).

Each save of assessments compares the stored status of every agreement with the new one and,
when it moved, adds a row to ``assessment_history`` (migration 0009) with the reason the
assessment gave. The morning view reads the rows and a few counts, all in portable SQL with
``?`` placeholders: only ``self.db.execute`` is used, so the PostgreSQL wrapper runs it too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from ceasewatch.model import Assessment, Event, StatusChange


def _effective(assessment: Assessment) -> tuple[dt.date | None, str]:
    """The day and reason of the latest change of status in the assessment's timeline."""
    day, reason = assessment.status_date, ""
    for point in reversed(assessment.timeline):
        if point.status != assessment.status:
            break
        day, reason = point.date, point.reason
    return day, reason


def _next_month(day: dt.date) -> str:
    index = day.year * 12 + day.month
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


class HistoryMixin:
    db: Any

    def _record_status_changes(self, assessments: Sequence[Assessment]) -> None:
        """Called inside the save's transaction, before the assessments are replaced."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        for assessment in assessments:
            row = self.db.execute(
                "SELECT data FROM assessments WHERE agreement_id = ?", (assessment.id,)
            ).fetchone()
            old = json.loads(row[0]).get("status") if row else None
            if old == assessment.status:
                continue
            day, reason = _effective(assessment)
            self.db.execute(
                "INSERT INTO assessment_history (agreement_id, changed_at, old_status,"
                " new_status, status_date, reason) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (agreement_id, changed_at) DO NOTHING",
                (assessment.id, now, old, assessment.status,
                 day.isoformat() if day else None, reason),
            )  # fmt: skip

    def status_changes(self, since: dt.date | None = None) -> list[StatusChange]:
        """Recorded changes whose new status took effect on or after ``since``, newest first."""
        sql = (
            "SELECT agreement_id, changed_at, old_status, new_status, status_date, reason"
            " FROM assessment_history"
        )
        params: list[object] = []
        if since is not None:
            sql += " WHERE status_date >= ?"
            params.append(since.isoformat())
        rows = self.db.execute(sql + " ORDER BY status_date DESC, changed_at DESC", params)
        keys = ("agreement_id", "changed_at", "old_status", "new_status", "status_date", "reason")
        return [StatusChange.model_validate(dict(zip(keys, r, strict=True))) for r in rows]

    def event_type_counts_since(self, since: dt.date) -> list[tuple[str, int]]:
        """(event type, events dated on or after ``since``), most first (ties by type): the
        whole months from the count table (0013's ``event_counts``), the partial first month
        counted live: the live count walked every event since (all of them for a morning view
        of the last years)."""
        return self._whole_months_and_rest(
            "SELECT event_type, SUM(n) FROM event_counts WHERE period <> '*' AND period >= ?"
            " GROUP BY event_type",
            "SELECT event_type, COUNT(*) FROM events WHERE event_date >= ? AND event_date <= ?"
            " GROUP BY event_type",
            since,
            [],
        )

    def verdict_counts_since(self, since: dt.date, verdict: str) -> list[tuple[str, int]]:
        """(agreement id, verdicts of kind ``verdict`` on events dated on or after ``since``),
        most first (ties by id): the whole months from ``verdict_months`` (0024), the partial
        first month joined live (the live join tested every verdict of the kind's event)."""
        return self._whole_months_and_rest(
            "SELECT agreement_id, SUM(n) FROM verdict_months WHERE verdict = ? AND period >= ?"
            " GROUP BY agreement_id",
            "SELECT v.agreement_id, COUNT(*) FROM verdicts v JOIN events e ON e.id = v.event_id"
            " WHERE v.verdict = ? AND e.event_date >= ? AND e.event_date <= ?"
            " GROUP BY v.agreement_id",
            since,
            [verdict],
        )

    def _whole_months_and_rest(
        self, months_sql: str, live_sql: str, since: dt.date, params: list[object]
    ) -> list[tuple[str, int]]:
        """(key, n) summed from a monthly count table's months after ``since`` (its own month
        too when it starts on the 1st), plus ``since``'s partial month counted live, most
        first; both statements take ``params`` then the month or the day range."""
        month = f"{since.year:04d}-{since.month:02d}"
        first = month if since.day == 1 else _next_month(since)
        tally: dict[str, int] = {}
        parts: list[tuple[str, list[object]]] = [(months_sql, [*params, first])]
        if since.day != 1:  # '-31' ends every month in ISO text order
            parts.append((live_sql, [*params, since.isoformat(), f"{month}-31"]))
        for sql, values in parts:
            for key, n in self.db.execute(sql, values):
                tally[str(key)] = tally.get(str(key), 0) + int(n)
        return sorted(((k, n) for k, n in tally.items() if n > 0), key=lambda kv: (-kv[1], kv[0]))

    def events_since(self, since: dt.date, limit: int) -> list[Event]:
        """Events dated on or after ``since`` (at most ``limit``, newest first): what the
        morning view breaks down by country and scans for unresolved names."""
        rows = self.db.execute(
            "SELECT data FROM events WHERE event_date >= ? ORDER BY event_date DESC, id LIMIT ?",
            (since.isoformat(), limit),
        )
        return [Event.model_validate_json(r[0]) for r in rows]

    def articles_ingested_since(self, since: str) -> int:
        """Reports archived at or after ``since`` (an ISO timestamp or day, UTC)."""
        row = self.db.execute(
            "SELECT COUNT(*) FROM articles WHERE ingested_at >= ?", (since,)
        ).fetchone()
        return int(row[0])

    def actor_event_counts(self) -> dict[str, int]:
        """Actor id -> events naming it in any role, read from the events' narrow ``actors``
        column ("id|name|id|name...", lowercased), not from their records."""
        counts: dict[str, int] = {}
        for (column,) in self.db.execute("SELECT actors FROM events"):
            parts = str(column).split("|")
            for actor_id in {parts[i] for i in range(0, len(parts) - 1, 2) if parts[i]}:
                counts[actor_id] = counts.get(actor_id, 0) + 1
        return counts

    def events_with_unresolved_actors(self) -> list[Event]:
        """Events with an actor the knowledge base does not hold (an empty id in ``actors``:
        the column starts with "|" or holds "||")."""
        rows = self.db.execute(
            "SELECT data FROM events WHERE actors LIKE ? OR actors LIKE ?", ("|%", "%||%")
        )
        return [Event.model_validate_json(r[0]) for r in rows]

    def latest_event_date(self) -> dt.date | None:
        row = self.db.execute("SELECT MAX(event_date) FROM events").fetchone()
        return dt.date.fromisoformat(row[0]) if row and row[0] else None


__all__ = ["HistoryMixin"]
