"""False positives of the reports set's DEV half by cause (issue 9, session 19: precision).

    PYTHONPATH=src python scripts/reports_dump.py > dump.txt
    python scripts/fp_causes.py dump.txt

Reads reports_dump's listing (dev half only) and puts each FALSE line in one cause by the shape
of its sentence: the causes a precision rule can fix (a sentence that reports no new event) and
"not precision" (an event placed, dated or merged wrongly: a MISSED gold at the same date in the
same article, or one sentence coded twice). Counts per cause, per desk (ra = reportsa: Africa and
the Middle East; rb = reportsb: Asia, the Americas, Europe) and the articles. The patterns name
sentence shapes, never an article's names; a FALSE line that fits none is "other", read by hand.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

# Cause, pattern on the false positive's sentence (first match wins; order matters).
CAUSES: list[tuple[str, str]] = [
    ("quoted speech, no past act", r'^\s*["\u201c]|"[^"]*\b(fight|battle|bomb|ceasefire|kill)'),
    (
        "effort / hypothetical / refused",
        r"\btrying to\b|\bunlikely\b|\bexpected\b|\bpressed\b|"
        r"\bwarned\b|\bready for\b|\brefusing\b",
    ),
    (
        "reaction / reference back",
        r"\b(the|these) \w+ (violated|came as|revived|are a matter)|"
        r"\bcalled the\b",
    ),
    (
        "lasting state / habitual / policy",
        r"\bfor (years|decades|two decades|more than a year)\b|"
        r"\broutinely\b|\bin the past\b|\bhave been \w+ed for\b|\bhas worsened\b",
    ),
    (
        "history / recalled past",
        r"\bIn \w+ \d{4}\b|\bin that war\b|\blast (December|year)\b|"
        r"\bin late \w+\b|\bin July\b|\bhad signed\b|\brevived memories\b|\bwas putting\b|"
        r"\bwere putting\b|\bresponded with\b",
    ),
    (
        "not precision (a reported event, unmatched)",
        r"\bon (Monday|Tuesday|Wednesday|Thursday|"
        r"Friday|Saturday|Sunday)\b|\bsame day\b|\bhours later\b|\b\w+day (morning|night)\b",
    ),
    (
        "consequence of an event",
        r"\bfled\b|\bdied in the fighting\b|\bwas tightened\b|"
        r"\bdismantled\b",
    ),
]
NOT_PRECISION = "not precision (date/place/type/merge)"


def classify(path: str) -> None:
    art = ""
    missed: dict[str, set[str]] = defaultdict(set)
    falses: list[tuple[str, str, str, str]] = []
    with open(path, encoding="utf-8") as handle:
        lines = handle.readlines()
    for line in lines:
        if line.startswith("== "):
            art = line[3:].split(":")[0]
        elif "->  MISSED" in line:
            missed[art].add(line.split()[1])
        elif line.strip().startswith("FALSE "):
            _, date, rest = line.strip().split(" ", 2)
            sent = rest.split(": ", 1)[1] if ": " in rest else rest
            falses.append((art, date, sent.strip(), rest.split(" @ ")[0]))
    seen: set[tuple[str, str]] = set()
    by_cause: dict[str, list[str]] = defaultdict(list)
    for art, date, sent, sub in falses:
        cause = next((c for c, pat in CAUSES if re.search(pat, sent)), None)
        if cause is None:
            twice = (art, sent) in seen
            cause = NOT_PRECISION if twice or date in missed[art] or date == "None" else "other"
        seen.add((art, sent))
        by_cause[cause].append(art)
        if "-v" in sys.argv:
            print(f"{cause:38} {art} {sub}: {sent[:90]}")
    print("| cause | FPs | reportsa | reportsb | articles (desks) |\n|---|---:|---:|---:|---|")
    for cause, arts in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        ra = sum(a.startswith("ra") for a in arts)
        uniq = sorted(set(arts))
        desks = len({a[:2] for a in uniq})
        print(f"| {cause} | {len(arts)} | {ra} | {len(arts) - ra} | {len(uniq)} ({desks}) |")
    print(f"| all | {len(falses)} | | | |")


if __name__ == "__main__":
    classify(sys.argv[1])
