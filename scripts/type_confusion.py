"""Sub-event confusion over the DEV halves of the notes writers (a-p) and the reports writers
(a-u): gold sub-event vs predicted (the paired answer; "no event" when none), with counts per
cell and per writer (session 22, types22).

    PYTHONPATH=src python scripts/type_confusion.py dump DUMP.jsonl   # run the pipeline, dump
    (--writers a-w: those notes files; --no-reports; --world: world.jsonl's dev half too)
    python scripts/type_confusion.py table DUMP.jsonl [--min N] [--list GOLD=>PRED]

Dev halves only: test halves are read as numbers (``ceasewatch evaluate``), never item by item
(docs/EVALUATION.md). ``--list`` prints the sentences of one cell (dev items)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from typing import Any

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports, run_reports
from ceasewatch.evaluate.world import WORLD_DIR, load, run_as_user
from ceasewatch.model import Event
from ceasewatch.pipeline import Resources


def _ev(e: Event | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "sub": e.sub_event_type,
        "actor1": e.actor1.name if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else None,
        "sentence": e.sentence.text if e.sentence else None,
        "step": _step(e),
        "rule_sub": e.learned.rule_sub_event_type if e.learned else None,
    }


def _step(e: Event) -> str:
    """Which step made the type: the rules, the reader's re-typing, the guard's refusal (the
    rules' type kept against a sure reader) or the fallback (the reader's type alone)."""
    learned = e.learned
    if learned is None:
        return "rules"
    if learned.rule_sub_event_type == "no event":
        return "fallback"
    if learned.chosen == "learned" and learned.sub_event_type != learned.rule_sub_event_type:
        return "reader"
    kept = ("the reader agrees", "probability", "the rules' type keeps")
    return "rules" if learned.reason.startswith(kept) else "guard"


def dump(target: str, writers: str = "a-p", reports: bool = True, world: bool = False) -> None:
    resources = Resources()
    with open(target, "w", encoding="utf-8") as sink:
        # the newest writers' files are named noteu.jsonl, notev.jsonl (no "s")
        paths = sorted((WORLD_DIR / "notes").glob("note*.jsonl"))
        letters = re.compile(f"notes?[{writers}]\\.jsonl")
        # --writers all: every notes file (notezh, notezi have two letters after "note")
        chosen = [p for p in paths if writers == "all" or letters.fullmatch(p.name)]
        # --world: world.jsonl's dev half too (types35), read as a writer named "world"
        for path in [*chosen, *([WORLD_DIR / "world.jsonl"] if world else [])]:
            name = "world" if path.name == "world.jsonl" else "world_notes"
            items = load(path.parent, path.name, name)
            dev = select(items, [i.key for i in items], "dev", None)
            _, rows = run_as_user(dev, resources)
            for item, events, outcome in rows:
                if item.gold is None:
                    continue
                row = {
                    "writer": path.stem,
                    "id": item.id,
                    "text": item.text,
                    "gold": item.gold.sub_event_type,
                    "pred": _ev(outcome.answer),
                    "others": [e.sub_event_type for e in events if e is not outcome.answer],
                }
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(path.stem, len(dev), file=sys.stderr)
        if not reports:
            return
        everything = load_reports(WORLD_DIR / REPORTS_DIR)
        dev_r = select(everything, [r.key for r in everything], "dev", None)
        _, outcomes = run_reports(dev_r, resources)
        for o in outcomes:
            for g, a in zip(o.report.golds, o.answers, strict=True):
                row = {
                    "writer": "reports:" + o.report.id[:2],
                    "id": o.report.id,
                    "text": None,
                    "gold": g.sub_event_type,
                    "pred": _ev(a),
                    "others": [],
                }
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            for e in o.false_positives:
                row = {
                    "writer": "reports-fp",
                    "id": o.report.id,
                    "text": None,
                    "gold": "no event",
                    "pred": _ev(e),
                    "others": [],
                }
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("reports", len(dev_r), file=sys.stderr)


def table(source: str, minimum: int, cell: str | None) -> None:
    with open(source, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    cells: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in rows:
        pred = r["pred"]["sub"] if r["pred"] else "no event"
        fam = "notes" if not r["writer"].startswith("reports") else r["writer"].split(":")[0]
        # which step made the type (rules, reader, guard, fallback); older dumps have none
        fam += "/" + ((r["pred"] or {}).get("step") or "-")
        key = (r["gold"], pred)
        if r["gold"] != pred:
            cells[key] += 1
            where[key][fam] += 1
        if cell and f"{r['gold']}=>{pred}" == cell:
            text = (r["pred"] or {}).get("sentence") or r["text"] or ""
            step = (r["pred"] or {}).get("step"), (r["pred"] or {}).get("rule_sub")
            print(f"[{r['writer']} {r['id']} {step}] {text[:400]}")
    if cell:
        return
    for (gold, pred), n in cells.most_common():
        if n >= minimum:
            print(f"{n:4d}  {gold:38s} -> {pred:38s} {dict(where[(gold, pred)])}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        # --writers n-p: only those notes files; --no-reports: the notes alone (a quicker read)
        w = sys.argv[sys.argv.index("--writers") + 1] if "--writers" in sys.argv else "a-p"
        dump(sys.argv[2], w, "--no-reports" not in sys.argv, "--world" in sys.argv)
    else:
        m = int(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 2
        c = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
        table(sys.argv[2], m, c)
