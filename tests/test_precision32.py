"""Session 32 (prec32): an act set in a whole war, with no day of its own ("fought alongside the
army in that war", "killed during the civil war"), tells a part in the war, not one event
(extract/background.py ``_war_setting``); an act the sentence dates, or one told beside such a
clause, stays. Hand-built sentences, never evaluation text."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


def test_an_act_set_in_a_whole_war_is_no_event(extractor: Extractor) -> None:
    text = "The Velar militias fought alongside the army in that war but later broke with it."
    assert _subs(text, extractor) == []
    text = "The Velar militia, which fought the rebels in the Ostrava war, rejected the plan."
    assert _subs(text, extractor) == []


def test_a_dated_act_in_the_war_stays(extractor: Extractor) -> None:
    text = "Rebels attacked an army post in Kovin on Monday in the war against the junta."
    assert _subs(text, extractor) != []


def test_an_event_beside_a_war_clause_stays(extractor: Extractor) -> None:
    text = (
        "About 300 women whose sons went missing during the civil war marched through "
        "Kovin on Wednesday."
    )
    assert _subs(text, extractor) == ["Peaceful protest"]
