"""FA-KES (Salem et al., ICWSM 2019): 804 whole articles on the Syrian war with article-level gold.

Gold per article: event date (m/d/yy), governorate, perpetrator class (7 classes), cause of death,
civilian and non-civilian deaths. Each article is fed as a user would feed it (a JSONL line with
its text, title and outlet, through ingest and clean: ``harness.user_article``), so its
publication date is the product's own reading of the text. We run extract, resolve and geocode
on each article, take its
main event (most fatalities, else first reported; ``harness.main_event``) and score:

- date:         the main event's date within two days of the gold date;
- governorate:  the main event's geocoded admin1, mapped to FA-KES's names (Rural Damascus counts
                as "damascus": FA-KES has no separate class and files Ghouta under Damascus);
- perpetrator:  actor1's knowledge-base entry, mapped to the 7 classes (``perpetrator_of``);
- cause:        the main event's sub_event_type, mapped to the 6 causes (``CAUSES``);
- deaths exact: the main event's ``fatalities`` equals nb_civilians + nb_noncivilians (our null,
                "unknown toll", compares as 0: FA-KES writes 0 when the article gives no toll).

An article with no event (or a crash on it) scores as wrong on every field. The gold is crowd
annotated and noisy (docs/EVALUATION.md, docs/fakes_gold_audit.csv); we score against it as it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ceasewatch.evaluate.harness import Run, main_event, require, run_pipeline, user_article
from ceasewatch.evaluate.metrics import Tally, select, tally
from ceasewatch.evaluate.report import FieldScore, ItemFailure, SetReport, from_tally
from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Actor, ActorRef, Article, Event
from ceasewatch.pipeline import Resources

NAME = "fakes"
DESCRIPTION = "FA-KES whole articles: main event's date, governorate, perpetrator, cause, deaths."
UNKNOWN = "unknown"

# FA-KES governorate names <- every spelling an admin1 may carry (OCHA, GeoNames, PCODE).
GOVERNORATES: dict[str, tuple[str, ...]] = {
    "aleppo": ("aleppo", "halab", "sy02"),
    "damascus": ("damascus", "dimashq", "sy01", "rural damascus", "rif dimashq", "sy03"),
    "idlib": ("idlib", "idleb", "sy07"),
    "deir ezzor": ("deir ez zor", "deir ezzor", "dayr az zawr", "deir el zor", "sy09"),
    "raqqa": ("ar raqqa", "raqqa", "ar raqqah", "raqqah", "sy11"),
    "homs": ("homs", "hims", "sy04"),
    "hasakeh": ("al hasakeh", "hasakeh", "al hasakah", "hasakah", "hasaka", "sy08"),
    "hama": ("hama", "hamah", "sy05"),
    "daraa": ("dar a", "daraa", "dara", "deraa", "sy12"),
    "lattakia": ("lattakia", "latakia", "al ladhiqiyah", "sy06"),
    "quneitra": ("quneitra", "al qunaytirah", "sy14"),
    "tartous": ("tartous", "tartus", "sy10"),
    "sweida": ("as sweida", "sweida", "as suwayda", "suwayda", "sy13"),
}
_GOVERNORATE_KEYS = {alias: name for name, aliases in GOVERNORATES.items() for alias in aliases}

# ACLED sub_event_type -> FA-KES cause_of_death. Air strikes count as "shelling": FA-KES has no
# air-strike class and its annotators filed bombardment from the air under shelling. ACLED codes
# executions as "Attack", which we can only map to one cause: shooting (the more frequent one).
CAUSES: dict[str, str] = {
    "Shelling/artillery/missile attack": "shelling",
    "Air/drone strike": "shelling",
    "Suicide bomb": "explosion",
    "Remote explosive/landmine/IED": "explosion",
    "Grenade": "explosion",
    "Chemical weapon": "chemical and toxic gases",
    "Armed clash": "shooting",
    "Government regains territory": "shooting",
    "Non-state actor overtakes territory": "shooting",
    "Attack": "shooting",
    "Excessive force against protesters": "shooting",
}

GOVERNMENT = "syrian government or russian troops"
OPPOSITION = "armed opposition groups"
ISIS = "the organization of the islamic state in iraq and the levant - isis"
NUSRA = "al-nusra front"
COALITION = "international coalition forces"
SELF_ADMIN = "self administration forces"
OTHER = "other"  # an actor none of the 7 classes fits (Turkey, Israel, civilians): never gold

# Perpetrator classes from the knowledge base, in this order (``perpetrator_of``):
# 1. identity: a canonical name in the actor's lineage (renamings and mergers) matching
#    NAME_RULES, so Jabhat Fatah al-Sham and Hayat Tahrir al-Sham count as "al-nusra front";
# 2. Turkish and Israeli forces: FA-KES has no class for them, so they are OTHER, never gold;
# 3. the actor's own side (SIDES), unless it is only "jihadist";
# 4. its parents on the event date (a wilaya of the Islamic State is the Islamic State): names,
#    then sides;
# 5. "jihadist" groups that are none of the above (TIP, Hurras al-Din) join the opposition class;
# 6. generic references without a side ("militants", "gunmen") are "unknown", as FA-KES codes
#    an unidentified perpetrator.
NAME_RULES: tuple[tuple[str, str], ...] = (
    (r"islamic state|\bisis\b|\bisil\b|daesh", ISIS),
    (r"nusra|fatah al-sham|fateh al-sham|tahrir al-sham", NUSRA),
    (r"democratic forces|protection units|asayish|self.administration", SELF_ADMIN),
    (r"coalition|inherent resolve", COALITION),
)
SIDES: dict[str, str] = {
    "government": GOVERNMENT,
    "opposition": OPPOSITION,
    "sdf": SELF_ADMIN,
    "coalition": COALITION,
}
NO_CLASS_COUNTRIES = ("TR", "IL")


@dataclass(frozen=True)
class Item:
    """One FA-KES row: the article and its gold."""

    key: str
    row: int
    article: Article | ItemFailure  # as ingest and clean made it, or why they refused it
    date: dt.date
    governorate: str
    perpetrator: str
    cause: str
    deaths: int


# Reading goes through ingest and clean for every item: done once per folder per process (a
# ``--split each`` run and the quality gate load a set several times).
@cache
def load(data_dir: Path) -> list[Item]:
    path = require(data_dir / "fakes" / "fakes.csv", "FA-KES articles (fakes/fakes.csv)")
    with path.open(encoding="latin-1", newline="") as handle:
        return [_item(i, row) for i, row in enumerate(csv.DictReader(handle), start=2)]


def _item(line: int, row: dict[str, str]) -> Item:
    key = f"fakes:{line}:{row['unit_id']}"  # unit_id repeats (792 distinct in 804 rows)
    # What a user who has the CSV would feed: the article with its title and outlet. Gold
    # columns stay out; the date is whatever the product reads from the text itself.
    record = {
        "text": row["article_content"],
        "title": row["article_title"] or None,
        "source": row["source"] or None,
    }
    article = user_article(key, record, origin=f"fakes.csv#{line}")
    month, day, year = (int(part) for part in row["date"].split("/"))
    return Item(
        key=key,
        row=line,
        article=article,
        date=dt.date(2000 + year, month, day),
        governorate=row["location"].strip().lower(),
        perpetrator=row["actor"].strip().lower(),
        cause=row["cause_of_death"].strip().lower(),
        deaths=int(row["nb_civilians"]) + int(row["nb_noncivilians"]),
    )


# --- mapping our output to FA-KES's classes -----------------------------------------------------


def governorate_of(event: Event | None) -> str | None:
    if event is None or event.location is None or event.location.admin1 is None:
        return None
    key = re.sub(r"[^a-z0-9]+", " ", event.location.admin1.lower())
    key = re.sub(r"\b(governorate|muhafazat|province)\b", " ", key)
    return _GOVERNORATE_KEYS.get(" ".join(key.split()))


def cause_of(event: Event | None) -> str:
    return UNKNOWN if event is None else CAUSES.get(event.sub_event_type, UNKNOWN)


def perpetrator_of(ref: ActorRef | None, kb: ActorKB, on: dt.date | None = None) -> str:
    """actor1 -> FA-KES perpetrator class; no actor or an unresolved one is "unknown"."""
    actor = None if ref is None or ref.id is None else kb.get(ref.id)
    if actor is None:
        return UNKNOWN
    label = _by_name(actor, kb)
    if label is None and actor.type == "external/other forces":
        label = OTHER if actor.country in NO_CLASS_COUNTRIES else None
    label = label or SIDES.get(actor.side or "")
    parents = [
        kb.actors[p] for p in kb.parents_on(actor.id, on or dt.date.today(), transitive=True)
    ]
    for parent in parents:
        label = label or _by_name(parent, kb)
    for parent in parents:
        label = label or SIDES.get(parent.side or "")
    if label is None and "jihadist" in {a.side for a in (actor, *parents)}:
        label = OPPOSITION
    return label or (UNKNOWN if actor.generic else OTHER)


def _by_name(actor: Actor, kb: ActorKB) -> str | None:
    names = [a.name for a in kb.lineage(actor.id)]
    for pattern, label in NAME_RULES:
        if any(re.search(pattern, name, re.IGNORECASE) for name in names):
            return label
    return None


# --- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """Per-article comparison, kept for error analysis (``ceasewatch evaluate --json``)."""

    found: bool
    date: bool
    governorate: bool
    perpetrator: bool
    cause: bool
    deaths: bool


def _when(event: Event | None) -> dt.date | None:
    return None if event is None else event.event_date


def compare(item: Item, events: tuple[Event, ...], kb: ActorKB) -> Outcome:
    main = main_event(events)
    date_ok = (
        main is not None
        and main.event_date is not None
        and abs((main.event_date - item.date).days) <= 2
    )
    fatalities = None if main is None else (main.fatalities or 0)
    return Outcome(
        found=main is not None,
        date=date_ok,
        governorate=governorate_of(main) == item.governorate,
        perpetrator=perpetrator_of(main.actor1 if main else None, kb, _when(main))
        == item.perpetrator,
        cause=cause_of(main) == item.cause,
        deaths=fatalities == item.deaths,
    )


def evaluate_fakes(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    everything = load(data_dir)
    items = select(everything, [i.key for i in everything], split, limit)
    run = run_pipeline([i.article for i in items], resources)
    outcomes = [compare(i, run.events(i.key), resources.actors) for i in items]
    return SetReport(
        name=NAME,
        description=DESCRIPTION,
        split=split,
        items=len(items),
        total_items=len(everything),
        seconds=run.seconds,
        fields=tuple(score_fields(items, outcomes)),
        failures=tuple(run.failures),
        notes=notes(items, outcomes, run),
    )


def score_fields(items: list[Item], outcomes: list[Outcome]) -> list[FieldScore]:
    known = [
        o.perpetrator for i, o in zip(items, outcomes, strict=True) if i.perpetrator != UNKNOWN
    ]
    return [
        from_tally("articles with an event (rate)", tally(o.found for o in outcomes)),
        from_tally("date within 2 days", tally(o.date for o in outcomes), aim=0.80),
        from_tally("governorate", tally(o.governorate for o in outcomes), aim=0.90),
        from_tally("perpetrator class", tally(o.perpetrator for o in outcomes), aim=0.75),
        from_tally("perpetrator class (gold not unknown)", tally(known)),
        from_tally("cause of death", tally(o.cause for o in outcomes)),
        from_tally("total deaths exact", tally(o.deaths for o in outcomes), aim=0.70),
    ]


def notes(items: list[Item], outcomes: list[Outcome], run: Run) -> tuple[str, ...]:
    found = [o for o in outcomes if o.found]
    with_date = sum(1 for i in items if isinstance(i.article, Article) and i.article.published)
    conditional: list[str] = []
    for name in ("date", "governorate", "perpetrator", "cause", "deaths"):
        result: Tally = tally(getattr(o, name) for o in found)
        value = "–" if result.value is None else f"{result.value:.3f}"
        conditional.append(f"{name} {value}")
    return (
        f"Among the {len(found)} articles with an event: " + ", ".join(conditional) + ".",
        f"{with_date} of {len(items)} articles get a publication date from ingest and clean "
        "(fed as JSONL lines: text, title, source).",
        f"{len(run.failures)} article(s) refused by ingest or clean, or raising an error in the "
        "pipeline (scored as no event).",
    )
