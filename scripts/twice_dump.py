"""The reports set's DEV half as JSON for the told-twice analysis (issue 9, session 21, merge21):
per article its text, its gold events and every predicted event (whole model dump) with the
gold it is paired with, so that ``scripts/twice_causes.py`` can classify the false events
without rerunning the pipeline.

    PYTHONPATH=src python scripts/twice_dump.py OUT.json [FILE ...]

FILE names the reports files (reportsa ...) to keep; none: every file. Dev half only: the test
half is read as numbers (docs/EVALUATION.md)."""

from __future__ import annotations

import json
import sys

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports, recalled, run_reports
from ceasewatch.evaluate.world import WORLD_DIR
from ceasewatch.pipeline import Resources


def main(target: str, files: list[str]) -> None:
    everything = load_reports(WORLD_DIR / REPORTS_DIR)
    dev = select(everything, [r.key for r in everything], "dev", None)
    if files:
        prefixes = tuple("r" + f.removeprefix("reports") for f in files)
        dev = [r for r in dev if r.id.startswith(prefixes)]
    _, outcomes = run_reports(dev, Resources())
    rows = []
    for o in outcomes:
        paired = {id(a): gi for gi, a in enumerate(o.answers) if a is not None}
        rows.append(
            {
                "id": o.report.id,
                "text": o.report.text,
                "gold": [{**g.__dict__, "date": str(g.date)} for g in o.report.golds],
                "background": [
                    {"date": str(b.date), "sub": b.gold.sub_event_type, "admin1": b.gold.admin1}
                    for b in o.report.background
                ],
                "events": [
                    {
                        **json.loads(e.model_dump_json()),
                        "gold": paired.get(id(e)),
                        "excused": id(e) not in paired
                        and any(recalled(e, b) for b in o.report.background),
                    }
                    for e in o.events
                ],
            }
        )
    with open(target, "w", encoding="utf-8") as sink:
        json.dump(rows, sink, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
