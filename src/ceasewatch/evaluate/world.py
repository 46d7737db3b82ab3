"""The world set (data/eval/world/world.jsonl): own-words wire reports from 71 countries.

Each report is fed exactly as a user would feed it: saved as a plain-text file and read through
ingest and clean (``pipeline.read_articles``), so the date and country come from the text
alone, never from the gold. Then extract, resolve and geocode run as in ``ceasewatch analyze``.

Per report with a gold event, a predicted event *matches* when its date is within
``DATE_WINDOW_DAYS`` of the gold date and its place is right (``place_ok``: within
``PLACE_KM`` km, or the same admin1 in the same country). Scores:

- events:          precision = predicted events that match their report's gold event / all
                   predicted events (non-event reports included); recall = gold events with a
                   matching prediction / gold events;
- the report's answer (the first matching event by the main-event rule, else the main event,
  ``harness.main_event``) gives event type accuracy, sub-event weighted F1, place, actor1
  found (normalised name, ``same_actor``) and fatalities exact (null and 0 both mean "no toll
  given", as ACLED writes 0); a report with no event is wrong on each;
- non-event precision: the share of non-event reports that yield no event at all.

The set lives in the repository (it was written for ceasewatch, Apache-2.0) but outside the
package; see data/eval/world/README.md.

``world_heldout`` (data/eval/world/heldout.jsonl) is a second, fresh set written the same way
and scored by the same code: every item is test (no dev half), read only as aggregate numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from ceasewatch.errors import InputError
from ceasewatch.evaluate.harness import REPO, Run, main_event, require, run_pipeline
from ceasewatch.evaluate.metrics import (
    Counts,
    classification_scores,
    select,
    stable_sample,
    tally,
)
from ceasewatch.evaluate.report import FieldScore, SetReport, from_classes, from_counts, from_tally
from ceasewatch.geo import km_between
from ceasewatch.knowledge import load_actors
from ceasewatch.knowledge.countries import country_by_code, country_named
from ceasewatch.knowledge.world import admin1_code
from ceasewatch.model import Article, Event
from ceasewatch.pipeline import Resources, read_articles

NAME = "world"
DESCRIPTION = "World reports fed as text files: events, type, sub-event, place, actor1, toll."
HELDOUT_NAME = "world_heldout"
HELDOUT_DESCRIPTION = "A fresh held-out world set (all test), scored as `world`."
WORLD_DIR = REPO / "data" / "eval" / "world"
WORLD_FILE = "world.jsonl"
HELDOUT_FILE = "heldout.jsonl"
NOTES_NAME = "world_notes"
NOTES_DESCRIPTION = "Coder's event descriptions (notes style) fed as text files, scored as `world`."
NOTES_DIR = "notes"  # data/eval/world/notes/*.jsonl: one file per writer, same record format
DATE_WINDOW_DAYS = 2  # a dateline a day after the event, or "on Saturday" read a week off
PLACE_KM = 25.0  # as the aim: "place within 25 km or right admin1"
NO_EVENT = "no event"


@dataclass(frozen=True)
class Gold:
    """One report's gold event (data/eval/world/README.md)."""

    date: dt.date
    event_type: str
    sub_event_type: str
    actor1: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    fatalities: int | None


@dataclass(frozen=True)
class Item:
    key: str
    id: str
    text: str
    gold: Gold | None  # None: the report describes no event
    suffix: str = ".txt"  # every world and notes item is a plain-text file


def find_world(data_dir: Path | None = None, file: str = WORLD_FILE) -> Path:
    """The set's folder: data/eval/world in the repository, else ``world/`` in the eval data
    folder (an installed package has no repository beside it)."""
    if (WORLD_DIR / file).exists() or data_dir is None:
        return WORLD_DIR
    return data_dir / "world"


def load(folder: Path | None = None, file: str = WORLD_FILE, name: str = NAME) -> list[Item]:
    """The reports of ``file`` in ``folder``, keyed ``<name>:<id>`` (the split key)."""
    path = require((folder or WORLD_DIR) / file, f"{name} set (data/eval/world/{file})")
    items = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                items.append(_item(json.loads(line), f"{path}:{number}", name))
    return items


def _item(row: dict[str, Any], where: str, name: str = NAME) -> Item:
    try:
        event = row["event"]
        gold = None
        if event is not None:
            gold = Gold(
                date=dt.date.fromisoformat(event["event_date"]),
                event_type=event["event_type"],
                sub_event_type=event["sub_event_type"],
                actor1=event["actor1"],
                country=event["country"],
                admin1=event["admin1"],
                latitude=float(event["latitude"]),
                longitude=float(event["longitude"]),
                fatalities=event["fatalities"],
            )
        return Item(key=f"{name}:{row['id']}", id=row["id"], text=row["text"], gold=gold)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(where, f"malformed world-set record: {exc}") from exc


