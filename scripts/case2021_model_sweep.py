#!/usr/bin/env python3
"""CASE 2021 sub-event weighted F1 (25 ACLED labels) of one half with a `--model`, at several
values of ``learn.override_min_probability``, from one pipeline run.

    scripts/case2021_model_sweep.py MODEL_DIR [--split test] [--thresholds 0,0.4,0.6,0.8,1.01]

The pipeline runs once with the threshold at 0 (each event then records the rules' and the
model's type and probability); the main event's type under each threshold follows from those.
1.01 keeps the rules' type always: the figure of the rules alone.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ceasewatch.evaluate.case2021 import LABELS, NO_EVENT, UNSEEN, load
from ceasewatch.evaluate.harness import main_event, run_pipeline
from ceasewatch.evaluate.metrics import classification_scores, split_of
from ceasewatch.model import Event
from ceasewatch.pipeline import Resources


def label(event: Event | None, threshold: float) -> str:
    if event is None:
        return NO_EVENT
    sub = event.sub_event_type
    learned = event.learned
    if learned is not None:
        sub = learned.sub_event_type if learned.score >= threshold else learned.rule_sub_event_type
    return LABELS[sub]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--thresholds", default="0,0.4,0.5,0.6,0.7,0.8,1.01")
    args = parser.parse_args()
    os.environ["CEASEWATCH_LEARN_OVERRIDE_MIN_PROBABILITY"] = "0"
    data = Path(os.environ["CEASEWATCH_EVAL_DATA"])
    items = [i for i in load(data) if split_of(i.key) == args.split]
    run = run_pipeline([i.article for i in items], Resources(model_dir=args.model))
    mains = [main_event(run.events(i.key)) for i in items]
    print("| learn.override_min_probability | weighted F1 (25 ACLED labels) | macro F1 |")
    print("|---|---|---|")
    for threshold in [float(t) for t in args.thresholds.split(",")]:
        pairs = [(i.label, label(m, threshold)) for i, m in zip(items, mains, strict=True)]
        seen = [(g, p) for g, p in pairs if g not in UNSEEN]
        scores = classification_scores([g for g, _ in seen], [p for _, p in seen])
        print(f"| {threshold:g} | {scores.weighted_f1 or 0:.3f} | {scores.macro_f1 or 0:.3f} |")


if __name__ == "__main__":
    main()
