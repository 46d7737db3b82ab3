"""Aircraft, drones and missiles named by their model read as their means (issue 9, session 17).

"Russian Su-34s bombed ...", "an F-16 struck ...": the tagger takes the model for a proper noun,
so no trigger saw an aircraft and no owner was read through it (no event, an Attack, or no
actor1). extract/means_models.py gives the model token its means noun's lemma
(data/means_models.yaml). The owner comes from the text only, never from the maker: "Two MQ-9
Reapers struck" names nobody. Every sentence is written for this file (no evaluation item).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.extract.means_models import load_models
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events, report_main_event

CASES = [
    (
        "Russian Su-34s bombed the village of Lirovka near Kherson on Tuesday, killing four "
        "people, regional officials said.",
        "Air/drone strike",
        "Military Forces of Russia",
    ),
    (
        "Israeli F-35s struck a fuel depot in the port city of Hodeidah on Saturday.",
        "Air/drone strike",
        "Military Forces of Israel",
    ),
    (
        "Pakistani JF-17s struck hideouts near the town of Miranshah on Sunday, the military said.",
        "Air/drone strike",
        "Military Forces of Pakistan",
    ),
    (
        "A Russian Tu-22M3 bomber fired missiles at the city of Dnipro, killing 12 people.",
        "Air/drone strike",
        "Military Forces of Russia",
    ),
    # the model alone: a strike, and nobody named
    (
        "An F-16 struck a warehouse in the town of Kalba on Monday, the army said.",
        "Air/drone strike",
        None,
    ),
    (
        "A Bayraktar TB2 hit a convoy near the town of Hasra on Sunday, killing six fighters.",
        "Air/drone strike",
        None,
    ),
]


@pytest.mark.parametrize(("text", "sub", "actor1"), CASES)
def test_a_model_is_its_means(
    text: str, sub: str, actor1: str | None, resources: Resources
) -> None:
    event = report_main_event(text, resources)
    got = event.actor1.name if event.actor1 is not None else None
    assert event.sub_event_type == sub, (event.sub_event_type, got)
    if actor1 is None:
        assert got is None or not got.startswith("Military Forces"), got
    else:
        assert same_actor(got, actor1), got


def test_a_model_before_a_fighter_is_an_aircraft(resources: Resources) -> None:
    """ "Turkish F-16 fighters": warplanes, not militants (one actor, Turkey's forces)."""
    event = report_main_event(
        "Turkish F-16 fighters struck positions near the village of Kanirash on Thursday.",
        resources,
    )
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Turkey"


@pytest.mark.parametrize(
    ("word", "means"),
    [
        ("Su-34s", "warplane"),
        ("F-16", "warplane"),
        ("MiG-29", "warplane"),
        ("Mi-24", "helicopter"),
        ("TB2", "drone"),
        ("MQ-9", "drone"),
        ("Shahed-136s", "drone"),
        ("Iskanders", "missile"),
        ("Kh-101", "missile"),
        # words that are also English or names, and air defences, are no means
        ("Typhoon", None),
        ("Lancet", None),
        ("Shahed", None),
        ("S-400", None),
        ("MI-6", None),
        ("F1", None),
    ],
)
def test_the_model_table(word: str, means: str | None) -> None:
    assert load_models().means(word) == means


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received its first F-16s from Denmark on Thursday, the defence ministry said.",
        "Turkey has sold dozens of Bayraktar TB2s to Ethiopia, Poland and Morocco since 2020.",
        "An Su-25 crashed during a training flight near the town of Yeysk on Friday.",
    ],
)
def test_a_model_not_in_use_is_no_event(text: str, resources: Resources) -> None:
    assert report_events(text, resources) == ()


def test_shot_down_models_are_weapons_not_a_group(resources: Resources) -> None:
    """ "30 Shaheds": drones intercepted, not an armed group named by a look-alike alias."""
    event = report_main_event(
        "Ukrainian air defences shot down 30 Shaheds and two Kh-101 missiles over Kyiv "
        "overnight, the air force said.",
        resources,
    )
    assert event.sub_event_type == "Disrupted weapons use"
    named = {r.name for r in (event.actor1, event.actor2) if r is not None}
    assert named == {"Military Forces of Ukraine"}, named
