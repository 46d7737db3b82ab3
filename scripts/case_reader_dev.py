"""The default reader on CASE 2021's dev half: the rules run once (reader off, pickled), then
the reader's policy applied with the guard on and off; prints the 25-label accuracy and each
snippet whose main event the reader re-typed. ``--split test`` prints the accuracies only (test
items are numbers only, never read one by one).

    PYTHONPATH=src python scripts/case_reader_dev.py --runs DIR [--split test]
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

from ceasewatch.evaluate.case2021 import LABELS, UNSEEN, load, predict
from ceasewatch.evaluate.harness import find_data_dir, run_pipeline
from ceasewatch.evaluate.metrics import split_of
from ceasewatch.learn.apply import Policy, decide_default, reader_text
from ceasewatch.learn.reader import Reader, load_reader
from ceasewatch.model import Article, Event
from ceasewatch.pipeline import Resources


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=Path, required=True)
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    args = parser.parse_args()
    out = args.runs / f"case2021_{args.split}.pkl"
    items = [i for i in load(find_data_dir()) if split_of(i.key) == args.split]
    if not out.is_file():
        run = run_pipeline([i.article for i in items], Resources(use_reader=False))
        out.write_bytes(pickle.dumps(run))
    run = pickle.loads(out.read_bytes())
    reader = load_reader()
    assert isinstance(reader, Reader), reader
    for mode in ("none", "pairs", "guard"):
        guard = mode == "guard"
        right = seen = 0
        shown = []
        for item in items:
            events = tuple(run.events(item.key))
            if not isinstance(item.article, Article) or not events:
                typed = events
            else:
                texts = [reader_text(e, item.article, len(events)) for e in events]
                tables = reader.probabilities(texts)
                policy = Policy(0.3, 0.1, guard=guard)
                typed = tuple(
                    e if mode == "pairs" and _paired(e, t) else decide_default(e, t, "r", policy, x)
                    for e, t, x in zip(events, tables, texts, strict=True)
                )
            before, after = predict(events), predict(typed)
            if item.label not in UNSEEN:
                seen += 1
                right += after == item.label
                if before != after:
                    sides = [
                        (e.actor1 and e.actor1.inter, e.actor2 and e.actor2.inter, e.fatalities)
                        for e in events
                    ]
                    shown.append(f"  {item.label}: rules {before} -> {after} | {item.key} {sides}")
        print(f"{mode}: accuracy {right / seen:.3f} over {seen}; re-typed {len(shown)}")
        if args.split == "dev":
            print("\n".join(shown))
    rules = sum(
        predict(tuple(run.events(i.key))) == i.label for i in items if i.label not in UNSEEN
    )
    print(f"rules alone: {rules / sum(i.label not in UNSEEN for i in items):.3f} ({len(LABELS)})")


# session 30's fixed pairs (the policy before learn.guard), to compare with
PAIRS = (
    {"Government regains territory", "Non-state actor overtakes territory"},
    {"Air/drone strike", "Shelling/artillery/missile attack"},
)


def _paired(event: Event, table: dict[str, float]) -> bool:
    best = max(sorted(table), key=lambda k: table[k])
    return {best, event.sub_event_type} in PAIRS


if __name__ == "__main__":
    main()
