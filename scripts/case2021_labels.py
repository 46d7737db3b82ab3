"""Per-snippet labels of CASE 2021 task 2 on one split (default dev), one JSON line each:
id, gold label, predicted label, the main event's sentence. For tracing a drift of the set's
score between two trees: run it with each tree's ``src`` on PYTHONPATH and diff the outputs.

    PYTHONPATH=src python scripts/case2021_labels.py OUT.jsonl [--split dev]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from ceasewatch.evaluate.case2021 import load, predict
from ceasewatch.evaluate.harness import main_event, run_pipeline
from ceasewatch.evaluate.metrics import select
from ceasewatch.pipeline import Resources


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--split", default="dev")
    args = ap.parse_args()
    data = Path(os.environ.get("CEASEWATCH_EVAL_DATA", "data/eval"))
    everything = load(data)
    items = select(everything, [i.key for i in everything], args.split, None)
    run = run_pipeline([i.article for i in items], Resources())
    with open(args.out, "w", encoding="utf-8") as sink:
        for item in items:
            events = run.events(item.key)
            main = main_event(events)
            row = {
                "id": item.key,
                "gold": item.label,
                "pred": predict(events),
                "sub": main.sub_event_type if main else None,
                "actor1": main.actor1.name if main and main.actor1 else None,
            }
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
