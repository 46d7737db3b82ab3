"""Which dev items' actor1 changed between two dumps of scripts/actor1_dump.py (before, after),
with the gold and whether each side hits it; then the counts of gains and losses.

    PYTHONPATH=src python scripts/actor1_diff.py BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import json
import sys

from ceasewatch.evaluate.world import same_actor


def _load(path: str) -> dict[tuple[str, str], dict]:
    with open(path, encoding="utf-8") as handle:
        return {(r["set"], r["key"]): r for r in map(json.loads, handle)}


def _actor1(row: dict) -> str | None:
    if not row["events"] or row["answer"] is None:
        return None
    ref = row["events"][row["answer"]]["actor1"]
    return ref["name"] if ref else None


def main(before: str, after: str) -> None:
    old, new = _load(before), _load(after)
    gains = losses = 0
    for key, row in old.items():
        if row["gold"] is None or key not in new:
            continue
        was, now = _actor1(row), _actor1(new[key])
        if was == now:
            continue
        gold = row["gold"]["actor1"]
        hit_was = was is not None and same_actor(was, gold)
        hit_now = now is not None and same_actor(now, gold)
        gains += hit_now and not hit_was
        losses += hit_was and not hit_now
        print(key[0], hit_was, "->", hit_now, "|", gold, "|", was, "->", now)
    print("gains", gains, "losses", losses)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
