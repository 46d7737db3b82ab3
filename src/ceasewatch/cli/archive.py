"""Archive commands: ingest, articles, show."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING

import click

from ceasewatch.cli.app import date_callback, db_option, main, open_archive
from ceasewatch.cli.output import emit, format_option
from ceasewatch.errors import NotFoundError

# The pipeline and the store load when a command runs, never for --help.
if TYPE_CHECKING:
    from ceasewatch.model import Article, IngestFailure


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(sources: tuple[str, ...], db: str | None, quiet: bool) -> None:
    """Take in reports: text/HTML files, folders, URLs, RSS/Atom feeds, JSONL, spreadsheet
    logs (.csv/.tsv), Telegram chat exports (.json), video subtitles (.srt/.vtt).

    Each item that cannot be read gets one error line on stderr and is stored as a failed
    ingest; the rest of the batch goes on. Exit code 1 when any item failed.
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ceasewatch.archive import ingest_into
    from ceasewatch.model import IngestFailure

    err = Console(stderr=True)
    store = open_archive(db)
    progress = Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
    with progress:
        task = progress.add_task("", total=None)

        def tick(item: Article | IngestFailure) -> None:
            progress.advance(task)
            if isinstance(item, IngestFailure):
                err.print(
                    f"[red]error[/red] {escape(item.origin)}: {escape(item.reason)}",
                    highlight=False,
                    soft_wrap=True,
                )

        report = ingest_into(store, sources, on_item=tick)
    store.close()
    click.echo(f"{report.added} added, {report.unchanged} already archived, {report.failed} failed")
    if report.failed:
        sys.exit(1)


@main.command()
@db_option
@click.option("--on", "on", callback=date_callback, help="Published on this day (YYYY-MM-DD).")
@click.option("--from", "start", callback=date_callback, help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "end", callback=date_callback, help="Published on or before (YYYY-MM-DD).")
@click.option("--search", "-s", help="Full-text search over titles and texts.")
@click.option("--source", help="Only this outlet.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@format_option()
def articles(
    db: str | None,
    on: dt.date | None,
    start: dt.date | None,
    end: dt.date | None,
    search: str | None,
    source: str | None,
    limit: int,
    fmt: str,
    as_json: bool,
) -> None:
    """List archived articles by date, outlet or full-text search.

    --json prints JSON lines (one article per line, as earlier releases did); --format json one
    JSON list."""
    from ceasewatch.store import ArticleQuery

    if on and (start or end):
        raise click.UsageError("--on cannot be combined with --from/--to")
    store = open_archive(db)
    query = ArticleQuery(on=on, start=start, end=end, search=search, source=source, limit=limit)
    try:
        found = store.articles(query)
        total = store.count_articles(query)
    finally:
        store.close()
    if as_json:
        for article in found:
            click.echo(article.model_dump_json(exclude={"text"}))
        return
    rows = [(a.id, a.published or "?", a.source or "", a.title or "", a.word_count) for a in found]
    records = [a.model_dump(mode="json", exclude={"text"}) for a in found]
    emit(("id", "published", "source", "title", "words"), rows, fmt, records)
    if fmt == "table":
        click.echo(f"{len(found)} of {total} article(s)")


@main.command()
@click.argument("article_id")
@db_option
@click.option("--raw", is_flag=True, help="Print the raw input exactly as ingested.")
@click.option("--json", "as_json", is_flag=True, help="The article as JSON.")
def show(article_id: str, db: str | None, raw: bool, as_json: bool) -> None:
    """Show one archived article (metadata, cleaning notes and text)."""
    store = open_archive(db)
    try:
        article = store.article(article_id)
        if raw:
            sys.stdout.buffer.write(store.raw(article_id).data)
            return
    except NotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(article.model_dump_json(indent=2))
        return
    meta = article.model_dump(exclude={"text", "notes"})
    for key, value in meta.items():
        click.echo(f"{key:>22}: {value}")
    for note in article.notes:
        click.echo(f"{'note':>22}: {note}")
    click.echo("\n" + article.text)


def dump(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)
