"""Study the default reader on one world file at a time (numbers only, by split).

``run``: the rules alone over every item of each file (reader off), pickled once per file, so
every recipe and policy below is scored on the same events and differs in the decision alone.
``score``: each reader recipe (``learn.reader.RECIPES``) fitted on ``--train`` and each policy
applied to the pickled events, scored on ``--split`` of each file: event type accuracy,
sub-event weighted and macro F1, events changed.

    PYTHONPATH=src python scripts/reader_study.py run --runs DIR notesp.jsonl world.jsonl
    PYTHONPATH=src python scripts/reader_study.py score --runs DIR --split dev notesp.jsonl

Choose on ``--split dev`` only; ``--split test`` prints the same numbers for the chosen policy
and is never read item by item.
"""

from __future__ import annotations

import argparse
import pickle
import tempfile
from pathlib import Path
from typing import Any

from ceasewatch.evaluate.harness import run_pipeline
from ceasewatch.evaluate.metrics import split_of
from ceasewatch.evaluate.world import (
    NAME,
    NOTES_DIR,
    NOTES_NAME,
    WORLD_DIR,
    compare,
    load,
    read_as_user,
    score_fields,
)
from ceasewatch.learn.apply import Policy, _text, decide_default
from ceasewatch.learn.reader import NO_EVENT, RECIPES, Reader, load_reader
from ceasewatch.pipeline import Resources


def items_of(file: str) -> list[Any]:
    if file in ("world.jsonl", "heldout.jsonl"):
        return load(WORLD_DIR, file, NAME if file == "world.jsonl" else "world_heldout")
    return load(WORLD_DIR / NOTES_DIR, file, NOTES_NAME)


def half(file: str, key: str) -> str:
    """The split an item is scored in: world_heldout has no dev half."""
    return "test" if file == "heldout.jsonl" else split_of(key)


def run(files: list[str], runs: Path) -> None:
    for file in files:
        out = runs / f"rules_{file}.pkl"
        if out.is_file():
            continue
        items = items_of(file)
        with tempfile.TemporaryDirectory() as tmp:
            by_key = read_as_user(items, Path(tmp))
        result = run_pipeline(
            [by_key[i.key] for i in items if i.key in by_key], Resources(use_reader=False)
        )
        out.write_bytes(pickle.dumps((by_key, result)))
        print(f"{file}: {len(items)} items", flush=True)


def scored(items: list[Any], by_key: dict[str, Any], decided: dict[str, list[Any]]) -> str:
    outcomes = [compare(i.gold, decided.get(i.key, [])) for i in items]
    fields = {f.field: f for f in score_fields(outcomes)}
    return (
        f"type {fields['event type'].accuracy or 0:.3f} "
        f"subW {fields['sub-event: weighted F1'].f1 or 0:.3f} "
        f"subM {fields['sub-event: macro F1'].f1 or 0:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["run", "score", "fallback"])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--runs", type=Path, required=True)
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--recipes", default="reader.v1")
    parser.add_argument("--modes", default="sentence,note,single")
    parser.add_argument("--policies", default="", help="p:r[:g],... (default: the grid)")
    args = parser.parse_args()
    if args.command == "run":
        run(args.files, args.runs)
        return
    if args.command == "fallback":
        fallback(args.files, args.runs, args.split, args.recipes)
        return
    modes = args.modes.split(",")
    score(args.files, args.runs, args.split, args.recipes.split(","), args.policies, modes)


def fallback(files: list[str], runs: Path, split: str, recipe: str) -> None:
    """Items where the rules found no event: how sure a reader that learnt the non-events is
    that the text reports one. Counts by threshold on P(no event): items with a gold event
    (recall it could add; right type) and without (false events it would add)."""
    reader = load_reader(None, None, RECIPES[recipe])
    assert isinstance(reader, Reader), reader
    rows = []
    for file in files:
        by_key, result = pickle.loads((runs / f"rules_{file}.pkl").read_bytes())
        for item in items_of(file):
            if half(file, item.key) != split or item.key not in by_key:
                continue
            if list(result.events(by_key[item.key].id)):
                continue
            table = reader.probabilities([by_key[item.key].text])[0]
            quiet = table.pop(NO_EVENT, 0.0)
            best = max(sorted(table), key=lambda k: table[k])
            gold = item.gold.sub_event_type if item.gold is not None else None
            rows.append((quiet, table[best], best == gold, gold is not None))
    print(f"{recipe}: {len(rows)} items without a rules' event ({sum(r[3] for r in rows)} events)")
    for t in (0.05, 0.1, 0.2, 0.3, 0.5):
        fired = [r for r in rows if r[0] < t]
        print(
            f"P(no event) < {t:g}: fires {len(fired)}: gold events {sum(r[3] for r in fired)} "
            f"(right type {sum(r[2] for r in fired)}), gold non-events "
            f"{sum(not r[3] for r in fired)}"
        )


POLICIES = [(p, r, 1.0) for p in (0.3, 0.4, 0.5, 0.6) for r in (0.05, 0.1, 0.2, 1.0)]


def score(
    files: list[str], runs: Path, split: str, recipes: list[str], only: str, modes: list[str]
) -> None:
    loaded = {}
    for file in files:
        by_key, result = pickle.loads((runs / f"rules_{file}.pkl").read_bytes())
        items = [i for i in items_of(file) if half(file, i.key) == split]
        loaded[file] = (items, by_key, result)
    # p:r or p:r:g (g 0 turns learn.guard off)
    policies = POLICIES if not only else [_policy(p) for p in only.split(",")]
    print("files: " + " | ".join(f"{f} ({len(v[0])})" for f, v in loaded.items()))
    base = {
        f: {i.key: list(r.events(b[i.key].id)) if i.key in b else [] for i in it}
        for f, (it, b, r) in loaded.items()
    }
    print(f"{'rules':34s} " + " | ".join(scored(v[0], v[1], base[f]) for f, v in loaded.items()))
    for name in recipes:
        reader = load_reader(None, None, RECIPES[name])
        assert isinstance(reader, Reader), reader
        for mode in modes:
            tables: dict[str, dict[str, float]] = {}
            texts: dict[str, str] = {}
            for file, (items, by_key, _result) in loaded.items():
                for item in items:
                    article = by_key.get(item.key)
                    events = base[file][item.key]
                    for event in events:
                        whole = mode == "note" or (mode == "single" and len(events) == 1)
                        text = article.text if whole else _text(event, article)
                        tables[event.id] = reader.probabilities([text])[0]
                        texts[event.id] = text
            for p, r, g in policies:
                cells, changed = [], 0
                for file, (items, by_key, _result) in loaded.items():
                    decided = {}
                    for item in items:
                        new = []
                        for event in base[file][item.key]:
                            policy = Policy(p, r, guard=bool(g))
                            got = decide_default(
                                event, tables[event.id], "r", policy, texts[event.id]
                            )
                            changed += got.sub_event_type != event.sub_event_type
                            new.append(got)
                        decided[item.key] = new
                    cells.append(scored(items, by_key, decided))
                label = f"{name} {mode} p>={p:g} r<={r:g} g{g:g} ch{changed}"
                print(f"{label:34s} " + " | ".join(cells), flush=True)


def _policy(text: str) -> tuple[float, float, float]:
    p, r, *g = map(float, text.split(":"))
    return p, r, g[0] if g else 1.0


if __name__ == "__main__":
    main()
