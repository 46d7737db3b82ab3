"""Actor commands: ``ceasewatch actors [QUERY] [--unresolved]`` and ``ceasewatch actor ID``.

Thin wrappers over ``ActorKB.search``, ``ActorKB`` history queries and
``ceasewatch.resolve.review.unresolved_names``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ceasewatch.cli.app import archive_if_any, db_option, kb_option, main, open_archive
from ceasewatch.cli.output import chosen, emit, format_option

# The knowledge base and the resolver are imported when a command runs: `--help` stays fast.
if TYPE_CHECKING:
    from ceasewatch.knowledge import ActorKB
    from ceasewatch.model import Actor
    from ceasewatch.resolve.review import UnresolvedName


def _kb(kb_dirs: tuple[str, ...]) -> ActorKB:
    from ceasewatch.errors import CeasewatchError
    from ceasewatch.knowledge import load_actors

    try:
        return load_actors([Path(d) for d in kb_dirs])
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@main.command()
@click.argument("query", required=False)
@click.option(
    "--unresolved", is_flag=True, help="List names in archived events that no actor matched."
)
@db_option
@kb_option
@format_option()
def actors(
    query: str | None,
    unresolved: bool,
    db: str | None,
    kb_dirs: tuple[str, ...],
    fmt: str,
    as_json: bool,
) -> None:
    """Search the actor knowledge base by name or alias, or list unresolved names."""
    fmt = chosen(fmt, as_json)
    if unresolved:
        _show_unresolved(list_unresolved(db, query, kb_dirs), fmt)
        return
    kb = _kb(kb_dirs)
    found = kb.search(query) if query else sorted(kb, key=lambda a: a.name.casefold())
    rows = [(a.id, a.name, a.type, a.inter, a.side or "") for a in found]
    records = [a.model_dump(mode="json") for a in found]
    emit(("id", "name", "type", "inter", "side"), rows, fmt, records)
    if not found:
        click.echo(f"no actor matches {query!r}", err=True)
        sys.exit(1)


def list_unresolved(
    db: str | None, query: str | None = None, kb_dirs: tuple[str, ...] = ()
) -> list[UnresolvedName]:
    """Unresolved names of the archive at ``db`` (optionally those containing ``query``),
    without references that name nobody ("air strikes"), each with a hint from the KB."""
    from ceasewatch.resolve.review import unresolved_names

    kb = _kb(kb_dirs)
    store = open_archive(db)
    try:
        names = unresolved_names(store.events(), kb)
    finally:
        store.close()
    if query:
        names = [n for n in names if query.casefold() in n.name.casefold()]
    return names


def _show_unresolved(names: list[UnresolvedName], fmt: str) -> None:
    # An ambiguous name shows its readings where a near miss shows the closest actor.
    rows = [
        (
            n.count,
            n.name,
            " or ".join(n.readings) or n.hint or "",
            n.examples[0] if n.examples else "",
        )
        for n in names
    ]
    records = [dataclasses.asdict(n) for n in names]
    emit(("count", "name", "closest actor", "example"), rows, fmt, records)


@main.command()
@click.argument("actor_id")
@db_option
@kb_option
@click.option("--json", "as_json", is_flag=True, help="JSON instead of text.")
def actor(actor_id: str, db: str | None, kb_dirs: tuple[str, ...], as_json: bool) -> None:
    """One actor: aliases, history (memberships, renamings), designations, sources, and its
    events in the archive (--db, else the default archive when there is one)."""
    kb = _kb(kb_dirs)
    found = kb.get(actor_id)
    if found is None:
        raise click.ClickException(
            f"no actor with id {actor_id!r}; search with `ceasewatch actors QUERY`"
        )
    archived = _archived_events(db, found.id)
    if as_json:
        _echo_json({**actor_record(kb, found), "archive": archived})
        return
    from rich.console import Console

    text = _describe(kb, found)
    if archived is not None:
        span = f" ({archived['first']} .. {archived['last']})" if archived["events"] else ""
        text += f"\nin the archive: {archived['events']} event(s){span}"
    Console(highlight=False).print(text)


def _archived_events(db: str | None, actor_id: str) -> dict[str, Any] | None:
    """How many archived events name the actor (any role), and their date span; None when
    there is no archive to read."""
    from ceasewatch.store import EventQuery

    store = archive_if_any(db)
    if store is None:
        return None
    try:
        events = [e for e in store.events(EventQuery(actor=actor_id)) if _names(e, actor_id)]
    finally:
        store.close()
    dates = sorted(e.event_date for e in events if e.event_date is not None)
    return {
        "events": len(events),
        "first": str(dates[0]) if dates else None,
        "last": str(dates[-1]) if dates else None,
    }


def _names(event: Any, actor_id: str) -> bool:
    refs = (event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2)
    return any(r is not None and r.id == actor_id for r in refs)


def actor_record(kb: ActorKB, actor: Actor) -> dict[str, Any]:
    """The actor as JSON-ready data, with its lineage and current memberships."""
    today = dt.date.today()
    return {
        **actor.model_dump(mode="json"),
        "lineage": [a.id for a in kb.lineage(actor.id)],
        "members": [m for m in kb.members_on(actor.id, today)],
        "designations_in_force": [
            {"held_by": h.actor_id, **h.designation.model_dump(mode="json")}
            for h in kb.designations_on(actor.id, today)
        ],
    }


def _describe(kb: ActorKB, a: Actor) -> str:
    from rich.markup import escape

    lines = [f"[bold]{escape(a.name)}[/bold]  ({escape(a.id)})"]
    lines.append(
        f"type: {a.type} (inter {a.inter})  side: {a.side or '-'}  country: {a.country or '-'}"
    )
    if a.generic:
        refers = ", ".join(f"{k} -> {v}" for k, v in a.refers_to.items()) or "-"
        lines.append(f"generic reference; in context: {escape(refers)}")
    if a.founded or a.dissolved:
        lines.append(f"active: {a.founded or '?'} - {a.dissolved or ''}")
    if a.aliases:
        lines.append("aliases: " + escape(", ".join(a.aliases)))
    if a.description:
        lines.append(escape(a.description))
    lineage = kb.lineage(a.id)
    if len(lineage) > 1:
        lines.append("lineage: " + " -> ".join(escape(x.name) for x in lineage))
    for m in a.memberships:
        lines.append(f"member of {escape(m.parent)}: {m.start or '?'} - {m.end or ''}")
    for r in a.renamings:
        lines.append(f"{r.kind} -> {escape(r.successor)} on {r.date}")
    for h in kb.designations_on(a.id, dt.date.today()) + _past(kb, a):
        via = f" (as {h.actor_id})" if h.actor_id != a.id else ""
        end = f" - {h.designation.end}" if h.designation.end else ""
        note = f": {escape(h.designation.note)}" if h.designation.note else ""
        lines.append(
            f"designated by {h.designation.authority}{via} from {h.designation.start}{end}{note}"
        )
    lines += [f"source: {escape(s)}" for s in a.sources]
    return "\n".join(lines)


def _past(kb: ActorKB, a: Actor) -> list[Any]:
    """Designations of the actor's lineage no longer in force today."""
    from ceasewatch.knowledge.actors import HeldDesignation

    today = dt.date.today()
    return [
        HeldDesignation(holder, d)
        for holder in (*kb.predecessors(a.id), a.id)
        for d in kb.actors[holder].designations
        if d.end is not None and d.end < today
    ]
