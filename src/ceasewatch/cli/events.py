"""Extraction over the archive and event exports: ``ceasewatch extract``, ``ceasewatch events``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ceasewatch.cli.app import (
    date_callback,
    db_option,
    gazetteer_option,
    kb_option,
    main,
    open_archive,
)
from ceasewatch.cli.train import model_option, review_options, reviewer
from ceasewatch.errors import CeasewatchError

# The pipeline (spaCy, the knowledge base) and the store load when a command runs: --help and
# `events` stay fast.
if TYPE_CHECKING:
    from ceasewatch.model import Article, Extraction
    from ceasewatch.pipeline import Resources
    from ceasewatch.store import EventQuery, Store

# Articles read from the archive per query while extracting (bounded memory on big archives).
PAGE = 200


@dataclass
class ExtractReport:
    done: int = 0
    events: int = 0
    skipped: int = 0
    failed: int = 0


def extract_archive(
    store: Store,
    resources: Resources,
    redo_all: bool = False,
    on_article: Callable[[Article, Extraction], None] | None = None,
) -> ExtractReport:
    """Run extract, resolve and geocode over archived articles not yet extracted by the
    current extract stage (every article with ``redo_all``) and save each result. A failing
    article is saved as skipped with the error, and the batch goes on."""
    from ceasewatch.extract import STAGE
    from ceasewatch.store import ArticleQuery

    done_ids = set() if redo_all else store.extracted_article_ids(stage=STAGE)
    report = ExtractReport()
    offset = 0
    while True:
        page = store.articles(ArticleQuery(limit=PAGE, offset=offset))
        offset += len(page)
        todo = [a for a in page if a.id not in done_ids]
        for article, extraction in _process_page(todo, resources, report):
            store.save_extraction(extraction)
            if on_article is not None:
                on_article(article, extraction)
        if len(page) < PAGE:
            return report


def _process_page(
    articles: list[Article], resources: Resources, report: ExtractReport
) -> list[tuple[Article, Extraction]]:
    """The page in one batch (fast); when the batch fails, article by article so that only the
    bad article is recorded as failed."""
    from ceasewatch.pipeline import process_many

    by_id = {a.id: a for a in articles}
    try:
        results = [(by_id[x.article_id], x) for x in process_many(articles, resources)]
    # Whatever one article raises (RecursionError, MemoryError from a hostile text included)
    # must not stop the others: the page is redone one by one to find the bad one.
    except Exception:
        return [(a, _process(a, resources, report)) for a in articles]
    missing = by_id.keys() - {x.article_id for _, x in results}
    results += [(by_id[i], _process(by_id[i], resources, report)) for i in sorted(missing)]
    for _, extraction in results:
        if extraction.article_id not in missing:
            _count(extraction, report)
    return results


def _process(article: Article, resources: Resources, report: ExtractReport) -> Extraction:
    from ceasewatch.extract import STAGE
    from ceasewatch.model import Extraction
    from ceasewatch.pipeline import process_article

    try:
        extraction = process_article(article, resources)
    except Exception as exc:
        # One bad article must not stop the batch; the reason is stored with it.
        report.failed += 1
        reason = f"failed: {type(exc).__name__}: {exc}"
        return Extraction(article_id=article.id, skipped=reason, stage=STAGE)
    _count(extraction, report)
    return extraction


def _count(extraction: Extraction, report: ExtractReport) -> None:
    report.done += 1
    report.events += len(extraction.events)
    report.skipped += extraction.skipped is not None


@main.command("extract")
@db_option
@kb_option
@gazetteer_option
@model_option
@review_options
@click.option(
    "--all", "redo_all", is_flag=True, help="Re-extract every article, not only new ones."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def extract_command(
    db: str | None,
    kb_dirs: tuple[str, ...],
    gazetteer_files: tuple[str, ...],
    model_dir: Path | None,
    review_endpoint: str | None,
    review_model: str,
    redo_all: bool,
    quiet: bool,
) -> None:
    """Code events in archived articles (extract, resolve, geocode) and store them.

    Only articles not yet extracted by the current extract stage are processed, unless --all
    (give --all with a new --model to re-type the articles already extracted).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ceasewatch.archive import reassess_if_stale
    from ceasewatch.pipeline import Resources

    err = Console(stderr=True)
    resources = Resources(
        kb_dirs=tuple(Path(d) for d in kb_dirs),
        gazetteer_files=tuple(Path(f) for f in gazetteer_files),
        model_dir=model_dir,
        reviewer=reviewer(review_endpoint, review_model),
    )
    try:
        _ = resources.model  # a refused model folder is one error line before any work
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    store = open_archive(db)
    progress = Progress(
        TextColumn("extract"), BarColumn(), MofNCompleteColumn(), console=err,
        disable=quiet or not err.is_terminal, transient=True,
    )  # fmt: skip
    with progress:
        task = progress.add_task("", total=None)
        report = extract_archive(store, resources, redo_all, lambda a, x: progress.advance(task))
    click.echo(
        f"{report.done} article(s) extracted, {report.events} event(s), "
        f"{report.skipped} skipped, {report.failed} failed"
    )
    # New events make every verdict and status stale; so does a run killed between its last
    # extraction and the re-assessment, which the archive remembers (extraction generation).
    result = reassess_if_stale(store, resources)
    if result is not None:
        statuses = ", ".join(f"{a.id}: {a.status}" for a in result.assessments)
        click.echo(f"{len(result.assessments)} agreement(s) re-assessed ({statuses})")
        for agreement_id, reason in result.errors.items():
            click.echo(f"assessing {agreement_id} failed (kept its previous assessment): {reason}")
    store.close()


