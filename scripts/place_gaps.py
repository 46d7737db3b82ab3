"""Which gold locations of the DEV halves the gazetteer lacks, and what the pipeline gave instead.

    python scripts/place_gaps.py DUMP.jsonl   # DUMP: the output of ``place_causes.py dump``

A gold location counts as present when a place of the gold's country is spelled alike (exact or
variant) in the gazetteer. Only dev halves are read (``place_causes.dev_items``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from place_causes import dev_items

from ceasewatch.geocode import load_gazetteer
from ceasewatch.knowledge.countries import country_named


def main(dump: Path) -> None:
    gave = {(r["writer"], r["id"]): r for r in map(json.loads, dump.open(encoding="utf-8"))}
    gazetteer = load_gazetteer()
    raw: dict[str, dict] = {}  # type: ignore[type-arg]
    for writer, item in dev_items():
        if item.gold is None:
            continue
        if not raw.get(writer):
            raw[writer] = {}
        row = gave.get((writer, item.id))
        record = _record(writer, item.id)
        name = (record.get("event") or {}).get("location") or ""
        country = country_named(item.gold.country)
        alpha2 = (country.alpha2,) if country else ()
        found = [
            c for c in gazetteer.lookup(name, countries=alpha2) if c.method in ("exact", "variant")
        ]
        if found or not name:
            continue
        ans = (row or {}).get("answer") or {}
        print(
            f"{writer:7} {item.id:7} {name!r:28} {item.gold.country}/{item.gold.admin1} | "
            f"gave {ans.get('name')!r} {ans.get('country')}/{ans.get('admin1')} p{ans.get('prec')} "
            f"ok={(row or {}).get('place_ok')}"
        )


_CACHE: dict[str, dict[str, dict]] = {}  # type: ignore[type-arg]


def _record(writer: str, item_id: str) -> dict:  # type: ignore[type-arg]
    from ceasewatch.evaluate import world as W

    if writer not in _CACHE:
        folder = W.WORLD_DIR if writer == "world" else W.WORLD_DIR / W.NOTES_DIR
        file = "world.jsonl" if writer == "world" else f"{writer}.jsonl"
        _CACHE[writer] = {
            r["id"]: r for r in map(json.loads, (folder / file).open(encoding="utf-8"))
        }
    return _CACHE[writer][item_id]


if __name__ == "__main__":
    main(Path(sys.argv[1]))
