"""Agreement commands: ``ceasewatch agreements`` and ``ceasewatch assess AGREEMENT``.

Thin wrappers over ``list_agreements`` and ``assess_archived`` (importable, used by tests and the
desk): the assess stage itself is pure; reading events and saving the assessment happen here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ceasewatch.cli.app import archive_if_any, db_option, kb_option, main, open_archive
from ceasewatch.cli.output import chosen, emit, format_option
from ceasewatch.errors import CeasewatchError, NotFoundError

# The knowledge base, the assess stage and the store are imported when a command runs, so that
# `--help` stays fast.
if TYPE_CHECKING:
    from ceasewatch.knowledge import ActorKB
    from ceasewatch.model import Agreement, AgreementCandidate, Assessment, Event, StatusPoint
    from ceasewatch.store.base import Store

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


def load_actors(dirs: Sequence[Path]) -> ActorKB:
    """The actor knowledge base (a module-level name, so that tests can substitute it)."""
    from ceasewatch.knowledge import load_actors as load

    return load(dirs)


def load_agreements(actors: ActorKB, dirs: Sequence[Path]) -> list[Agreement]:
    """The known agreements (a module-level name, so that tests can substitute it)."""
    from ceasewatch.assess import load_agreements as load

    return load(actors, dirs)


def list_agreements(
    kb_dirs: Sequence[Path] = (), *, db: str | None = None, store: Store | None = None
) -> list[Agreement]:
    """The built-in agreements, those of the ``--kb`` folders and those imported in the
    archive (``store``, else ``db`` when given or when the default archive exists)."""
    from ceasewatch.reassess import catalogue

    built_in = load_agreements(load_actors(kb_dirs), kb_dirs)
    if store is not None:
        return catalogue(built_in, store)
    from ceasewatch.store import archive_exists, open_store

    if db is None and not archive_exists():
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
    from ceasewatch.archive import mention_articles
    from ceasewatch.assess import assess
    from ceasewatch.settings import setting
    from ceasewatch.store.base import EventQuery

    agreement = next((a for a in agreements if a.id == agreement_id), None)
    if agreement is None:
        known = ", ".join(a.id for a in agreements)
        raise NotFoundError(
            f"no agreement {agreement_id!r} in the catalogue (known: {known}); an agreement the "
            "reports name but the catalogue lacks is a candidate (`ceasewatch agreements "
            "--candidates`), assessed once a curator adds it (`ceasewatch agreements import`)"
        )
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
@format_option()
@click.option(
    "--candidates", is_flag=True, help="List agreements reports name that the catalogue lacks."
)
@click.pass_context
def agreements(
    ctx: click.Context,
    kb_dirs: tuple[str, ...],
    db: str | None,
    fmt: str,
    as_json: bool,
    candidates: bool,
) -> None:
    """List the catalogue: built-in agreements, --kb folders and those imported in the archive.

    With --candidates: the review queue of agreements reports name but the catalogue lacks.
    """
    if ctx.invoked_subcommand is not None:
        return
    fmt = chosen(fmt, as_json)
    try:
        dirs = [Path(d) for d in kb_dirs]
        if candidates:
            _print_candidates(_archive_candidates(db, dirs), fmt)
            return
        found = list_agreements(dirs, db=db)
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    assessed = _stored_assessments(db)
    if fmt == "json":
        data = [catalogue_entry(a) for a in found]
        for item in data:
            if item["id"] in assessed:
                item["status"] = assessed[str(item["id"])].status
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    rows = [
        (a.id, a.kind, a.name, ", ".join(a.countries), f"{a.valid_from} .. {a.valid_to or 'open'}",
         ", ".join(a.guarantors), len(a.zones), _status(assessed.get(a.id)))
        for a in found
    ]  # fmt: skip
    columns = ("id", "kind", "name", "countries", "in force", "guarantors", "zones", "status")
    emit(columns, rows, fmt)


def _stored_assessments(db: str | None) -> dict[str, Assessment]:
    store = archive_if_any(db)
    if store is None:
        return {}
    try:
        return {a.id: a for a in store.assessments()}
    finally:
        store.close()


def _status(a: Assessment | None) -> str:
    return f"{a.status} as of {a.status_date or '-'}" if a else "not assessed"


def catalogue_entry(a: Agreement) -> dict[str, object]:
    """An agreement as ``agreements --format json`` lists it (zones without their geometry)."""
    item = a.model_dump(mode="json", exclude={"zones"})
    item["pax_id"] = a.pa_x_id
    item["zones"] = [z.model_dump(mode="json", exclude=_GEOMETRY) for z in a.zones]
    return item


def _archive_candidates(db: str | None, dirs: Sequence[Path]) -> list[AgreementCandidate]:
    from ceasewatch.archive import mention_articles
    from ceasewatch.assess import candidates

    store = open_archive(db)
    try:
        known = list_agreements(dirs, store=store)
        mentions = store.agreement_mentions()
        return candidates(
            mentions, known, articles=mention_articles(store, mentions), stories=store.story_ids()
        )
    finally:
        store.close()


def _print_candidates(found: Sequence[AgreementCandidate], fmt: str) -> None:
    rows = [
        (c.name, c.kind, c.mentions, c.stories, c.first_seen or "?", c.last_seen or "?",
         (c.quotes[0].text if c.quotes else "")[:120])
        for c in found
    ]  # fmt: skip
    records = [c.model_dump(mode="json") for c in found]
    columns = ("candidate", "kind", "mentions", "stories", "first seen", "last seen", "quote")
    emit(columns, rows, fmt, records)
    if not found and fmt == "table":
        click.echo("No candidates: every agreement the reports name is in the catalogue.")


@agreements.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@kb_option
@db_option
def import_command(file: Path, kb_dirs: tuple[str, ...], db: str | None) -> None:
    """Validate a YAML file of agreements and store it in the archive beside the built-in ones.

    A file with any problem is refused whole, each problem with its line; nothing stored changes.
    """
    from ceasewatch.assess.status import describe_basis
    from ceasewatch.knowledge.agreements import read_agreement_file
    from ceasewatch.reassess import catalogue, reassess
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
    "--format", "fmt", type=click.Choice(["text", "json", "csv", "plain"]), default="text",
    show_default=True, help="text for reading; json; csv (one row per verdict, with a header); "
    "plain (the same rows tab-separated, no header).",
)  # fmt: skip
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
    from ceasewatch.assess.status import series
    from ceasewatch.reassess import catalogue
    from ceasewatch.store.base import EventQuery

    dirs = [Path(d) for d in kb_dirs]
    try:
        actors = load_actors(dirs)
        store = open_archive(db)
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
        return
    table_rows = [[row[c] for c in SERIES_COLUMNS] for row in rows]
    emit(SERIES_COLUMNS, table_rows, "table" if fmt == "text" else fmt)


def _print(result: Assessment, events: Sequence[Event], fmt: str) -> None:
    if fmt == "json":
        click.echo(result.model_dump_json(indent=2))
        return
    if fmt == "csv":
        from ceasewatch.export import csv_text

        text = csv_text(verdict_rows(result, events), CSV_COLUMNS, numeric={"event_date"})
        click.echo(text, nl=False)
        return
    if fmt == "plain":
        rows = verdict_rows(result, events)
        emit(CSV_COLUMNS, [[r[c] for c in CSV_COLUMNS] for r in rows], fmt)
        return
    from rich.console import Console
    from rich.markup import escape

    from ceasewatch.assess.status import describe_basis
    from ceasewatch.cli.output import new_table

    console = Console()
    console.print(
        f"[bold]{escape(result.name)}[/] ({result.id}): {result.status} as of "
        f"{result.status_date or 'no dated events'}"
    )
    if result.basis is not None:
        console.print(escape(describe_basis(result.basis)))
    counts = Counter(v.verdict for v in result.verdicts)
    console.print(", ".join(f"{k}: {n}" for k, n in sorted(counts.items())) or "no events")
    table = new_table("date", "status", "score", "why", "evidence")
    for p in result.timeline:
        table.add_row(
            str(p.date), p.status, f"{p.score:g}", escape(p.reason), ", ".join(p.evidence)
        )
    console.print(table)
    for c in result.claims:
        console.print(f"claim by {escape(c.claimed_by or 'unknown')}: {escape(c.text)}")


def _empty(agreement: Agreement, end: dt.date | None) -> Assessment:
    """No archived event in scope: nothing to say, and the status says so."""
    from ceasewatch.model import Assessment

    return Assessment(id=agreement.id, name=agreement.name, status="no evidence", status_date=end)


__all__ = ["assess_archived", "catalogue_entry", "list_agreements", "series_rows", "verdict_rows"]
