"""The reports set's DEV half: each gold event that no prediction matched, beside the predicted
events of the same date (+-DATE_WINDOW_DAYS) -- where the gold is vs where we put it, for
classifying place failures (namesakes, wrong mention, precision).

    PYTHONPATH=src:scripts python scripts/reports_places.py
    REPORTS_FILES=s,t,u PYTHONPATH=src:scripts python scripts/reports_places.py  # some writers

Dev half only (``select(..., "dev")``); the test half is numbers only."""

from __future__ import annotations

import json
import os
import sys

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports, run_reports
from ceasewatch.evaluate.world import DATE_WINDOW_DAYS, WORLD_DIR, place_ok
from ceasewatch.geo import km_between
from ceasewatch.pipeline import Resources


def main() -> None:
    everything = load_reports(WORLD_DIR / REPORTS_DIR)
    dev = select(everything, [r.key for r in everything], "dev", None)
    raw = {}
    # REPORTS_FILES=s,t,u: only those writers' files (their dev halves)
    keep = {w.strip() for w in os.environ.get("REPORTS_FILES", "").split(",") if w.strip()}
    for path in sorted((WORLD_DIR / REPORTS_DIR).glob("*.jsonl")):
        if keep and path.stem.removeprefix("reports") not in keep:
            continue
        for line in path.open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                raw[row["id"]] = row
    dev = [r for r in dev if r.id in raw]
    _, outcomes = run_reports(dev, Resources())
    for o in outcomes:
        golds_raw = raw[o.report.id]["events"]
        for g, a, graw in zip(o.report.golds, o.answers, golds_raw, strict=True):
            if a is not None:
                continue
            near = [
                e
                for e in o.events
                if e.event_date is not None
                and abs((e.event_date - g.date).days) <= DATE_WINDOW_DAYS
            ]
            print(
                f"== {o.report.id} MISSED {g.date} {g.sub_event_type} @ {graw.get('location')!r} "
                f"{g.country}/{g.admin1} ({g.latitude},{g.longitude})"
            )
            for e in near:
                loc = e.location
                if loc is None:
                    print(f"     {e.sub_event_type} @ None")
                    continue
                km = (
                    km_between(loc.latitude, loc.longitude, g.latitude, g.longitude)
                    if loc.latitude is not None
                    else None
                )
                print(
                    f"     {e.sub_event_type} @ {loc.surface!r}->{loc.name} "
                    f"{loc.country}/{loc.admin1}"
                    f" km={km if km is None else round(km)} p{loc.geo_precision} "
                    f"ok={place_ok(e, g)} | {(loc.reason or '')[:150]}"
                )


if __name__ == "__main__":
    main()
    sys.exit(0)
