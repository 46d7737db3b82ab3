"""False events of the reports set's DEV half that tell again an event the article has a gold
twin for (issue 9, session 21, merge21: one event told more than once).

    PYTHONPATH=src python scripts/twice_dump.py dump.json      # the dev half, once
    python scripts/twice_causes.py dump.json [-v]

A FALSE event (unpaired, not background) has a *gold twin* when a gold event of the same
article is within ``DAYS`` days of it, at its place (within 25 km or the same admin1) and of a
compatible type (the same event type, or both violence: battles, explosions/remote violence,
violence against civilians; or both demonstrations). The twin is *told* when it is paired with
a prediction (the FALSE event is a second telling of a coded event), else *missed* (the FALSE
event may be the gold's own reading, wrong on date or place: not this script's question).

Each told-again FALSE event is classed by how its sentence refers back to the paired telling
(first that applies): ``same sentence``; ``headline`` (the first sentence of the text, before
the dateline's body); ``repeated count`` (a number of its sentence equals a number of the paired
telling's sentences or the twin's toll); ``weekday/date reference`` ("Saturday's attack", a
weekday, "on 3 May" naming the paired event's day); ``definite anaphora`` ("the attack", "this
assault", "the blast"); ``statement`` (said, claimed, statement, accused...: one side's account);
``other``. Each row also says whether the two events share the sub-event, the date, the place
name, and the distance between their sentences (in sentences of the FALSE one's article text).
Dev half only; the patterns name sentence shapes, never an article's names.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from collections import Counter, defaultdict

DAYS = 2
VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEMOS = {"Protests", "Riots"}
_WEEKDAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|’s)?\b|\byesterday(?:'s|’s)?\b", re.I
)
_ANAPHORA = re.compile(
    r"\b(?:the|this|that|these|those|same|ensuing|latest|last)\s+(?:\w+\s+){0,2}?"
    r"(?:attacks?|assaults?|blasts?|explosions?|bombings?|clash(?:es)?|fighting|raids?|"
    r"ambush(?:es)?|strikes?|airstrikes?|air strikes?|shelling|violence|incidents?|massacre|"
    r"killings?|kidnappings?|abductions?|shootings?|operations?|offensive|protests?|"
    r"demonstrations?|rall(?:y|ies)|march(?:es)?|unrest|riots?|arrests?|detentions?|crackdown|"
    r"tragedy|carnage|bloodshed|onslaught|siege|battle|gunfight|firefight|skirmish(?:es)?)\b",
    re.I,
)
_STATEMENT = re.compile(
    r"\b(?:said|says|told|statement|claimed|claims|accused|accuses|confirmed|announced|denied|"
    r"according to|spokesm[ae]n|spokesperson|reported)\b",
    re.I,
)
_NUMBER = re.compile(r"\b\d[\d,]*\b")
_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "dozens": 12,
}


def family(t: str) -> str:
    return "violence" if t in VIOLENCE else "demos" if t in DEMOS else t


def km(a: dict, lat: float, lon: float) -> float:
    loc = a.get("location") or {}
    if loc.get("latitude") is None or lat is None or math.isnan(lat):
        return math.inf
    from math import asin, cos, radians, sin, sqrt

    p1, p2 = radians(loc["latitude"]), radians(lat)
    dp, dl = p2 - p1, radians(lon - loc["longitude"])
    h = sin(dp / 2) ** 2 + cos(p1) * cos(p2) * sin(dl / 2) ** 2
    return 2 * 6371 * asin(sqrt(h))


def place_ok(e: dict, g: dict) -> bool:
    loc = e.get("location") or {}
    if km(e, g["latitude"], g["longitude"]) <= 25:
        return True
    a1 = (loc.get("admin1") or "").lower()
    return bool(a1) and a1 == (g.get("admin1") or "").lower()


def date_near(e: dict, g: dict) -> bool:
    if not e.get("event_date"):
        return False
    d = dt.date.fromisoformat(e["event_date"]) - dt.date.fromisoformat(g["date"])
    return abs(d.days) <= DAYS


def numbers(text: str) -> set[int]:
    out = {int(n.replace(",", "")) for n in _NUMBER.findall(text or "") if len(n) < 6}
    out |= {v for w, v in _WORDS.items() if re.search(rf"\b{w}\b", text or "", re.I)}
    return {n for n in out if 1 < n < 1900}


def sentences_of(e: dict) -> list[str]:
    return [e["sentence"]["text"]] if e.get("sentence") else []


def classify(fp: dict, told: dict, twin: dict, text: str) -> str:
    s = (fp.get("sentence") or {}).get("text") or ""
    ts = (told.get("sentence") or {}).get("text") or ""
    if (
        fp.get("sentence")
        and told.get("sentence")
        and fp["sentence"]["start"] == told["sentence"]["start"]
    ):
        return "same sentence"
    if fp.get("sentence") and fp["sentence"]["start"] < 5:
        return "headline / first sentence"
    counts = numbers(s)
    if counts & (numbers(ts) | ({twin["fatalities"]} if twin.get("fatalities") else set())):
        return "repeated count"
    if _WEEKDAY.search(s) and fp.get("event_date") == told.get("event_date"):
        return "weekday/date reference"
    if _ANAPHORA.search(s):
        return "definite anaphora"
    if _STATEMENT.search(s):
        return "statement"
    return "other"


def main(path: str, verbose: bool) -> None:
    with open(path, encoding="utf-8") as handle:
        rows = json.load(handle)
    causes: dict[str, Counter[str]] = defaultdict(Counter)
    arts: dict[str, set[str]] = defaultdict(set)
    lines = []
    total_fp = Counter()
    for art in rows:
        f = art["id"][:2]
        events = art["events"]
        for e in events:
            if e["gold"] is not None or e["excused"]:
                continue
            total_fp[f] += 1
            twins = [
                (gi, g)
                for gi, g in enumerate(art["gold"])
                if date_near(e, g)
                and place_ok(e, g)
                and family(g["event_type"]) == family(e["event_type"])
            ]
            if not twins:
                cause = "no gold twin"
                lines.append((art["id"], cause, e, None))
                causes[cause][f] += 1
                arts[cause].add(art["id"])
                continue
            told = [
                (gi, g, next(p for p in events if p["gold"] == gi))
                for gi, g in twins
                if any(p["gold"] == gi for p in events)
            ]
            if not told:
                cause = "twin missed (date/place/type of the gold's own reading)"
                lines.append((art["id"], cause, e, None))
                causes[cause][f] += 1
                arts[cause].add(art["id"])
                continue
            # the nearest told twin: same sub-event first, then nearest sentence
            _, g, p = min(
                told,
                key=lambda t: (
                    t[2]["sub_event_type"] != e["sub_event_type"],
                    abs(
                        (t[2].get("sentence") or {}).get("start", 0)
                        - (e.get("sentence") or {}).get("start", 0)
                    ),
                ),
            )
            cause = "told again: " + classify(e, p, g, art["text"])
            causes[cause][f] += 1
            arts[cause].add(art["id"])
            lines.append((art["id"], cause, e, (g, p)))
    files = sorted(total_fp)
    print("| cause | " + " | ".join(files) + " | all | articles |")
    print("|---|" + "---:|" * (len(files) + 2))
    for cause in sorted(causes):
        c = causes[cause]
        print(
            f"| {cause} | "
            + " | ".join(str(c[x]) for x in files)
            + f" | {sum(c.values())} | {len(arts[cause])} |"
        )
    print(
        "| all FALSE | "
        + " | ".join(str(total_fp[x]) for x in files)
        + f" | {sum(total_fp.values())} | |"
    )
    if verbose:
        for aid, cause, e, pair in sorted(lines, key=lambda r: (r[1], r[0])):
            if not cause.startswith("told again"):
                continue
            loc = (e.get("location") or {}).get("name")
            a1 = (e.get("actor1") or {}).get("name")
            a2 = (e.get("actor2") or {}).get("name")
            print(f"\n## {aid} [{cause}]")
            fat = e["fatalities"]
            print(
                f"  FALSE {e['event_date']} {e['sub_event_type']} @ {loc} | {a1} / {a2} | fat {fat}"
            )
            print(f"        {(e.get('sentence') or {}).get('text')}")
            if pair:
                g, p = pair
                ploc = (p.get("location") or {}).get("name")
                pa1 = (p.get("actor1") or {}).get("name")
                pa2 = (p.get("actor2") or {}).get("name")
                gf, pf, gs, ps = (
                    g["fatalities"],
                    p["fatalities"],
                    g["sub_event_type"],
                    p["sub_event_type"],
                )
                print(f"  GOLD  {g['date']} {gs} @ {g['admin1']} | {g['actor1']} | {gf}")
                print(f"  TOLD  {p['event_date']} {ps} @ {ploc} | {pa1} / {pa2} | {pf}")
                print(f"        {(p.get('sentence') or {}).get('text')}")


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv)
