"""CASE 2021 shared task 2 (Haneczok et al. 2021): 1,019 news snippets with an ACLED-style sub-type.

Each snippet is fed as a user would feed it (one JSONL line, through ingest and clean:
``harness.user_article``) and run through extract/resolve/geocode; the prediction is the
sub_event_type of the snippet's main event (``harness.main_event``), translated to the task's
label (``LABELS``).
A snippet where we find no event is predicted ``NO_EVENT``: a label that is never gold, so it
counts against recall of the gold class and adds no false positive to any real class.

Two scores: over the 25 ACLED ("seen") labels, comparable with the shared task's subtask 1 (best
system: weighted F1 0.839), and over all 30 labels, where the five unseen, non-ACLED labels
(ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) can never be matched by an
ACLED coder and count as misses.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ceasewatch.evaluate.harness import main_event, require, run_pipeline, user_article
from ceasewatch.evaluate.metrics import classification_scores, select, tally
from ceasewatch.evaluate.report import (
    FieldScore,
    ItemFailure,
    SetReport,
    from_classes,
    from_tally,
)
from ceasewatch.model import Article, Event
from ceasewatch.pipeline import Resources

NAME = "case2021"
DESCRIPTION = "CASE 2021 task 2 snippets: sub-event type of the main event."
NO_EVENT = "NO_EVENT"
UNSEEN = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")

# ACLED sub_event_type (model.EVENT_TYPES, exact spelling) -> CASE 2021 label.
LABELS: dict[str, str] = {
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}


@dataclass(frozen=True)
class Item:
    key: str
    article: Article | ItemFailure  # the snippet as a JSONL line through ingest and clean
    label: str


# Reading goes through ingest and clean for every item: done once per folder per process (a
# ``--split each`` run and the quality gate load a set several times).
@cache
def load(data_dir: Path) -> list[Item]:
    folder = data_dir / "case2021_task2"
    path = require(folder / "test_set_final_release_with_labels.tsv", "CASE 2021 task 2 snippets")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    items = []
    for row in rows:
        key = f"case2021:{row['id']}"
        record: dict[str, str | None] = {"text": row["EventSnippet"]}
        article = user_article(key, record, origin=f"case2021#{row['id']}")
        items.append(Item(key, article, row["SubType"]))
    return items


def predict(events: tuple[Event, ...]) -> str:
    main = main_event(events)
    if main is None:
        return NO_EVENT
    return LABELS.get(main.sub_event_type, f"?{main.sub_event_type}")


def evaluate_case2021(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    everything = load(data_dir)
    items = select(everything, [i.key for i in everything], split, limit)
    run = run_pipeline([i.article for i in items], resources)
    gold = [i.label for i in items]
    predicted = [predict(run.events(i.key)) for i in items]
    seen = [(g, p) for g, p in zip(gold, predicted, strict=True) if g not in UNSEEN]
    seen_scores = classification_scores([g for g, _ in seen], [p for _, p in seen])
    all_scores = classification_scores(gold, predicted)
    fields: list[FieldScore] = [
        from_tally("snippets with an event (rate)", tally(p != NO_EVENT for p in predicted)),
        *from_classes("25 ACLED labels:", seen_scores, aim=0.84),
        *from_classes("all 30 labels:", all_scores),
    ]
    return SetReport(
        name=NAME,
        description=DESCRIPTION,
        split=split,
        items=len(items),
        total_items=len(everything),
        seconds=run.seconds,
        fields=tuple(fields),
        failures=tuple(run.failures),
        notes=confusions(gold, predicted),
    )


def confusions(gold: list[str], predicted: list[str], top: int = 8) -> tuple[str, ...]:
    """The most frequent (gold -> predicted) errors, for the error analysis in QUALITY.md."""
    errors = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    if not errors:
        return ()
    listing = ", ".join(f"{g} → {p} ×{n}" for (g, p), n in errors.most_common(top))
    return (f"Most frequent confusions: {listing}.",)
