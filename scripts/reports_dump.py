"""The reports set's DEV half, article by article: each gold event with its paired prediction,
each false positive with the sentence it came from, for reading failure causes.

    PYTHONPATH=src python scripts/reports_dump.py [OUT.jsonl] [--only ra,rp]

Dev half only: the test half is read as numbers (``ceasewatch evaluate --set world_reports``),
never item by item (docs/EVALUATION.md). Prints a readable listing; with OUT also one JSON line
per article. ``--only`` keeps the records whose ids start with one of the given prefixes
(``ra`` = reportsa ... ``rp`` = reportsp; session 26)."""

from __future__ import annotations

import json
import sys
from typing import Any

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports, run_reports
from ceasewatch.evaluate.world import WORLD_DIR
from ceasewatch.model import Event
from ceasewatch.pipeline import Resources


def _event(e: Event | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "date": str(e.event_date),
        "sub": e.sub_event_type,
        "actor1": e.actor1.name if e.actor1 else None,
        "place": e.location.name if e.location else None,
        "fatalities": e.fatalities,
        "sentence": e.sentence.text if e.sentence else None,
    }


def main(target: str | None, only: tuple[str, ...] = ()) -> None:
    everything = load_reports(WORLD_DIR / REPORTS_DIR)
    if only:
        everything = [r for r in everything if r.id.startswith(only)]
    dev = select(everything, [r.key for r in everything], "dev", None)
    _, outcomes = run_reports(dev, Resources())
    rows = []
    for o in outcomes:
        row = {
            "id": o.report.id,
            "gold": [
                {
                    "date": str(g.date),
                    "sub": g.sub_event_type,
                    "actor1": g.actor1,
                    "fatalities": g.fatalities,
                    "answer": _event(a),
                }
                for g, a in zip(o.report.golds, o.answers, strict=True)
            ],
            "false_positives": [_event(e) for e in o.false_positives],
            "excused": o.excused,
        }
        print(f"== {row['id']}: {len(o.report.golds)} gold, {len(o.events)} predicted")
        for g in row["gold"]:
            got = g["answer"]
            said = (
                "MISSED" if got is None else f"{got['sub']} | {got['actor1']} | {got['fatalities']}"
            )
            print(f"  gold {g['date']} {g['sub']} | {g['actor1']} | {g['fatalities']}  ->  {said}")
        for fp in row["false_positives"]:
            print(f"  FALSE {fp['date']} {fp['sub']} @ {fp['place']}: {fp['sentence']}")
        rows.append(json.dumps(row, ensure_ascii=False))
    if target:
        with open(target, "w", encoding="utf-8") as sink:
            sink.write("".join(r + "\n" for r in rows))


if __name__ == "__main__":
    args = sys.argv[1:]
    prefixes: tuple[str, ...] = ()
    if "--only" in args:
        at = args.index("--only")
        prefixes = tuple(args[at + 1].split(","))
        del args[at : at + 2]
    main(args[0] if args else None, prefixes)
