"""False events of the reports set's DEV half in documents that hold gold events, by relation to
the gold (session 26, prec26: one incident, one event).

    PYTHONPATH=src python scripts/dup_causes.py [-v] [FILE_LETTERS]

Dev half only (docs/EVALUATION.md: the test half is read as numbers). Each false positive of a
document with at least one gold event is put in one of:

- ``twice``: it matches (date window and place) a gold event that another prediction already
  paired: the same incident told twice (a lead and its details, an update, two sources, a
  region beside its town, two sub-events of one raid);
- ``twice-any-date``: it matches such a paired gold by place only (another day: a recap, a
  statement's day, an update's);
- ``misplaced``: a gold event of the document is unpaired and the false event matches it by
  date (a wrong place) or by place (a wrong date);
- ``extra``: none of these (a sentence reporting no event of the document's, a background
  event...).

With ``-v`` each false event is printed with its sentence and, for ``twice``, the sentence of
the prediction that holds its gold. FILE_LETTERS (e.g. ``abcp``) restricts the files.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports, run_reports
from ceasewatch.evaluate.world import WORLD_DIR, date_ok, matches, place_ok
from ceasewatch.pipeline import Resources


def main() -> None:
    verbose = "-v" in sys.argv
    letters = next((a for a in sys.argv[1:] if not a.startswith("-")), "abcdefghijklmnopqr")
    everything = load_reports(WORLD_DIR / REPORTS_DIR)
    dev = select(everything, [r.key for r in everything], "dev", None)
    dev = [r for r in dev if r.id[:2] in {f"r{c}" for c in letters} and r.golds]
    _, outcomes = run_reports(dev, Resources())
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        holders = {i: a for i, a in enumerate(o.answers) if a is not None}
        unpaired = [g for g, a in zip(o.report.golds, o.answers, strict=True) if a is None]
        for fp in o.false_positives:
            same = [i for i, a in holders.items() if matches(fp, o.report.golds[i])]
            anyday = [i for i, a in holders.items() if place_ok(fp, o.report.golds[i])]
            if same:
                kind, held = "twice", holders[same[0]]
            elif any(date_ok(fp, g) or place_ok(fp, g) for g in unpaired):
                kind, held = "misplaced", None
            elif anyday:
                kind, held = "twice-any-date", holders[anyday[0]]
            else:
                kind, held = "extra", None
            counts[kind][o.report.id[:2]] += 1
            if verbose:
                where = fp.location.name if fp.location else None
                print(f"{kind:15} {o.report.id} {fp.event_date} {fp.sub_event_type} @ {where}")
                print(f"    FP:   {fp.sentence.text[:300] if fp.sentence else None}")
                if held is not None:
                    hw = held.location.name if held.location else None
                    print(
                        f"    HELD: {held.event_date} {held.sub_event_type} @ {hw}: "
                        f"{held.sentence.text[:300] if held.sentence else None}"
                    )
    files = sorted({f for c in counts.values() for f in c})
    print("| kind | all | " + " | ".join(files) + " |")
    for kind, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"| {kind} | {sum(c.values())} | " + " | ".join(str(c[f]) for f in files) + " |")


if __name__ == "__main__":
    main()
