"""Agreements as data: ceasefires, truces, de-escalation and demilitarised zones, from cited YAML.

Files live in ``knowledge/data/agreements/*.yaml`` (built in) and in any folder passed with
``--kb DIR`` (merged over the built-in one: an entry with the same id replaces it). The format
is described in docs/AGREEMENTS.md. A zone version is drawn either as GeoJSON (inline
``geometry`` or ``geometry_file`` beside the YAML file) or from OCHA admin units
(``admin_units``, ``partial_units``: PCODEs), built through the admin polygons of
``ceasewatch.knowledge.admin``.

Loading refuses a file with any problem and lists all of them at once, each naming file, entry
and field: schema errors, an actor id the actor knowledge base does not know, a rule it cannot
read, an unknown conduct, an unknown PCODE, an invalid or self-intersecting polygon (with
shapely's explanation) and a validity window that ends before it starts.
"""

from __future__ import annotations

import importlib
import itertools
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

import shapely
import yaml
from pydantic import ValidationError
from shapely.affinity import affine_transform
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from ceasewatch.errors import CeasewatchError, KnowledgeError
from ceasewatch.knowledge.actors import ActorKB
from ceasewatch.knowledge.countries import country_by_code
from ceasewatch.knowledge.files import kb_files, yaml_in
from ceasewatch.model import ACTOR_TYPES, EVENT_TYPES, Agreement, PartyRule, ZoneVersion

DATA_DIR = Path(__file__).parent / "data" / "agreements"

# What an agreement may say it covers, as ACLED sub-event types. One table, so that "air
# strikes" means the same thing in every file.
CONDUCT: dict[str, tuple[str, ...]] = {
    "hostilities": EVENT_TYPES["Battles"] + EVENT_TYPES["Explosions/Remote violence"],
    "ground offensives": EVENT_TYPES["Battles"],
    "air strikes": ("Air/drone strike",),
    "shelling": ("Shelling/artillery/missile attack",),
    "attacks on civilians": EVENT_TYPES["Violence against civilians"],
    "territorial advances": (
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    ),
}
# Rule prefixes a PartyRule may use (see model.PartyRule).
RULE_KINDS = ("side", "designated", "type")


class AdminGeometry(Protocol):
    """What the loader needs from the admin polygons: one outline per PCODE, any level."""

    def geometry(self, pcode: str) -> BaseGeometry: ...


def load_agreements(
    actors: ActorKB,
    extra_dirs: Sequence[Path | str] = (),
    *,
    admin: AdminGeometry | None = None,
) -> list[Agreement]:
    """Load the built-in agreements, then each extra folder over them (same id replaces).

    ``admin`` draws zones given as PCODEs; by default the built-in OCHA polygons.
    """
    merged: dict[str, Agreement] = {}
    for path in [*yaml_in(DATA_DIR), *(p for d in extra_dirs for p in agreement_files(Path(d)))]:
        for agreement in read_agreement_file(path, actors, admin=admin):
            merged[agreement.id] = agreement
    return sorted(merged.values(), key=lambda a: (a.valid_from, a.id))


def agreement_files(kb_dir: Path) -> list[Path]:
    """Agreement files of a ``--kb`` folder (see ``knowledge.files``)."""
    return kb_files(kb_dir, "agreements")


def read_agreement_file(
    path: Path, actors: ActorKB, *, admin: AdminGeometry | None = None
) -> list[Agreement]:
    """One YAML file of agreements, validated; raises KnowledgeError listing every problem."""
    entries = _entries(path)
    nodes = _entry_nodes(path)
    agreements: list[Agreement] = []
    problems: list[str] = []
    for i, raw in enumerate(entries):
        node = nodes[i] if i < len(nodes) else None
        where = f"entry {i} ({raw.get('id', '?') if isinstance(raw, dict) else '?'})"
        if not isinstance(raw, dict):
            problems.append(f"line {_line(node, '')}: {where}: must be a mapping")
            continue
        built, found = _build(raw, path.parent, admin)
        if built is not None:
            found = [*found, *check_agreement(built, actors)]
            agreements.append(built)
        problems.extend(f"line {_line(node, p)}: {where}: {p}" for p in found)
    seen: dict[str, int] = {}
    for i, a in enumerate(agreements):
        if a.id in seen:
            problems.append(f"entry {i} ({a.id}): id: also used by entry {seen[a.id]}")
        seen.setdefault(a.id, i)
    if problems:
        raise KnowledgeError(str(path), problems)
    return agreements


