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
    from ceasewatch.model import Agreement, Assessment, Event
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


def list_agreements(kb_dirs: Sequence[Path] = ()) -> list[Agreement]:
    """The built-in agreements and those of the ``--kb`` folders, validated."""
    return load_agreements(load_actors(kb_dirs), kb_dirs)


def assess_archived(
    store: Store,
    agreement_id: str,
    actors: ActorKB,
    agreements: Sequence[Agreement],
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Assessment:
    """Assess one agreement against the archived events (and the pre-agreement baseline).

    ``agreement_id`` is a known agreement or one the archived reports propose (the ``proposed-``
    ids the desk lists beside the known ones)."""
    from ceasewatch.settings import setting
    from ceasewatch.store.base import EventQuery

    agreement = next((a for a in agreements if a.id == agreement_id), None)
    if agreement is None:
        result = _assess_proposed(store, agreement_id, actors, agreements, end)
    else:
        # Events from the baseline period on, so that the status can compare with "before".
        days = int(setting("assess.baseline_days"))
        baseline_start = agreement.valid_from - dt.timedelta(days=days)
        first = min(start, baseline_start) if start else baseline_start
        events = store.events(EventQuery(start=first, end=end))
        found = [
            a for a in _assess(store, events, actors, [agreement], end) if a.id == agreement.id
        ]
        result = found[0] if found else _empty(agreement, end)
    if start is None:
        return result
    shown = {e.id for e in store.events(EventQuery(start=start, end=end))}
    return result.model_copy(
        update={"verdicts": tuple(v for v in result.verdicts if v.event_id in shown)}
    )


def _assess(
    store: Store,
    events: Sequence[Event],
    actors: ActorKB,
    agreements: Sequence[Agreement],
    end: dt.date | None,
) -> list[Assessment]:
    from ceasewatch.archive import mention_articles
    from ceasewatch.assess import assess

    mentions = store.agreement_mentions()
    articles = mention_articles(store, mentions)
    return assess(events, mentions, agreements, actors, as_of=end, articles=articles)


def _assess_proposed(
    store: Store,
    agreement_id: str,
    actors: ActorKB,
    agreements: Sequence[Agreement],
    end: dt.date | None,
) -> Assessment:
    """An agreement the reports propose exists only through its mentions: assess it the way
    ``reassess_archive`` (and so the desk) does, over every archived event up to ``end``."""
    from ceasewatch.store.base import EventQuery

    results = _assess(store, store.events(EventQuery(end=end)), actors, agreements, end)
    proposed = {a.id: a for a in results if a.proposed}
    if agreement_id in proposed:
        return proposed[agreement_id]
    known = ", ".join([*(a.id for a in agreements), *sorted(proposed)])
    raise NotFoundError(f"no agreement {agreement_id!r} (known: {known})")


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


@main.command()
@db_option
@kb_option
@format_option()
def agreements(db: str | None, kb_dirs: tuple[str, ...], fmt: str, as_json: bool) -> None:
    """List the known agreements (built in, and from --kb folders) and, as the desk does, the
    status of each in the archive (--db, else the default archive when there is one) with the
    agreements its reports propose."""
    try:
        found = list_agreements([Path(d) for d in kb_dirs])
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    assessed = _stored_assessments(db)
    fmt = chosen(fmt, as_json)
    if fmt == "json":
        data = [a.model_dump(mode="json", exclude={"zones"}) for a in found]
        for item, a in zip(data, found, strict=True):
            item["zones"] = [z.model_dump(mode="json", exclude=_GEOMETRY) for z in a.zones]
        data += [_proposed_record(a) for a in assessed.values() if a.proposed]
        for item in data:
            if item["id"] in assessed:
                item["status"] = assessed[item["id"]].status
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    rows = [
        (a.id, a.kind, a.name, f"{a.valid_from} .. {a.valid_to or 'open'}",
         ", ".join(a.guarantors), len(a.zones), _status(assessed.get(a.id)))
        for a in found
    ] + [
        (a.id, "proposed", a.name, "", "", 0, _status(a)) for a in assessed.values() if a.proposed
    ]  # fmt: skip
    columns = ("id", "kind", "name", "in force", "guarantors", "zone versions", "status")
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


def _proposed_record(a: Assessment) -> dict[str, object]:
    return {"id": a.id, "name": a.name, "kind": "proposed", "proposed": True}


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
@db_option
@kb_option
def assess_command(
    agreement_id: str,
    start: dt.datetime | None,
    end: dt.datetime | None,
    fmt: str,
    db: str | None,
    kb_dirs: tuple[str, ...],
) -> None:
    """Verdicts and status of one agreement over the archived events: a known one, or one the
    archived reports propose (ids as `ceasewatch agreements --db` lists them).

    Without --from/--to the assessment is also saved in the archive (replacing the last one).
    """
    from ceasewatch.store.base import EventQuery

    dirs = [Path(d) for d in kb_dirs]
    store = open_archive(db)
    try:
        actors = load_actors(dirs)
        known = load_agreements(actors, dirs)
        first, last = (start.date() if start else None), (end.date() if end else None)
        result = assess_archived(store, agreement_id, actors, known, first, last)
        if first is None and last is None:
            store.save_assessments([result])
        events = store.events(EventQuery(start=first, end=last))
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    _print(result, events, fmt)


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

    from ceasewatch.cli.output import new_table

    console = Console()
    console.print(
        f"[bold]{escape(result.name)}[/] ({result.id}): {result.status} as of "
        f"{result.status_date or 'no dated events'}"
    )
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
    """No archived event in force: the agreement holds for want of any breach on record."""
    from ceasewatch.model import Assessment

    return Assessment(id=agreement.id, name=agreement.name, status="holding", status_date=end)


__all__ = ["assess_archived", "list_agreements", "verdict_rows"]
