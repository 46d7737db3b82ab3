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
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ceasewatch.cli.app import db_option, kb_option, main
from ceasewatch.errors import CeasewatchError
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import Actor
from ceasewatch.resolve.review import UnresolvedName, unresolved_names


def _kb(kb_dirs: tuple[str, ...]) -> ActorKB:
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
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
def actors(
    query: str | None, unresolved: bool, db: str | None, kb_dirs: tuple[str, ...], as_json: bool
) -> None:
    """Search the actor knowledge base by name or alias, or list unresolved names."""
    if unresolved:
        _show_unresolved(list_unresolved(db, query, kb_dirs), as_json)
        return
    kb = _kb(kb_dirs)
    found = kb.search(query) if query else sorted(kb, key=lambda a: a.name.casefold())
    if as_json:
        _echo_json([a.model_dump(mode="json") for a in found])
        return
    table = Table("id", "name", "type", "inter", "side")
    for a in found:
        table.add_row(escape(a.id), escape(a.name), a.type, str(a.inter), escape(a.side or ""))
    Console().print(table)
    if not found:
        click.echo(f"no actor matches {query!r}", err=True)
        sys.exit(1)


def list_unresolved(
    db: str | None, query: str | None = None, kb_dirs: tuple[str, ...] = ()
) -> list[UnresolvedName]:
    """Unresolved names of the archive at ``db`` (optionally those containing ``query``),
    without references that name nobody ("air strikes"), each with a hint from the KB."""
    from ceasewatch.store import open_store

    kb = _kb(kb_dirs)
    try:
        store = open_store(db)
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        names = unresolved_names(store.events(), kb)
    finally:
        store.close()
    if query:
        names = [n for n in names if query.casefold() in n.name.casefold()]
    return names


def _show_unresolved(names: list[UnresolvedName], as_json: bool) -> None:
    if as_json:
        _echo_json([dataclasses.asdict(n) for n in names])
        return
    table = Table("count", "name", "closest actor", "example")
    for n in names:
        example = escape(n.examples[0] if n.examples else "")
        closest = " or ".join(n.readings) or n.hint or ""  # an ambiguous name: its readings
        table.add_row(str(n.count), escape(n.name), escape(closest), example)
    Console().print(table)


@main.command()
@click.argument("actor_id")
@kb_option
@click.option("--json", "as_json", is_flag=True, help="JSON instead of text.")
def actor(actor_id: str, kb_dirs: tuple[str, ...], as_json: bool) -> None:
    """One actor: aliases, history (memberships, renamings), designations, sources."""
    kb = _kb(kb_dirs)
    found = kb.get(actor_id)
    if found is None:
        raise click.ClickException(
            f"no actor with id {actor_id!r}; search with `ceasewatch actors QUERY`"
        )
    if as_json:
        _echo_json(actor_record(kb, found))
        return
    Console(highlight=False).print(_describe(kb, found))


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