def check_agreement(agreement: Agreement, actors: ActorKB) -> list[str]:
    """Problems of a parsed agreement against the actor KB; empty when it is sound."""
    problems: list[str] = []
    if agreement.valid_to is not None and agreement.valid_to < agreement.valid_from:
        problems.append(
            f"valid_to: {agreement.valid_to} is before valid_from {agreement.valid_from}"
        )
    rules = [(f"parties.{i}", r) for i, r in enumerate(agreement.parties)]
    for field, rule in [*rules, ("excluded", agreement.excluded)]:
        problems.extend(_rule_problems(field, rule, actors))
    unknown_conduct = [c for c in agreement.conduct if c not in CONDUCT]
    if unknown_conduct:
        problems.append(
            f"conduct: unknown {', '.join(unknown_conduct)} (known: {', '.join(CONDUCT)})"
        )
    for i, zone in enumerate(agreement.zones):
        problems.extend(f"zones.{i}.{p}" for p in _zone_problems(zone))
    problems.extend(_overlaps(agreement))
    unknown = [c for c in agreement.countries if country_by_code(c) is None]
    if unknown:  # ISO 3166-1's and the codes the sources use for countries ISO lacks (XK)
        problems.append(f"countries: not a country's alpha-2 code(s): {', '.join(unknown)}")
    return problems


def _overlaps(agreement: Agreement) -> list[str]:
    """Zone versions must follow each other: one drawing per day, never two."""
    problems = []
    order = sorted(enumerate(agreement.zones), key=lambda z: z[1].valid_from)
    for (i, a), (j, b) in itertools.pairwise(order):
        if a.valid_to is None or a.valid_to >= b.valid_from:
            end = a.valid_to or "open"
            problems.append(
                f"zones.{j}.valid_from: version {j} ({b.valid_from}..) overlaps version {i} "
                f"({a.valid_from}..{end}); end version {i} before {b.valid_from}"
            )
    return problems


def zone_shapes(zone: ZoneVersion) -> tuple[BaseGeometry | None, BaseGeometry | None]:
    """The zone version's outline and the outline of the units it covers only in part."""
    core = shape(zone.geometry) if zone.geometry else None
    partial = shape(zone.partial_geometry) if zone.partial_geometry else None
    return core, partial


def inner_band(zone: BaseGeometry, open_edges: BaseGeometry, depth_km: float) -> BaseGeometry:
    """The strip of ``zone`` within ``depth_km`` of its edge, except along ``open_edges``.

    How a demilitarised strip "15-20 km deep along the contact line" is drawn when only the
    zone is known: the contact line is the zone's edge minus the edges that face no enemy (an
    international border, a third party's area), given as ``open_edges``. Distances in km on a
    local equirectangular projection.
    """
    lat0 = zone.centroid.y
    kx = 111.32 * math.cos(math.radians(lat0))
    ky = 110.57
    to_km = [kx, 0.0, 0.0, ky, 0.0, 0.0]
    to_deg = [1 / kx, 0.0, 0.0, 1 / ky, 0.0, 0.0]
    zone_km = affine_transform(zone, to_km)
    # 0.5 km of slack, so that edges digitised slightly apart still count as shared.
    contact = zone_km.boundary.difference(affine_transform(open_edges, to_km).buffer(0.5))
    band = zone_km.intersection(contact.buffer(depth_km))
    return affine_transform(band, to_deg)


def default_admin() -> AdminGeometry | None:
    """The built-in OCHA polygons, or None when they cannot be loaded (zones then stay undrawn)."""
    try:
        # Imported by name: the admin module is optional for loading agreements drawn as GeoJSON.
        module = importlib.import_module("ceasewatch.knowledge.admin")
        areas: AdminGeometry = module.load_admin_areas()
    except (ImportError, AttributeError, CeasewatchError, OSError):
        return None
    return areas


# --- parsing ---------------------------------------------------------------------------------


def _entry_nodes(path: Path) -> list[Any]:
    """The YAML nodes of the entries, for line numbers (empty when unreadable)."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "agreements" and isinstance(value, yaml.SequenceNode):
            return list(value.value)
    return []


def _line(node: Any, problem: str) -> int | str:
    """1-based line of the field a problem names ("zones.0.valid_to: ..."), else its entry's."""
    if node is None:
        return "?"
    field_path = problem.split(":", 1)[0].split(" ", 1)[0]
    for part in field_path.split("."):
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            found = node.value[int(part)]
        else:
            found = None
        if found is None:
            break
        node = found
    return int(node.start_mark.line) + 1


def _entries(path: Path) -> list[Any]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), [f"not readable YAML: {exc}"]) from exc
    entries = doc.get("agreements") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise KnowledgeError(str(path), ["top level must be a mapping with an 'agreements' list"])
    return entries


