"""Count a phrase per writer over the DEV halves of the world sets (notes a-o, world), with
the gold sub-event of each hit; texts of dev items only (world_heldout is numbers only, so it
is not read here: session 21).

    python scripts/dev_grep.py REGEX [--show]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from ceasewatch.evaluate.metrics import split_of

ROOT = Path(__file__).resolve().parents[1] / "data" / "eval" / "world"
SETS = [(f"notes/notes{w}.jsonl", "world_notes") for w in "abcdefghijklmno"] + [
    ("world.jsonl", "world"),
]


def main(pattern: str, show: bool) -> None:
    regex = re.compile(pattern, re.I)
    for path, name in SETS:
        hits: Counter[str] = Counter()
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if split_of(f"{name}:{row['id']}") != "dev" or not regex.search(row["text"]):
                continue
            gold = (row.get("event") or {}).get("sub_event_type", "no event")
            hits[gold] += 1
            if show:
                print(f"  {row['id']} [{gold}] {row['text'][:300]}")
        print(path, sum(hits.values()), dict(hits))


if __name__ == "__main__":
    main(sys.argv[1], "--show" in sys.argv)
