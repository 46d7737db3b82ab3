"""Measure the default reader's override policies on the world sets (numbers only).

The pipeline runs once with the reader off (the rules' types); then each policy of
``learn.apply.decide_default`` (and the plain threshold of ``--model``) is applied to the same
events and the set is scored again, so the policies differ in nothing but the decision.
Prints per policy: event type accuracy, sub-event weighted and macro F1, events changed.

    PYTHONPATH=src python scripts/reader_sweep.py --split dev [--data DIR] [--train DIR]

Tune on ``--split dev`` only: test halves are read as numbers, never tuned to.
"""

from __future__ import annotations

import argparse
import pickle
import tempfile
from pathlib import Path

from ceasewatch.evaluate.harness import run_pipeline
from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.world import (
    NOTES_DIR,
    NOTES_NAME,
    compare,
    find_world,
    load,
    load_folder,
    read_as_user,
    score_fields,
)
from ceasewatch.learn.apply import Policy, _text, decide, decide_default
from ceasewatch.learn.reader import Reader, load_reader
from ceasewatch.pipeline import Resources

POLICIES = [("rules", None)] + [
    (f"p>={p:g} rule<={r:g}", Policy(p, r))
    for p in (0.2, 0.3, 0.4, 0.5, 0.6)
    for r in (0.05, 0.1, 0.2, 0.3, 1.0)
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--train", type=Path, default=None)
    parser.add_argument("--set", default="notes", choices=["notes", "world"])
    parser.add_argument("--text", default="sentence", choices=["sentence", "article"])
    parser.add_argument("--only", default="", help="score only items whose id starts so")
    parser.add_argument("--runs", type=Path, default=None, help="pickle of the rules' run")
    args = parser.parse_args()
    base = find_world(args.data, NOTES_DIR)
    notes = args.set == "notes"
    everything = load_folder(base / NOTES_DIR, NOTES_NAME) if notes else load(base)
    items = select(everything, [i.key for i in everything], args.split, None)
    reader = load_reader(args.train)
    assert isinstance(reader, Reader), reader
    if args.runs is not None and args.runs.is_file():
        by_key, run = pickle.loads(args.runs.read_bytes())
    else:
        with tempfile.TemporaryDirectory() as tmp:
            by_key = read_as_user(items, Path(tmp))
        run = run_pipeline(
            [by_key[i.key] for i in items if i.key in by_key], Resources(use_reader=False)
        )
        if args.runs is not None:
            args.runs.write_bytes(pickle.dumps((by_key, run)))
    items = [i for i in items if i.id.startswith(args.only)]
    articles = [by_key[i.key] for i in items if i.key in by_key]
    by_id = {a.id: a for a in articles}
    tables = {}
    for aid in by_id:
        for event in run.events(aid):
            whole = by_id[aid].text
            text = whole if args.text == "article" else _text(event, by_id[aid])
            if text:
                tables[event.id] = reader.probabilities([text])[0]
    print(f"{len(items)} items, {len(tables)} events, reader {reader.name} ({reader.rows} rows)")
    for name, policy in [*POLICIES, *[(f"model>={t:g}", t) for t in (0.4, 0.6)]]:
        outcomes, changed = [], 0
        for item in items:
            events = list(run.events(by_key[item.key].id)) if item.key in by_key else []
            decided = []
            for event in events:
                table = tables.get(event.id)
                if table is None or policy is None:
                    decided.append(event)
                    continue
                if isinstance(policy, Policy):
                    new = decide_default(event, table, reader.name, policy)
                else:
                    best = max(sorted(table), key=lambda k: table[k])
                    new = decide(event, best, table[best], reader.name, policy)
                changed += new.sub_event_type != event.sub_event_type
                decided.append(new)
            outcomes.append(compare(item.gold, decided))
        fields = {f.field: f for f in score_fields(outcomes)}
        row = [
            f"{fields['event type'].accuracy or 0:.3f}",
            f"{fields['sub-event: weighted F1'].f1 or 0:.3f}",
            f"{fields['sub-event: macro F1'].f1 or 0:.3f}",
        ]
        print(f"{name:24s} type {row[0]} subW {row[1]} subM {row[2]} changed {changed}")


if __name__ == "__main__":
    main()