def _build(
    raw: dict[str, Any], folder: Path, admin: AdminGeometry | None
) -> tuple[Agreement | None, list[str]]:
    """Draw the zones, then validate the entry against the model."""
    problems: list[str] = []
    data = dict(raw)
    zones = data.get("zones") or []
    if isinstance(zones, list):
        drawn = []
        for i, zone in enumerate(zones):
            zone_data, found = _draw_zone(zone, folder, admin)
            drawn.append(zone_data)
            problems.extend(f"zones.{i}.{p}" for p in found)
        data["zones"] = drawn
    try:
        return Agreement.model_validate(data), problems
    except ValidationError as exc:
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "(entry)"
            problems.append(f"{loc}: {err['msg']}")
        return None, problems


def _draw_zone(zone: Any, folder: Path, admin: AdminGeometry | None) -> tuple[Any, list[str]]:
    """Fill ``geometry``/``partial_geometry`` from a GeoJSON file or from PCODEs."""
    if not isinstance(zone, dict):
        return zone, []
    zone = dict(zone)
    problems: list[str] = []
    file_name = zone.pop("geometry_file", None)
    if file_name is not None:
        try:
            zone["geometry"] = _read_geojson(folder / str(file_name))
        except (OSError, ValueError) as exc:
            problems.append(f"geometry_file: cannot read {file_name}: {exc}")
    for units_key, geom_key in (("admin_units", "geometry"), ("partial_units", "partial_geometry")):
        units = zone.get(units_key) or []
        if units and zone.get(geom_key) is None:
            geom, found = _union_of_units(units, admin)
            problems.extend(f"{units_key}: {p}" for p in found)
            zone[geom_key] = geom
    return zone, problems


def _read_geojson(path: Path) -> dict[str, Any]:
    """A geometry from a GeoJSON file holding a geometry, a Feature or a FeatureCollection."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    kind = doc.get("type") if isinstance(doc, dict) else None
    if kind == "Feature":
        geometry: dict[str, Any] = doc["geometry"]
        return geometry
    if kind == "FeatureCollection":
        parts = [shape(f["geometry"]) for f in doc["features"]]
        merged: dict[str, Any] = mapping(shapely.union_all(parts))
        return merged
    if isinstance(kind, str):
        return dict(doc)
    raise ValueError("not a GeoJSON geometry, Feature or FeatureCollection")


def _union_of_units(
    units: Iterable[Any], admin: AdminGeometry | None
) -> tuple[dict[str, Any] | None, list[str]]:
    admin = admin if admin is not None else default_admin()
    if admin is None:
        return None, []  # no polygons available: the zone stays undrawn, events undetermined
    parts: list[BaseGeometry] = []
    unknown: list[str] = []
    for pcode in units:
        try:
            parts.append(admin.geometry(str(pcode)))
        except CeasewatchError:
            unknown.append(str(pcode))
    if unknown:
        return None, [f"unknown PCODE(s): {', '.join(unknown)}"]
    geometry: dict[str, Any] = mapping(shapely.union_all(parts))
    return geometry, []


# --- checks ----------------------------------------------------------------------------------


def _rule_problems(field: str, rule: PartyRule, actors: ActorKB) -> list[str]:
    problems: list[str] = []
    unknown = [a for a in rule.actors if a not in actors]
    if unknown:
        problems.append(f"{field}.actors: unknown actor id(s): {', '.join(unknown)}")
    for text in rule.rules:
        kind, _, value = text.partition(":")
        if kind not in RULE_KINDS or not value:
            problems.append(
                f"{field}.rules: cannot read {text!r} "
                f"(use {', '.join(k + ':VALUE' for k in RULE_KINDS)})"
            )
        elif kind == "type" and value not in ACTOR_TYPES:
            problems.append(f"{field}.rules: unknown actor type in {text!r}")
    return problems


def _zone_problems(zone: ZoneVersion) -> list[str]:
    problems: list[str] = []
    if zone.valid_to is not None and zone.valid_to < zone.valid_from:
        problems.append(f"valid_to: {zone.valid_to} is before valid_from {zone.valid_from}")
    for key, geometry in (("geometry", zone.geometry), ("partial_geometry", zone.partial_geometry)):
        if geometry is None:
            continue
        try:
            geom = shape(geometry)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            problems.append(f"{key}: not a GeoJSON geometry: {exc}")
            continue
        if geom.geom_type not in ("Polygon", "MultiPolygon"):
            problems.append(f"{key}: must be a Polygon or MultiPolygon, not {geom.geom_type}")
        elif not geom.is_valid:
            problems.append(f"{key}: invalid polygon: {explain_validity(geom)}")
    return problems


__all__ = [
    "CONDUCT",
    "DATA_DIR",
    "RULE_KINDS",
    "AdminGeometry",
    "agreement_files",
    "check_agreement",
    "default_admin",
    "inner_band",
    "load_agreements",
    "read_agreement_file",
    "zone_shapes",
]
