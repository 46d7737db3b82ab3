"""FA-KES per article: the main event's perpetrator class and cause beside the gold, as JSON
lines, to diff two trees (what moved a FA-KES field). Aggregate use only on the test half.

    PYTHONPATH=<tree>/src python scripts/fakes_dump.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys

from ceasewatch.evaluate import fakes
from ceasewatch.evaluate.harness import find_data_dir, main_event, run_pipeline
from ceasewatch.pipeline import Resources


def main(out: str) -> None:
    resources = Resources()
    items = fakes.load(find_data_dir())
    run = run_pipeline([i.article for i in items], resources)
    with open(out, "w", encoding="utf-8") as handle:
        for item in items:
            events = run.events(item.key)
            main = main_event(events)
            outcome = fakes.compare(item, events, resources.actors)
            row = {
                "key": item.key,
                "perp_gold": item.perpetrator,
                "cause_gold": item.cause,
                "perp_ok": outcome.perpetrator,
                "cause_ok": outcome.cause,
                "actor1": None if main is None or main.actor1 is None else main.actor1.name,
                "sub": None if main is None else main.sub_event_type,
                "sentence": None if main is None or main.sentence is None else main.sentence.text,
                "events": len(events),
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
