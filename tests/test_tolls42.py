"""Tolls read in session 42 (hand-written sentences, never evaluation items):

- a coder's toll clause the tagger reads as a past tense ("; one ranger killed."): a counted
  subject of a killing verb with no object is the dead (extract/numbers.py
  ``_headline_passive``);
- "to death" the parse hangs on a reduced relative on the object ("a mob beat a man accused
  of theft to death") completes the clause's verb: one dead (``_killing_head``).
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 4 May 2024, a roadside bomb hit a ranger patrol in Bannang Sata (Yala); one ranger "
         "killed.", 1),
        ("On 5 May 2024, a mob beat a man accused of theft to death at a market in Zaria "
         "(Kaduna).", 1),
    ],
)  # fmt: skip
def test_the_toll_is_read(resources: Resources, text: str, dead: int) -> None:
    events = report_events(text, resources)
    assert events and events[0].fatalities == dead, events


def test_a_killer_with_an_object_is_no_toll_clause(resources: Resources) -> None:
    text = "On 5 May 2024, three gunmen killed a farmer near Zaria (Kaduna)."
    events = report_events(text, resources)
    assert events and events[0].fatalities == 1, events
