"""Tolls told apart from the act, session 46 (tolls46; hand-written sentences, never
evaluation items): a "later died" clause is the toll ("one later died", "1 later died", "the
driver, who later died", "... and died of wounds" hung on a clause inside the first);
"shot dead <age> <Name>" names one dead; a captive or the group acted on beside a death word
that names its own dead is no toll; "shot N men" with no death or injury word is the toll
(extract/numbers.py)."""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def _tolls(text: str, resources: Resources) -> list[int | None]:
    return [e.fatalities for e in report_events(text, resources)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the group acted on is not the dead: only the one who later died
        ("On 3 May 2024, in Alwar (Rajasthan), a mob stopped three men herding goats and "
         "beat them; one later died in hospital.", 1),
        # "1 later" is tagged a time
        ("On 3 May 2024, armed men on motorbikes fired at residents of a barrio of Maracaibo "
         "(Zulia); 3 people wounded, 1 later died per the local press.", 1),
        # the relative pronoun is the driver
        ("On 3 May 2024, a mob stopped a truck near Alwar (Rajasthan) and beat the driver, "
         "a dairy farmer, who later died.", 1),
        # "died" joined to the clause inside the first, which has no subject
        ("On 3 May 2024, a farmer stepped on a mine left by the army while ploughing a field "
         "near Kupiansk (Kharkiv) and died of wounds.", 1),
    ],
)  # fmt: skip
def test_later_deaths_are_the_toll(resources: Resources, text: str, dead: int) -> None:
    assert dead in _tolls(text, resources)


def test_shot_dead_an_age_and_a_name_is_one_dead(resources: Resources) -> None:
    text = (
        "On 3 May 2024, a police officer shot dead 16-year-old Nikos Papadakis after an "
        "argument in Patras (Western Greece)."
    )
    assert 1 in _tolls(text, resources)


def test_a_captive_is_not_dead(resources: Resources) -> None:
    text = (
        "On 3 May 2024, JNIM attacked the army post at Djibo (Soum); the militants claimed "
        "to have killed over 40 soldiers and taken two prisoners."
    )
    found = _tolls(text, resources)
    assert 40 in found and 42 not in found, found


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 3 May 2024, gunmen on motorbikes shot 4 men outside a bar in Duran (Guayas).", 4),
        ("On 3 May 2024, a militia raided a village near Pauk (Magway), shot 5 villagers and "
         "burned houses.", 5),
    ],
)  # fmt: skip
def test_shot_n_men_is_the_toll(resources: Resources, text: str, dead: int) -> None:
    assert dead in _tolls(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, police shot 3 protesters in the legs at a march in Duran (Guayas).",
        "On 3 May 2024, gunmen shot and wounded 3 men outside a bar in Duran (Guayas).",
        "On 3 May 2024, police shot 5 demonstrators with rubber bullets in Duran (Guayas).",
    ],
)
def test_a_wounding_shot_is_no_toll(resources: Resources, text: str) -> None:
    assert not any(_tolls(text, resources)), _tolls(text, resources)


def test_the_dead_of_a_killing_verb_stay(resources: Resources) -> None:
    # the passengers carried are no toll, the five shot dead are
    text = (
        "On 3 May 2024, gunmen stopped a bus carrying 20 passengers near Zaria (Kaduna) "
        "and shot dead 5."
    )
    found = _tolls(text, resources)
    assert 5 in found and 20 not in found and 25 not in found, found


def test_a_list_said_is_not_acted_on(resources: Resources) -> None:
    # the parse makes the list the object of "says": both figures stay the dead
    text = (
        "On 3 May 2024, troops fought militants near Miranshah (North Waziristan); army "
        "says 5 militants and 2 soldiers killed."
    )
    assert 7 in _tolls(text, resources), _tolls(text, resources)
