"""One event from many reports over the archive: ``ceasewatch fuse``, and the fused fields the
events export carries (``fused_id``, ``sources``, ``corroboration``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

from ceasewatch.cli.app import date_callback, db_option, main, open_archive
from ceasewatch.cli.output import chosen, emit, format_option

# The store and the stage load when a command runs: --help stays fast.
if TYPE_CHECKING:
    from ceasewatch.fuse import Params
    from ceasewatch.knowledge import ActorKB
    from ceasewatch.model import Event, EventChange
    from ceasewatch.store import Store


@dataclass
class FuseReport:
    events: int = 0  # events read (re)fused
    groups: int = 0  # fused events stored from them
    merged: int = 0  # events in those groups
    full: bool = False


def fuse_params(kb: ActorKB | None = None) -> Params:
    """The settings' parameters, with the sides of the knowledge base's actors (``kb``, else
    the built-in one): a state's branches compare as one side, actors that name no side
    (unidentified groups, observers) are not compared."""
    from ceasewatch.fuse import Params, kinship, unnamed
    from ceasewatch.knowledge import load_actors

    actors = kb if kb is not None else load_actors()
    return Params.from_settings(kin=kinship(actors), unnamed=unnamed(actors))


def fuse_archive(store: Store, full: bool = False, kb: ActorKB | None = None) -> FuseReport:
    """Fuse what changed since the last run (every event with ``full``, or on the first run).

    Incremental: the change feed names the events added, updated or retracted since the
    position the stored groups are current to; only their days (widened by twice
    ``fuse.max_days``, the longest reach of a group) are read again, with the other members of
    the groups they touch, and those groups are replaced."""
    from ceasewatch.fuse import fuse
    from ceasewatch.store import EventQuery

    params = fuse_params(kb)
    seq, last = store.last_change_seq(), store.fused_change_seq()
    full = full or last == 0
    if full:
        events, touched = store.events(EventQuery()), set()
    else:
        changes = store.changes(after_seq=last)
        touched = {c.event_id for c in changes}
        days = {d for c in changes for d in _days(c) if d is not None}
        events = _around(store, days, 2 * params.max_days)
    events = _with_group_mates(store, events)
    fused = fuse(events, store.story_ids(), params, store.report_dates())
    replaced = touched | {e.id for e in events}
    if full:
        replaced |= {i for f in store.fused_events() for i in f.event_ids}
    store.save_fusion(fused, replaced, seq)
    merged = sum(len(f.event_ids) for f in fused)
    return FuseReport(events=len(events), groups=len(fused), merged=merged, full=full)


def fuse_if_stale(store: Store, kb: ActorKB | None = None) -> FuseReport | None:
    """``fuse_archive`` when the change feed has moved past the fused groups (new, updated or
    retracted events since the last fusion), else None. Safe to kill at any point: a fusion
    is saved in one transaction with the feed position it is current to."""
    if store.last_change_seq() == store.fused_change_seq():
        return None
    return fuse_archive(store, kb=kb)


def _days(change: EventChange) -> tuple[dt.date | None, ...]:
    """The event's day, and its day before the change when the change moved it."""
    moved = change.fields.get("event_date")
    dates = [(change.event or {}).get("event_date"), moved.old if moved else None]
    return tuple(dt.date.fromisoformat(d) if isinstance(d, str) else None for d in dates)


def _around(store: Store, days: set[dt.date], reach: int) -> list[Event]:
    """The events of every day within ``reach`` of one of ``days``, read range by range."""
    from ceasewatch.store import EventQuery

    found: dict[str, Event] = {}
    for start, end in _ranges(sorted(days), reach):
        found.update((e.id, e) for e in store.events(EventQuery(start=start, end=end)))
    return list(found.values())


def _ranges(days: list[dt.date], reach: int) -> list[tuple[dt.date, dt.date]]:
    pad = dt.timedelta(days=reach)
    out: list[tuple[dt.date, dt.date]] = []
    for day in days:
        if out and day - pad <= out[-1][1]:
            out[-1] = (out[-1][0], day + pad)
        else:
            out.append((day - pad, day + pad))
    return out


def _with_group_mates(store: Store, events: list[Event]) -> list[Event]:
    """Add the members of the stored groups these events are in: replacing a group must not
    drop a member outside the window read."""
    from ceasewatch.errors import NotFoundError

    have = {e.id for e in events}
    mates = {i for f in store.fusion_of(have).values() for i in f.event_ids} - have
    extra = []
    for event_id in sorted(mates):
        try:
            extra.append(store.event(event_id))
        except NotFoundError:  # retracted since: its group is rebuilt without it
            continue
    return events + extra


@main.command("fuse")
@db_option
@click.option("--all", "full", is_flag=True, help="Re-fuse every event, not only what changed.")
def fuse_command(db: str | None, full: bool) -> None:
    """Fuse events that are one event reported by several reports (same or adjacent day, same
    or nearby place, compatible type and actors; threshold: setting fuse.threshold).

    Only the days touched by extractions since the last run are re-read, unless --all. The
    fused events are in `ceasewatch events --format json` (fused_id, sources, corroboration)
    and `ceasewatch fused`."""
    store = open_archive(db)
    try:
        report = fuse_archive(store, full)
    finally:
        store.close()
    scope = "every event" if report.full else "changed days"
    click.echo(
        f"{report.events} event(s) read ({scope}): {report.groups} fused event(s) "
        f"from {report.merged} report event(s)"
    )


@main.command("fused")
@db_option
@click.option("--from", "start", callback=date_callback, help="On or after (YYYY-MM-DD).")
@click.option("--to", "end", callback=date_callback, help="On or before (YYYY-MM-DD).")
@format_option(default="table")
def fused_command(
    db: str | None, start: dt.date | None, end: dt.date | None, fmt: str, as_json: bool
) -> None:
    """List fused events: each with its reports, corroboration, every report's toll side by
    side and, in JSON, every merge explained (what matched, how many days and km apart)."""
    store = open_archive(db)
    try:
        found = store.fused_events(start, end)
    finally:
        store.close()
    rows = [
        (f.id, f.event_date, f.sub_event_type, f.location.name if f.location else "",
         f.corroboration, f.fatalities, " / ".join(_toll(c.fatalities) for c in f.claims))
        for f in found
    ]  # fmt: skip
    fmt = chosen(fmt, as_json)
    columns = ("id", "date", "type", "place", "corroboration", "fatalities", "claims")
    emit(columns, rows, fmt, [f.model_dump(mode="json") for f in found])


def _toll(figure: int | None) -> str:
    return "?" if figure is None else str(figure)