def export_events(store: Store, query: EventQuery, fmt: str) -> str:
    """The events matching ``query`` as CSV, JSON or GeoJSON text."""
    from ceasewatch.export import now_timestamp, to_csv, to_geojson, to_records

    events = store.events(query)
    articles = {aid: store.article(aid) for aid in {e.article_id for e in events}}
    if fmt == "csv":
        return to_csv(events, articles, now_timestamp())
    if fmt == "geojson":
        return json.dumps(to_geojson(events, articles), ensure_ascii=False, indent=2)
    return json.dumps(to_records(events), ensure_ascii=False, indent=2)


@main.command("events")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json", "geojson"]), default="csv",
    show_default=True, help="Output format (CSV columns follow ACLED's export).",
)  # fmt: skip
@click.option("--from", "start", callback=date_callback, help="Events on or after (YYYY-MM-DD).")
@click.option("--to", "end", callback=date_callback, help="Events on or before (YYYY-MM-DD).")
@click.option("--type", "event_type", help="ACLED event type, e.g. Battles.")
@click.option("--sub-type", "sub_event_type", help="ACLED sub-event type, e.g. 'Armed clash'.")
@click.option("--actor", help="Actor id or name substring (any role).")
@click.option("--place", help="Location name or admin area substring.")
@click.option("--article", "article_id", help="Only events of this article.")
@click.option("--limit", type=click.IntRange(1, None), default=None, help="At most this many.")
def events_command(
    db: str | None,
    fmt: str,
    start: dt.date | None,
    end: dt.date | None,
    event_type: str | None,
    sub_event_type: str | None,
    actor: str | None,
    place: str | None,
    article_id: str | None,
    limit: int | None,
) -> None:
    """Export coded events from the archive as ACLED-style CSV, JSON or GeoJSON."""
    from ceasewatch.store import EventQuery

    query = EventQuery(
        article_id=article_id, start=start, end=end, event_type=event_type,
        sub_event_type=sub_event_type, actor=actor, place=place, limit=limit,
    )  # fmt: skip
    store = open_archive(db)
    try:
        click.echo(export_events(store, query, fmt), nl=fmt != "csv")
    finally:
        store.close()
