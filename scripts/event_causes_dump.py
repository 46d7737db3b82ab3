"""Dump the dev halves of world + notes writers a-r (or the writers named; heldout is all
test) with the pipeline's events, one JSON line per report, for ``scripts/event_causes.py``
(failure causes by writer).
Dev halves only: test halves are read as numbers, never item by item (docs/EVALUATION.md)."""

from __future__ import annotations

import json
import re
import sys

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.world import WORLD_DIR, load, matches, run_as_user
from ceasewatch.pipeline import Resources


def sets(letters: str = "a-r", world_too: bool = True) -> list[tuple[str, list]]:
    out = []
    if world_too:
        world = load(WORLD_DIR)
        out.append(("world", select(world, [i.key for i in world], "dev", None)))
    # noteu (session 33) is spelt without the "s": match both spellings by the last letter.
    for path in sorted(
        p
        for p in (WORLD_DIR / "notes").glob("note*.jsonl")
        if re.fullmatch(f"notes?[{letters}]", p.stem)
    ):
        items = load(path.parent, path.name, "world_notes")
        out.append((path.stem, select(items, [i.key for i in items], "dev", None)))
    return out


def main(target: str, letters: str = "a-r") -> None:
    resources = Resources()
    with open(target, "w", encoding="utf-8") as sink:
        for writer, items in sets(letters, letters == "a-r"):
            _, rows = run_as_user(items, resources)
            for item, events, outcome in rows:
                gold = item.gold
                row = {
                    "writer": writer,
                    "id": item.id,
                    "text": item.text,
                    "gold": None
                    if gold is None
                    else {
                        "type": gold.event_type,
                        "sub": gold.sub_event_type,
                        "actor1": gold.actor1,
                        "date": str(gold.date),
                    },
                    "answer": None if outcome.answer is None else outcome.answer.sub_event_type,
                    "events": [
                        {
                            "type": e.event_type,
                            "sub": e.sub_event_type,
                            "actor1": e.actor1.name if e.actor1 else None,
                            "actor2": e.actor2.name if e.actor2 else None,
                            "date": str(e.event_date),
                            "place": e.location.name if e.location else None,
                            "fat": e.fatalities,
                            "sentence": e.sentence.text if e.sentence else None,
                            "match": bool(gold and matches(e, gold)),
                            "main": e is outcome.answer,
                        }
                        for e in events
                    ],
                }
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(writer, len(items), file=sys.stderr)


if __name__ == "__main__":
    # python scripts/event_causes_dump.py OUT.jsonl [LETTERS, e.g. p-r: those writers, no world]
    main(*sys.argv[1:3])
