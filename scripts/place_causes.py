"""Dump the pipeline's events for the DEV halves of the notes writers and world, one JSON line per
item, then classify why the answer's place is wrong (``--classify``).

    python scripts/place_causes.py dump OUT.jsonl       # runs the pipeline (slow)
    python scripts/place_causes.py classify OUT.jsonl   # the cause x writer table

Only dev halves are read (``select(..., "dev")``); test halves are never loaded item by item.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ceasewatch.evaluate import world as W
from ceasewatch.evaluate.metrics import select
from ceasewatch.geo import km_between
from ceasewatch.pipeline import Resources


def dev_items() -> list[tuple[str, W.Item]]:
    """Dev halves of every notes writer and world; ``PLACE_WRITERS=p,q,world`` keeps only those."""
    keep = {w.strip() for w in os.environ.get("PLACE_WRITERS", "").split(",") if w.strip()}
    out: list[tuple[str, W.Item]] = []
    folder = W.WORLD_DIR / W.NOTES_DIR
    for path in sorted(folder.glob("note*.jsonl")):  # notesa-notest, then noteu, notev, notew
        if keep and path.stem.removeprefix("notes").removeprefix("note") not in keep:
            continue
        items = W.load(folder, path.name, W.NOTES_NAME)
        out += [(path.stem, i) for i in select(items, [i.key for i in items], "dev", None)]
    if keep and "world" not in keep:
        return out
    items = W.load(W.WORLD_DIR)
    out += [("world", i) for i in select(items, [i.key for i in items], "dev", None)]
    return out


def _loc(event):  # type: ignore[no-untyped-def]
    loc = event.location
    d = {"type": event.event_type, "sub": event.sub_event_type, "date": str(event.event_date)}
    if loc is not None:
        d.update(
            name=loc.name,
            surface=loc.surface,
            lat=loc.latitude,
            lon=loc.longitude,
            country=loc.country,
            admin1=loc.admin1,
            admin2=loc.admin2,
            prec=loc.geo_precision,
            qual=loc.qualifier,
            reason=loc.reason,
            place_id=loc.place_id,
        )
    return d


def dump(out: Path) -> None:
    pairs = dev_items()
    resources = Resources()
    _, rows = W.run_as_user([i for _, i in pairs], resources)
    with out.open("w", encoding="utf-8") as fh:
        for (writer, _), (item, events, o) in zip(pairs, rows, strict=True):
            g = item.gold
            row = {
                "writer": writer,
                "id": item.id,
                "text": item.text,
                "gold": None
                if g is None
                else {
                    "country": g.country,
                    "admin1": g.admin1,
                    "lat": g.latitude,
                    "lon": g.longitude,
                },
                "events": [_loc(e) for e in events],
                "answer": None if o.answer is None else _loc(o.answer),
                "answer_idx": None if o.answer is None else list(events).index(o.answer),
                "place_ok": bool(
                    o.answer is not None and g is not None and W.place_ok(o.answer, g)
                ),
                "any_place_ok": bool(g is not None and any(W.place_ok(e, g) for e in events)),
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def cause(row: dict) -> str:  # type: ignore[type-arg]
    g, a = row["gold"], row["answer"]
    if a is None:
        return "no event"
    if a.get("name") is None:
        return "no place"
    if row["any_place_ok"]:
        return "wrong event chosen (another event is placed right)"
    if a.get("lat") is None:
        return "not placed (no coordinates)"
    km = km_between(a["lat"], a["lon"], g["lat"], g["lon"])
    if W._country_key(a.get("country")) != W._country_key(g["country"]):
        return "wrong country"
    if a.get("admin1") and W._admin_key(a["admin1"]) == W._admin_key(g["admin1"]):
        return "?? admin1 equal"
    if km < 80 and a.get("admin1"):
        return "near (<80km) but other admin1 / admin1 spelling"
    if a.get("prec") == 3:
        return "coarse (admin centroid) in wrong admin1"
    return "right country, wrong admin1 (>80km)"


def classify(path: Path, show: str | None = None) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for row in rows:
        if row["gold"] is None:
            continue
        totals[row["writer"]] += 1
        if row["place_ok"]:
            table["OK"][row["writer"]] += 1
            continue
        c = cause(row)
        table[c][row["writer"]] += 1
        if show and show in c:
            g = row["gold"]
            print(f"--- {row['writer']} {row['id']}: {row['text'][:400]}")
            print(f"    gold: {g['country']} / {g['admin1']} ({g['lat']},{g['lon']})")
            for i, e in enumerate(row["events"]):
                mark = "*" if i == row["answer_idx"] else " "
                print(
                    f"   {mark}{e.get('type')} | {e.get('surface')!r} -> {e.get('name')} "
                    f"{e.get('country')}/{e.get('admin1')} ({e.get('lat')},{e.get('lon')}) "
                    f"p{e.get('prec')} {e.get('reason', '')[:120]}"
                )
    writers = sorted(totals)
    print("cause".ljust(55) + "".join(w[-6:].rjust(7) for w in writers) + "  all  #writers")
    for c, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        n_writers = sum(1 for w in writers if counts[w] and w != "world")
        print(
            c[:55].ljust(55)
            + "".join(str(counts[w]).rjust(7) for w in writers)
            + str(sum(counts.values())).rjust(5)
            + str(n_writers).rjust(6)
        )
    print("items".ljust(55) + "".join(str(totals[w]).rjust(7) for w in writers))


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(Path(sys.argv[2]))
    else:
        classify(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
