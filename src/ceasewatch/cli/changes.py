"""The change feed: ``ceasewatch changes --since T``."""

from __future__ import annotations

import click

from ceasewatch.cli.app import db_option, main, open_archive
from ceasewatch.cli.output import chosen, emit, format_option

COLUMNS = ("seq", "at", "kind", "event_id", "article_id", "fields")


@main.command("changes")
@db_option
@click.option(
    "--since", default=None, metavar="T",
    help="A sequence number (the changes after it) or an ISO date or time (the changes at or "
    "after it). Default: every change.",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(1, None), default=None, help="At most this many.")
@format_option(default="table")
def changes_command(
    db: str | None, since: str | None, limit: int | None, fmt: str, as_json: bool
) -> None:
    """Events added, updated (with the fields that changed, old and new) or retracted by
    extractions, oldest first: what a downstream copy of the dataset applies to stay in sync.
    Remember the last seq you applied and ask for --since that seq next time."""
    from ceasewatch.identity import parse_since

    try:
        after_seq, when = parse_since(since)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from exc
    store = open_archive(db)
    try:
        found = store.changes(after_seq=after_seq, since=when, limit=limit)
    finally:
        store.close()
    rows = [
        (c.seq, c.at.isoformat(), c.kind, c.event_id, c.article_id, ", ".join(c.fields))
        for c in found
    ]
    fmt = chosen(fmt, as_json)
    emit(COLUMNS, rows, fmt, [c.model_dump(mode="json") for c in found])
    if fmt == "table":
        click.echo(f"{len(found)} change(s)")
