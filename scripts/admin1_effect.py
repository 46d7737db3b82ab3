"""The scorer's admin1 comparison by unit (``world.same_admin1``) beside the literal one it
replaced, on the items where the two can differ: a gold admin1 that names a unit of the
project's admin1 table under a spelling other than the one the geocoder writes (GeoNames'
name; OCHA's for a Syrian governorate). The pipeline runs once over those items; each is
scored both ways. Prints per file and split the counts that changed (test: numbers only; dev:
also the ids). Every other item scores the same both ways as long as predictions carry the
geocoder's own spellings.

    PYTHONPATH=src CEASEWATCH_EVAL_DATA=... python scripts/admin1_effect.py [world notes ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from ceasewatch.evaluate import reports as R
from ceasewatch.evaluate import world as W
from ceasewatch.evaluate.metrics import split_of
from ceasewatch.knowledge.world import admin1_code, read_rows, world_units
from ceasewatch.pipeline import Resources

NEW = W.same_admin1


def _literal(predicted: str, gold: str, country: str | None) -> bool:
    return W._admin_key(predicted) == W._admin_key(gold)


def _written() -> dict[str, str]:
    """Unit code -> the admin1 name the geocoder writes for it."""
    pcodes = {
        r["pcode"]: r["source"].split()[2]
        for r in read_rows("syria_admin_aliases.tsv")
        if r["source"].startswith("GeoNames admin1 ")
    }
    names = {c: u.name for c, u in world_units(1).items()}
    for r in read_rows("syria_admin_units.tsv"):
        if r["level"] == "1":
            names[pcodes[r["pcode"]]] = r["name_en"]
    return names


def _spelled_apart(golds: Iterable[W.Gold], written: dict[str, str]) -> bool:
    for gold in golds:
        country = W._country_key(gold.country)
        if not gold.admin1 or not country or len(country) != 2 or not country.isupper():
            continue
        code = admin1_code(country, gold.admin1)
        if code and W._admin_key(written[code]) != W._admin_key(gold.admin1):
            return True
    return False


def _both(score: Callable[[], Any]) -> tuple[Any, Any]:
    W.same_admin1 = _literal  # type: ignore[assignment]
    before = score()
    W.same_admin1 = NEW
    return before, score()


def _note_counts(gold: W.Gold, events: tuple[Any, ...]) -> Counter[str]:
    out = W.compare(gold, events)
    a = out.answer
    return Counter(
        matched=out.matched,
        gold_found=int(out.matched > 0),
        placed=out.placed,
        place=int(a is not None and W.place_ok(a, gold)),
        event_type=int(a is not None and a.event_type == gold.event_type),
        sub_event=int(out.label == gold.sub_event_type),
        actor1=int(
            a is not None and a.actor1 is not None and W.same_actor(a.actor1.name, gold.actor1)
        ),
        fatalities=int(W.fatalities_ok(a, gold)),
    )


def notes_like(name: str, items: list[W.Item], resources: Resources) -> None:
    written = _written()
    chosen = [i for i in items if i.gold is not None and _spelled_apart([i.gold], written)]
    if not chosen:
        return
    _, rows = W.run_as_user(chosen, resources)
    _print(name, [(i.key, i.id, (lambda i=i, e=e: _note_counts(i.gold, e))) for i, e, _ in rows])


def _report_counts(report: R.Report, events: tuple[Any, ...]) -> Counter[str]:
    out = R.compare_report(report, events)
    pairs = list(zip(out.answers, report.golds, strict=True))
    return Counter(
        hits=out.hits,
        placed=out.placed,
        false_positives=len(out.false_positives),
        event_type=sum(1 for a, g in pairs if a is not None and a.event_type == g.event_type),
        sub_event=sum(
            1 for a, g in pairs if a is not None and a.sub_event_type == g.sub_event_type
        ),
    )


def reports_set(resources: Resources) -> None:
    written = _written()
    folder = W.find_world(None, R.REPORTS_DIR) / R.REPORTS_DIR
    chosen = [r for r in R.load_reports(folder) if _spelled_apart(r.golds, written)]
    _, outcomes = R.run_reports(chosen, resources)
    for prefix in sorted({o.report.id[:2] for o in outcomes}):
        rows = [o for o in outcomes if o.report.id[:2] == prefix]
        _print(
            f"world_reports {prefix}",
            [
                (o.report.key, o.report.id, (lambda o=o: _report_counts(o.report, o.events)))
                for o in rows
            ],
        )


def _print(name: str, rows: list[tuple[str, str, Callable[[], Counter[str]]]]) -> None:
    totals: dict[str, Counter[str]] = {}
    for key, item_id, score in rows:
        split = "test" if name == "world_heldout" else split_of(key)
        before, after = _both(score)
        delta = Counter(after)
        delta.subtract(before)
        totals.setdefault(split, Counter()).update({k: v for k, v in delta.items() if v})
        totals.setdefault(split + " items", Counter())["n"] += 1
        if split == "dev" and any(delta.values()):
            print(f"  dev {name} {item_id}: {dict((k, v) for k, v in delta.items() if v)}")
    for split, counts in sorted(totals.items()):
        print(f"{name} {split}: {dict(counts) or 'no change'}")


def main(which: list[str]) -> None:
    resources = Resources()
    for kind in which or ["world", "notes", "reports", "heldout"]:
        if kind == "world":
            notes_like("world", W.load(W.find_world(None)), resources)
        elif kind == "heldout":
            folder = W.find_world(None, W.HELDOUT_FILE)
            notes_like("world_heldout", W.load(folder, W.HELDOUT_FILE, W.HELDOUT_NAME), resources)
        elif kind == "notes":
            folder = W.find_world(None, W.NOTES_DIR) / W.NOTES_DIR
            for path in sorted(folder.glob("*.jsonl")):
                notes_like(path.name, W.load(path.parent, path.name, W.NOTES_NAME), resources)
        elif kind == "reports":
            reports_set(resources)


if __name__ == "__main__":
    main(sys.argv[1:])
