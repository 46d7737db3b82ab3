"""Gold review by ACLED's rule for vague tolls (issue 9, session 17).

ACLED's public methodology codes a toll its sources give only vaguely with a fixed figure:
"several"/"many"/"a number of" 10, "dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1000,
"a few"/"a handful" 3 (the ``vague`` table of src/ceasewatch/extract/data/numbers.yaml, which the
pipeline reads too). Our writers coded such reports null (a few 0). This script finds, in the
own-written evaluation sets (data/eval/world/world.jsonl, heldout.jsonl, notes/notes*.jsonl),
the event items whose text states deaths ONLY by a vague quantity tied to a death word
("several killed", "dozens of people were killed", "killing many people", "many dead") and gives
no number of dead, and whose gold fatalities is null, absent or 0, and sets the gold to the
fixed figure.

Not changed: a vague word about something else ("several wounded", "dozens arrested",
"hundreds of protesters"), a vague figure beside a number of dead ("3 soldiers and dozens of
militants killed"), a vague figure over a wider scope than the event ("hundreds killed along the
coast", "across the country") or over more days ("dozens killed over the week"), a vague
figure of a war rather than the event ("the war that has killed thousands"), the dead named
beside a vague figure ("the governor and several aides killed"), a vague figure said of no one
being killed ("no deaths").

Prints counts per file and split, and for DEV items only the key, old and new gold and the
phrase that matched; test items are counted, never shown. Without --write nothing changes.

    PYTHONPATH=src python scripts/vague_toll_gold.py [--write]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import yaml

from ceasewatch.evaluate.metrics import split_of

ROOT = Path(__file__).resolve().parent.parent
WORLD = ROOT / "data" / "eval" / "world"
NUMBERS = ROOT / "src" / "ceasewatch" / "extract" / "data" / "numbers.yaml"


def files() -> list[tuple[str, Path, bool]]:
    """(set name for the split key, file, every item test)."""
    out = [
        ("world", WORLD / "world.jsonl", False),
        ("world_heldout", WORLD / "heldout.jsonl", True),
    ]
    out += [("world_notes", p, False) for p in sorted((WORLD / "notes").glob("notes*.jsonl"))]
    return out


VAGUE: dict[str, int] = {
    key: int(value) for key, value in yaml.safe_load(NUMBERS.read_text())["vague"].items()
}
# the table's keys without a trailing "of" ("dozens of" and "dozens" are one figure), longest first
VAGUE_WORDS = sorted({k.removesuffix(" of") for k in VAGUE}, key=len, reverse=True)
VAGUE_RE = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in VAGUE_WORDS)

# Inflected forms that state a death (numbers.yaml's death_words, as surface forms).
DEATH = (
    r"killed|kills?|killing|dead|died|dies|dying|deaths?|slain|executed|beheaded|massacred|"
    r"perished|martyred|fatalities|bodies|corpses|lost\s+their\s+lives|lives\s+(?:were\s+)?lost"
)
# The forms whose subject is the dead ("several killed", "many dead"), not the killer
# ("several gunmen opened fire, killing..."); "killed" followed by an object is active.
PASSIVE = (
    r"killed|dead|died|slain|executed|beheaded|massacred|perished|martyred|"
    r"lost\s+their\s+lives"
)
OBJECT = (
    r"(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\b|\d|(?-i:[A-Z])"
)
# Words that must not stand between the vague word and the death word: the figure then counts
# someone else (wounded, arrested, displaced...) or another figure.
BLOCK = re.compile(
    r"\b(?:wound\w*|injur\w*|hurt|casualt\w*|arrest\w*|detain\w*|abduct\w*|kidnap\w*|"
    r"displac\w*|fled|flee\w*|held|rescued|released|captured|missing|hospital\w*|treated|"
    r"houses?|homes?|buildings?|shops?|vehicles?|cars?|drones?|rockets?|missiles?|shells?|"
    r"and|or|but|while|after|before|as|with|than|thousand|hundred|million|\d+|"
    r"the|a|an|their|his|her|its|against|over|for|to|at|in|on|by|from|into|about|"
    r"marched|protested|mourned|gathered|rallied|demanded|said|reported|claimed|fear\w*)\b",
    re.I,
)
# vague word (of)? up to four words, (were/was/reportedly...)? death word: "several killed",
# "dozens of LNA fighters killed", "many people were killed", "'many dead'"
FORWARD = re.compile(
    rf"\b(?P<vague>{VAGUE_RE})\b(?:\s+of)?(?P<between>(?:\s+[\w'-]+){{0,4}}?)['\"]?\s+"
    rf"(?:(?:were|was|are|have\s+been|had\s+been|reportedly|later|also)\s+)*"
    rf"(?P<death>{PASSIVE})\b(?!\s+(?:{OBJECT}))",
    re.I,
)
# killing verb then the vague word: "killing many people", "killed several", "left dozens dead"
BACKWARD = re.compile(
    rf"\b(?P<death>killing|killed|massacring|massacred|executing|executed)\s+"
    rf"(?:(?:at\s+least|an?\s+estimated|reportedly)\s+)?(?P<vague>{VAGUE_RE})\b",
    re.I,
)
# a death toll given vaguely: "toll in the dozens", "Toll: dozens"
TOLL = re.compile(
    rf"\b(?P<death>toll|deaths?|fatalities)\s*(?::|of|was|is|stood\s+at|ran\s+into|"
    rf"in\s+the|numbered\s+in\s+the)?\s+(?:the\s+)?(?P<vague>{VAGUE_RE})\b",
    re.I,
)
NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand"
)
NUMBER = re.compile(rf"\b(?:\d[\d,.]*|(?:{NUMBER_WORDS})(?:[\s-]\w+)?)\b", re.I)
DEATH_RE = re.compile(rf"\b(?:{DEATH})\b", re.I)
NEGATED = re.compile(
    r"\b(?:no|nobody|none|no\s+one|not|without)\b(?:\s+\w+){0,2}\s+(?:" + DEATH + r")\b", re.I
)
SCOPE = re.compile(
    r"\b(?:across|along|throughout|nationwide|countrywide|statewide|in\s+the\s+region|"
    r"over\s+the\s+(?:country|region|province|state))\b|"
    # or over more days than the event's: "dozens killed over the week", "in the first days"
    r"\b(?:over|during|in|through)\s+(?:the\s+)?(?:\w+\s+)?(?:days|weeks|months|week|weekend)\b",
    re.I,
)
# a vague figure of a war or a campaign, not of the event: "the war that has killed thousands"
BACKGROUND = re.compile(
    r"\b(?:since|so\s+far|in\s+total|war|conflict|insurgency|campaign|years?|months|decades?|"
    r"has\s+killed|have\s+killed|have\s+died|has\s+left)\b",
    re.I,
)
CLAUSES = re.compile(r"(?<=[.;!?])\s+|\s+-\s+|\[[^\]]*\]")


MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATES = re.compile(
    rf"\b\d{{1,2}}\s+{MONTHS}(?:\s+\d{{4}})?\b|\b{MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\b|"
    r"\b\d{4}\b",
    re.I,
)


def clauses(text: str) -> list[str]:
    """The text's clauses, dates taken out (a day of the month is not a count)."""
    return [c for c in CLAUSES.split(DATES.sub(" ", text)) if c and c.strip()]


