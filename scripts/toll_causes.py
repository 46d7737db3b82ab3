"""Fatalities-exact failures over the dev halves of every notes writer and the world set.

Runs the pipeline once on the dev items (cached in a pickle beside --out), then lists each gold
event whose toll is wrong with the answer's fatality claims and a first-guess cause from the
wording, and tables the causes per writer. Dev halves only: the test halves stay unread
(docs/QUALITY.md, issue 9). Usage:

    PYTHONPATH=src python scripts/toll_causes.py --out /tmp/tolls.pkl [--rerun]
"""

from __future__ import annotations

import argparse
import pickle
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from ceasewatch.evaluate.harness import run_pipeline
from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.world import (
    NOTES_NAME,
    Item,
    compare,
    find_world,
    load,
    read_as_user,
)
from ceasewatch.pipeline import Resources

WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
CUES = [
    ("vague word", r"\b(dozens|several|scores|hundreds|some|many|few|number of)\b"),
    ("range", rf"\b{WORDS}\s*(?:-|to|or)\s*{WORDS}\b|between {WORDS} and"),
    ("wounded beside", r"\b(wound|injur)"),
    (
        "perpetrator dead",
        r"\b(attacker|bomber|assailant|gunman|gunmen)s?\b.{0,40}\b(killed|dead|died)",
    ),
    ("including", r"\bincluding\b"),
    ("cumulative", r"\b(total|so far|since|bringing|toll (?:rose|rises|climbed))\b"),
    (
        "no deaths said",
        r"\bno (?:one|deaths|casualties|fatalities|injuries)\b|\bwithout casualties\b",
    ),
    ("unknown toll", r"\b(unknown|unclear|unspecified|undisclosed|unconfirmed)\b"),
]


def items() -> list[tuple[str, Item]]:
    folder = find_world(None, "notes") / "notes"
    out: list[tuple[str, Item]] = []
    for path in sorted(folder.glob("notes*.jsonl")):
        rows = load(folder, path.name, NOTES_NAME)
        out += [(path.stem, i) for i in select(rows, [i.key for i in rows], "dev", None)]
    world = load(find_world(None))
    out += [("world", i) for i in select(world, [i.key for i in world], "dev", None)]
    return out


def run(chosen: list[tuple[str, Item]]) -> dict[str, tuple]:
    with tempfile.TemporaryDirectory() as tmp:
        by_key = {}
        for writer in sorted({w for w, _ in chosen}):
            sub = [i for w, i in chosen if w == writer]
            folder = Path(tmp) / writer
            folder.mkdir()
            by_key.update({(writer, k): a for k, a in read_as_user(sub, folder).items()})
    result = run_pipeline(list(by_key.values()), Resources())
    return {f"{w}/{k}": tuple(result.events(a.id)) for (w, k), a in by_key.items()}


def cues(text: str) -> list[str]:
    return [name for name, rx in CUES if re.search(rx, text, re.I)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/tolls.pkl")
    ap.add_argument("--rerun", action="store_true")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    chosen = items()
    cache = Path(args.out)
    if args.rerun or not cache.exists():
        cache.write_bytes(pickle.dumps(run(chosen)))
    events = pickle.loads(cache.read_bytes())
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for writer, item in chosen:
        if item.gold is None:
            continue
        evs = events.get(f"{writer}/{item.key}", ())
        outcome = compare(item.gold, evs)
        ans = outcome.answer
        gold = item.gold.fatalities or 0
        got = (ans.fatalities or 0) if ans else None
        table[writer]["gold events"] += 1
        if got == gold:
            continue
        if ans is None:
            cause = "no event"
        elif got == 0:
            cause = "missed"
        elif gold == 0:
            cause = "toll where none"
        elif got > gold:
            cause = "over"
        else:
            cause = "under"
        alt = {(e.fatalities or 0) for e in evs}
        if ans is not None and gold in alt and gold != got:
            cause += " (other event has it)"
        table[writer][cause] += 1
        if args.show:
            claims = [(c.count, c.qualifier, c.victims) for c in ans.fatality_claims] if ans else []
            print(f"## {writer} {item.id} gold={gold} got={got} [{cause}] cues={cues(item.text)}")
            print(f"   events={[(e.sub_event_type, e.fatalities) for e in evs]} claims={claims}")
            print("   " + item.text.replace("\n", " ")[:700])
    causes = sorted({c for t in table.values() for c in t} - {"gold events"})
    writers = sorted(table)
    print("| cause | " + " | ".join(writers) + " | writers |")
    print("|---|" + "---|" * (len(writers) + 1))
    for c in ["gold events", *causes]:
        row = [table[w][c] for w in writers]
        print(f"| {c} | " + " | ".join(map(str, row)) + f" | {sum(1 for r in row if r)} |")


if __name__ == "__main__":
    main()
