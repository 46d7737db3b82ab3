"""Analyst corrections through the desk: the JSON body, who made it, and an event's history.

Writing needs the operator's token, like ingest (``guard.BodyGuard`` checks it before the body
is read, and caps the body at ``MAX_CORRECTION_BYTES``). The analyst's name comes from the body
(``analyst``) or the ``X-Analyst`` header; without either the correction is signed
``TOKEN_HOLDER``: the token says the writer may write, not who they are.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ceasewatch.errors import NotFoundError
from ceasewatch.model import Correction, Event, EventChanges
from ceasewatch.serve.desk import Desk

# A correction is a few fields and a reason: 64 kB is generous, and far below the ingest cap.
MAX_CORRECTION_BYTES = 64 * 1024
MAX_NAME = 100
TOKEN_HOLDER = "holder of the write token"
ANALYST_HEADER = "X-Analyst"


class CorrectionIn(BaseModel):
    """POST /api/events/{id}/corrections: what changes, why, and who says so."""

    model_config = ConfigDict(extra="forbid")

    changes: EventChanges
    reason: str = Field(default="", max_length=2000)
    analyst: str | None = Field(default=None, max_length=MAX_NAME)


class CorrectionOut(BaseModel):
    correction: Correction
    event: Event | None  # the corrected event; None when it was marked as no event


class HistoryView(BaseModel):
    event_id: str
    event: Event | None  # None when the event was marked as no event
    corrections: list[Correction]


def analyst_name(body_name: str | None, header: str | None) -> str:
    """The name the correction is signed with: the body's, else the header's, else the token's
    holder. Control characters go (a name is printed in pages and CSV)."""
    for candidate in (body_name, header):
        clean = "".join(ch for ch in (candidate or "") if ch.isprintable()).strip()[:MAX_NAME]
        if clean:
            return clean
    return TOKEN_HOLDER


def _with_actor_ids(desk: Desk, changes: EventChanges) -> EventChanges:
    """The changes with the knowledge-base id of each named actor the base knows by exactly
    one actor (so verdicts can read the corrected actor's side); other names stay as typed."""
    update: dict[str, str] = {}
    for slot in ("actor1", "actor2"):
        name = getattr(changes, slot)
        if name is None or getattr(changes, f"{slot}_id") is not None:
            continue
        matches = desk.resources.actors.lookup(name)
        if len({m.actor.id for m in matches}) == 1:
            update[f"{slot}_id"] = matches[0].actor.id
    return changes.model_copy(update=update) if update else changes


def correct(desk: Desk, event_id: str, body: CorrectionIn, who: str) -> CorrectionOut:
    """Store and apply one correction. NotFoundError for an unknown event."""
    from ceasewatch.archive import reassess_archive

    changes = _with_actor_ids(desk, body.changes)
    with desk.store() as store:
        correction = store.add_correction(event_id, changes, who, body.reason.strip())
        # Verdicts follow the corrected event at once (only what changed is judged again): an
        # event marked as no event stops counting against its agreement.
        reassess_archive(store, desk.resources)
        try:
            event: Event | None = store.event(event_id)
        except NotFoundError:
            event = None
    if event is not None and correction.id not in event.corrections:
        event = None  # the id now names another event (cannot happen while ids are kept)
    return CorrectionOut(correction=correction, event=event)


def history_view(desk: Desk, event_id: str) -> HistoryView:
    """The corrections of an event, oldest first. NotFoundError when the id names neither an
    event nor a corrected one."""
    with desk.store() as store:
        corrections = store.event_history(event_id)
        try:
            event: Event | None = store.event(event_id)
        except NotFoundError:
            event = None
    return HistoryView(event_id=event_id, event=event, corrections=corrections)


FORM_FIELDS = ("sub_event_type", "actor1", "actor2", "location")


def changes_from_form(form: dict[str, str]) -> EventChanges:
    """The changes of the event page's (or the quality queue's) correction form: empty boxes
    change nothing. ``ValueError`` naming the field for input that does not read."""
    from pydantic import ValidationError

    values: dict[str, object] = {k: form[k].strip() for k in FORM_FIELDS if form.get(k, "").strip()}
    for name, kind in (("latitude", float), ("longitude", float), ("fatalities", int)):
        if form.get(name, "").strip():
            text = form[name].strip()
            try:
                values[name] = kind(text)
            except ValueError:
                raise ValueError(f"{name}: {text[:40]!r} is not a number") from None
    if form.get("no_event"):
        values["no_event"] = True
    try:
        return EventChanges.model_validate(values)
    except ValidationError as exc:
        reasons = [
            f"{'.'.join(str(p) for p in e['loc']) or 'changes'}: {e['msg']}" for e in exc.errors()
        ]
        raise ValueError("; ".join(reasons)) from None


__all__ = [
    "ANALYST_HEADER",
    "MAX_CORRECTION_BYTES",
    "CorrectionIn",
    "CorrectionOut",
    "HistoryView",
    "analyst_name",
    "changes_from_form",
    "correct",
    "history_view",
]
