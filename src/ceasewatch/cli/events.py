"""Extraction over the archive and event exports: ``ceasewatch extract``, ``ceasewatch events``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
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
    from ceasewatch.batch import ExtractReport, Plan
    from ceasewatch.model import Article, Extraction
    from ceasewatch.pipeline import Resources
    from ceasewatch.store import EventQuery, Store


def extract_archive(
    store: Store,
    resources: Resources,
    redo_all: bool = False,
    on_article: Callable[[Article, Extraction], None] | None = None,
) -> ExtractReport:
    """``ceasewatch.batch.extract_archive``: the archived articles whose stored stage versions
    differ from the current ones (every article with ``redo_all``), through the one loop."""
    from ceasewatch.batch import extract_archive as run

    return run(store, resources, redo_all, on_article)


@main.command("extract")
@db_option
@kb_option
@gazetteer_option
@model_option
@review_options
@click.option(
    "--all", "redo_all", is_flag=True, help="Re-extract every article, not only new ones."
)
@click.option(
    "--workers", type=click.IntRange(1, None), default=None,
    help="Run on a local Dask cluster of this many worker processes (127.0.0.1 only).",
)  # fmt: skip
@click.option(
    "--scheduler", metavar="tcp://HOST:PORT", default=None,
    help="Run on the Dask cluster whose scheduler is at this address.",
)  # fmt: skip
@click.option(
    "--partition", type=click.IntRange(1, None), default=None,
    help="Articles per Dask task (with --workers or --scheduler; default 32).",
)  # fmt: skip
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def extract_command(
    db: str | None,
    kb_dirs: tuple[str, ...],
    gazetteer_files: tuple[str, ...],
    model_dir: Path | None,
    review_endpoint: str | None,
    review_model: str,
    redo_all: bool,
    workers: int | None,
    scheduler: str | None,
    partition: int | None,
    quiet: bool,
) -> None:
    """Code events in archived articles (extract, resolve, geocode) and store them.

    Only articles whose stored stage versions differ from the current ones are processed (new
    articles, and those a changed stage, actor base, gazetteer or --model would code
    differently); how many, and why, is said before the run starts. --all re-runs every one.

    With --workers N (a local cluster) or --scheduler (an existing one) the articles are
    extracted on Dask workers and only this process writes; the result is the same, and a
    killed run, run again, finishes what is missing.
    """
    if workers is not None and scheduler is not None:
        raise click.UsageError("give --workers or --scheduler, not both")
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ceasewatch.archive import reassess_if_stale
    from ceasewatch.batch import extract_archive as run
    from ceasewatch.batch import plan_extraction, stage_versions
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
    plan = plan_extraction(store, stage_versions(resources), redo_all)
    click.echo(plan.describe())
    progress = Progress(
        TextColumn("extract"), BarColumn(), MofNCompleteColumn(), console=err,
        disable=quiet or not err.is_terminal, transient=True,
    )  # fmt: skip
    with progress:
        task = progress.add_task("", total=plan.todo)

        def tick(_article: Article, _extraction: Extraction) -> None:
            progress.advance(task)

        try:
            if (workers is None and scheduler is None) or not plan.todo:
                report = run(store, resources, on_article=tick, plan=plan)
            else:
                report = _on_cluster(store, resources, plan, workers, scheduler, partition, tick)
        except CeasewatchError as exc:
            store.close()
            raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{report.done} article(s) extracted, {report.events} event(s), "
        f"{report.skipped} skipped, {report.failed} failed"
    )
    for article_id, reason in report.failures:
        click.echo(f"  failed: {article_id}: {reason}", err=True)
    _auto_fuse(store, resources)
    # New events make every verdict and status stale; so does a run killed between its last
    # extraction and the re-assessment, which the archive remembers (extraction generation).
    result = reassess_if_stale(store, resources)
    if result is not None:
        statuses = ", ".join(f"{a.id}: {a.status}" for a in result.assessments)
        click.echo(f"{len(result.assessments)} agreement(s) re-assessed ({statuses})")
        for agreement_id, reason in result.errors.items():
            click.echo(f"assessing {agreement_id} failed (kept its previous assessment): {reason}")
    store.close()


def _auto_fuse(store: Store, resources: Resources) -> None:
    """Fuse the days this run changed (setting fuse.auto; docs/FUSION.md)."""
    from ceasewatch.archive import fuse_if_stale
    from ceasewatch.settings import setting

    if not setting("fuse.auto"):
        return
    fused = fuse_if_stale(store, resources.actors)
    if fused is not None:
        click.echo(f"fused: {fused.groups} fused event(s) from {fused.merged} report event(s)")


def _on_cluster(
    store: Store,
    resources: Resources,
    plan: Plan,
    workers: int | None,
    scheduler: str | None,
    partition: int | None,
    tick: Callable[[Article, Extraction], None],
) -> ExtractReport:
    from ceasewatch.batch.cluster import PARTITION, connect, extract_on_cluster

    with connect(workers, scheduler) as (client, address):
        return extract_on_cluster(
            store, resources, plan, client, address=address,
            partition=partition or PARTITION, on_article=tick,
        )  # fmt: skip


def export_events(store: Store, query: EventQuery, fmt: str) -> str:
    """The events matching ``query`` as CSV, JSON or GeoJSON text."""
    from ceasewatch.export import now_timestamp, to_csv, to_geojson, to_records

    events = store.events(query)
    articles = {aid: store.article(aid) for aid in {e.article_id for e in events}}
    if fmt == "csv":
        return to_csv(events, articles, now_timestamp())
    if fmt == "geojson":
        return json.dumps(to_geojson(events, articles), ensure_ascii=False, indent=2)
    from ceasewatch.fuse import with_fusion

    records = to_records(events)
    with_fusion(records, store.fusion_of(e.id for e in events))  # fused_id, sources, ...
    return json.dumps(records, ensure_ascii=False, indent=2)


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
