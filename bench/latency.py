"""What the latency benchmarks share (``bench_queries.py``, ``bench_map.py``, ``bench_pages.py``):
the names of the synthetic archive (``make_synthetic.py``) their requests ask for, and the
percentile they report."""

from __future__ import annotations

import random
from collections.abc import Callable

# A request kind's URL for run ``i``, drawn from a seeded generator (both sides ask the same).
Url = Callable[[random.Random, int], str]
COUNTRIES = ["Syria", "Yemen", "Ukraine", "Sudan", "Libya", "Mali"]
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians"]
AGREEMENT = "synthetic-idlib-zone"
KB_ACTORS = ["hts", "ye-houthis", "sd-rsf", "ua-military", "ly-lna", "ml-military"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
