"""Actor readings of session 46 (roles46). Hand-written sentences, never evaluation items.

- a finite verb the parse joins to the bare infinitive of a causative ("made the passengers
  get off and shot ...") shares the causative's subject, not the infinitive's
  (extract/roles.py ``_causative_above``);
- a people's armed men in another spelling of its name ("Karamojong warriors") are the
  people's ethnic militia under ACLED's spelling (conventions.yaml ``spellings``,
  resolve/identity.py);
- unnamed "tribal gunmen" are the country's communal militia (generic.yaml);
- Greece's "special guards" are its police (generic.yaml);
- "elders of the X and Y signed a truce": the peoples' militias agree (resolve/identity.py
  ``ELDERS_OF``);
- ACLED's forms "Islamic State (Egypt)" and "Sinaloa Cartel (Los Chapitos)" are aliases.
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def _actor1(text: str, resources: Resources) -> str | None:
    events = report_events(text, resources)
    assert events, text
    first = events[0].actor1
    return first.name if first else None


def test_the_shooters_are_the_causatives_subject(resources: Resources) -> None:
    text = (
        "On 4 June 2021, armed men stopped a truck on the road near Djibo (Soum), made the "
        "passengers get off and shot the soldiers."
    )
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert events[0].sub_event_type == "Attack"


def test_causative_above_climbs_from_a_finite_conjunct(resources: Resources) -> None:
    from ceasewatch.extract.roles import _causative_above

    doc = resources.extractor.nlp(
        "Armed men stopped a truck on the road, made the passengers get off and shot the men."
    )
    shot = next(t for t in doc if t.lower_ == "shot")
    above = _causative_above(shot)
    assert above is not None and above.lower_ == "made"


def test_causative_above_reads_only_a_finite_verb(resources: Resources) -> None:
    from ceasewatch.extract.roles import _causative_above

    doc = resources.extractor.nlp("Gunmen made the villagers get off and walk away.")
    walk = next(t for t in doc if t.lower_ == "walk")
    assert _causative_above(walk) is None


@pytest.mark.parametrize("people", ["Karimojong", "Karamojong"])
@pytest.mark.parametrize("men", ["cattle raiders", "warriors"])
def test_a_peoples_raiders_in_either_spelling(resources: Resources, people: str, men: str) -> None:
    text = f"On 9 May 2023, {people} {men} shot two herders near Moroto (Northern Region)."
    assert _actor1(text, resources) == "Karimojong Ethnic Militia (Uganda)"


def test_tribal_gunmen_are_a_communal_militia(resources: Resources) -> None:
    text = "On 3 April 2024, tribal gunmen ambushed a truck near Mendi (Southern Highlands)."
    assert _actor1(text, resources) == "Communal Militia (Papua New Guinea)"


def test_a_special_guard_is_the_police(resources: Resources) -> None:
    text = "On 5 March 2010, a special guard shot a youth in Thessaloniki (Central Macedonia)."
    actor1 = _actor1(text, resources)
    assert actor1 is not None and actor1.startswith("Police Forces of Greece")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "On 2 May 2024, elders of the Pokot and Turkana signed a truce in Kapedo (Turkana).",
            "Pokot Ethnic Militia (Kenya)",
            "Turkana Ethnic Militia (Kenya)",
        ),
        (
            "On 2 May 2024, elders of Lou Nuer and Murle communities signed a peace deal in "
            "Pibor (Jonglei).",
            "Lou Nuer Ethnic Militia (South Sudan)",
            "Murle Ethnic Militia (South Sudan)",
        ),
    ],
)
def test_elders_of_two_peoples_agree_as_their_militias(
    resources: Resources, text: str, first: str, second: str
) -> None:
    events = report_events(text, resources)
    assert events and events[0].sub_event_type == "Agreement"
    assert events[0].actor1 is not None and events[0].actor1.name == first
    assert events[0].actor2 is not None and events[0].actor2.name == second


def test_elders_of_are_read_only_for_listed_peoples() -> None:
    from ceasewatch.knowledge import load_actors
    from ceasewatch.resolve.identity import elders_agreeing

    kb = load_actors()
    assert elders_agreeing("elders of the Borana and Gabra signed a truce", kb, "KE") == [
        "borana-ethnic-militia-kenya",
        "gabra-ethnic-militia-kenya",
    ]
    assert elders_agreeing("elders of the villages signed a truce", kb, "KE") == []


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Islamic State Sinai Province", "Islamic State (Egypt)"),
        ("Los Chapitos", "Sinaloa Cartel (Los Chapitos)"),
    ],
)
def test_acleds_forms_are_accepted_aliases(predicted: str, gold: str) -> None:
    from ceasewatch.evaluate.world import same_actor

    assert same_actor(predicted, gold)
