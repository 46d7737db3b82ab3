"""The default reader's recall fallback (``learn.fallback``) on every set it can touch.

The fallback speaks only on a note-like text whose P(no event) the non-event reader puts under
``learn.reader_fallback_max_no_event`` and where the rules find no event. So the reader is
asked first on every item (cheap), and the pipeline (fallback on) runs only on the items it
would speak on; every other item's events are the base's. Per set and split: items the
reader is sure of, those where the rules found no event, and of the fallback's events those
on a gold event (matched by date and place; right sub-event type) and those on a non-event.

    PYTHONPATH=src python scripts/fallback_study.py [--split dev] notes world reports case2021

Dev items are listed one by one; ``--split test`` prints the same counts and never an item.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

os.environ["CEASEWATCH_LEARN_READER_FALLBACK"] = "1"

from ceasewatch.evaluate import case2021
from ceasewatch.evaluate.harness import find_data_dir, run_pipeline
from ceasewatch.evaluate.metrics import split_of
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports
from ceasewatch.evaluate.world import (
    NAME,
    NOTES_DIR,
    NOTES_NAME,
    WORLD_DIR,
    load,
    load_folder,
    matches,
    read_as_user,
)
from ceasewatch.learn.fallback import RULES_NONE, note_like, sure_types
from ceasewatch.model import Article
from ceasewatch.pipeline import Resources


def cases(kind: str) -> list[tuple[str, Any, list[Any], str]]:
    """(key, article, gold events (sub-event types for CASE), text) of one set's items."""
    if kind == "case2021":
        items = case2021.load(find_data_dir())
        return [
            (i.key, i.article, [i.label], i.article.text)
            for i in items
            if isinstance(i.article, Article)
        ]
    if kind == "reports":
        reports = load_reports(WORLD_DIR / REPORTS_DIR)
        with tempfile.TemporaryDirectory() as tmp:
            by_key = read_as_user(reports, Path(tmp))
        return [
            (r.key, by_key[r.key], list(r.golds), by_key[r.key].text)
            for r in reports
            if r.key in by_key
        ]
    items = load(WORLD_DIR, "world.jsonl", NAME) if kind == "world" else []
    if kind == "notes":
        items = load_folder(WORLD_DIR / NOTES_DIR, NOTES_NAME)
    with tempfile.TemporaryDirectory() as tmp:
        by_key = read_as_user(items, Path(tmp))
    return [
        (i.key, by_key[i.key], [i.gold] if i.gold else [], by_key[i.key].text)
        for i in items
        if i.key in by_key
    ]


def study(kind: str, split: str, resources: Resources) -> None:
    rows = [c for c in cases(kind) if split_of(c[0]) == split and note_like(c[3])]
    reader = resources.quiet_reader
    assert reader is not None, "the fallback's reader is unavailable"
    sure = sure_types([c[3] for c in rows], reader)
    fired = [c for c, s in zip(rows, sure, strict=True) if s is not None]
    run = run_pipeline([c[1] for c in fired], resources)
    count: Counter[str] = Counter(note_like=len(rows), sure=len(fired))
    for key, article, golds, _text in fired:
        events = list(run.events(article.id))
        added = [e for e in events if e.learned and e.learned.rule_sub_event_type == RULES_NONE]
        if not added:
            count["rules found an event, or guard/no sentence"] += 1
            continue
        event = added[0]
        if kind == "case2021":
            label = case2021.predict((event,))
            verdict = "event, right type" if label == golds[0] else "event, other type"
        elif not golds:
            verdict = "NON-EVENT"
        else:
            hit = [g for g in golds if matches(event, g)]
            right = any(g.sub_event_type == event.sub_event_type for g in hit)
            verdict = (
                "event matched, right type"
                if right
                else ("event matched, other type" if hit else "event, not matched")
            )
        count[verdict] += 1
        if split == "dev":
            place = event.location.name if event.location else None
            gold = [getattr(g, "sub_event_type", g) for g in golds]
            print(
                f"  {key}: {event.sub_event_type} @ {place} {event.event_date}: {verdict}; "
                f"gold {gold}"
            )
    print(f"{kind} {split}: {dict(count)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", choices=["notes", "world", "reports", "case2021"])
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    args = parser.parse_args()
    resources = Resources()
    for kind in args.sets:
        study(kind, args.split, resources)


if __name__ == "__main__":
    main()
