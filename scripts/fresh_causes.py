"""Cause table for every field on the DEV halves of named notes files (session 29, helper
fresh29): event not found / wrong date / wrong place / wrong type / wrong sub-event / actor1 /
fatalities, one cause per field per note, with the note's text for reading.

    PYTHONPATH=src python scripts/fresh_causes.py dump OUT.jsonl notesq notesr   # dev only
    python scripts/fresh_causes.py show OUT.jsonl [--list CAUSE]

Dev halves only: the test halves are read as numbers (``ceasewatch evaluate``), never item by
item (docs/EVALUATION.md).
"""

from __future__ import annotations

import json
import sys
from collections import Counter


def dump(target: str, stems: list[str]) -> None:
    from ceasewatch.evaluate.metrics import select
    from ceasewatch.evaluate.world import (
        WORLD_DIR,
        date_ok,
        fatalities_ok,
        load,
        place_ok,
        run_as_user,
        same_actor,
    )
    from ceasewatch.pipeline import Resources

    resources = Resources()
    with open(target, "w", encoding="utf-8") as sink:
        for stem in stems:
            items = load(WORLD_DIR / "notes", f"{stem}.jsonl", "world_notes")
            dev = select(items, [i.key for i in items], "dev", None)
            _, rows = run_as_user(dev, resources)
            for item, events, outcome in rows:
                gold, a = item.gold, outcome.answer
                row: dict = {"writer": stem, "id": item.id, "text": item.text, "n": len(events)}
                if gold is not None:
                    row["gold"] = {
                        "date": str(gold.date),
                        "sub": gold.sub_event_type,
                        "type": gold.event_type,
                        "actor1": gold.actor1,
                        "admin1": gold.admin1,
                        "fat": gold.fatalities,
                    }
                    row["matched"] = outcome.matched
                    row["placed"] = outcome.placed
                if a is not None:
                    row["answer"] = {
                        "date": str(a.event_date),
                        "sub": a.sub_event_type,
                        "type": a.event_type,
                        "actor1": a.actor1.name if a.actor1 else None,
                        "place": a.location.name if a.location else None,
                        "admin1": a.location.admin1 if a.location else None,
                        "fat": a.fatalities,
                    }
                    if gold is not None:
                        row["ok"] = {
                            "date": date_ok(a, gold),
                            "place": place_ok(a, gold),
                            "type": a.event_type == gold.event_type,
                            "sub": a.sub_event_type == gold.sub_event_type,
                            "actor1": bool(a.actor1 and same_actor(a.actor1.name, gold.actor1)),
                            "fat": fatalities_ok(a, gold),
                        }
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")


def causes(row: dict) -> list[str]:
    gold = row.get("gold")
    if gold is None:
        return [f"non-event coded ({row['n']})"] if row["n"] else []
    if "answer" not in row:
        return ["event not found"]
    out = [] if row["matched"] else ["not matched (date+place)"]
    for field, ok in row["ok"].items():
        if not ok:
            out.append(f"wrong {field}")
    return out


def show(path: str, wanted: str | None) -> None:
    with open(path, encoding="utf-8") as source:
        rows = [json.loads(line) for line in source]
    for writer in sorted({r["writer"] for r in rows}):
        mine = [r for r in rows if r["writer"] == writer]
        gold = sum(1 for r in mine if r.get("gold"))
        tally = Counter(c for r in mine for c in causes(r))
        print(f"{writer}: {len(mine)} dev notes, {gold} with gold")
        for c, n in tally.most_common():
            print(f"  {n:3d}  {c}")
    if wanted:
        for r in rows:
            if wanted in causes(r):
                print(
                    json.dumps(
                        {k: r.get(k) for k in ("id", "text", "gold", "answer")}, ensure_ascii=False
                    )
                )


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3:])
    else:
        show(sys.argv[2], sys.argv[4] if len(sys.argv) > 4 else None)
