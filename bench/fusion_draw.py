"""Draw FA-KES pairs for hand reading (issue 15): the pool and the rule of fusion_fakes_drawn.csv.

    python bench/fusion_draw.py --db FILE [--first N] [--skip-read] [--seed N]

The pool: the pairs of rows whose articles both have a described event (``fusion_fakes._described``:
in the gold governorate, with the gold's total toll) and that the gold leaves undecided
(``fusion_fakes.kind``: one governorate, within a day, the same or an unknown cause, other
counts). The draw: the pool ordered by the SHA-1 of "row_a|row_b" (row keys in file order), the
first N: an order no reader or fuser chooses. ``--seed N`` orders by the SHA-1 of
"N|row_a|row_b" instead and leaves out the pairs of ``fusion_fakes_drawn.csv``: a fresh sample,
drawn by the same rule, that no earlier reader or fuser change has looked at
(``fusion_fakes_drawn_fresh.csv`` is seed 7's). ``--wide D --seed N`` draws from a wider pool
(the gold's near "other" pairs too, within D days) and leaves out the fresh draw's pairs as
well (``fusion_fakes_drawn_third.csv`` is ``--wide 3 --seed 13``'s). Printed for reading: each
pair's gold, headlines and the opening of both texts, never what the fuser did with them
(``--db`` is an archive built by ``fusion_fakes.py --db``; only which articles have a described
event is read from it).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
from pathlib import Path

from fusion_fakes import DRAWN, DRAWN_FRESH, Gold, gold_rows, kind, linkages, read_reviewed

from ceasewatch.evaluate.harness import find_data_dir
from ceasewatch.store import open_store


def pool(db: Path, data_dir: Path, seed: int | None = None, wide: int = 0) -> list[tuple[str, str]]:
    """The undecided described pairs, in the draw's order (``order``). ``wide`` (days, 0: off)
    widens the pool to the gold's near "other" pairs too: one governorate, two known causes
    within a day, or dates 2 to ``wide`` days apart (``kind``: "other-near", "other-date"), where
    the gold's quarter of wrong dates and outlets' other causes hide one attack told twice."""
    stored = json.loads((db.parent / (db.name + ".keys.json")).read_text(encoding="utf-8"))
    gold = gold_rows(data_dir)
    store = open_store(db)
    links = linkages(store, stored, {g.key: g for g in gold})
    store.close()
    pairs = []
    for a, b in itertools.combinations([g for g in gold if g.key in stored], 2):
        if stored[a.key] == stored[b.key] or not (links[a.key].has_gold and links[b.key].has_gold):
            continue
        if kind(a, b) == "undecided" or (wide and _near(a, b, wide)):
            pairs.append((a.key, b.key))
    return sorted(pairs, key=lambda p: order(p, seed))


def _near(a: Gold, b: Gold, wide: int) -> bool:
    """A gold "other" pair of one governorate: two causes within a day, or 2-``wide`` days."""
    days = abs((a.date - b.date).days)
    return kind(a, b) in ("other-near", "other-date") and days <= wide


def order(pair: tuple[str, str], seed: int | None = None) -> str:
    """The draw's sort key: the SHA-1 of "row_a|row_b", or of "seed|row_a|row_b"."""
    text = f"{pair[0]}|{pair[1]}" if seed is None else f"{seed}|{pair[0]}|{pair[1]}"
    return hashlib.sha1(text.encode()).hexdigest()


def texts(data_dir: Path) -> dict[str, dict[str, str]]:
    path = data_dir / "fakes" / "fakes.csv"
    with path.open(encoding="latin-1", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {f"fakes:{n}:{r['unit_id']}": r for n, r in enumerate(rows, start=2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--db", required=True)
    parser.add_argument("--first", type=int, default=150)
    parser.add_argument("--chars", type=int, default=900)
    parser.add_argument("--skip-read", action="store_true", help="Leave out pairs already read.")
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="A fresh draw: another order, the drawn set left out.",
    )
    parser.add_argument(
        "--wide",
        type=int,
        default=0,
        help="Days: widen the pool to the gold's near other pairs (a third draw: the undecided"
        " pool is all read); with --seed, the fresh draw's pairs are left out too.",
    )
    args = parser.parse_args()
    data_dir = find_data_dir(args.data)
    drawn = pool(Path(args.db), data_dir, args.seed, args.wide)
    print(f"# pool: {len(drawn)} pairs")
    if args.seed is not None:
        old = read_reviewed(DRAWN)
        if args.wide:
            old |= read_reviewed(DRAWN_FRESH)
        drawn = [p for p in drawn if frozenset(p) not in old]
        print(f"# seed {args.seed}: {len(drawn)} pairs not read before")
    read = read_reviewed(DRAWN) if args.skip_read else {}
    rows = texts(data_dir)
    for rank, (a, b) in enumerate(drawn[: args.first], start=1):
        if frozenset((a, b)) in read:
            continue
        print(f"\n=== {rank} {a},{b}")
        for key in (a, b):
            r = rows[key]
            gold = (r["date"], r["location"], r["cause_of_death"], r["nb_civilians"])
            print(f"--- {key} {r['source']} gold={gold}+{r['nb_noncivilians']}")
            print(r["article_content"][: args.chars])


if __name__ == "__main__":
    main()
