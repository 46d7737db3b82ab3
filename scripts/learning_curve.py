#!/usr/bin/env python3
"""The learning curve of `ceasewatch train`'s classifier: trained on the first N rows of one
ACLED-format CSV (in a fixed shuffled order), scored by 5-fold cross-validation on those rows and
on every row of a second CSV (e.g. the other half of an evaluation set).

    scripts/learning_curve.py TRAIN.csv TEST.csv [--sizes 100,300,1000]

Prints one markdown table row per size (sizes above the rows available are skipped). The
classifier reads the notes alone here; `--model` in the pipeline types only events the rules
found (see docs/QUALITY.md, "Learning from an export").
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from sklearn.metrics import f1_score

from ceasewatch.learn import classifier
from ceasewatch.learn.acled import read_export


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("test", type=Path)
    parser.add_argument("--sizes", default="100,300,1000")
    args = parser.parse_args()
    rows, _ = read_export(args.train)
    test, _ = read_export(args.test)
    random.Random(0).shuffle(rows)
    print("| training rows | CV sub-event wF1 | CV event-type wF1 | other set: sub-event wF1 |")
    print("|---|---|---|---|")
    wanted = {int(s) for s in args.sizes.split(",")}
    for size in sorted({s for s in wanted if s < len(rows)} | {len(rows)}):
        part = rows[:size]
        texts, labels = [r.notes for r in part], [r.sub_event_type for r in part]
        cv = classifier.cross_validate(texts, labels)
        model = classifier.fit(texts, labels)
        predicted = [p for p, _ in classifier.predict(model, [r.notes for r in test])]
        gold = [r.sub_event_type for r in test]
        other = f1_score(gold, predicted, average="weighted", zero_division=0)
        print(
            f"| {size} | {cv.get('sub_event_weighted_f1', '-')} | "
            f"{cv.get('event_type_weighted_f1', '-')} | {other:.3f} |"
        )


if __name__ == "__main__":
    main()
