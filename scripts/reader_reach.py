"""The default reader on the dev halves, in one run: the fallback's reach, its fires, the
reader's re-typings by class pair and the guard's refusals (session 33, reader33).

The pipeline runs once as shipped (reader, guard and fallback on) over the dev halves of the
notes (every file in data/eval/world/notes) and of world.jsonl, and its events are kept in
``--cache`` (a pickle; ``--reuse`` reads it again instead of running). Then:

1. **misses**: a dev item with a gold event and no event out, and why the fallback did not
   speak (not note-like, the reader not sure: its P(no event) and type, no done act or no
   sentence, the guard's refusal, lost in resolve/geocode);
2. **fires**: the fallback's events, matched on the gold's sub-event type or not (or on a
   non-event item);
3. **re-typings**: events the reader re-typed (``learned.chosen == "learned"``, the rules had
   a type), by (rules' type -> reader's type): right (the gold has the reader's type), wrong
   (the gold has the rules'), neither;
4. **refusals**: the guard's, by entry (as ``scripts/guard_study.py``).

    PYTHONPATH=src python scripts/reader_reach.py [--reuse] [--cache FILE] [--quiet]

Dev only: the script never selects a test item.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from ceasewatch.evaluate.harness import run_pipeline
from ceasewatch.evaluate.metrics import split_of
from ceasewatch.evaluate.world import NAME, NOTES_DIR, NOTES_NAME, WORLD_DIR, load, read_as_user
from ceasewatch.learn.fallback import RULES_NONE, note_like
from ceasewatch.learn.reader import NO_EVENT
from ceasewatch.model import SUB_EVENT_TO_TYPE, Event
from ceasewatch.pipeline import Resources
from ceasewatch.settings import setting

sys.path.insert(0, str(Path(__file__).resolve().parent))
from guard_study import entry


def dev_items() -> list[tuple[str, str, Any, list[str]]]:
    """(set, key, article, gold sub-event types) of the notes' and world's dev items."""
    out = []
    files = sorted(p.name for p in (WORLD_DIR / NOTES_DIR).glob("*.jsonl"))
    for kind, items in (
        ("notes", [i for f in files for i in load(WORLD_DIR / NOTES_DIR, f, NOTES_NAME)]),
        ("world", load(WORLD_DIR, "world.jsonl", NAME)),
    ):
        items = [i for i in items if split_of(i.key) == "dev"]
        with tempfile.TemporaryDirectory() as tmp:
            by_key = read_as_user(items, Path(tmp))
        out += [
            (kind, i.key, by_key[i.key], [i.gold.sub_event_type] if i.gold else [])
            for i in items
            if i.key in by_key
        ]
    return out


def events_of(items: list[Any], resources: Resources, cache: Path, reuse: bool) -> dict:
    if reuse and cache.exists():
        return pickle.loads(cache.read_bytes())
    run = run_pipeline([i[2] for i in items], resources)
    found = {i[1]: list(run.events(i[2].id)) for i in items}
    cache.write_bytes(pickle.dumps(found))
    return found


def why_silent(article: Any, table: dict[str, float], resources: Resources) -> str:
    """Why the fallback did not speak on a text the rules found no event in."""
    from ceasewatch.extract.unprompted import typed_event
    from ceasewatch.learn.guard import refusal
    from ceasewatch.pipeline import _placed, resolve

    if not note_like(article.text):
        return f"not note-like ({len(article.text.strip())} chars)"
    quiet = table.get(NO_EVENT, 1.0)
    types = {k: v for k, v in table.items() if k in SUB_EVENT_TO_TYPE}
    sub = max(sorted(types), key=lambda k: types[k])
    if quiet >= setting("learn.reader_fallback_max_no_event"):
        return f"not sure: P(no event) {quiet:.3f}, best {sub} {types[sub]:.2f}"
    event = typed_event(article, resources.extractor, sub, "study")
    if event is None:
        return f"no done act / no sentence ({sub})"
    from ceasewatch.model import Extraction

    one = Extraction(article_id=article.id, events=(event,))
    one = _placed(resolve(one, article, resources.actors), article, resources)
    if not one.events:
        return f"lost in resolve/geocode ({sub})"
    why = refusal(one.events[0], sub, article.text)
    return f"guard: {why}" if why else f"? would fire {sub}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", default="/tmp/reader_reach.pkl")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--quiet", action="store_true", help="tables only, no item lines")
    args = parser.parse_args()
    resources = Resources()
    items = dev_items()
    found = events_of(items, resources, Path(args.cache), args.reuse)
    reader = resources.quiet_reader
    assert reader is not None, "the fallback's reader is unavailable"
    misses = [i for i in items if i[3] and not found[i[1]]]
    tables = reader.probabilities([i[2].text for i in misses])
    silent: Counter[str] = Counter()
    for (kind, key, article, golds), table in zip(misses, tables, strict=True):
        why = why_silent(article, table, resources)
        silent[why.split(":")[0].split(" (")[0]] += 1
        if not args.quiet:
            text = " ".join(article.text.split())
            print(f"MISS {kind} {key} gold {golds} | {why} | {text[:300]}")
    fires: Counter[str] = Counter()
    pairs: Counter[tuple[str, str, str]] = Counter()
    refusals: Counter[tuple[str, str]] = Counter()
    for kind, key, _article, golds in items:
        for event in found[key]:
            learned = event.learned
            if learned is None:
                continue
            if learned.rule_sub_event_type == RULES_NONE:
                verdict = (
                    "NON-EVENT"
                    if not golds
                    else ("right" if event.sub_event_type in golds else "other type")
                )
                fires[verdict] += 1
                if not args.quiet:
                    print(f"FIRE {kind} {key} {event.sub_event_type}: {verdict}; gold {golds}")
                continue
            _retyped(kind, key, event, golds, pairs, refusals, args.quiet)
    print(f"items {len(items)}; misses {len(misses)}: {dict(silent)}")
    _bands(items, found, misses, tables, reader)
    print(f"fallback fires: {dict(fires)}")
    print("| rules -> reader | right | wrong | neither |")
    for rules, read in sorted({(a, b) for a, b, _ in pairs}):
        counts = [pairs[(rules, read, k)] for k in ("right", "wrong", "neither")]
        print(f"| {rules} -> {read} | " + " | ".join(map(str, counts)) + " |")
    print("| guard entry | right | wrong | neither |")
    for which in sorted({w for w, _ in refusals}):
        counts = [refusals[(which, k)] for k in ("right", "wrong", "neither")]
        print(f"| {which} | " + " | ".join(map(str, counts)) + " |")


BANDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.5)


def _bands(
    items: list[Any], found: dict, misses: list[Any], tables: list[Any], reader: Any
) -> None:
    """P(no event) of the note-like texts the rules found nothing in: the gold-event ones (what
    a looser threshold would recall) and the non-event ones (what it would risk), by band."""
    quiet = [i for i in items if not i[3] and not found[i[1]] and note_like(i[2].text)]
    risk = [t.get(NO_EVENT, 1.0) for t in reader.probabilities([i[2].text for i in quiet])]
    gain = [
        t.get(NO_EVENT, 1.0) for i, t in zip(misses, tables, strict=True) if note_like(i[2].text)
    ]
    for name, values in (("gold events missed", gain), ("non-events, no event out", risk)):
        counts = [sum(v < b for v in values) for b in BANDS]
        print(f"P(no event) under {BANDS}: {name} ({len(values)}): {counts}")


def _retyped(
    kind: str,
    key: str,
    event: Event,
    golds: list[str],
    pairs: Counter[tuple[str, str, str]],
    refusals: Counter[tuple[str, str]],
    quiet: bool,
) -> None:
    learned = event.learned
    assert learned is not None
    rules, read = learned.rule_sub_event_type, learned.sub_event_type
    if rules == read:
        return
    if learned.chosen == "learned":
        verdict = "right" if read in golds else ("wrong" if rules in golds else "neither")
        pairs[(rules, read, verdict)] += 1
        label = "RETYPE"
    else:
        which = entry(read, learned.reason)
        if which is None:
            return
        verdict = "right" if rules in golds else ("wrong" if read in golds else "neither")
        refusals[(which, verdict)] += 1
        label = f"REFUSE {which}"
    if not quiet:
        a1 = event.actor1 and (event.actor1.name, event.actor1.inter)
        a2 = event.actor2 and (event.actor2.name, event.actor2.inter)
        print(
            f"{label} {kind} {key} {verdict}: rules {rules} -> reader {read} "
            f"{learned.score:.2f}; gold {golds}; a1 {a1} a2 {a2} dead {event.fatalities}"
        )


if __name__ == "__main__":
    main()
