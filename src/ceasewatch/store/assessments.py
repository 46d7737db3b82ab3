"""Assessments, verdicts and imported agreements: the portable SQL both backends run (a mixin
of ``SQLStore``, using only ``self.db`` and ``self.transaction()``)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager

from ceasewatch.model import Agreement, Assessment, Verdict
from ceasewatch.store.base import AssessmentRun
from ceasewatch.store.db import Connection, now
from ceasewatch.store.history import HistoryMixin

# Ids per ``IN (...)`` list: far below SQLite's and PostgreSQL's limits on bound parameters.
IN_CHUNK = 500


class AssessmentsMixin(HistoryMixin):
    db: Connection

    def transaction(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    # --- assessments -------------------------------------------------------------------------

    def save_assessments(self, assessments: Sequence[Assessment]) -> None:
        """Store each assessment; its verdicts replace the agreement's stored ones."""
        with self.transaction() as db:
            for a in assessments:
                db.execute("DELETE FROM verdicts WHERE agreement_id = ?", (a.id,))
                _insert_verdicts(db, a.verdicts)
            self._record_status_changes(assessments)
            db.executemany(
                _ASSESSMENT_UPSERT,
                [(a.id, _without_verdicts(a), now()) for a in assessments],
            )

    def mark_assessed(self, generation: int) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE archive_state SET value = ? WHERE name = 'assessed_generation'",
                (generation,),
            )

    def _state(self, name: str) -> int:
        row = self.db.execute("SELECT value FROM archive_state WHERE name = ?", (name,)).fetchone()
        return int(row[0]) if row else 0

    def extraction_generation(self) -> int:
        """Bumped by every saved extraction."""
        return self._state("extraction_generation")

    def assessments_stale(self) -> bool:
        """True when some extraction was saved after the last whole-archive assessment."""
        return self._state("assessed_generation") < self.extraction_generation()

    def assessments(self) -> list[Assessment]:
        """Every stored assessment, without its verdicts (``verdicts()`` reads those)."""
        rows = self.db.execute("SELECT data FROM assessments ORDER BY agreement_id")
        return [Assessment.model_validate_json(r[0]) for r in rows]

    def verdicts(
        self, agreement_id: str | None = None, event_ids: Sequence[str] | None = None
    ) -> list[Verdict]:
        """Stored verdicts, of one agreement and/or some events, by agreement then event."""
        if event_ids is None:
            return self._verdicts(agreement_id, None)
        wanted = list(dict.fromkeys(event_ids))
        found: list[Verdict] = []
        for start in range(0, len(wanted), IN_CHUNK):
            found += self._verdicts(agreement_id, wanted[start : start + IN_CHUNK])
        return sorted(found, key=lambda v: (v.agreement_id, v.event_id))

    def _verdicts(self, agreement_id: str | None, event_ids: list[str] | None) -> list[Verdict]:
        clauses: list[str] = []
        params: list[object] = []
        if agreement_id is not None:
            clauses.append("agreement_id = ?")
            params.append(agreement_id)
        if event_ids is not None:
            if not event_ids:
                return []
            clauses.append(f"event_id IN ({','.join('?' * len(event_ids))})")
            params += event_ids
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            f"SELECT data FROM verdicts{where} ORDER BY agreement_id, event_id", params
        )
        return [Verdict.model_validate_json(r[0]) for r in rows]

    def verdict_counts(self) -> dict[str, dict[str, int]]:
        """Agreement id -> verdict kind -> stored verdicts (``verdict_totals``, 0023)."""
        counts: dict[str, dict[str, int]] = {}
        rows = self.db.execute("SELECT agreement_id, verdict, n FROM verdict_totals WHERE n > 0")
        for agreement_id, kind, n in rows:
            counts.setdefault(agreement_id, {})[kind] = int(n)
        return counts

    def assessed_versions(self) -> tuple[dict[str, str], dict[str, str]]:
        """The versions the stored verdicts were computed from: (agreements, events)."""
        agreements = dict(self.db.execute("SELECT agreement_id, version FROM assessed_agreements"))
        events = dict(self.db.execute("SELECT event_id, version FROM assessed_events"))
        return agreements, events

    def save_assessment_run(self, run: AssessmentRun) -> None:
        """One re-assessment, atomically: dropped verdicts out, new verdicts and statuses in."""
        with self.transaction() as db:
            for agreement_id in run.dropped_agreements:
                db.execute("DELETE FROM verdicts WHERE agreement_id = ?", (agreement_id,))
                db.execute("DELETE FROM assessments WHERE agreement_id = ?", (agreement_id,))
                db.execute(
                    "DELETE FROM assessed_agreements WHERE agreement_id = ?", (agreement_id,)
                )
            for agreement_id in run.rejudged_agreements:
                db.execute("DELETE FROM verdicts WHERE agreement_id = ?", (agreement_id,))
            db.executemany(
                "DELETE FROM assessments WHERE agreement_id = ?",
                [(i,) for i in run.cleared_assessments],
            )
            # a few hundred events per statement, not one each: PostgreSQL's statement
            # triggers on verdicts (0023, 0024, 0025) run once per statement
            rejudged = list(dict.fromkeys(run.rejudged_events))
            for i in range(0, len(rejudged), 500):
                chunk = rejudged[i : i + 500]
                marks = ", ".join("?" * len(chunk))
                db.execute(f"DELETE FROM verdicts WHERE event_id IN ({marks})", chunk)
            db.executemany(
                "DELETE FROM assessed_events WHERE event_id = ?", [(e,) for e in run.gone_events]
            )
            _insert_verdicts(db, run.verdicts)
            db.executemany(
                "INSERT INTO assessed_agreements (agreement_id, version) VALUES (?, ?)"
                " ON CONFLICT (agreement_id) DO UPDATE SET version = excluded.version",
                list(run.agreement_versions.items()),
            )
            db.executemany(
                "INSERT INTO assessed_events (event_id, version) VALUES (?, ?)"
                " ON CONFLICT (event_id) DO UPDATE SET version = excluded.version",
                list(run.event_versions.items()),
            )
            self._record_status_changes(run.assessments)
            db.executemany(
                _ASSESSMENT_UPSERT,
                [(a.id, _without_verdicts(a), now()) for a in run.assessments],
            )

    def story_ids(self) -> dict[str, str]:
        """Article id -> story id (syndicated copies share one)."""
        rows = self.db.execute("SELECT id, COALESCE(story_id, id) FROM articles")
        return {str(a): str(s) for a, s in rows}

    # --- user agreements ---------------------------------------------------------------------

    def save_user_agreements(self, file: str, agreements: Sequence[Agreement]) -> None:
        """Store (or replace, by id) agreements a user imported, all or none."""
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO user_agreements (id, file, data, imported_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET file = excluded.file, data = excluded.data,"
                " imported_at = excluded.imported_at",
                [(a.id, file, a.model_dump_json(), now()) for a in agreements],
            )

    def user_agreements(self) -> list[Agreement]:
        rows = self.db.execute("SELECT data FROM user_agreements ORDER BY id")
        return [Agreement.model_validate_json(r[0]) for r in rows]


