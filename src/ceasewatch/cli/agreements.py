"""Agreement commands: ``ceasewatch agreements`` and ``ceasewatch assess AGREEMENT``.

Thin wrappers over ``list_agreements`` and ``assess_archived`` (importable, used by tests and the
desk): the assess stage itself is pure; reading events and saving the assessment happen here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ceasewatch.archive import mention_articles
from ceasewatch.assess import assess, candidates, load_agreements
from ceasewatch.assess.status import describe_basis, series
from ceasewatch.cli.app import db_option, kb_option, main
from ceasewatch.errors import CeasewatchError, NotFoundError
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.knowledge.agreements import read_agreement_file
from ceasewatch.model import Agreement, AgreementCandidate, Assessment, Event, StatusPoint
from ceasewatch.reassess import catalogue, reassess
from ceasewatch.settings import setting
from ceasewatch.store.base import EventQuery, Store

CSV_COLUMNS = (
    "agreement_id",
    "event_id",
    "event_date",
    "location",
    "actor1",
    "actor2",
    "verdict",
    "reason",
)


def list_agreements(
    kb_dirs: Sequence[Path] = (), *, db: str | None = None, store: Store | None = None
) -> list[Agreement]:
    """The built-in agreements, those of the ``--kb`` folders and those imported in the
    archive (``store``, else ``db`` when given or when the default archive exists)."""
    built_in = load_agreements(load_actors(kb_dirs), kb_dirs)
    if store is not None:
        return catalogue(built_in, store)
    from ceasewatch.store import default_db_path, open_store

    if db is None and not default_db_path().exists():
        return built_in
    opened = open_store(db)
    try:
        return catalogue(built_in, opened)
    finally:
        opened.close()


def assess_archived(
    store: Store,
    agreement_id: str,
    actors: ActorKB,
    agreements: Sequence[Agreement],
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Assessment:
    """Assess one agreement against the archived events (and the pre-agreement baseline)."""
    agreement = next((a for a in agreements if a.id == agreement_id), None)
    if agreement is None:
        known = ", ".join(a.id for a in agreements)
        raise NotFoundError(f"no agreement {agreement_id!r} (known: {known})")
    # Events from the baseline period on, so that the status can compare with "before".
    baseline_start = agreement.valid_from - dt.timedelta(days=int(setting("assess.baseline_days")))
    first = min(start, baseline_start) if start else baseline_start
    events = store.events(EventQuery(start=first, end=end))
    mentions = store.agreement_mentions()
    found = [
        a
        for a in assess(
            events, mentions, [agreement], actors, as_of=end,
            articles=mention_articles(store, mentions),
        )
        if a.id == agreement.id
    ]  # fmt: skip
    result = found[0] if found else _empty(agreement, end)
    if start is None:
        return result
    shown = {e.id for e in events if e.event_date is not None and e.event_date >= start}
    return result.model_copy(
        update={"verdicts": tuple(v for v in result.verdicts if v.event_id in shown)}
    )


def verdict_rows(assessment: Assessment, events: Sequence[Event]) -> list[dict[str, str]]:
    """One CSV row per verdict, with the event's date, place and actors for reading."""
    by_id = {e.id: e for e in events}
    rows = []
    for v in assessment.verdicts:
        e = by_id.get(v.event_id)
        rows.append(
            {
                "agreement_id": v.agreement_id,
                "event_id": v.event_id,
                "event_date": str(e.event_date or "") if e else "",
                "location": e.location.name if e and e.location else "",
                "actor1": e.actor1.name if e and e.actor1 else "",
                "actor2": e.actor2.name if e and e.actor2 else "",
                "verdict": v.verdict,
                "reason": v.reason,
            }
        )
    return rows


@main.group(invoke_without_command=True)
@kb_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default=None, help="Output format."
)
@click.option(
    "--candidates", is_flag=True, help="List agreements reports name that the catalogue lacks."
)
@click.pass_context
def agreements(
    ctx: click.Context,
    kb_dirs: tuple[str, ...],
    db: str | None,
    as_json: bool,
    fmt: str | None,
    candidates: bool,
) -> None:
    """List the catalogue: built-in agreements, --kb folders and those imported in the archive.

    With --candidates: the review queue of agreements reports name but the catalogue lacks.
    """
    if ctx.invoked_subcommand is not None:
        return
    as_json = as_json or fmt == "json"
    try:
        dirs = [Path(d) for d in kb_dirs]
        if candidates:
            _print_candidates(_archive_candidates(db, dirs), as_json)
            return
        found = list_agreements(dirs, db=db)
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps([catalogue_entry(a) for a in found], ensure_ascii=False, indent=2))
        return
    table = Table("kind", "name", "countries", "in force", "guarantors", "zone versions")
    table.add_column("id", no_wrap=True)
    for a in found:
        window = f"{a.valid_from} .. {a.valid_to or 'open'}"
        table.add_row(
            a.kind, escape(a.name), ", ".join(a.countries), window, ", ".join(a.guarantors),
            str(len(a.zones)), a.id,
        )  # fmt: skip
    Console().print(table)


def catalogue_entry(a: Agreement) -> dict[str, object]:
    """An agreement as ``agreements --format json`` lists it (zones without their geometry)."""
    item = a.model_dump(mode="json", exclude={"zones"})
    item["pax_id"] = a.pa_x_id
    item["zones"] = [z.model_dump(mode="json", exclude=_GEOMETRY) for z in a.zones]
    return item


def _archive_candidates(db: str | None, dirs: Sequence[Path]) -> list[AgreementCandidate]:
    from ceasewatch.store import open_store

    store = open_store(db)
    try:
        known = list_agreements(dirs, store=store)
        mentions = store.agreement_mentions()
        return candidates(
            mentions, known, articles=mention_articles(store, mentions), stories=store.story_ids()
        )
    finally:
        store.close()


