"""Article prose that names violence without reporting it as done (extract/modality.py).

Hand-built sentences (issue 9, session 18: classes read in VOA stories of three or more desks),
never eval items or corpus sentences; each "not an event" case has a reported twin beside it.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


@pytest.mark.parametrize(
    "text",
    [
        "The minister said a truce between the two armies could take place within a week.",
        "Activists warned that in some cases students may be arrested and detained by police.",
        "No journalist should be detained in Lomara for his reporting.",
        "The envoy said the militia must stop killing farmers in the valley.",
        "The rebels have not agreed to the ceasefire, the mediator said.",
        '"I doubt there will be an arrest of the governor," the lawyer said.',
    ],
)
def test_modal_and_negated_clauses_are_not_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested and detained 12 students in Lomara on Tuesday.",
        "Gunmen killed four farmers in the valley on Monday, officials said.",
        "Up to 20 people may have been killed when gunmen attacked a market in Lomara on Monday.",
        "Gunmen attacked a market in Lomara on Monday; the toll could not be independently verified.",
    ],
)
def test_reported_twins_are_still_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


@pytest.mark.parametrize(
    "text",
    [
        "The journalist remains in police custody in Lomara.",
        "The court revoked the house arrest of the former mayor on Monday.",
        "Rights groups called his lengthy and unjust detention a warning to critics.",
        "Eleven soldiers accused of plotting a coup are still detained in the capital's prison.",
        "Three of the students remain detained at the central police station.",
        "She spoke to the families of the detained activists in Lomara.",
    ],
)
def test_detention_states_are_not_new_arrests(extractor: Extractor, text: str) -> None:
    assert "Arrests" not in _subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Police took the opposition leader into custody in Lomara on Monday.",
        "Soldiers placed the former mayor under house arrest in Lomara on Monday.",
        "Five students are detained by police outside the assembly in Lomara.",
    ],
)
def test_new_arrests_are_still_arrests(extractor: Extractor, text: str) -> None:
    assert "Arrests" in _subs(text, extractor)


def test_an_anniversary_recalls_no_event(extractor: Extractor) -> None:
    text = "Monday marks the tenth anniversary of the bombing of the cathedral in Lomara."
    assert _subs(text, extractor) == []


def test_defusing_a_situation_is_no_disrupted_weapon(extractor: Extractor) -> None:
    assert _subs("The mediators defused the tense situation in the assembly.", extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the besieged town remain hungry, unprotected and shelled.",
        "Investigators said the cell was making roadside bombs in a farmhouse near Lomara.",
        "Mortar shells made abroad were included in the arms the militia used.",
        "The deal stalled over fears that the missile's radar could track allied jets.",
        "The militia appears to be preparing to launch rockets at the border towns.",
    ],
)
def test_states_weapons_as_things_and_plans_are_not_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


def test_prisoners_exchanging_gunfire_is_no_prisoner_swap(extractor: Extractor) -> None:
    text = "Armed prisoners exchanged gunfire with guards at the Lomara jail on Sunday."
    assert "Agreement" not in _subs(text, extractor)
