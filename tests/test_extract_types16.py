"""Event type and sub-event: session 15's second wave (issue 9).

Hand-written notes with invented places and people (never evaluation items). The phenomena:
people detained by an armed group that is not the state (ACLED: Abduction/forced
disappearance; Arrests are the state's), against the police's arrests; a named armed group of
vigilantes whose raid is an organised group's attack, against a crowd of vigilantes lynching.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import extractor, run

__all__ = ["extractor"]  # the module fixture, re-exported for pytest

PUBLISHED = dt.date(2023, 5, 6)


def _main(text: str, extractor: Extractor) -> str:
    _, x = run(text, extractor, published=PUBLISHED)
    event = main_event(list(x.events))
    return "no event" if event is None else event.sub_event_type


CASES = [
    # an armed group's detentions are abductions
    (
        "On 5 May 2023, militants detained two aid workers near Varno.",
        "Abduction/forced disappearance",
    ),
    (
        "On 5 May 2023, rebels arrested three villagers accused of spying near Varno.",
        "Abduction/forced disappearance",
    ),
    (
        "On 5 May 2023, gunmen detained a village chief near Varno.",
        "Abduction/forced disappearance",
    ),
    # the state's stay arrests
    ("On 5 May 2023, police detained two journalists in Varno.", "Arrests"),
    ("On 5 May 2023, soldiers arrested three suspected rebels near Varno.", "Arrests"),
    # so do a named group's, which may hold the territory (ACLED: de facto authorities arrest)
    ("On 5 May 2023, Houthi forces arrested 12 journalists in Sanaa.", "Arrests"),
    ("On 5 May 2023, the Taliban detained two women activists in Kabul.", "Arrests"),
    # a named vigilante militia raids (an attack); a crowd of vigilantes lynches (mob violence)
    (
        "On 5 May 2023, Koglweogo vigilantes raided a village near Varno, killing six people.",
        "Attack",
    ),
    ("On 5 May 2023, vigilantes lynched a suspected thief in Varno.", "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_session15_second_wave(text: str, sub: str, extractor: Extractor) -> None:
    assert _main(text, extractor) == sub
