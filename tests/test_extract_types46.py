"""Event types (types46, session 46), by ACLED's codebook: a side that entered a town after the
other "pulled out" took it, as after it "withdrew"; a force firing on a demonstration ("a BNP
procession", "an opposition march") uses excessive force on protesters, whoever's name the noun
carries; property burned or looted where the sentence tells a riot is the riot's. Texts written for these tests,
not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract.triggers import _gathering
from tests.test_extract_types_notes import main_sub_event

TAKEN = "Non-state actor overtakes territory"
REGAINED = "Government regains territory"
FORCE = "Excessive force against protesters"
ATTACK = "Attack"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 5 May 2023, rebels entered Kelmar after army troops pulled out.", TAKEN),
        (
            "On 5 May 2023, government forces entered Kelmar after the militants pulled out.",
            REGAINED,
        ),
    ],
)
def test_entered_after_the_other_side_pulled_out_is_territory(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2023, police fired on an opposition march in Kelmar; two people died.",
        "On 5 May 2023, police fired on a KLP procession against fuel prices in Kelmar; two "
        "party activists died of bullet wounds.",
    ],
)
def test_a_force_firing_on_a_demonstration_is_excessive_force(
    text: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == FORCE


def test_gunmen_firing_on_a_procession_stay_an_attack(extractor: Extractor) -> None:
    text = "On 5 May 2023, gunmen fired on a religious procession in Kelmar; two people died."
    assert main_sub_event(text, extractor) == ATTACK


RIOT = "Violent demonstration"
LOOTING = "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2023, rioting continued in Kelmar; shops were looted and burned.",
        "On 5 May 2023, strikers set up barricades around Kelmar; shops looted and burned "
        "overnight.",
    ],
)
def test_property_burned_in_a_riot_is_the_riot(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == RIOT


@pytest.mark.parametrize(
    "text",
    [
        # looters named apart from the riot: the looting
        "On 5 May 2023, looters emptied shops in Kelmar on the third night of rioting.",
        # no riot told: the property destruction
        "On 5 May 2023, a gang burned two shops in Kelmar overnight.",
    ],
)
def test_looting_apart_from_a_riot_stays_looting(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == LOOTING


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police fired on a march in Kelmar.", True),
        # a date's month is no march (the "on" phrase of a date)
        ("Police fired on the village between 27 February and 30 March.", False),
        ("Police fired on the village on 30 March.", False),
    ],
)
def test_a_gathering_object_is_a_common_noun(text: str, found: bool, extractor: Extractor) -> None:
    doc = extractor.nlp(text)
    verb = next(t for t in doc if t.lemma_ == "fire")
    assert _gathering(verb, extractor.tables.lex) is found
