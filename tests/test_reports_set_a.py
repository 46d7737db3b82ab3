"""The mix that reportsa.jsonl's row of data/eval/world/reports/README.md claims. Its gold checks
(format, codebook, map, dates, collisions) are tests/test_reports_set.py's, by its shape in
tests/reports_gold.SHAPES."""

from __future__ import annotations

import re

from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.reports_gold import SHAPES, rows

SHAPE = SHAPES["reportsa"]

# phrases of the traps the set was written with (statements, negations, detention states,
# figurative conflict words, whole-war tolls)
TRAPS = re.compile(
    r"no casualties|no shots|no deaths|nobody|no one|were no|without major violence|"
    r"warned|threat|vowed|promised|will be|would not|war of|fight against|battle for|"
    r"jailed|held since|in detention|in prison|detained since|have been held|"
    r"have been killed|has killed|have died|killed more than|since (?:19|20)\d\d",
)


def test_the_mix_the_readme_claims() -> None:
    found = rows(SHAPE.path)
    events = [e for r in found for e in r["events"]]
    non_events = [r for r in found if not r["events"]]
    assert len(found) == 40
    assert len(non_events) == 6
    assert all(1 <= len(r["events"]) <= 5 for r in found if r["events"])
    assert 75 <= len(events) <= 90
    assert {e["event_type"] for e in events} == set(SUB_EVENT_TO_TYPE.values())
    assert len({r["country"] for r in found}) >= 15
    assert sum(1 for e in events if e["sub_event_type"] == "Armed clash") >= 15
    assert sum(1 for e in events if e["event_type"] == "Protests") >= 8
    assert sum(len(r["background"]) for r in found) >= 25
    # traps: at least 25 articles recall an older event or carry a statement, a negation, a
    # detention state, a figurative conflict word or a whole-war toll
    trapped = [r for r in found if r["background"] or TRAPS.search(r["text"])]
    assert len(trapped) >= 25
