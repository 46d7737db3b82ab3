"""Where types34's (and types35's, types36's) typing readings act: the events each one
re-typed, over the DEV halves of FA-KES, CASE 2021, world, world_reports and the notes files
(extraction alone: no reader). Counts per set, and the sentences of dev items (never a test half's,
docs/EVALUATION.md).

    PYTHONPATH=src python scripts/type_fires.py [fakes case2021 world reports notes]
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from ceasewatch.evaluate import case2021, fakes
from ceasewatch.evaluate.harness import find_data_dir
from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports
from ceasewatch.evaluate.world import WORLD_DIR, find_world, load, read_as_user
from ceasewatch.extract import events, extract_many, subtypes
from ceasewatch.model import Article
from ceasewatch.pipeline import Resources

RULES = ("_aircraft_doer", "_fired_bombs", "_repelled", "_got_through")
# types35's readings take (sub, typed, roles, sentence, tables)
RULES35 = ("_property_only", "_on_them")
# types36's readings (extract/subtypes.py) take the sub-event first, then their own arguments
RULES36 = ("withdrew_after", "seized_equipment", "fired_upon")
fired: Counter[str] = Counter()
seen: list[str] = []


def _watch(name: str) -> None:
    inner = getattr(events, name)

    def wrapped(sub: str, what: Any, doc: Any, tables: Any) -> str:
        out: str = inner(sub, what, doc, tables)
        if out != sub:
            fired[name] += 1
            hit = what if not isinstance(what, list) else what[0][1]
            seen.append(f"  {name}: {sub} -> {out} | {doc[hit.head].sent.text[:160]}")
        return out

    setattr(events, name, wrapped)


def _watch35(name: str) -> None:
    inner = getattr(events, name)

    def wrapped(sub: str, typed: Any, roles: Any, s: Any, tables: Any) -> str:
        out: str = inner(sub, typed, roles, s, tables)
        if out != sub:
            fired[name] += 1
            seen.append(f"  {name}: {sub} -> {out} | {s.sent.text[:160]}")
        return out

    setattr(events, name, wrapped)


def _watch36(name: str) -> None:
    inner = getattr(subtypes, name)

    def wrapped(sub: str, *args: Any) -> str:
        out: str = inner(sub, *args)
        if out != sub:
            fired[name] += 1
            sent = next((a for a in args if hasattr(a, "sent")), None)
            doc = next((a for a in args if hasattr(a, "sents")), None)
            text = sent.sent.text if sent is not None else _hit_text(args, doc)
            seen.append(f"  {name}: {sub} -> {out} | {text[:160]}")
        return out

    setattr(subtypes, name, wrapped)


def _hit_text(args: Any, doc: Any) -> str:
    """The sentence of the first hit of a typed list (withdrew_after's arguments)."""
    typed = args[0] if args and isinstance(args[0], list) else []
    return str(doc[typed[0][1].head].sent.text) if typed and doc is not None else ""


def _articles(which: str) -> list[Article]:
    data = find_data_dir()
    if which == "fakes":
        items = fakes.load(data)
        picked = select(items, [i.key for i in items], "dev", None)
        return [i.article for i in picked if isinstance(i.article, Article)]
    if which == "case2021":
        cases = case2021.load(data)
        chosen = select(cases, [i.key for i in cases], "dev", None)
        return [i.article for i in chosen if isinstance(i.article, Article)]
    if which == "world":
        worlds = load(find_world(data))
        return _as_user(select(worlds, [i.key for i in worlds], "dev", None))
    if which == "reports":
        reports = load_reports(WORLD_DIR / REPORTS_DIR)
        return _as_user(select(reports, [r.key for r in reports], "dev", None))
    out: list[Article] = []
    for path in sorted(Path(WORLD_DIR / "notes").glob("note*.jsonl")):
        notes = load(path.parent, path.name, "world_notes")
        out += _as_user(select(notes, [i.key for i in notes], "dev", None))
    return out


def _as_user(items: Any) -> list[Article]:
    with tempfile.TemporaryDirectory(prefix="type-fires-") as tmp:
        return list(read_as_user(items, Path(tmp)).values())


def main(sets: list[str]) -> None:
    for name in RULES:
        _watch(name)
    for name in RULES35:
        _watch35(name)
    for name in RULES36:
        _watch36(name)
    extractor = Resources().extractor
    for which in sets:
        fired.clear()
        seen.clear()
        articles = _articles(which)
        for _ in extract_many(articles, extractor):
            pass
        print(f"{which} dev: {len(articles)} texts; re-typed {dict(fired)}", flush=True)
        print("\n".join(seen), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["case2021", "world", "reports", "fakes", "notes"])
