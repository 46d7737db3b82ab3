"""Agreement of two hand readings of FA-KES pairs (issue 15): raw and Cohen's kappa.

    python bench/fusion_agreement.py [FIRST] [SECOND] [--json]

By default the first reading is ``bench/data/fusion_fakes_drawn.csv`` and the second
``bench/data/fusion_fakes_drawn_second.csv`` (a blind re-reading of ranks 41-110). Only pairs
both readings judged count. Printed: pairs, raw agreement with its 95 % Wilson interval, Cohen's
kappa (agreement beyond what the two readers' label shares would give by chance), the table of
verdict pairs and every pair they disagree on with both reasons.

Why kappa beside the raw share: most drawn pairs are "other", so two readers who called
everything "other" would agree often by chance alone; kappa discounts that.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

from fusion_fakes import DRAWN, wilson

SECOND = Path(__file__).parent / "data" / "fusion_fakes_drawn_second.csv"


def read(path: Path) -> dict[frozenset[str], tuple[str, str]]:
    """Pair of row keys -> (verdict, reason)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return {
            frozenset((r["row_a"], r["row_b"])): (r["verdict"], r["reason"])
            for r in csv.DictReader(lines)
        }


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two readers' labels on the same items (None: no items, or both readers
    gave one and the same label to every item, where chance agreement is already 1)."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[c] * second[c] for c in first) / (n * n)
    return None if chance == 1 else (observed - chance) / (1 - chance)


def agreement(
    first: dict[frozenset[str], tuple[str, str]], second: dict[frozenset[str], tuple[str, str]]
) -> dict[str, Any]:
    both = sorted(set(first) & set(second), key=sorted)
    labels = [(first[p][0], second[p][0]) for p in both]
    agreed = sum(a == b for a, b in labels)
    k = kappa(labels)
    return {
        "pairs": len(both),
        "agreed": agreed,
        "raw": round(agreed / len(both), 4) if both else None,
        "raw_ci95": wilson(agreed, len(both)),
        "kappa": None if k is None else round(k, 4),
        "table": {f"{a}/{b}": n for (a, b), n in sorted(Counter(labels).items())},
        "disagreements": [
            {"pair": sorted(p), "first": first[p], "second": second[p]}
            for p in both
            if first[p][0] != second[p][0]
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="?", default=str(DRAWN))
    parser.add_argument("second", nargs="?", default=str(SECOND))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = agreement(read(Path(args.first)), read(Path(args.second)))
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        if key != "disagreements":
            print(f"{key}: {value}")
    for d in result["disagreements"]:
        print(f"  {d['pair']}: first {d['first']} / second {d['second']}")


if __name__ == "__main__":
    main()
