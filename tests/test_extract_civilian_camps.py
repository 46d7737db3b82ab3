"""A camp, post or convoy a civilians' word qualifies ("a displacement camp", "cattle camps",
"herders' camps", "an aid convoy") is civilians', so storming it is an attack on civilians, not
a battle; a military one stays a battle (extract/triggers.py ``_held_by_civilians``,
actors.yaml ``civilian_holders``; issue 9, session 43). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, extraction = run(text, extractor)
    return [e.sub_event_type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2023, armed youth raided cattle camps near Akobo (Jonglei), killing 5 herders.",
        "On 3 March 2023, gunmen attacked herders' camps near Paoua (Ouham-Pende); 6 killed.",
        "On 3 March 2023, ADF fighters stormed an IDP camp near Bunia (Ituri); 20 killed.",
        "On 3 March 2023, ADF fighters stormed a displacement camp near Bunia (Ituri), shooting "
        "residents; 20 killed.",
    ],
)
def test_storming_civilians_camp_is_an_attack(text: str, extractor: Extractor) -> None:
    assert _subs(text, extractor) == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2023, ADF fighters attacked an army camp near Beni (North Kivu); 5 soldiers "
        "killed.",
        "On 3 March 2023, militants stormed a rebel camp near Beni (North Kivu); 5 fighters killed.",
    ],
)
def test_a_military_camp_stays_a_battle(text: str, extractor: Extractor) -> None:
    assert _subs(text, extractor) == ["Armed clash"]
