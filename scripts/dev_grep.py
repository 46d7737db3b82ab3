"""Count a phrase per writer over the DEV halves of the world sets (notes a-x, world; with
``--reports`` also reports a-u, counting documents, the gold being their events' sub-events),
with the gold sub-event of each hit; texts of dev items only (world_heldout is numbers only,
so it is not read here: session 21).

    python scripts/dev_grep.py REGEX [--show] [--reports]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from ceasewatch.evaluate.metrics import split_of

ROOT = Path(__file__).resolve().parents[1] / "data" / "eval" / "world"
# every notes writer's file (notesa ... notest, noteu ... notezb: a new writer's too), then world
SETS = [
    *((f"notes/{p.name}", "world_notes") for p in sorted((ROOT / "notes").glob("note*.jsonl"))),
    ("world.jsonl", "world"),
]
REPORTS = [
    (f"reports/{p.name}", "world_reports")
    for p in sorted((ROOT / "reports").glob("reports*.jsonl"))
]


def _text(row: dict[str, object]) -> str:
    """The item's text; a report saved as another format keeps it under another key."""
    text = row.get("text")
    return text if isinstance(text, str) else json.dumps(row, ensure_ascii=False)


def main(pattern: str, show: bool, reports: bool = False) -> None:
    regex = re.compile(pattern, re.I)
    for path, name in SETS + (REPORTS if reports else []):
        if not (ROOT / path).exists():
            continue
        hits: Counter[str] = Counter()
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if split_of(f"{name}:{row['id']}") != "dev" or not regex.search(_text(row)):
                continue
            gold = (row.get("event") or {}).get("sub_event_type", "no event")
            if "events" in row:  # a report: its gold events
                gold = ",".join(sorted({e["sub_event_type"] for e in row["events"]})) or "no event"
            hits[gold] += 1
            if show:
                found = regex.search(_text(row))
                at = max(0, found.start() - 150) if found else 0
                print(f"  {row['id']} [{gold}] {_text(row)[at : at + 300]}")
        print(path, sum(hits.values()), dict(hits))


if __name__ == "__main__":
    main(sys.argv[1], "--show" in sys.argv, "--reports" in sys.argv)
