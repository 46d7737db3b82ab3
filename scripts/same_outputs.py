"""Byte-identity check for output-neutral changes (speed work, issue 9).

    PYTHONPATH=<src tree> python scripts/same_outputs.py OUT.jsonl

Runs ``pipeline.process_many`` over fixed inputs and writes every Extraction as canonical JSON,
one line per article in id order, then prints the counts and the file's sha256. Run it with the
base's source tree (a ``git archive`` of main's ``src``) and with the branch's, and compare the
two files (``cmp``): a speed-up must leave them byte-identical.

Inputs, dev halves only (``metrics.split_of``; test items are never read item by item): the
world notes (data/eval/world/notes), the world reports (data/eval/world/reports) and world.jsonl,
each line as a user's JSONL line through ingest and clean; the first 150 FA-KES articles
(``CEASEWATCH_EVAL_DATA``); the VOA stories (``$CEASEWATCH_SHARED/data/corpus/voa``, when there).
Session 30: 2,230 articles, 3,403 events.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from ceasewatch.evaluate import fakes
from ceasewatch.evaluate.harness import find_data_dir, user_article
from ceasewatch.evaluate.metrics import split_of
from ceasewatch.model import Article
from ceasewatch.pipeline import Resources, process_many

WORLD = Path(__file__).resolve().parent.parent / "data" / "eval" / "world"
VOA = (
    Path(os.environ.get("CEASEWATCH_SHARED", "/work/shared")) / "data/corpus/voa/voa_stories.jsonl"
)
FAKES = 150


def articles() -> list[Article]:
    found: list[Article] = []

    def add(key: str, record: dict[str, str | None]) -> None:
        article = user_article(key, record, "bench")
        if isinstance(article, Article):
            found.append(article)

    files = [("world_notes", f) for f in sorted((WORLD / "notes").glob("*.jsonl"))]
    files += [("world_reports", f) for f in sorted((WORLD / "reports").glob("*.jsonl"))]
    files += [("world", WORLD / "world.jsonl")]
    for name, path in files:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line) if line.strip() else {}
            key = f"{name}:{row.get('id')}"
            if row.get("text") and split_of(key) == "dev":
                add(key, {"text": row["text"]})
    items = fakes.load(find_data_dir(None))[:FAKES]
    found += [item.article for item in items if isinstance(item.article, Article)]
    if VOA.exists():
        for line in VOA.open(encoding="utf-8"):
            row = json.loads(line)
            fields = ("text", "title", "published", "url")
            add(f"voa:{row['id']}", {k: row[k] for k in fields if row.get(k)})
    return found


def main() -> None:
    out = Path(sys.argv[1])
    inputs = articles()
    lines = {e.article_id: e.model_dump_json() for e in process_many(inputs, Resources())}
    out.write_text("".join(lines[k] + "\n" for k in sorted(lines)), encoding="utf-8")
    events = sum(len(json.loads(v)["events"]) for v in lines.values())
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{len(inputs)} articles, {len(lines)} outputs, {events} events, sha256 {digest}")


if __name__ == "__main__":
    main()
