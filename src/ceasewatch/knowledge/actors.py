"""The actor knowledge base: YAML files of canonical actors, loaded, validated and queried by date.

Files live in ``knowledge/data/actors/*.yaml`` (built in) and in any folder passed with
``--kb DIR`` (merged over the built-in one: an entry with the same id replaces it). The file
format is described in docs/KNOWLEDGE.md.

Loading refuses a knowledge base with any problem and lists all of them at once, each naming
file, line and field: YAML syntax, schema errors, an unknown actor type or an inter code that
does not follow from it, duplicate ids within one folder, and dangling references (a membership
parent, renaming successor or ``refers_to`` target that is not in the merged knowledge base).

Time: an actor's history is in its memberships, renamings and designations. A designation
follows the organisation under its later names: a listing of Jabhat al-Nusra applies to Jabhat
Fatah al-Sham and Hayat Tahrir al-Sham, as the UN 1267 list treats them (renamings of kind
"renamed" or "merged" carry designations forward; "split" and "dissolved" do not).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ceasewatch.errors import KnowledgeError
from ceasewatch.knowledge import conventions
from ceasewatch.knowledge.actor_names import normalize_name, skeleton
from ceasewatch.knowledge.descriptors import KIND as DESCRIPTORS
from ceasewatch.knowledge.descriptors import DescriptorFile, Descriptors, read_descriptor_file
from ceasewatch.knowledge.files import KINDS, files_of, kb_files, line_of, stray_files
from ceasewatch.model import ACTOR_TYPES, Actor, Designation, Membership

DATA_DIR = Path(__file__).parent / "data" / "actors"
# libyaml's safe loader when built in: the same documents, a tenth of the time
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Renaming kinds after which the successor is the same organisation (designations carry over,
# and an old name used later denotes the successor).
CONTINUING_KINDS = ("renamed", "merged")
# The field path an entry-wide check names at the start of its message ("aliases.2 ...")
_FIELD = re.compile(r"^(\w+(?:\.\d+)*)\b")


@dataclass(frozen=True)
class HeldDesignation:
    """A designation that applies to an actor, and the actor of its lineage that was listed."""

    actor_id: str  # the actor the designation was made against (the actor itself or a predecessor)
    designation: Designation


@dataclass(frozen=True)
class NameMatch:
    """An actor a name can denote, and whether the name is its canonical name or an alias."""

    actor: Actor
    method: str  # "exact" (canonical name) or "alias"
    # The countries a scoped alias names the actor in (``Actor.alias_countries``); None: any
    countries: tuple[str, ...] | None = None

    def names_in(self, country: str | None) -> bool:
        """Does the name denote the actor in a report about ``country``? A scoped alias does
        only in its countries; in a report of unknown country it reads as any alias (a short
        note's country is often known only once its place is: "IDF raid on Jenin camp")."""
        return self.countries is None or country is None or country in self.countries


class ActorKB:
    """Canonical actors by id, with name indexes and date-aware history queries."""

    def __init__(
        self,
        actors: Iterable[Actor],
        *,
        descriptors: Descriptors | None = None,
        roles: dict[tuple[str, str], list[str]] | None = None,
        made: Iterable[str] = (),
    ) -> None:
        self.actors: dict[str, Actor] = {a.id: a for a in actors}
        # owner words, unit nouns and filler words ("Russian jets"): see knowledge.descriptors
        self.descriptors = descriptors or Descriptors()
        # (role, ISO country) -> actor ids, oldest first: ACLED's per-country names
        # ("Military Forces of Sudan (2019-)"), see knowledge.conventions
        self.roles: dict[tuple[str, str], list[str]] = dict(roles or {})
        # ids of the actors made from those conventions: matched by exact name only (their
        # names differ in one short word, "Nuba"/"Luba", where spelling slips are no evidence)
        self.made: frozenset[str] = frozenset(made)
        self._by_name: dict[str, list[NameMatch]] = {}
        self._by_skeleton: dict[str, list[str]] = {}
        # successor id -> [(predecessor id, date it was renamed or merged into the successor)]
        self._predecessors: dict[str, list[tuple[str, dt.date]]] = {}
        # parent id -> ids of the actors with any membership of it, in ``actors`` order: the few
        # ``members_on`` tests instead of every actor (resolve asks on each branch look-up)
        self._members: dict[str, list[str]] = {}
        for actor in self.actors.values():
            self._index(actor)

    def _index(self, actor: Actor) -> None:
        scoped = {normalize_name(n) for n in actor.alias_countries}
        unscoped = {
            normalize_name(n)
            for n in (actor.name, *actor.aliases)
            if n not in actor.alias_countries
        }
        for i, name in enumerate((actor.name, *actor.aliases)):
            key = normalize_name(name)
            # one entry per actor and name; a spelling written both plain and scoped is plain
            countries = actor.scope_of(name) if key not in unscoped else None
            matches = self._by_name.setdefault(key, [])
            if all(m.actor.id != actor.id for m in matches):
                matches.append(NameMatch(actor, "exact" if i == 0 else "alias", countries))
            if key in scoped and key not in unscoped:
                continue  # an acronym of one country is never a spelling to match fuzzily
            ids = self._by_skeleton.setdefault(skeleton(name), [])
            if actor.id not in ids:
                ids.append(actor.id)
        for renaming in actor.renamings:
            if renaming.kind in CONTINUING_KINDS:
                entry = (actor.id, renaming.date)
                self._predecessors.setdefault(renaming.successor, []).append(entry)
        for membership in actor.memberships:
            members = self._members.setdefault(membership.parent, [])
            if actor.id not in members:
                members.append(actor.id)

    # --- plain access ----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def names(self) -> dict[str, list[str]]:
        """Every name and alias (as written) -> the ids it can denote."""
        index: dict[str, list[str]] = {}
        for actor in self.actors.values():
            for name in (actor.name, *actor.aliases):
                ids = index.setdefault(name, [])
                if actor.id not in ids:
                    ids.append(actor.id)
        return index

    def lookup(self, name: str) -> list[NameMatch]:
        """Actors whose canonical name or alias equals ``name`` once normalised."""
        return list(self._by_name.get(normalize_name(name), ()))

    def lookup_skeleton(self, name: str) -> list[Actor]:
        """Actors with a name spelled differently but transliterated alike (Jaysh/Jaish...)."""
        ids = self._by_skeleton.get(skeleton(name), ())
        return [self.actors[i] for i in ids if i not in self.made]

    def skeletons(self) -> dict[str, list[str]]:
        """Transliteration skeleton of every name -> ids, for fuzzy matching (actors made from
        the naming conventions are matched by exact name only and are left out)."""
        out = {
            key: [i for i in ids if i not in self.made] for key, ids in self._by_skeleton.items()
        }
        return {key: ids for key, ids in out.items() if ids}

    def search(self, query: str) -> list[Actor]:
        """Actors whose id, name or an alias contains ``query`` (normalised), name order."""
        needle, key = normalize_name(query), skeleton(query)
        found = [
            a
            for a in self.actors.values()
            if needle in a.id
            or any(
                needle in normalize_name(n) or (key and key in skeleton(n))
                for n in (a.name, *a.aliases)
            )
        ]
        return sorted(found, key=lambda a: a.name.casefold())

    # --- time ------------------------------------------------------------------------------

    def successor_on(self, actor_id: str, on: dt.date) -> str:
        """The id an organisation had on ``on``: follows renamings and mergers dated up to then."""
        seen = {actor_id}
        current = actor_id
        while True:
            actor = self.actors[current]
            moves = [r for r in actor.renamings if r.kind in CONTINUING_KINDS and r.date <= on]
            if not moves:
                return current
            nxt = min(moves, key=lambda r: r.date).successor
            if nxt in seen:  # refused at load time; kept as a guard against hand-built KBs
                return current
            seen.add(nxt)
            current = nxt

    def predecessors(self, actor_id: str, on: dt.date | None = None) -> list[str]:
        """Every actor renamed or merged into ``actor_id``, directly or not, oldest first;
        with ``on``, only those renamed or merged on or before that day."""
        out: list[str] = []
        for pred, date in self._predecessors.get(actor_id, ()):
            if on is not None and date > on:
                continue
            for earlier in self.predecessors(pred, on):
                if earlier not in out:
                    out.append(earlier)
            if pred not in out:
                out.append(pred)
        return out

    def lineage(self, actor_id: str) -> list[Actor]:
        """Predecessors, the actor, then its successors (renamed/merged), oldest first."""
        chain = [*self.predecessors(actor_id), actor_id]
        current = actor_id
        while True:
            moves = [r for r in self.actors[current].renamings if r.kind in CONTINUING_KINDS]
            if not moves or moves[0].successor in chain:
                break
            current = moves[0].successor
            chain.append(current)
        return [self.actors[i] for i in chain]

    def active_on(self, actor_id: str, on: dt.date) -> bool:
        """Did the actor exist under this identity on ``on`` (founded, not renamed/dissolved)?"""
        actor = self.actors[actor_id]
        if actor.founded is not None and on < actor.founded:
            return False
        if actor.dissolved is not None and on >= actor.dissolved:
            return False
        return self.successor_on(actor_id, on) == actor_id

    def memberships_on(self, actor_id: str, on: dt.date) -> list[Membership]:
        """The actor's memberships valid on ``on`` (open-ended dates count as valid)."""
        return [m for m in self.actors[actor_id].memberships if _within(on, m.start, m.end)]

    def parents_on(self, actor_id: str, on: dt.date, *, transitive: bool = False) -> list[str]:
        """Ids of the brands/coalitions/commands the actor belonged to on ``on``."""
        out: list[str] = []
        todo = [m.parent for m in self.memberships_on(actor_id, on)]
        while todo:
            parent = todo.pop(0)
            if parent in out:
                continue
            out.append(parent)
            if transitive:
                todo.extend(m.parent for m in self.memberships_on(parent, on))
        return out

    def members_on(self, parent_id: str, on: dt.date) -> list[str]:
        """Ids of the actors that were members of ``parent_id`` on ``on`` (direct members)."""
        return [a for a in self._members.get(parent_id, ()) if parent_id in self.parents_on(a, on)]

    def operates_in(
        self, actor_id: str, country: str, on: dt.date | None, text: str | None = None
    ) -> bool:
        """Does the actor fight in ``country`` on ``on``: its own country, or a country of
        operation (``Actor.operates``) valid then. An operation confined to named areas counts
        only when ``text`` names one of them (an operation in the actor's own country with
        areas confines it there too: the Caucasus branch is not the branch of all Russia)."""
        actor = self.actors[actor_id]
        entries = [o for o in actor.operates if o.country == country]
        if not entries:
            return actor.country == country
        for entry in entries:
            if on is not None and not _within(on, entry.start, entry.end):
                continue
            if not entry.areas or (text is not None and _names_any(text, entry.areas)):
                return True
        return False

    def branch_in(
        self, parent_id: str, country: str, on: dt.date | None, text: str | None = None
    ) -> Actor | None:
        """The one member of the movement ``parent_id`` fighting in ``country`` on ``on``
        ("Islamic State" in a Pakistani report is its Khorasan Province, "al Qaeda" in Burkina
        Faso JNIM): concrete members active then, of that country first, else operating there
        (``operates_in``, with ``text`` for operations confined to areas); None when none or
        several fit."""
        day = on or dt.date.today()
        members = [
            self.actors[m]
            for m in self.members_on(parent_id, day)
            if not self.actors[m].generic and self.active_on(m, day)
        ]
        fits = [m for m in members if self.operates_in(m.id, country, day, text)]
        home = [m for m in fits if m.country == country]
        fits = home or fits
        return fits[0] if len(fits) == 1 else None

    def designations_on(
        self, actor_id: str, on: dt.date, authority: str | None = None
    ) -> list[HeldDesignation]:
        """Designations in force on ``on`` for the actor or a predecessor renamed or merged into
        it by then (a group that merges in later does not pass on its listing retroactively)."""
        held: list[HeldDesignation] = []
        for holder in (*self.predecessors(actor_id, on), actor_id):
            for d in self.actors[holder].designations:
                if authority is not None and d.authority.casefold() != authority.casefold():
                    continue
                if _within(on, d.start, d.end):
                    held.append(HeldDesignation(holder, d))
        return held

    def designated(self, actor_id: str, authority: str, on: dt.date) -> bool:
        """Was the actor (under this or an earlier name) designated by ``authority`` on ``on``?"""
        return bool(self.designations_on(actor_id, on, authority))

    def candidates_on(self, name: str, on: dt.date | None) -> list[NameMatch]:
        """What ``name`` could denote on ``on``, best first.

        A name of an organisation that was renamed before ``on`` denotes its successor on that
        date (a 2018 report's "Jabhat al-Nusra" is Hayat Tahrir al-Sham); actors not founded yet
        or already dissolved drop out. Concrete actors come before generic ones, canonical names
        before aliases.
        """
        out: list[NameMatch] = []
        for match in self.lookup(name):
            actor_id = match.actor.id if on is None else self.successor_on(match.actor.id, on)
            if on is not None and not self.active_on(actor_id, on):
                continue
            if all(m.actor.id != actor_id for m in out):
                method = match.method if actor_id == match.actor.id else "alias"
                out.append(NameMatch(self.actors[actor_id], method, match.countries))
        return sorted(out, key=lambda m: (m.actor.generic, m.method != "exact"))

    def reading(self, generic: Actor, country: str, on: dt.date | None) -> Actor | None:
        """What a generic actor denotes in a report about ``country`` on ``on``: its own
        ``refers_to`` first, then the role it is read as (``government troops`` are the
        country's military of the event date), else None."""
        target = generic.refers_to.get(country)
        if target is not None and target in self.actors:
            now = target if on is None else self.successor_on(target, on)
            if on is None or self.active_on(now, on):
                return self.actors[now]
        for role in self.descriptors.roles.values():
            if generic.id in role.reads and country not in role.keep.get(generic.id, ()):
                return self.role_actor(role.role, country, on)
        return None

    def role_actor(self, role: str, country: str, on: dt.date | None) -> Actor | None:
        """The actor of ``role`` in ``country`` active on ``on`` (undated: the current one)."""
        actors = [self.actors[i] for i in self.roles.get((role, country), ()) if i in self.actors]
        if on is None:
            current = [a for a in actors if a.dissolved is None]
            return (current or actors)[-1] if actors else None
        return next((a for a in actors if self.active_on(a.id, on)), None)

    def resolve_name_on(
        self, name: str, on: dt.date | None, country: str | None = None
    ) -> Actor | None:
        """The actor ``name`` denoted on ``on`` in a report about ``country`` (see
        ``candidates_on``; a scoped alias only in its countries), or None."""
        found = [m for m in self.candidates_on(name, on) if m.names_in(country)]
        return found[0].actor if found else None


def _within(on: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or start <= on) and (end is None or on <= end)


def _names_any(text: str, areas: Sequence[str]) -> bool:
    folded = f" {normalize_name(text)} "
    return any(f" {normalize_name(a)} " in folded for a in areas)


# --- loading and validation ------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """An actor and where it was written, for problem messages."""

    actor: Actor
    path: Path
    node: yaml.Node

    def where(self, *loc: str | int) -> str:
        return f"{self.path}:{line_of(self.node, loc)}"


def _entry_nodes(path: Path, text: str) -> tuple[list[Any], list[yaml.Node]]:
    """The raw entries of a file and their YAML nodes (for line numbers)."""
    try:
        doc = yaml.load(text, Loader=LOADER)
        root = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise KnowledgeError(str(path), [f"{path}{line}: YAML syntax: {exc}"]) from exc
    if doc is None:
        return [], []
    if not isinstance(doc, dict) or not isinstance(doc.get("actors"), list):
        raise KnowledgeError(str(path), [f"{path}:1: top level must be a mapping with 'actors:'"])
    seq = next((v for k, v in getattr(root, "value", ()) if k.value == "actors"), None)
    if not isinstance(seq, yaml.SequenceNode):  # a dict doc always composes to a mapping node
        raise KnowledgeError(str(path), [f"{path}:1: 'actors:' must be a list"])
    return doc["actors"], list(seq.value)


def _validate_entry(path: Path, raw: Any, node: yaml.Node) -> tuple[_Entry | None, list[str]]:
    where = f"{path}:{node.start_mark.line + 1}"
    if not isinstance(raw, dict):
        return None, [f"{where}: an actor entry must be a mapping"]
    label = f"actor {raw.get('id', '?')!r}"
    actor_type = raw.get("type")
    if actor_type not in ACTOR_TYPES:
        line = line_of(node, ["type"])
        known = ", ".join(ACTOR_TYPES)
        return None, [f"{path}:{line}: {label}: type {actor_type!r} is not one of: {known}"]
    expected = ACTOR_TYPES[actor_type]
    if "inter" in raw and raw["inter"] != expected:
        line = line_of(node, ["inter"])
        msg = f"inter {raw['inter']!r} does not follow from type {actor_type!r} (it is {expected})"
        return None, [f"{path}:{line}: {label}: {msg}"]
    try:
        actor = Actor.model_validate({**raw, "inter": expected})
    except ValidationError as exc:
        return None, [_problem(path, node, label, err) for err in exc.errors()]
    return _Entry(actor, path, node), []


def _problem(path: Path, node: yaml.Node, label: str, err: Any) -> str:
    """One schema error as ``file:line: actor: field: message``. An error of the whole entry
    (a scoped alias, ``Actor._scoped_aliases``) names its field in its message: the line is
    that field's, so that "aliases.2" points at the alias written wrong."""
    loc = tuple(err["loc"])
    msg = str(err["msg"]).removeprefix("Value error, ")
    if not loc:
        field = _FIELD.match(msg)
        loc = (
            tuple(int(p) if p.isdigit() else p for p in field.group(1).split(".")) if field else ()
        )
        return f"{path}:{line_of(node, loc)}: {label}: {msg}"
    return f"{path}:{line_of(node, loc)}: {label}: {'.'.join(str(p) for p in loc)}: {msg}"


def _read_file(path: Path) -> list[_Entry]:
    """Every actor of one file; raises KnowledgeError listing every problem of the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), [f"{path}: cannot read: {exc}"]) from exc
    raws, nodes = _entry_nodes(path, text)
    entries: list[_Entry] = []
    problems: list[str] = []
    for raw, node in zip(raws, nodes, strict=True):
        entry, found = _validate_entry(path, raw, node)
        problems.extend(found)
        if entry is not None:
            entries.append(entry)
    if problems:
        raise KnowledgeError(str(path), problems)
    return entries


def _check_references(entries: dict[str, _Entry]) -> list[str]:
    """Dangling references, self-references, renaming cycles and inverted date ranges."""
    problems: list[str] = []
    for actor_id, entry in entries.items():
        actor = entry.actor
        for i, m in enumerate(actor.memberships):
            if m.parent not in entries or m.parent == actor_id:
                what = "is the actor itself" if m.parent == actor_id else "is not in the KB"
                where = entry.where("memberships", i, "parent")
                problems.append(
                    f"{where}: actor {actor_id!r}: memberships[{i}].parent {m.parent!r} {what}"
                )
            if m.start and m.end and m.end < m.start:
                where = entry.where("memberships", i)
                problems.append(
                    f"{where}: actor {actor_id!r}: memberships[{i}] ends before it starts"
                )
        for i, r in enumerate(actor.renamings):
            if r.successor not in entries or r.successor == actor_id:
                what = "is the actor itself" if r.successor == actor_id else "is not in the KB"
                where = entry.where("renamings", i, "successor")
                problems.append(
                    f"{where}: actor {actor_id!r}: renamings[{i}].successor {r.successor!r} {what}"
                )
        for i, d in enumerate(actor.designations):
            if d.end and d.end < d.start:
                where = entry.where("designations", i)
                problems.append(
                    f"{where}: actor {actor_id!r}: designations[{i}] ends before it starts"
                )
        for country, target in actor.refers_to.items():
            if target not in entries:
                where = entry.where("refers_to", country)
                problems.append(
                    f"{where}: actor {actor_id!r}: refers_to.{country} {target!r} is not in the KB"
                )
        if not actor.sources:
            problems.append(f"{entry.where('sources')}: actor {actor_id!r}: no sources")
    return problems + _renaming_cycles(entries)


def _renaming_cycles(entries: dict[str, _Entry]) -> list[str]:
    problems: list[str] = []
    for start in entries:
        seen, current = [start], start
        while True:
            nxt = [r.successor for r in entries[current].actor.renamings if r.successor in entries]
            if not nxt:
                break
            current = nxt[0]
            if current == start:
                problems.append(
                    f"{entries[start].where('renamings')}: actor {start!r}: renaming "
                    f"cycle {' -> '.join([*seen, start])}"
                )
                break
            if current in seen:
                break
            seen.append(current)
    return problems


def _files(folder: Path, kind: str) -> list[Path]:
    return files_of(folder, kind) if folder == DATA_DIR else kb_files(folder, kind)


def _read_descriptors(folder: Path, problems: list[str]) -> list[tuple[Path, DescriptorFile]]:
    found = []
    for path in _files(folder, DESCRIPTORS):
        try:
            found.append((path, read_descriptor_file(path)))
        except KnowledgeError as exc:
            problems.extend(exc.problems)
    return found


def _check_descriptors(
    files: list[tuple[Path, DescriptorFile]], entries: dict[str, _Entry]
) -> list[str]:
    problems = [
        f"{path}: descriptors: owner {owner.words[0]!r}: actor {actor_id!r} is not in the KB"
        for path, table in files
        for owner in table.owners
        for actor_id in (*owner.actors, *owner.within.values())
        if actor_id not in entries
    ]
    for path, table in files:
        for role in table.roles:
            where = f"{path}: descriptors: role {role.role!r}"
            if role.type not in ACTOR_TYPES:
                problems.append(f"{where}: type {role.type!r} is not an actor type")
            problems += [
                f"{where}: reads {i!r}, not in the KB" for i in role.reads if i not in entries
            ]
            if "{country}" not in role.name:
                problems.append(f"{where}: name {role.name!r} has no {{country}}")
    return problems


def load_actors(extra_dirs: Sequence[Path | str] = ()) -> ActorKB:
    """Load the built-in actors and descriptors, then each extra folder over them (same id
    replaces; see ``knowledge.descriptors`` for how descriptor tables merge).

    Raises KnowledgeError listing every problem found in every file.
    """
    folders = [DATA_DIR, *(Path(d) for d in extra_dirs)]
    merged: dict[str, _Entry] = {}
    descriptors: list[tuple[Path, DescriptorFile]] = []
    problems: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            problems.append(f"{folder}: not a folder")
            continue
        in_folder: dict[str, _Entry] = {}
        if folder != DATA_DIR:
            problems.extend(
                f"{p}: the top level must be a mapping keyed {' or '.join(KINDS)} (or move it into "
                "an actors/ or agreements/ sub-folder)"
                for p in stray_files(folder)
            )
        descriptors += _read_descriptors(folder, problems)
        for path in _files(folder, "actors"):
            try:
                entries = _read_file(path)
            except KnowledgeError as exc:
                problems.extend(exc.problems)
                continue
            for entry in entries:
                first = in_folder.get(entry.actor.id)
                if first is not None:
                    problems.append(
                        f"{entry.where('id')}: duplicate id {entry.actor.id!r} "
                        f"(first at {first.where('id')})"
                    )
                in_folder[entry.actor.id] = entry
                merged[entry.actor.id] = entry
    problems.extend(_check_references(merged))
    problems.extend(_check_descriptors(descriptors, merged))
    if problems:
        raise KnowledgeError(", ".join(str(f) for f in folders), problems)
    table = Descriptors.merge(t for _, t in descriptors)
    known = {i: e.actor for i, e in merged.items()}
    made = conventions.make(table, known)
    return ActorKB(
        [*known.values(), *made.actors],
        descriptors=table.with_owners(made.owners),
        roles=made.index,
        made=(a.id for a in made.actors),
    )


__all__ = ["CONTINUING_KINDS", "DATA_DIR", "ActorKB", "HeldDesignation", "NameMatch", "load_actors"]