def _print_candidates(found: Sequence[AgreementCandidate], as_json: bool) -> None:
    if as_json:
        data = [c.model_dump(mode="json") for c in found]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    table = Table("candidate", "kind", "mentions", "stories", "first seen", "last seen", "quote")
    for c in found:
        quote = c.quotes[0].text if c.quotes else ""
        table.add_row(
            escape(c.name), c.kind, str(c.mentions), str(c.stories), str(c.first_seen or "?"),
            str(c.last_seen or "?"), escape(quote[:120]),
        )  # fmt: skip
    Console().print(table)
    if not found:
        click.echo("No candidates: every agreement the reports name is in the catalogue.")


@agreements.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@kb_option
@db_option
def import_command(file: Path, kb_dirs: tuple[str, ...], db: str | None) -> None:
    """Validate a YAML file of agreements and store it in the archive beside the built-in ones.

    A file with any problem is refused whole, each problem with its line; nothing stored changes.
    """
    from ceasewatch.store import open_store

    dirs = [Path(d) for d in kb_dirs]
    try:
        actors = load_actors(dirs)
        found = read_agreement_file(file, actors)
        store = open_store(db)
        try:
            store.save_user_agreements(str(file), found)
            # Assess the archive at once: the new agreements are judged against every event,
            # the rest only if something changed since the last assessment.
            report = reassess(store, catalogue(load_agreements(actors, dirs), store), actors)
        finally:
            store.close()
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    ids = ", ".join(a.id for a in found)
    click.echo(f"{len(found)} agreement(s) imported from {file}: {ids}")
    for a in report.assessments:
        click.echo(f"  {a.id}: {a.status}" + (f" ({describe_basis(a.basis)})" if a.basis else ""))


_GEOMETRY = {"geometry", "partial_geometry"}


@main.command("assess")
@click.argument("agreement_id", metavar="AGREEMENT")
@click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]), help="First event date.")
@click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]), help="Last date (status as of).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True
)
@click.option(
    "--by",
    type=click.Choice(["day", "week"]),
    default=None,
    help="The status on every day or week (from the first evidence) instead of the verdicts.",
)
@db_option
@kb_option
def assess_command(
    agreement_id: str,
    start: dt.datetime | None,
    end: dt.datetime | None,
    fmt: str,
    by: str | None,
    db: str | None,
    kb_dirs: tuple[str, ...],
) -> None:
    """Verdicts and status of one agreement over the archived events.

    Without --from/--to the assessment is also saved in the archive (replacing the last one).
    With --by day|week: its status on every day or week, each with what it rests on.
    """
    from ceasewatch.store import open_store

    dirs = [Path(d) for d in kb_dirs]
    try:
        actors = load_actors(dirs)
        store = open_store(db)
        known = catalogue(load_agreements(actors, dirs), store)
        try:
            first, last = (start.date() if start else None), (end.date() if end else None)
            result = assess_archived(store, agreement_id, actors, known, first, last)
            if first is None and last is None:
                store.save_assessments([result])
            events = store.events(EventQuery(start=first, end=last))
        finally:
            store.close()
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if by is not None:
        _print_series(series(result.timeline, 1 if by == "day" else 7, result.status_date), fmt)
        return
    _print(result, events, fmt)


SERIES_COLUMNS = ("date", "status", "in_scope", "violations", "undetermined_share", "sources")


def series_rows(points: Sequence[StatusPoint]) -> list[dict[str, object]]:
    """One row per sampled day: the status and what it rests on."""
    rows: list[dict[str, object]] = []
    for p in points:
        b = p.basis
        rows.append(
            {
                "date": p.date.isoformat(),
                "status": p.status,
                "in_scope": b.in_scope if b else "",
                "violations": b.violations if b else "",
                "undetermined_share": b.undetermined_share if b else "",
                "sources": ("one source" if b.one_source else b.sources) if b else "",
            }
        )
    return rows


def _print_series(points: Sequence[StatusPoint], fmt: str) -> None:
    rows = series_rows(points)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=SERIES_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        click.echo(out.getvalue(), nl=False)
    else:
        table = Table(*SERIES_COLUMNS)
        for row in rows:
            table.add_row(*(str(row[c]) for c in SERIES_COLUMNS))
        Console().print(table)


def _print(result: Assessment, events: Sequence[Event], fmt: str) -> None:
    if fmt == "json":
        click.echo(result.model_dump_json(indent=2))
        return
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(verdict_rows(result, events))
        click.echo(out.getvalue(), nl=False)
        return
    console = Console()
    console.print(
        f"[bold]{escape(result.name)}[/] ({result.id}): {result.status} as of "
        f"{result.status_date or 'no dated events'}"
    )
    if result.basis is not None:
        console.print(escape(describe_basis(result.basis)))
    counts = Counter(v.verdict for v in result.verdicts)
    console.print(", ".join(f"{k}: {n}" for k, n in sorted(counts.items())) or "no events")
    table = Table("date", "status", "score", "why", "evidence")
    for p in result.timeline:
        table.add_row(
            str(p.date), p.status, f"{p.score:g}", escape(p.reason), ", ".join(p.evidence)
        )
    console.print(table)
    for c in result.claims:
        console.print(f"claim by {escape(c.claimed_by or 'unknown')}: {escape(c.text)}")


def _empty(agreement: Agreement, end: dt.date | None) -> Assessment:
    """No archived event in scope: nothing to say, and the status says so."""
    return Assessment(id=agreement.id, name=agreement.name, status="no evidence", status_date=end)


__all__ = ["assess_archived", "catalogue_entry", "list_agreements", "series_rows", "verdict_rows"]
