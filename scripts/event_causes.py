"""Failure causes of event type / sub-event by writer, from ``scripts/event_causes_dump.py``'s
dump of the dev halves (world + notes writers a-g). A cause counts once per report.

    python scripts/event_causes.py DUMP.jsonl [--list CAUSE]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict

FAMILIES = [
    ("attack vs clash", {"Attack", "Armed clash"}),
    (
        "protest family",
        {
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
            "Violent demonstration",
        },
    ),
    ("mob violence vs other", {"Mob violence"}),
    ("abduction vs arrest", {"Abduction/forced disappearance", "Arrests"}),
    ("shelling vs air strike", {"Shelling/artillery/missile attack", "Air/drone strike"}),
    ("explosive kinds", {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}),
    ("looting", {"Looting/property destruction"}),
    (
        "takeover vs clash",
        {"Non-state actor overtakes territory", "Government regains territory", "Armed clash"},
    ),
]


def cause(row: dict) -> str | None:
    gold, events = row["gold"], row["events"]
    if gold is None:
        return f"non-event coded ({len(events)})" if events else None
    if not events:
        return "no event (trigger missed)"
    answer = row["answer"]
    if answer == gold["sub"]:
        return None
    if any(e["sub"] == gold["sub"] for e in events):
        return "wrong main event among several"
    pair = {gold["sub"], answer}
    for name, family in FAMILIES:
        if pair <= family or (name.startswith("mob") and pair & family):
            return name
    return "other: " + ("same type" if any(e["type"] == gold["type"] for e in events) else "type")


def main(path: str, listing: str | None) -> None:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    table: dict[str, Counter] = defaultdict(Counter)
    pairs: dict[str, Counter] = defaultdict(Counter)
    extra = Counter()
    for row in rows:
        found = cause(row)
        if row["gold"] is not None and len(row["events"]) > 1:
            extra[row["writer"]] += 1
        if found is None:
            continue
        table[found][row["writer"]] += 1
        if row["gold"] is not None:
            pairs[f"{row['gold']['sub']} -> {row['answer']}"][row["writer"]] += 1
        if listing and found.startswith(listing):
            print(row["writer"], row["id"], row["gold"], "\n  ", row["text"])
            for e in row["events"]:
                print("   ->", e["sub"], "|", e["actor1"], "|", e["place"], "| main" * e["main"])
    writers = sorted({r["writer"] for r in rows})
    n = Counter(r["writer"] for r in rows)
    print("| cause | " + " | ".join(writers) + " | writers |")
    print("|---" * (len(writers) + 2) + "|")
    print("| reports (dev) | " + " | ".join(str(n[w]) for w in writers) + " | |")
    for name, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        seen = sum(1 for w in writers if counts[w])
        print(f"| {name} | " + " | ".join(str(counts[w]) for w in writers) + f" | {seen} |")
    print("| gold event, >1 predicted | " + " | ".join(str(extra[w]) for w in writers) + " |")
    print()
    for name, counts in sorted(pairs.items(), key=lambda kv: -sum(kv[1].values()))[:30]:
        seen = sum(1 for w in writers if counts[w])
        print(f"{sum(counts.values()):3d} w{seen} {name}  {dict(counts)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--list" else None)
