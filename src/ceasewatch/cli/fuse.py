"""One event from many reports over the archive: ``ceasewatch fuse``, and the fused fields the
events export carries (``fused_id``, ``sources``, ``corroboration``). The fusion run itself is
``archive.fuse_archive``, shared with ``extract`` and the desk's jobs."""

from __future__ import annotations

import datetime as dt

import click

from ceasewatch.cli.app import date_callback, db_option, main, open_archive
from ceasewatch.cli.output import chosen, emit, format_option


@main.command("fuse")
@db_option
@click.option("--all", "full", is_flag=True, help="Re-fuse every event, not only what changed.")
def fuse_command(db: str | None, full: bool) -> None:
    """Fuse events that are one event reported by several reports (same or adjacent day, same
    or nearby place, compatible type and actors; threshold: setting fuse.threshold).

    Only the days touched by extractions since the last run are re-read, unless --all. The
    fused events are in `ceasewatch events --format json` (fused_id, sources, corroboration)
    and `ceasewatch fused`."""
    from ceasewatch.archive import fuse_archive

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
