"""Acronyms read by the article's country, counted on the DEV halves of the world notes and
reports (session 48, scope48): for every dev item with a gold actor1 and country, each acronym
in its text that the actor base knows is matched as the resolver matches a name
(``Matcher.match`` with the item's country) and counted as

- ``other-country``: it reads as an actor of another country that is not the gold actor1;
- ``unresolved-known``: it reads as nothing although the gold actor1 is one of its readings;
- ``gold``: it reads as the gold actor1.

A name-level count (no pipeline run): it says where a scoped alias matters, not what the
pipeline finally codes. Dev halves only; ``--show`` prints the acronym, country and readings.

    PYTHONPATH=src python scripts/acronym_scope.py [--show]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

from ceasewatch.evaluate.metrics import split_of
from ceasewatch.evaluate.world import same_actor
from ceasewatch.knowledge import load_actors
from ceasewatch.knowledge.countries import country_named
from ceasewatch.resolve.matching import matcher_for

ROOT = Path(__file__).resolve().parents[1] / "data" / "eval" / "world"
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9İ]{1,6}s?\b")


def _text(row: dict) -> str:
    """The item's text; a report saved as another format keeps it under another key."""
    text = row.get("text")
    return text if isinstance(text, str) else json.dumps(row, ensure_ascii=False)


def _golds(row: dict) -> list[dict]:
    return [row["event"]] if row.get("event") else list(row.get("events") or [])


def main(show: bool) -> None:
    matcher = matcher_for(load_actors())
    counts: Counter[str] = Counter()
    files = [("world_notes", p) for p in sorted((ROOT / "notes").glob("note*.jsonl"))]
    files += [("world_reports", p) for p in sorted((ROOT / "reports").glob("reports*.jsonl"))]
    for set_name, path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if split_of(f"{set_name}:{row['id']}") != "dev":
                continue
            for gold in _golds(row):
                found = country_named(str(gold.get("country") or ""))
                if found is None or not gold.get("actor1"):
                    continue
                on = dt.date.fromisoformat(gold["event_date"])
                for word in dict.fromkeys(ACRONYM.findall(_text(row))):
                    known = [m.actor for m in matcher.kb.lookup(word) if not m.actor.generic]
                    if not known:
                        continue
                    hit = matcher.match(word, on=on, country=found.alpha2)
                    readings = [a.name for a in known]
                    if hit is not None and same_actor(hit.actor.name, gold["actor1"]):
                        cause = "gold"
                    elif hit is not None and hit.actor.country not in (found.alpha2, None):
                        cause = "other-country"
                    elif hit is None and any(same_actor(n, gold["actor1"]) for n in readings):
                        cause = "unresolved-known"
                    else:
                        continue
                    counts[cause] += 1
                    if show and cause != "gold":
                        got = hit.actor.name if hit else None
                        where = f"{path.stem} {row['id']} {word} [{found.alpha2}]"
                        print(f"  {where} -> {got}; gold {gold['actor1']}; readings {readings}")
    print(dict(counts))


if __name__ == "__main__":
    main("--show" in sys.argv)
