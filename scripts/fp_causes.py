"""False positives of the reports set's DEV half by cause (issue 9, sessions 19-20: precision).

    PYTHONPATH=src python scripts/reports_dump.py > dump.txt
    python scripts/fp_causes.py dump.txt [-v] [--voa VOA.jsonl]

Session 20: counts per file (ra, rb, rc, rd = reportsa..d; desks: ra/rc = Africa, the Middle
East and Central Asia, rb/rd = the Americas, Asia and Europe), the articles of each cause, and
every non-event article (0 gold) that yields events, each event with its cause and sentence.
With ``--voa`` (a ``scripts/voa_dump.py`` listing) also every event from a VOA story read as
quiet, with its cause and desk.

Reads reports_dump's listing (dev half only) and puts each FALSE line in one cause by the shape
of its sentence: the causes a precision rule can fix (a sentence that reports no new event) and
"not precision" (an event placed, dated or merged wrongly: a MISSED gold at the same date in the
same article, or one sentence coded twice). Counts per cause, per desk (ra = reportsa: Africa and
the Middle East; rb = reportsb: Asia, the Americas, Europe) and the articles. The patterns name
sentence shapes, never an article's names; a FALSE line that fits none is "other", read by hand.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict

# Cause, pattern on the false positive's sentence (first match wins; order matters).
CAUSES: list[tuple[str, str]] = [
    # session 20: the kinds of non-event articles (issue 9 point 6), before the weekday test
    (
        "show of arms (parade, exercise, drills)",
        r"\b(parade|exercises?|drills|manoeuvres|maneuvers|war games)\b",
    ),
    (
        "disaster, its dead, relief",
        r"\b(earthquake|flood(s|ing|ed)?|cyclone|storm|wildfires?|fires killed|landslide|"
        r"rescue|evacuat\w+|survivors|rubble)\b",
    ),
    ("trade, arms deal, sanctions", r"\b(tariffs?|imports?|exports?|sanctions|deal to buy)\b"),
    ("court, trial, sentence", r"\b(court|trial|sentenced|acquitted|convicted|verdict)\b"),
    ("election, vote", r"\b(election|ballot|polls?|vote|voters)\b"),
    ("accusation / claim about the other side", r"\baccus\w+ (the|its) \w+ of\b"),
    ("likelihood judged", r"\b(remained|remains|is|was) (unlikely|likely|possible|imminent)\b"),
    ("question in an interview", r"^\s*Q:"),
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


# reportsa..t (rg, rh: sessions 21-22; ri, rj: 23; rk..rn: 24; ro, rp: 25; rq, rr: 26; rs, rt: 27)
FILES = tuple(f"r{c}" for c in "abcdefghijklmnopqrst")


def classify(path: str) -> None:
    art = ""
    gold: dict[str, int] = {}
    missed: dict[str, set[str]] = defaultdict(set)
    falses: list[tuple[str, str, str, str]] = []
    with open(path, encoding="utf-8") as handle:
        lines = handle.readlines()
    for line in lines:
        if line.startswith("== "):
            art = line[3:].split(":")[0]
            gold[art] = int(line.split(": ", 1)[1].split()[0])
        elif "->  MISSED" in line:
            missed[art].add(line.split()[1])
        elif line.strip().startswith("FALSE "):
            _, date, rest = line.strip().split(" ", 2)
            sent = rest.split(": ", 1)[1] if ": " in rest else rest
            falses.append((art, date, sent.strip(), rest.split(" @ ")[0]))
    seen: set[tuple[str, str]] = set()
    by_cause: dict[str, list[str]] = defaultdict(list)
    quiet_lines: dict[str, list[str]] = defaultdict(list)
    for art, date, sent, sub in falses:
        cause = cause_of(sent)
        if cause is None:
            twice = (art, sent) in seen
            cause = NOT_PRECISION if twice or date in missed[art] or date == "None" else "other"
        seen.add((art, sent))
        by_cause[cause].append(art)
        if gold.get(art) == 0:
            quiet_lines[art].append(f"  - {sub} ({cause}): {sent[:110]}")
        if "-v" in sys.argv:
            print(f"{cause:38} {art} {sub}: {sent[:90]}")
    head = " | ".join(FILES)
    print(f"| cause | FPs | {head} | articles (files) | article ids |")
    print("|---|---:|" + "---:|" * len(FILES) + "---|---|")
    for cause, arts in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        per = " | ".join(str(sum(a.startswith(f) for a in arts)) for f in FILES)
        uniq = sorted(set(arts))
        files = len({a[:2] for a in uniq})
        print(f"| {cause} | {len(arts)} | {per} | {len(uniq)} ({files}) | {' '.join(uniq)} |")
    print(
        f"| all | {len(falses)} | "
        + " | ".join(str(sum(a.startswith(f) for a, *_ in falses)) for f in FILES)
        + " | | |"
    )
    quiet = sorted(a for a, n in gold.items() if n == 0)
    loud = [a for a in quiet if quiet_lines[a]]
    print(f"\nNon-event articles (dev): {len(quiet)}, quiet {len(quiet) - len(loud)}; with events:")
    for f in FILES:
        mine = [a for a in quiet if a.startswith(f)]
        print(f"  {f}: {sum(not quiet_lines[a] for a in mine)}/{len(mine)} quiet")
    for a in loud:
        print(f"{a}:")
        print("\n".join(quiet_lines[a]))


def cause_of(sent: str) -> str | None:
    return next((c for c, pat in CAUSES if re.search(pat, sent)), None)


def voa(path: str) -> None:
    """Every event coded from a VOA story read as quiet (bench/voa_counts.py ``QUIET``)."""
    sys.path.insert(0, "bench")
    from voa_counts import DEFAULT

    desks = {}
    with DEFAULT.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                desks[row["id"]] = row.get("desk") or row.get("section") or "?"
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    loud = [r for r in rows if r["quiet"]]
    print(f"\nVOA: {len(rows)} events, {len(loud)} from quiet stories:")
    for r in loud:
        cause = cause_of(r["sentence"]) or "other"
        desk = desks.get(r["story"], "?")
        print(f"  {r['story']} ({desk}) {r['sub']} ({cause}): {r['sentence'][:100]}")


if __name__ == "__main__":
    classify(sys.argv[1])
    if "--voa" in sys.argv:
        voa(sys.argv[sys.argv.index("--voa") + 1])
