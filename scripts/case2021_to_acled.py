#!/usr/bin/env python3
"""One half of CASE 2021 task 2 as an ACLED-format CSV, to measure `ceasewatch train` on it.

    scripts/case2021_to_acled.py --split dev OUT.csv   (data: $CEASEWATCH_EVAL_DATA)

Writes notes (the snippet), sub_event_type and event_type; snippets with one of the five
non-ACLED labels (ORG_CRIME, DIPLO...) are left out, as an ACLED export has none. The split is
the evaluation's own (``evaluate.metrics.split_of``). The output is evaluation data: keep it
out of the repository and out of any shipped model (docs/QUALITY.md, "Learning from an export").
"""

from __future__ import annotations

import argparse
import csv
import os
from pathlib import Path

from ceasewatch.evaluate.case2021 import LABELS, load
from ceasewatch.evaluate.metrics import split_of
from ceasewatch.model import SUB_EVENT_TO_TYPE

TO_ACLED = {label: sub for sub, label in LABELS.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--data", type=Path, default=Path(os.environ["CEASEWATCH_EVAL_DATA"]))
    args = parser.parse_args()
    items = [i for i in load(args.data) if split_of(i.key) == args.split and i.label in TO_ACLED]
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["event_id", "event_type", "sub_event_type", "notes"])
        for item in items:
            sub = TO_ACLED[item.label]
            writer.writerow([item.key, SUB_EVENT_TO_TYPE[sub], sub, item.article.text])
    print(f"{len(items)} {args.split} snippets -> {args.out}")


if __name__ == "__main__":
    main()