# Verdicts per INSERT: PostgreSQL's statement triggers on verdicts (0023, 0024, 0025) run once
# per statement, so one statement per verdict (``executemany``) ran them per verdict. 4 values
# a row: 2,000 bound parameters, far below both backends' limits.
VERDICT_CHUNK = 500
_VERDICT_INSERT = (
    "INSERT INTO verdicts (agreement_id, event_id, verdict, data) VALUES {rows}"
    " ON CONFLICT (agreement_id, event_id)"
    " DO UPDATE SET verdict = excluded.verdict, data = excluded.data"
)
_ASSESSMENT_UPSERT = (
    "INSERT INTO assessments (agreement_id, data, created_at) VALUES (?, ?, ?)"
    " ON CONFLICT (agreement_id) DO UPDATE SET data = excluded.data,"
    " created_at = excluded.created_at"
)


def _verdict_row(v: Verdict) -> tuple[str, str, str, str]:
    return (v.agreement_id, v.event_id, v.verdict, v.model_dump_json())


def _insert_verdicts(db: Connection, verdicts: Sequence[Verdict]) -> None:
    """``verdicts`` upserted ``VERDICT_CHUNK`` rows per statement: the same rows as one upsert
    per verdict in order. A key given twice keeps its last verdict (one statement's ON CONFLICT
    cannot touch a row twice, so the earlier ones are dropped first, as the later upsert would
    have overwritten them)."""
    last = {(v.agreement_id, v.event_id): v for v in verdicts}
    rows = [_verdict_row(v) for v in last.values()]
    for start in range(0, len(rows), VERDICT_CHUNK):
        chunk = rows[start : start + VERDICT_CHUNK]
        marks = ", ".join(["(?, ?, ?, ?)"] * len(chunk))
        db.execute(_VERDICT_INSERT.format(rows=marks), [x for row in chunk for x in row])


def _without_verdicts(a: Assessment) -> str:
    return a.model_copy(update={"verdicts": ()}).model_dump_json()
