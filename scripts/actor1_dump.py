"""Run the pipeline over the DEV halves of world and every notes writer; dump, per gold event,
the gold, the scored answer and every predicted event's actors as JSON lines (for
scripts/actor1_causes.py). Dev halves only: the test halves are read as numbers, never item by item.

    PYTHONPATH=src python scripts/actor1_dump.py OUT.jsonl [SET ...]

SET names (world, notesp, noteu ...) restrict the run to those sets' dev halves.
"""

from __future__ import annotations

import json
import sys

from ceasewatch.evaluate import world
from ceasewatch.evaluate.metrics import select
from ceasewatch.pipeline import Resources


def _actor(ref):  # type: ignore[no-untyped-def]
    if ref is None:
        return None
    return {"name": ref.name, "surface": ref.surface, "method": ref.method, "type": ref.type}


def main(out: str, only: list[str]) -> None:
    sets = []
    if not only or "world" in only:
        items = world.load(world.find_world(None))
        sets.append(("world", select(items, [i.key for i in items], "dev", None)))
    folder = world.find_world(None, world.NOTES_DIR) / world.NOTES_DIR
    for path in sorted(folder.glob("note*.jsonl")):  # every writer's file, a new one's too
        if only and path.stem not in only:
            continue
        items = world.load(path.parent, path.name, world.NOTES_NAME)
        sets.append((path.stem, select(items, [i.key for i in items], "dev", None)))
    everything = [(name, item) for name, chosen in sets for item in chosen]
    _, rows = world.run_as_user([i for _, i in everything], Resources())
    with open(out, "w", encoding="utf-8") as handle:
        for (name, _), (item, events, outcome) in zip(everything, rows, strict=True):
            answer = outcome.answer
            row = {
                "set": name,
                "key": item.key,
                "text": item.text,
                "gold": None
                if item.gold is None
                else {
                    "actor1": item.gold.actor1,
                    "event_type": item.gold.event_type,
                    "sub": item.gold.sub_event_type,
                    "country": item.gold.country,
                },
                "answer": None if answer is None else events.index(answer),
                "events": [
                    {
                        "type": e.event_type,
                        "sub": e.sub_event_type,
                        "actor1": _actor(e.actor1),
                        "actor2": _actor(e.actor2),
                        "assoc1": [_actor(a) for a in e.assoc_actors1],
                        "sentence": e.sentence.text if e.sentence is not None else None,
                        "fatalities": e.fatalities,
                        "country": e.location.country if e.location is not None else None,
                        "matched": item.gold is not None and world.matches(e, item.gold),
                    }
                    for e in events
                ],
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
