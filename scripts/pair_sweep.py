"""Compare learned-reader recipes against the rules, per set and half (numbers only).

The rules run once over each set (and over the training corpus, whose rules' reading feeds
stacking); the runs are pickled in ``--runs``. Each recipe is then fitted on the training
corpus only and applied to the same events, so recipes differ in nothing but the decision:

- ``full``: the learn9 reader (all 25 types), overriding at p >= t when the rules' type <= r;
- ``restricted``: the same reader asked only within the rules' type's confusable group
  (``learn.pairs.GROUPS``), renormalised over the group;
- ``pairs``: one classifier per group, fitted on that group's training rows; ``+stack`` adds
  the rules' type on the training record as a one-hot feature beside the words.

Prints event type accuracy / sub-event weighted F1 for the dev halves of notesc-e and world,
then (``--test``) the test halves of notesd and notese, world's test half, world_heldout and
CASE 2021's 25 labels. Test halves are numbers only: choose on dev, report test.

    PYTHONPATH=src python scripts/pair_sweep.py --runs /tmp/runs [--train DIR ...] [--test]
"""

from __future__ import annotations

import argparse
import json
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from ceasewatch.evaluate import case2021
from ceasewatch.evaluate.harness import run_pipeline
from ceasewatch.evaluate.metrics import classification_scores, split_of
from ceasewatch.evaluate.world import (
    HELDOUT_FILE,
    HELDOUT_NAME,
    NOTES_DIR,
    NOTES_NAME,
    Item,
    compare,
    find_world,
    load,
    load_folder,
    read_as_user,
    score_fields,
)
from ceasewatch.learn.apply import _recorded
from ceasewatch.learn.pairs import GROUP_OF, GROUPS, decide_within
from ceasewatch.learn.reader import CORPUS_DIR
from ceasewatch.model import SUB_EVENT_TO_TYPE, Event
from ceasewatch.pipeline import Resources

Decider = Callable[[list[Event]], list[Event]]
RULE_LABELS = [*sorted(SUB_EVENT_TO_TYPE), "none"]


def sentence(event: Event) -> str:
    if event.sentence is not None:
        return event.sentence.text
    return " ".join(s.text for s in event.evidence)


def rules_run(name: str, items: Sequence[Item], runs: Path) -> tuple[dict[str, Any], Any]:
    """The rules' run over ``items`` (reader off), pickled in ``runs`` and reused."""
    path = runs / f"{name}.pkl"
    if path.is_file():
        by_key, run = pickle.loads(path.read_bytes())
        return by_key, run
    with tempfile.TemporaryDirectory() as tmp:
        by_key = read_as_user(items, Path(tmp))
    run = run_pipeline(
        [by_key[i.key] for i in items if i.key in by_key], Resources(use_reader=False)
    )
    path.write_bytes(pickle.dumps((by_key, run)))
    return by_key, run


def training_rows(folders: Sequence[Path], runs: Path) -> list[tuple[str, str, str]]:
    """(sentence, rules' type, gold type) per training event: the sentence of the rules' event
    in the gold type's group (else their first; else the whole record)."""
    records = []
    for folder in folders:
        for path in sorted(folder.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line) if line.strip() else None
                event = record.get("event") if isinstance(record, dict) else None
                if isinstance(event, dict) and event.get("sub_event_type") in SUB_EVENT_TO_TYPE:
                    records.append(record)
    items = [Item(f"train:{r['id']}", r["id"], r["text"], None) for r in records]
    by_key, run = rules_run("train-" + "-".join(f.name for f in folders), items, runs)
    rows = []
    for item, record in zip(items, records, strict=True):
        gold = record["event"]["sub_event_type"]
        events = list(run.events(by_key[item.key].id)) if item.key in by_key else []
        same = [e for e in events if GROUP_OF.get(e.sub_event_type) == GROUP_OF.get(gold)]
        pick = (same or events)[:1]
        rule = pick[0].sub_event_type if pick else "none"
        rows.append((sentence(pick[0]) if pick else item.text, rule, gold))
    return rows


class Classifier:
    """TF-IDF words and characters (as ``learn.classifier``), optionally the rules' type."""

    def __init__(self, rows: Sequence[tuple[str, str, str]], stack: bool = False) -> None:
        self.stack = stack
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
        )
        self.words.fit([r[0] for r in rows])
        self.chars.fit([r[0] for r in rows])
        features = self.features([r[0] for r in rows], [r[1] for r in rows])
        self.model = LogisticRegression(C=10, max_iter=3000)
        self.model.fit(features, [r[2] for r in rows])

    def features(self, texts: list[str], rules: list[str]) -> Any:
        parts = [self.words.transform(texts), self.chars.transform(texts)]
        if self.stack:
            onehot = sp.lil_matrix((len(texts), len(RULE_LABELS)))
            for i, rule in enumerate(rules):
                onehot[i, RULE_LABELS.index(rule if rule in RULE_LABELS else "none")] = 1.0
            parts.append(onehot.tocsr())
        return sp.hstack(parts).tocsr()

    def table(self, event: Event) -> dict[str, float]:
        row = self.model.predict_proba(self.features([sentence(event)], [event.sub_event_type]))
        return dict(zip(map(str, self.model.classes_), map(float, row[0]), strict=True))


