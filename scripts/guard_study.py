"""The default reader's guard (``learn.guard``) on the dev halves: every refusal, right or wrong.

The pipeline runs as shipped (reader and guard on); an event whose ``learned`` record says the
guard refused the reader's type is a refusal. It was right when a gold event of the item has
the rules' type, wrong when one has the reader's type, else neither. Prints each refusal
(dev items only) and a table by guard entry (the reason's kind): refusals, right, wrong.

    PYTHONPATH=src python scripts/guard_study.py notes world [--files notesp.jsonl,...]

Dev only: the script never selects a test item.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from ceasewatch.evaluate.harness import run_pipeline
from ceasewatch.evaluate.metrics import split_of
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports
from ceasewatch.evaluate.world import NAME, NOTES_DIR, NOTES_NAME, WORLD_DIR, load, read_as_user
from ceasewatch.pipeline import Resources

# guard.py's reasons, by the guard.yaml key that made them
KINDS = (
    ("actor1_not", re.compile(r"cannot have .* as actor1")),
    ("actor2_not", re.compile(r"cannot have .* as actor2")),
    ("sides_any", re.compile(r"needs .* on a side")),
    ("sides_none", re.compile(r"cannot have .* on a side")),
    ("no_deaths", re.compile(r"kills nobody")),
    ("means", re.compile(r"is defined by its means")),
)


def dev_items(kind: str, files: list[str]) -> list[tuple[str, Any, list[str]]]:
    """(key, article, gold sub-event types) of a set's dev items."""
    if kind == "reports":
        reports = [r for r in load_reports(WORLD_DIR / REPORTS_DIR) if split_of(r.key) == "dev"]
        with tempfile.TemporaryDirectory() as tmp:
            by_key = read_as_user(reports, Path(tmp))
        return [(r.key, by_key[r.key], [g.sub_event_type for g in r.golds]) for r in reports]
    if kind == "world":
        items = load(WORLD_DIR, "world.jsonl", NAME)
    else:
        items = [i for f in files for i in load(WORLD_DIR / NOTES_DIR, f, NOTES_NAME)]
    items = [i for i in items if split_of(i.key) == "dev"]
    with tempfile.TemporaryDirectory() as tmp:
        by_key = read_as_user(items, Path(tmp))
    return [
        (i.key, by_key[i.key], [i.gold.sub_event_type] if i.gold else [])
        for i in items
        if i.key in by_key
    ]


def entry(sub: str, reason: str) -> str | None:
    for key, pattern in KINDS:
        if pattern.search(reason):
            return f"{sub}: {key}"
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", choices=["notes", "world", "reports"])
    parser.add_argument(
        "--files", default=",".join(f"notes{c}.jsonl" for c in "abcdefghijklmnopqrst")
    )
    args = parser.parse_args()
    table: Counter[tuple[str, str]] = Counter()
    resources = Resources()
    for kind in args.sets:
        items = dev_items(kind, args.files.split(","))
        run = run_pipeline([i[1] for i in items], resources)
        for key, article, golds in items:
            for event in run.events(article.id):
                learned = event.learned
                if learned is None or learned.chosen != "rules":
                    continue
                which = entry(learned.sub_event_type, learned.reason)
                if which is None:
                    continue
                verdict = (
                    "right"
                    if event.sub_event_type in golds
                    else ("wrong" if learned.sub_event_type in golds else "neither")
                )
                table[(which, "refusals")] += 1
                table[(which, verdict)] += 1
                a1 = event.actor1 and (event.actor1.name, event.actor1.inter, event.actor1.method)
                a2 = event.actor2 and (event.actor2.name, event.actor2.inter, event.actor2.method)
                print(
                    f"{kind} {key} {verdict}: rules {event.sub_event_type} | reader "
                    f"{learned.sub_event_type} {learned.score:.2f} | gold {golds} | {which} | "
                    f"a1 {a1} a2 {a2} dead {event.fatalities}",
                    flush=True,
                )
        print(f"{kind}: {len(items)} dev items", flush=True)
    print("| entry | refusals | right | wrong | neither |")
    for which in sorted({w for w, _ in table}):
        counts = [table[(which, k)] for k in ("refusals", "right", "wrong", "neither")]
        print(f"| {which} | " + " | ".join(map(str, counts)) + " |")


if __name__ == "__main__":
    main()
