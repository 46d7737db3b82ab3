"""Where the rules of extract/modality.py fire on the DEV halves of world, heldout's
neighbours and notes writers a-i: one line per firing (writer, rule, trigger word, sentence),
for checking that they take out only what a report does not tell as done. Dev halves only:
test halves are read as numbers, never item by item (docs/EVALUATION.md).

    python scripts/modality_fires.py [WRITER...]
"""

from __future__ import annotations

import sys
from typing import Any

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.world import WORLD_DIR, load, run_as_user
from ceasewatch.extract import modality, triggers
from ceasewatch.pipeline import Resources

RULES = ("not_done", "recalled", "remaining", "weapon_thing", "detention_state")
CURRENT = {"writer": ""}


def _wrap(name: str) -> None:
    inner = getattr(modality, name)

    def spy(head: Any, *args: Any) -> bool:
        fired = bool(inner(head, *args))
        if fired:
            print(f"{CURRENT['writer']}\t{name}\t{head.text}\t{head.sent.text[:160]}", flush=True)
        return fired

    setattr(triggers, name, spy)


def main(writers: list[str]) -> None:
    for name in RULES:
        _wrap(name)
    resources = Resources()
    sets = [("world", WORLD_DIR, "world.jsonl", "world")]
    sets += [
        (p.stem, p.parent, p.name, "world_notes")
        for p in sorted((WORLD_DIR / "notes").glob("notes[a-i].jsonl"))
    ]
    for writer, folder, name, kind in sets:
        if writers and writer not in writers:
            continue
        items = load(folder, name, kind) if kind != "world" else load(folder)
        CURRENT["writer"] = writer
        run_as_user(select(items, [i.key for i in items], "dev", None), resources)


if __name__ == "__main__":
    main(sys.argv[1:])
