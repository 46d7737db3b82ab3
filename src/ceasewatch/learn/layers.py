"""An export's actors and places as knowledge layers the pipeline already reads.

- ``kb/actors/learned.yaml``: the actors, in the format of the built-in actor files (loadable
  with ``--kb``): name, type and inter code (the export's ``inter1``/``inter2``), country (the
  country of most rows that name it), aliases and the export as the source.
- ``gazetteer.tsv``: the places coded at precision 1 (the point is the named place itself), in
  the GeoNames table format that ``--gazetteer`` imports, admin names in the admin columns.

Aliases are mined conservatively: a name without ACLED's period suffix ("Police Forces of Kenya
(2022-)" -> "Police Forces of Kenya"), and an abbreviation the notes write in brackets right
after the full name ("... Somali National Army (SNA) ..."). A country suffix ("Civilians
(Kenya)") is never stripped: "Civilians" alone would denote every country's civilians.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

from ceasewatch.knowledge.countries import country_named
from ceasewatch.learn.acled import Row
from ceasewatch.model import ACTOR_TYPES

INTER_TO_TYPE = {code: name for name, code in ACTOR_TYPES.items()}
PERIOD_SUFFIX = re.compile(r"\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)\s*$")
# Learned places get GeoNames-shaped ids far above GeoNames' own (about 13 million in 2026).
PLACE_ID_BASE = 1_900_000_000


def actor_type(inter: str | None) -> str | None:
    """An export's inter value as an actor type: a code ("3") or the type in words
    ("Political militia", as newer exports write it); None when it is neither."""
    if not inter:
        return None
    text = inter.strip()
    if text.isdigit():
        return INTER_TO_TYPE.get(int(text))
    return text.lower() if text.lower() in ACTOR_TYPES else None


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80]


def actor_layer(
    rows: Iterable[Row], source: str, known: Callable[[str], bool] = lambda _name: False
) -> tuple[list[dict[str, object]], int, int]:
    """The actors of ``rows`` as entries of an ``actors:`` file, the number of names left out
    because no row gave their type, and the number left out because ``known`` (the built-in
    knowledge base) already has an actor of that name: a second actor of the same name would
    make the name ambiguous where the built-in entry carries more (sides, memberships, dates).
    Aliases ``known`` already has are dropped for the same reason."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    notes: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for name, inter, _role in row.actors:
            kind = actor_type(inter)
            types[name].update([kind] if kind else [])
            countries[name].update([row.country] if row.country else [])
            notes[name].append(row.notes)
    actors, untyped, already = [], 0, 0
    for name in sorted(types):
        if not types[name]:
            untyped += 1
        elif known(name):
            already += 1
        else:
            aliases = [a for a in mined_aliases(name, notes[name]) if not known(a)]
            actors.append(_actor(name, aliases, types[name], countries[name], notes[name], source))
    return actors, untyped, already


def _actor(
    name: str,
    aliases: list[str],
    types: Counter[str],
    countries: Counter[str],
    notes: list[str],
    source: str,
) -> dict[str, object]:
    kind = types.most_common(1)[0][0]
    entry: dict[str, object] = {"id": f"learned-{slug(name)}", "name": name}
    if aliases:
        entry["aliases"] = aliases
    entry["type"] = kind
    entry["inter"] = ACTOR_TYPES[kind]
    country = countries.most_common(1)[0][0] if countries else None
    found = country_named(country) if country else None
    if found is not None:
        entry["country"] = found.alpha2
    entry["description"] = f"Learned from an export: {len(notes)} row(s) name this actor."
    entry["sources"] = [source]
    return entry


def mined_aliases(name: str, notes: list[str]) -> list[str]:
    aliases: list[str] = []
    bare = PERIOD_SUFFIX.sub("", name)
    if bare != name and bare:
        aliases.append(bare)
    pattern = re.compile(re.escape(bare) + r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")
    counts = Counter(m.group(1) for text in notes for m in pattern.finditer(text))
    aliases.extend(abbr for abbr, _n in counts.most_common() if abbr.upper() == abbr)
    return list(dict.fromkeys(a for a in aliases if a != name))


def write_actor_layer(actors: list[dict[str, object]], folder: Path, source: str) -> Path:
    path = folder / "actors" / "learned.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (
        f"# Actors learned from {source} by `ceasewatch train`.\n"
        "# Names, types and countries as the export codes them; aliases mined from its notes.\n"
    )
    body = yaml.safe_dump({"actors": actors}, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(header + body, encoding="utf-8")
    return path


def place_rows(rows: Iterable[Row]) -> tuple[list[str], int]:
    """GeoNames-table lines for the precision-1 places of ``rows`` (one per name and admin
    area, at the median of the points coded for it), and how many coded rows were left out
    because their point is not the named place (precision 2 or 3)."""
    points: dict[tuple[str, str, str, str, str], list[tuple[float, float]]] = defaultdict(list)
    imprecise = 0
    for row in rows:
        if row.location is None or row.point is None:
            continue
        if row.geo_precision not in (None, 1):
            imprecise += 1
            continue
        found = country_named(row.country) if row.country else None
        admin1, admin2, admin3 = (a or "" for a in row.admin)
        key = (row.location, admin1, admin2, admin3, found.alpha2 if found else "")
        points[key].append(row.point)
    lines = []
    for n, (key, coords) in enumerate(sorted(points.items())):
        lat = statistics.median(p[0] for p in coords)
        lon = statistics.median(p[1] for p in coords)
        name, admin1, admin2, admin3, country = key
        cols = [str(PLACE_ID_BASE + n), name, name, "", f"{lat:.5f}", f"{lon:.5f}", "P", "PPL"]
        cols += [country, "", admin1, admin2, admin3, "", "", "", "", "", ""]
        lines.append("\t".join(c.replace("\t", " ") for c in cols))
    return lines, imprecise
