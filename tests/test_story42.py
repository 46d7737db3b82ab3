"""story42 (session 42): sentences of news stories that told no new event.

- An interception's object is no event of its own: "air defences shot down a Russian missile"
  is one Disrupted weapons use, its actor1 the interceptor, never the launcher (ACLED Codebook
  2023; data/eval/world/README.md, interceptions). Harm done by the debris of an interception
  told in the same sentence is its outcome, no Attack (extract/subtypes/remote.py
  ``intercepted_weapon``, ``debris_harm``). A partial interception with harm stays the strike.
- A definite event noun that names the scene of another event of its sentence points back at
  one already told ("intelligence collected at the scene of the airstrike led to the arrest of
  five people"): no new report (extract/events.py ``_scene_of_another``).
- Forces dispatched with ambulances or rescuers are an emergency response, no Change to
  group/activity (data/triggers.yaml, deploy and dispatch).

The sentences are invented."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run, subs

DISRUPTED = "Disrupted weapons use"
CHANGE = "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down a Russian missile over Kyiv on Monday, but falling debris "
        "killed two people, the city's mayor said.",
        "Ukrainian air defences shot down all 18 missiles Russia fired at Kyiv overnight, "
        "including six Kinzhal missiles, the military said on Tuesday.",
        "Israeli air defences intercepted a Hezbollah rocket and two drones over Nahariya on "
        "Sunday.",
    ],
)
def test_an_interception_is_one_disrupted_use(extractor: Extractor, text: str) -> None:
    assert subs(text, extractor) == [DISRUPTED]


def test_the_launcher_is_no_interceptor(extractor: Extractor) -> None:
    text = "Air defences shot down a Russian missile over Kyiv on Monday."
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == [DISRUPTED]
    assert all(e.actor1 is None or "russia" not in e.actor1.name.lower() for e in x.events)


@pytest.mark.parametrize(
    "text",
    [
        # a part stopped and harm told: what got through struck (session 37's reading)
        "Russia launched 30 drones at Kharkiv on Monday; air defences shot down 25 drones, and "
        "debris damaged houses.",
        # no interception: the debris of a strike is the strike's
        "A Russian missile hit a school in Kharkiv on Monday and debris injured two people.",
    ],
)
def test_no_interception_of_all_stays_a_strike(extractor: Extractor, text: str) -> None:
    assert DISRUPTED not in subs(text, extractor)
    assert subs(text, extractor)


def test_the_scene_of_a_told_event_is_no_new_one(extractor: Extractor) -> None:
    text = (
        "A U.S. airstrike killed a senior commander in Anbar province on Thursday. "
        "Intelligence collected at the scene of the airstrike led to the arrest of five "
        "people in Irbil."
    )
    assert subs(text, extractor) == ["Air/drone strike", "Arrests"]


def test_a_scene_with_its_own_clause_stays(extractor: Extractor) -> None:
    text = "Police cordoned off the scene of the bombing that killed 12 people in Quetta on Monday."
    assert subs(text, extractor) == ["Remote explosive/landmine/IED"]


def test_a_rescue_response_is_no_change(extractor: Extractor) -> None:
    text = (
        "Provincial officials said security forces, a rescue train and ambulances had been "
        "dispatched to the site."
    )
    assert CHANGE not in subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed troops to the border town of Kalo on Monday.",
        "The army dispatched troops and tanks to the town of Kalo on Monday.",
    ],
)
def test_a_deployment_stays_a_change(extractor: Extractor, text: str) -> None:
    assert subs(text, extractor) == [CHANGE]
