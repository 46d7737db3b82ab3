"""The second party of "between A and B" where the parse made it the verb's subject
(extract/parties.py, session 40)."""

from __future__ import annotations

from typing import Any

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


@pytest.fixture(scope="module")
def nlp(resources: Resources) -> Any:
    return resources.extractor.nlp


def _deps(nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in nlp(text)}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Fighting between the army and RSF paramilitaries killed 20 civilians in Omdurman.",
            "army",
            "paramilitaries",
        ),
        (
            "Fighting between the army and al-Shabab militants killed 12 people in Balcad.",
            "army",
            "militants",
        ),
    ],
)
def test_a_modifier_with_its_own_determiner_is_the_first_party(
    nlp: Any, text: str, first: str, second: str
) -> None:
    # session 41: parsed as "the [army and RSF] paramilitaries"; "the army" is a whole phrase
    deps = _deps(nlp, text)
    assert deps[first] == ("pobj", "between")
    assert deps[second] == ("conj", first)


@pytest.mark.parametrize(
    ("text", "second", "first", "noun", "verb"),
    [
        (
            "Fighting between troops and Boko Haram fighters killed 12 people near Maiduguri.",
            "fighters",
            "troops",
            "Fighting",
            "killed",
        ),
        (
            "Fighting between the army and al-Shabab killed 12 in Lower Shabelle on Tuesday.",
            "Shabab",
            "army",
            "Fighting",
            "killed",
        ),
    ],
)
def test_the_second_party_is_the_first_ones_conjunct(
    nlp: Any, text: str, second: str, first: str, noun: str, verb: str
) -> None:
    deps = _deps(nlp, text)
    assert deps[second] == ("conj", first)
    assert deps[noun] == ("nsubj", verb)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out between police and protesters in the capital on Friday.",
        "Between 2019 and 2021 soldiers killed 40 people in the district.",
        "Talks between the government and the rebels resumed in Doha on Monday.",
        "Soldiers killed 40 people in the district.",
        # coordinated modifiers with no determiner of their own stay modifiers
        "Clashes between Israeli and Palestinian forces killed 3 near Jenin on Friday.",
        "Clashes between government and rebel forces killed 3 near Goma on Friday.",
    ],
)
def test_a_whole_parse_is_left_as_it_is(nlp: Any, resources: Resources, text: str) -> None:
    stock = resources.extractor.nlp
    with stock.select_pipes(disable=["ceasewatch_parties"]):
        before = _deps(stock, text)
    assert _deps(nlp, text) == before


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Fighting between troops and Boko Haram fighters killed 12 people near Maiduguri "
            "on Monday.",
            "Military Forces of Nigeria",
            "Boko Haram",
        ),
        (
            "Fighting between the army and al-Shabab killed 12 in Lower Shabelle on Tuesday.",
            "Military Forces of Somalia",
            "Al Shabaab",
        ),
        (
            "Fighting between the army and al-Shabab militants killed 12 people in Balcad on "
            "Tuesday.",
            "Military Forces of Somalia",
            "Al Shabaab",
        ),
    ],
)
def test_one_fight_with_both_sides_and_its_toll(
    resources: Resources, text: str, actor1: str, actor2: str
) -> None:
    events = report_events(text, resources)
    assert len(events) == 1
    (event,) = events
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.name.startswith(actor1)
    assert event.actor2 is not None and event.actor2.name.startswith(actor2)
    assert event.fatalities == 12
