"""Why actor1 was missed, by cause and writer, from scripts/actor1_dump.py's output (dev halves).

    PYTHONPATH=src python scripts/actor1_causes.py DUMP.jsonl [--list CAUSE]

Causes, first that applies:
- no event: the report yielded nothing;
- wrong main event: another predicted event carries the gold actor1;
- swapped: the answer's actor2 (or an associated actor) is the gold actor1;
- no actor1: the answer has none;
- generic, wrong country: same generic (Protesters/Rioters/Civilians/Unidentified Armed
  Group/Military or Police Forces of/Communal Militia ...) of another country;
- generic for a named gold / named for a generic gold / other generic: the slot holds ACLED's
  generic of one kind where the gold has another, or a name where the gold is generic;
- raw words: actor1 left unresolved (method "unresolved" or no method), gold named;
- spelling: the names share most words (an alias, a suffix, ACLED's other spelling);
- KB lacks the gold: no actor of the base carries the gold name;
- other named: another known actor.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict

from ceasewatch.evaluate.world import actor_keys, fold, same_actor
from ceasewatch.knowledge import load_actors

GENERIC = re.compile(
    r"^(protesters|rioters|civilians|unidentified armed group|military forces of|police forces of"
    r"|communal militia|sole perpetrator|unidentified|labor group|labour group|militia \()",
    re.I,
)


def generic_kind(name: str) -> str | None:
    m = GENERIC.match(name.strip())
    return m.group(1).lower() if m else None


def country_of(name: str) -> str:
    m = re.search(r"\(([^()]*)\)\s*$", re.sub(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)", "", name).strip())
    if m:
        return m.group(1).lower()
    m = re.match(r"(?:military|police) forces of ([a-z ]+)", name.lower())
    return m.group(1).strip() if m else ""


def known_names() -> set[str]:
    kb = load_actors()
    names: set[str] = set()
    for actor in kb:
        for n in (actor.name, *actor.aliases):
            names |= actor_keys(n)
    return names


def cause(row: dict, names: set[str]) -> str:
    gold = row["gold"]["actor1"]
    events = row["events"]
    if not events:
        return "no event"
    answer = events[row["answer"]]
    a1 = answer["actor1"]
    if a1 is not None and same_actor(a1["name"], gold):
        return "hit"
    if any(e["actor1"] and same_actor(e["actor1"]["name"], gold) for e in events):
        return "wrong main event"
    others = [answer["actor2"], *answer["assoc1"]]
    if any(o and same_actor(o["name"], gold) for o in others):
        return "swapped (gold in actor2/assoc)"
    if a1 is None:
        return "no actor1"
    pred = a1["name"]
    gk, pk = generic_kind(gold), generic_kind(pred)
    if gk and pk and gk == pk:
        return "generic, wrong country"
    if gk and pk:
        return f"generic {pk} for {gk}"
    if gk:
        if a1.get("method") in (None, "unresolved"):
            return f"raw words for generic {gk}"
        return f"named for generic {gk}"
    if pk:
        return "generic for a named gold"
    if a1.get("method") in (None, "unresolved"):
        return "raw words (named gold)"
    gw, pw = set(fold(gold).split()), set(fold(pred).split())
    if gw and pw and len(gw & pw) / min(len(gw), len(pw)) >= 0.5:
        return "spelling"
    if not (actor_keys(gold) & names):
        return "KB lacks the gold"
    return "other named"


def coarse(cause_name: str) -> str:
    """The cause in the classes of docs/QUALITY.md's table (``--coarse``)."""
    if cause_name.startswith("raw words"):
        return "raw words (unresolved)"
    if cause_name.startswith("generic ") and cause_name != "generic for a named gold":
        return "generic of another role or country"
    if cause_name.startswith("named for generic"):
        return "a name where the gold is generic"
    return cause_name


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    listing = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--list" else None
    names = known_names()
    table: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for row in rows:
        if row["gold"] is None:
            continue
        c = cause(row, names)
        c = coarse(c) if "--coarse" in sys.argv else c
        table[c][row["set"]] += 1
        totals[row["set"]] += 1
        if listing and c.startswith(listing):
            ev = row["events"][row["answer"]] if row["events"] else None
            print(
                row["set"],
                "|",
                row["gold"]["actor1"],
                "|",
                row["gold"]["sub"],
                "|",
                ev and ev["actor1"],
                "|",
                ev and ev["actor2"] and ev["actor2"]["name"],
                "|",
                ev and ev["sub"],
            )
            print("   ", row["text"][:400])
    if listing:
        return
    sets = sorted(totals)
    print("| cause | " + " | ".join(sets) + " | writers | all |")
    print("|---|" + "---:|" * (len(sets) + 2))
    for c, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        writers = sum(1 for s in sets if s.startswith("notes") and per[s])
        print(
            f"| {c} | "
            + " | ".join(str(per[s]) for s in sets)
            + f" | {writers} | {sum(per.values())} |"
        )
    print("| gold events | " + " | ".join(str(totals[s]) for s in sets) + " | | |")


if __name__ == "__main__":
    main()