# --- normalised comparisons ---------------------------------------------------------------------

_PERIOD = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_OF_THE = re.compile(r"\bof the ")
_ADMIN_WORDS = re.compile(r"\b(state|province|region|governorate|district|county|oblast)\b")


def fold(text: str) -> str:
    """Lower case, accents off, punctuation to spaces, spaces collapsed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.lower()).split())


def actor_keys(name: str) -> set[str]:
    """The forms an actor name is compared in: without ACLED's period suffix ("(2019-)"), and
    with and without the acronym prefix ACLED puts before some groups ("M23: March 23
    Movement" is also "March 23 Movement"), and with a country's article after "of" dropped
    (coders write both "Military Forces of the Philippines" and "Military Forces of
    Philippines": one name)."""
    bare = _PERIOD.sub(" ", name)
    keys = {fold(bare)}
    if ":" in bare:
        head, _, tail = bare.partition(":")
        keys |= {fold(tail), fold(head)}
    return {_OF_THE.sub("of ", k) for k in keys if k}


def same_actor(predicted: str | None, gold: str) -> bool:
    """The same name (``actor_keys``), or a gold name the knowledge base lists as an alias of
    the predicted actor (``accepted_aliases``): ACLED's own form of a name the base writes
    otherwise ("Islamic State (Afghanistan)" for Islamic State Khorasan Province)."""
    if predicted is None:
        return False
    golds = actor_keys(gold)
    keys = actor_keys(predicted)
    return bool(keys & golds) or any(golds & accepted_aliases(key) for key in keys)


@cache
def _alias_table() -> dict[str, frozenset[str]]:
    """Per key of a named actor's canonical name, the keys of its aliases that are no other
    actor's canonical name (an alias that is a predecessor's or a rival's own name is never
    accepted for it). ACLED's generic names by country (``generic.yaml``: "gunmen",
    "settlers") and state forces are left out: their aliases are words, not names a coder
    writes. The built-in base, as the evaluation runs the pipeline with it."""
    kb = load_actors()
    owner: dict[str, set[str]] = {}
    for actor in kb:
        for key in actor_keys(actor.name):
            owner.setdefault(key, set()).add(actor.id)
    table: dict[str, set[str]] = {}
    for actor in kb:
        if actor.id.startswith("generic-") or actor.type == "state forces":
            continue
        accepted: set[str] = set()
        for alias in actor.aliases:
            keys = actor_keys(alias)
            if all(owner.get(key, {actor.id}) == {actor.id} for key in keys):
                accepted |= keys
        for key in actor_keys(actor.name):
            table.setdefault(key, set()).update(accepted)
    return {key: frozenset(keys) for key, keys in table.items()}


def accepted_aliases(key: str) -> frozenset[str]:
    """The alias keys a gold name may take for the actor whose canonical name has ``key``."""
    return _alias_table().get(key, frozenset())


def _country_key(name: str | None) -> str | None:
    if not name:
        return None
    found = country_named(name) or (country_by_code(name.upper()) if len(name) == 2 else None)
    return found.alpha2 if found is not None else fold(name)


def _admin_key(name: str) -> str:
    return " ".join(_ADMIN_WORDS.sub(" ", fold(name).replace("-", " ")).split())


def same_admin1(predicted: str, gold: str, country: str | None) -> bool:
    """The same first-level unit: the same name (folded, admin words aside), or two spellings
    of one unit of the gold's country (alpha-2) in the project's admin1 table
    (``knowledge.world.admin1_code``: GeoNames' names and variants, Syria's OCHA names). The
    gold spells Syria's governorates both as GeoNames ("Idlib", "Rif-dimashq") and as ACLED
    and OCHA do ("Idleb", "Rural Damascus"). Never a fuzzy match."""
    if _admin_key(predicted) == _admin_key(gold):
        return True
    if country is None or not (len(country) == 2 and country.isupper()):
        return False  # no alpha-2: the country was not recognised
    unit = admin1_code(country, gold)
    return unit is not None and admin1_code(country, predicted) == unit


def place_ok(event: Event, gold: Gold) -> bool:
    """Within PLACE_KM of the gold point, or the gold admin1 in the gold country."""
    loc = event.location
    if loc is None:
        return False
    if loc.latitude is not None and loc.longitude is not None:
        km = km_between(loc.latitude, loc.longitude, gold.latitude, gold.longitude)
        if km <= PLACE_KM:
            return True
    gold_country = _country_key(gold.country)
    if loc.admin1 is None or not same_admin1(loc.admin1, gold.admin1, gold_country):
        return False
    country = _country_key(loc.country)
    return country is None or country == gold_country


def date_ok(event: Event, gold: Gold) -> bool:
    return (
        event.event_date is not None
        and abs((event.event_date - gold.date).days) <= DATE_WINDOW_DAYS
    )


def matches(event: Event, gold: Gold) -> bool:
    return date_ok(event, gold) and place_ok(event, gold)


def fatalities_ok(event: Event | None, gold: Gold) -> bool:
    return event is not None and (event.fatalities or 0) == (gold.fatalities or 0)


# --- per-report outcome ---------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One report compared; kept whole so the scores are sums over outcomes."""

    gold: Gold | None
    events: int  # predicted events
    matched: int  # predicted events that match the gold event
    placed: int  # predicted events at the gold place, whatever their date
    answer: Event | None  # the event scored against the gold (None: nothing found)

    @property
    def label(self) -> str:
        return NO_EVENT if self.answer is None else self.answer.sub_event_type


def compare(gold: Gold | None, events: Sequence[Event]) -> Outcome:
    if gold is None:
        return Outcome(gold=None, events=len(events), matched=0, placed=0, answer=None)
    hits = [e for e in events if matches(e, gold)]
    placed = sum(1 for e in events if place_ok(e, gold))
    answer = main_event(hits) if hits else main_event(events)
    return Outcome(gold=gold, events=len(events), matched=len(hits), placed=placed, answer=answer)


def _detection(outcomes: Sequence[Outcome], attr: str) -> Counts:
    """Every predicted event is a hit when it matches its report's gold event (``attr``:
    "matched" or "placed"), else a false positive; a gold event with no hit is a miss."""
    real = [o for o in outcomes if o.gold is not None]
    found = sum(1 for o in real if getattr(o, attr))
    hits = sum(getattr(o, attr) for o in outcomes)
    return Counts(tp=found, fp=sum(o.events for o in outcomes) - hits, fn=len(real) - found)


def score_fields(outcomes: Sequence[Outcome]) -> list[FieldScore]:
    real = [(o, o.gold) for o in outcomes if o.gold is not None]
    subs = classification_scores([g.sub_event_type for _, g in real], [o.label for o, _ in real])
    answers = [(o.answer, g) for o, g in real]
    non_events = [o.events == 0 for o in outcomes if o.gold is None]
    return [
        from_counts(
            "events (matched by date and place)",
            _detection(outcomes, "matched"),
            note="precision counts every predicted event; recall every gold event",
        ),
        from_counts("events (matched by place, any date)", _detection(outcomes, "placed")),
        from_tally(
            "event type",
            tally(a is not None and a.event_type == g.event_type for a, g in answers),
            aim=0.90,
        ),
        *from_classes("sub-event:", subs, aim=0.80),
        from_tally(
            f"place within {PLACE_KM:.0f} km or admin1",
            tally(a is not None and place_ok(a, g) for a, g in answers),
            aim=0.80,
        ),
        from_tally(
            "actor1 found",
            tally(
                a is not None and a.actor1 is not None and same_actor(a.actor1.name, g.actor1)
                for a, g in answers
            ),
            aim=0.80,
        ),
        from_tally("fatalities exact", tally(fatalities_ok(a, g) for a, g in answers), aim=0.80),
        from_tally("non-event reports with no event (precision)", tally(non_events)),
    ]


def notes(items: Sequence[Item], outcomes: Sequence[Outcome], run: Run) -> tuple[str, ...]:
    real = [o for o in outcomes if o.gold is not None]
    dated = sum(1 for o in real if o.answer is not None and o.answer.event_date is not None)
    placed = sum(
        1
        for o in real
        if o.answer is not None
        and o.answer.location is not None
        and o.answer.location.latitude is not None
    )
    spurious = Counter(o.events for o in outcomes if o.gold is None and o.events)
    errors = Counter(
        (o.gold.sub_event_type, o.label)
        for o in real
        if o.gold is not None and o.label != o.gold.sub_event_type
    )
    listing = ", ".join(f"{g} → {p} ×{n}" for (g, p), n in errors.most_common(6))
    return (
        f"{len(items)} reports: {len(real)} with a gold event, {len(items) - len(real)} non-events"
        f" ({sum(spurious.values())} of which yielded events).",
        f"Of the {len(real)} answers, {dated} carry a date and {placed} coordinates.",
        f"Most frequent sub-event confusions: {listing or 'none'}.",
        f"{len(run.failures)} report(s) failed in the pipeline (scored as no event).",
    )


# --- running ------------------------------------------------------------------------------


class Readable(Protocol):
    """What ``read_as_user`` needs of an item: its file name, split key and text."""

    @property
    def id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def suffix(self) -> str: ...


def read_as_user(items: Sequence[Readable], folder: Path) -> dict[str, Article]:
    """Each report saved as ``<id>.txt`` (``<id>.html`` for a saved web page) and read through
    ingest and clean, as a user's file."""
    keys = {}
    files = []
    for item in items:
        path = folder / f"{item.id}{item.suffix}"
        path.write_text(item.text + "\n", encoding="utf-8")
        keys[item.id] = item.key
        files.append(str(path))
    articles, _failures = read_articles(files)
    # a report that failed to read has no article: it is scored as "no event"
    found = {Path(a.origin).stem: a for a in articles}
    return {key: found[name] for name, key in keys.items() if name in found}


def run_as_user(
    items: Sequence[Item], resources: Resources
) -> tuple[Run, list[tuple[Item, tuple[Event, ...], Outcome]]]:
    """Every item read as a user's file (``read_as_user``), the pipeline run once over them all,
    and each item with its events and its outcome against its gold (``compare``). The scoring
    below and the cause scripts (scripts/*_causes.py, *_dump.py) read the same rows."""
    with tempfile.TemporaryDirectory(prefix="ceasewatch-world-") as tmp:
        by_key = read_as_user(items, Path(tmp))
    run = run_pipeline([by_key[i.key] for i in items if i.key in by_key], resources)
    rows = []
    for item in items:
        events = run.events(by_key[item.key].id) if item.key in by_key else ()
        rows.append((item, events, compare(item.gold, events)))
    return run, rows


def evaluate_world(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    """The set lives in the repository (``find_world``), not in the shared eval folder."""
    everything = load(find_world(data_dir))
    items = select(everything, [i.key for i in everything], split, limit)
    return _score(NAME, DESCRIPTION, everything, items, resources, split)


def heldout_items(items: Sequence[Item], split: str, limit: int | None) -> list[Item]:
    """The held-out set has no dev half: every item is test, so ``dev`` selects none."""
    if split not in ("all", "dev", "test"):
        raise ValueError(f"unknown split {split!r}")
    chosen = [] if split == "dev" else list(items)
    return stable_sample(chosen, [i.key for i in chosen], limit)


def evaluate_world_heldout(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    """``world_heldout``: data/eval/world/heldout.jsonl, scored exactly as ``world``."""
    folder = find_world(data_dir, HELDOUT_FILE)
    everything = load(folder, HELDOUT_FILE, HELDOUT_NAME)
    items = heldout_items(everything, split, limit)
    return _score(HELDOUT_NAME, HELDOUT_DESCRIPTION, everything, items, resources, split)


def load_folder(folder: Path, name: str) -> list[Item]:
    """Every ``*.jsonl`` file of ``folder`` in name order, keyed ``<name>:<id>``; an id used
    twice (in one file or across files) is an error naming both places."""
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        raise InputError(str(folder), f"{name} set: no *.jsonl files in this folder")
    items: list[Item] = []
    seen: dict[str, str] = {}
    for path in files:
        for item in load(path.parent, path.name, name):
            if item.id in seen:
                raise InputError(str(path), f"id {item.id!r} already used in {seen[item.id]}")
            seen[item.id] = path.name
            items.append(item)
    return items


def evaluate_world_notes(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    """``world_notes``: data/eval/world/notes/*.jsonl, short coder's descriptions of one event
    ("On 3 May 2023, ... in X (Y, Z), killing ..."), split dev/test by key as ``world``."""
    folder = find_world(data_dir, NOTES_DIR) / NOTES_DIR
    everything = load_folder(folder, NOTES_NAME)
    items = select(everything, [i.key for i in everything], split, limit)
    return _score(NOTES_NAME, NOTES_DESCRIPTION, everything, items, resources, split)


def _score(
    name: str,
    description: str,
    everything: Sequence[Item],
    items: Sequence[Item],
    resources: Resources,
    split: str,
) -> SetReport:
    run, rows = run_as_user(items, resources)
    outcomes = [outcome for _, _, outcome in rows]
    return SetReport(
        name=name,
        description=description,
        split=split,
        items=len(items),
        total_items=len(everything),
        seconds=run.seconds,
        fields=tuple(score_fields(outcomes)),
        failures=tuple(run.failures),
        notes=notes(items, outcomes, run),
    )