def decider(
    kind: str, rows: list[tuple[str, str, str]], t: float, r: float, stack: bool
) -> Decider:
    if kind == "rules":
        return lambda events: events
    if kind == "pairs":
        models = {
            g: Classifier([x for x in rows if x[2] in g], stack)
            for g in GROUPS
            if len({x[2] for x in rows if x[2] in g}) >= 2
        }
    else:
        whole = Classifier(rows, stack)

    def one(event: Event) -> Event:
        rule = event.sub_event_type
        if kind == "pairs":
            model = models.get(GROUP_OF.get(rule, ()))
            if model is None:
                return event
            table = model.table(event)
        else:
            table = whole.table(event)
        if kind == "full":
            best = max(sorted(table), key=lambda k: table[k])
            if best != rule and table[best] >= t and table.get(rule, 0.0) <= r:
                return _recorded(event, best, table[best], kind, "learned", "sweep")
            return event
        choice = decide_within(table, rule, t, r)
        if choice is None or not choice.overrides:
            return event
        return _recorded(event, choice.sub_event_type, choice.probability, kind, "learned", "")

    return lambda events: [one(e) for e in events]


def world_scores(runs: Path, decide: Decider) -> dict[str, tuple[float, float]]:
    base = find_world(None, NOTES_DIR)
    sets = {
        "notes": load_folder(base / NOTES_DIR, NOTES_NAME),
        "world": load(base),
        "heldout": load(base, HELDOUT_FILE, HELDOUT_NAME),
    }
    buckets: dict[str, list[Any]] = {}
    for name, items in sets.items():
        if name == "notes":
            items = [i for i in items if i.id[:2] in ("nc", "nd", "ne")]
        by_key, run = rules_run(name, items, runs)
        for item in items:
            events = decide(list(run.events(by_key[item.key].id)) if item.key in by_key else [])
            half = "" if name == "heldout" else " " + split_of(item.key)
            label = item.id[:2] if name == "notes" else name
            buckets.setdefault(label + half, []).append(compare(item.gold, events))
    result = {}
    for label, outcomes in buckets.items():
        fields = {f.field: f for f in score_fields(outcomes)}
        type_accuracy = fields["event type"].accuracy or 0.0
        result[label] = (type_accuracy, fields["sub-event: weighted F1"].f1 or 0.0)
    return result


def case_scores(runs: Path, data: Path, decide: Decider) -> tuple[float, float]:
    items = case2021.load(data)
    path = runs / "case2021.pkl"
    if path.is_file():
        run = pickle.loads(path.read_bytes())
    else:
        run = run_pipeline([i.article for i in items], Resources(use_reader=False))
        path.write_bytes(pickle.dumps(run))
    pairs = [
        (i.label, case2021.predict(tuple(decide(list(run.events(i.key))))))
        for i in items
        if i.label not in case2021.UNSEEN
    ]
    scores = classification_scores([g for g, _ in pairs], [p for _, p in pairs])
    return scores.accuracy or 0.0, scores.weighted_f1 or 0.0


RECIPES = [
    ("rules", "rules", 1.0, 1.0, False),
    ("full p>=0.4 rules<=0.1 (learn9)", "full", 0.4, 0.1, False),
    ("restricted p>=0.6", "restricted", 0.6, 1.0, False),
    ("pairs p>=0.6", "pairs", 0.6, 1.0, False),
    ("pairs p>=0.7 rules<=0.3", "pairs", 0.7, 0.3, False),
    ("pairs+stack p>=0.5", "pairs", 0.5, 1.0, True),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=Path, required=True, help="folder for the rules' runs")
    parser.add_argument("--train", type=Path, action="append", default=None)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/eval"))
    parser.add_argument("--test", action="store_true", help="also the test halves (numbers)")
    parser.add_argument("--only", default="", help="recipes whose name contains this")
    args = parser.parse_args()
    args.runs.mkdir(parents=True, exist_ok=True)
    rows = training_rows(args.train or [CORPUS_DIR], args.runs)
    columns = ["nc dev", "nd dev", "ne dev", "world dev"]
    if args.test:
        columns += ["nd test", "ne test", "world test", "heldout", "case2021"]
    print(f"{len(rows)} training events; type / sub-event weighted F1")
    print(f"{'recipe':34s}" + "".join(f"{c:>14s}" for c in columns))
    for name, kind, t, r, stack in [x for x in RECIPES if args.only in x[0]]:
        decide = decider(kind, rows, t, r, stack)
        scores = world_scores(args.runs, decide)
        if args.test:
            scores["case2021"] = case_scores(args.runs, args.data, decide)
        cells = [scores.get(c, (0.0, 0.0)) for c in columns]
        print(f"{name:34s}" + "".join(f"   {a:.3f}/{b:.3f}" for a, b in cells), flush=True)


if __name__ == "__main__":
    main()