def vague_toll(text: str) -> tuple[int, str] | tuple[None, str]:
    """(fixed figure, matched phrase) when deaths are stated only vaguely, else (None, reason)."""
    found: list[tuple[int, str]] = []
    for clause in clauses(text):
        for pattern in (FORWARD, BACKWARD, TOLL):
            for m in pattern.finditer(clause):
                if pattern is FORWARD and BLOCK.search(m.group("between")):
                    continue
                if SCOPE.search(clause[m.start() :]):
                    return None, "scope"
                if BACKGROUND.search(clause):
                    return None, "background"
                if re.search(r"\band\s+$", clause[: m.start()]):
                    return None, "other dead beside"  # "the governor and several aides killed"
                word = re.sub(r"\s+", " ", m.group("vague").lower())
                found.append((VAGUE[word], m.group(0)))
    if not found:
        return None, "no vague toll"
    for clause in clauses(text):
        # a number in a clause that states a death: the dead are counted, not only vague
        if DEATH_RE.search(clause) and not NEGATED.search(clause):
            stripped = FORWARD.sub(" ", BACKWARD.sub(" ", TOLL.sub(" ", clause)))
            if NUMBER.search(stripped):
                return None, "number of dead beside"
        if NEGATED.search(clause) and any(phrase in clause for _, phrase in found):
            return None, "negated"
    if len({value for value, _ in found}) > 1:
        return None, "two vague figures"
    return found[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="change the gold in place")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    for set_name, path, all_test in files():
        counts: Counter[str] = Counter()
        lines = path.read_text(encoding="utf-8").splitlines()
        out = []
        for line in lines:
            item = json.loads(line)
            split = "test" if all_test else split_of(f"{set_name}:{item['id']}")
            event = item.get("event")
            if event and event.get("fatalities") in (None, 0):
                value, phrase = vague_toll(item["text"])
                if value is None:
                    if phrase != "no vague toll":
                        counts[f"{split} skipped ({phrase})"] += 1
                else:
                    old = event.get("fatalities")
                    counts[f"{split} changed"] += 1
                    if split == "dev":
                        print(f"  {set_name}:{item['id']}  {old} -> {value}  ({phrase!r})")
                    event["fatalities"] = value
                    ascii_form = json.dumps(json.loads(line), ensure_ascii=True) == line
                    line = json.dumps(item, ensure_ascii=ascii_form)
            out.append(line)
        print(f"{path.relative_to(ROOT)}: {dict(sorted(counts.items()))}")
        total.update(counts)
        if args.write and out != lines:
            path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"all: {dict(sorted(total.items()))}{'' if args.write else '  (dry run)'}")


if __name__ == "__main__":
    main()
