"""``ceasewatch corrections``: the analysts' corrections of the archive, listed and exported
as training rows (the ACLED CSV shape ``train`` reads; ``train --from-archive`` uses them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ceasewatch.cli.app import db_option, main, open_archive
from ceasewatch.cli.output import chosen, emit, format_option

if TYPE_CHECKING:
    from ceasewatch.store import Store


@main.group("corrections")
def corrections_group() -> None:
    """Analysts' corrections of events (made in the desk): list them, export them."""


def archive_training(store: Store) -> tuple[str, int, int]:
    """(CSV text of every corrected event, events corrected, events marked as no event)."""
    from ceasewatch.learn.archive import corrections_csv
    from ceasewatch.store import EventQuery

    stored = store.corrections()
    by_id = {c.id: c for c in stored}
    events = []
    for article_id in sorted({c.article_id for c in stored}):
        events += [e for e in store.events(EventQuery(article_id=article_id)) if e.corrections]
    no_event = len({c.event_id for c in stored if c.changes.no_event})
    return corrections_csv(events, by_id), len(events), no_event


@corrections_group.command("export")
@db_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CSV file to write (default: standard output).",
)
def export_command(db: str | None, out: Path | None) -> None:
    """Every corrected event as one row in the ACLED CSV shape (notes: the event's sentence),
    with who corrected it and why. Events marked as no event have no row (counted on stderr)."""
    store = open_archive(db)
    try:
        text, events, no_event = archive_training(store)
    finally:
        store.close()
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
    click.echo(f"{events} corrected event(s) written; {no_event} marked as no event", err=True)


@corrections_group.command("list")
@db_option
@format_option()
def list_command(db: str | None, fmt: str, as_json: bool) -> None:
    """Every correction, oldest first: when, who, which event, what changed, why."""
    store = open_archive(db)
    try:
        stored = store.corrections()
    finally:
        store.close()
    rows = [
        (
            c.at.isoformat(), c.who, c.event_id,
            ", ".join(f"{k}: {c.before.get(k)} -> {v}" for k, v in c.after.items()), c.reason,
        )
        for c in stored
    ]  # fmt: skip
    records = [c.model_dump(mode="json") for c in stored]
    emit(("at", "who", "event", "change", "reason"), rows, chosen(fmt, as_json), records)
