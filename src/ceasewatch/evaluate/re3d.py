"""Dstl re3d (98 Syria/Iraq documents with character-offset entity spans).

We run the pipeline on each whole document and compare:

- Organisation spans with the actors we code (any role, overlap match), and how many of the
  matched actors resolve to a knowledge-base id;
- Location spans with our event locations (overlap match), and how many of the matched ones
  got coordinates.

Gold is the crowd-confirmed spans (re3d's ``confidence`` >= 0.5; re3d keeps rejected readings,
e.g. "Syria" as Location with confidence 0 where the crowd read the government). re3d tags every
organisation and place, while we code only the ones that take part in an event, so recall is
the informative number and precision is a lower bound.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ceasewatch.evaluate.harness import make_article, require, run_pipeline
from ceasewatch.evaluate.metrics import (
    Counts,
    LabeledSpan,
    Tally,
    match_spans,
    select,
    tally,
)
from ceasewatch.evaluate.report import FieldScore, SetReport, from_counts, from_tally
from ceasewatch.evaluate.spans import actor_mentions, location_spans
from ceasewatch.model import Article
from ceasewatch.pipeline import Resources

NAME = "re3d"
DESCRIPTION = (
    "re3d documents: Organisation spans -> actors (+ resolution),"
    " Location spans -> places (+ geocoding)."
)
MIN_CONFIDENCE = 0.5
ORG, LOC = "Organisation", "Location"


@dataclass(frozen=True)
class Item:
    key: str
    article: Article
    organisations: tuple[LabeledSpan, ...]
    locations: tuple[LabeledSpan, ...]


def _json_lines(path: Path) -> list[dict[str, object]]:
    """mongoexport output: one JSON object per line."""
    text = path.read_text(encoding="utf-8-sig")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def load(data_dir: Path) -> list[Item]:
    root = require(data_dir / "re3d", "re3d documents (re3d/<source>/documents.json)")
    folders = sorted(p for p in root.iterdir() if (p / "documents.json").exists())
    if not folders:
        raise FileNotFoundError(f"{root}: no re3d source folder with documents.json")
    items: list[Item] = []
    for folder in folders:
        spans: dict[str, dict[str, set[LabeledSpan]]] = defaultdict(lambda: defaultdict(set))
        for entity in _json_lines(require(folder / "entities.json", "re3d entities")):
            if float(str(entity["confidence"])) >= MIN_CONFIDENCE:
                span = LabeledSpan(
                    int(str(entity["begin"])), int(str(entity["end"])), str(entity["type"])
                )
                spans[str(entity["documentId"])][span.label].add(span)
        for doc in _json_lines(folder / "documents.json"):
            key = f"re3d:{folder.name}:{doc['_id']}"
            article = make_article(
                key,
                str(doc["text"]),
                origin=str(doc.get("sourceUrl", key)),
                title=str(doc.get("title", "")),
            )
            found = spans[str(doc["_id"])]
            items.append(Item(key, article, tuple(sorted(found[ORG])), tuple(sorted(found[LOC]))))
    return items


def _name_coverage(items: list[Item], resources: Resources) -> tuple[Tally, Tally]:
    """How many distinct gold names the KB and the gazetteer know, extraction aside.

    Measures the knowledge, not the extractor: a gold Organisation name counts when the KB has
    it as a name or alias (``ActorKB.lookup``), a gold Location name when the gazetteer has an
    entry spelled alike (``Gazetteer.lookup``).
    """
    orgs = {i.article.text[s.start : s.end] for i in items for s in i.organisations}
    places = {i.article.text[s.start : s.end] for i in items for s in i.locations}
    kb = tally(bool(resources.actors.lookup(name)) for name in sorted(orgs))
    gazetteer = tally(bool(resources.gazetteer.lookup(name)) for name in sorted(places))
    return kb, gazetteer


def evaluate_re3d(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    everything = load(data_dir)
    items = select(everything, [i.key for i in everything], split, limit)
    run = run_pipeline([i.article for i in items], resources)
    orgs = places = Counts()
    resolved = geocoded = all_resolved = Tally()
    for item in items:
        extraction = run.extractions.get(item.key)
        mentions = [m for m in actor_mentions(extraction) if m.span is not None]
        for m in mentions:
            all_resolved = all_resolved.add(m.ref.id is not None)
        actor_spans = {
            LabeledSpan(m.ref.span.start, m.ref.span.end, ORG): m for m in mentions if m.ref.span
        }
        orgs += match_spans(item.organisations, actor_spans, overlap=True)
        for span, mention in actor_spans.items():
            if any(span.overlaps(g) for g in item.organisations):
                resolved = resolved.add(mention.ref.id is not None)
        located = dict(location_spans(extraction))
        places += match_spans(item.locations, located, overlap=True)
        for span, placed in located.items():
            if any(span.overlaps(g) for g in item.locations):
                geocoded = geocoded.add(placed)
    fields: tuple[FieldScore, ...] = (
        from_counts("Organisation spans -> actors (overlap)", orgs),
        from_tally("matched actors resolved to a KB id (rate)", resolved),
        from_tally("all coded actors resolved to a KB id (rate)", all_resolved),
        from_counts("Location spans -> event places (overlap)", places),
        from_tally("matched places geocoded (rate)", geocoded),
    )
    kb_known, gazetteer_known = _name_coverage(items, resources)
    fields += (
        from_tally("gold Organisation names known to the KB (rate)", kb_known),
        from_tally("gold Location names in the gazetteer (rate)", gazetteer_known),
    )
    unresolved = all_resolved.total - all_resolved.correct
    return SetReport(
        name=NAME,
        description=DESCRIPTION,
        split=split,
        items=len(items),
        total_items=len(everything),
        seconds=run.seconds,
        fields=fields,
        failures=tuple(run.failures),
        notes=(f"{unresolved} of {all_resolved.total} coded actor mentions left unresolved.",),
    )
