"""The reports set's DEV half in scripts/actor1_dump.py's row shape: one row per gold event,
with the article's predicted events (only the paired one as the answer; an unpaired gold event
has no answer and is skipped), for scripts/actor1_causes.py. Also the gold actor2 and the
article's text, for reading actor1 misses by cause.

    PYTHONPATH=src python scripts/reports_actor1_dump.py OUT.jsonl

Dev half only: the test half is read as numbers, never item by item (docs/EVALUATION.md)."""

from __future__ import annotations

import json
import sys
from typing import Any

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports, run_reports
from ceasewatch.evaluate.world import WORLD_DIR
from ceasewatch.pipeline import Resources


def _actor(ref):  # type: ignore[no-untyped-def]
    if ref is None:
        return None
    return {"name": ref.name, "surface": ref.surface, "method": ref.method, "type": ref.type}


def main(out: str) -> None:
    folder = WORLD_DIR / REPORTS_DIR
    everything = load_reports(folder)
    dev = select(everything, [r.key for r in everything], "dev", None)
    gold_actor2: dict[str, list[Any]] = {}
    for path in sorted(folder.glob("reports*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold_actor2[row["id"]] = [e.get("actor2") for e in row["events"]]
    _, outcomes = run_reports(dev, Resources())
    with open(out, "w", encoding="utf-8") as handle:
        for o in outcomes:
            events = list(o.events)
            for n, (g, a) in enumerate(zip(o.report.golds, o.answers, strict=True)):
                row = {
                    "set": "reports" + o.report.id[1],
                    "key": f"{o.report.id}#{n}",
                    "text": o.report.text,
                    "gold": {
                        "actor1": g.actor1,
                        "actor2": gold_actor2[o.report.id][n],
                        "event_type": g.event_type,
                        "sub": g.sub_event_type,
                        "country": g.country,
                    },
                    "answer": None if a is None else events.index(a),
                    "events": [
                        {
                            "type": e.event_type,
                            "sub": e.sub_event_type,
                            "actor1": _actor(e.actor1),
                            "actor2": _actor(e.actor2),
                            "assoc1": [_actor(x) for x in e.assoc_actors1],
                            "sentence": e.sentence.text if e.sentence is not None else None,
                            "fatalities": e.fatalities,
                        }
                        for e in events
                    ],
                }
                if a is None:
                    row["events"] = []  # missed event: not an actor cause
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
