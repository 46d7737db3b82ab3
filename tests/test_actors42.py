"""actor1 readings of session 42 (actors42). Hand-written sentences, never evaluation items.

- unnamed "tribal fighters" outside Syria and Iraq are the country's unnamed community-based
  militia, ACLED's "Communal Militia (X)" (knowledge/data/actors/conventions.yaml, role
  communal-militia-unnamed); Iraq's stay the Tribal Mobilization, Syria's generic;
- "KAB", Russia's guided aerial bomb, is a weapon model, not an organisation the attacker is
  named by (extract/data/means_models.yaml, ``written`` rows matched with their capitals);
  "Kab Elias", a town, is untouched.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract.means_models import load_models
from ceasewatch.pipeline import Resources
from tests.event_builders import first_typed_actor1, report_events


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 14 March 2024, tribal fighters clashed near Mendi (Southern Highlands) with "
         "homemade guns; 4 killed.", "Communal Militia (Papua New Guinea)"),
        ("On 14 March 2024, tribal fighters burned houses in a village near Mendi (Southern "
         "Highlands).", "Communal Militia (Papua New Guinea)"),
        ("On 14 March 2024, tribal militias clashed with the army near Sirte, Libya; 3 killed.",
         "Communal Militia (Libya)"),
    ],
)  # fmt: skip
def test_unnamed_tribal_fighters_are_the_countrys_communal_militia(
    resources: Resources, text: str, actor1: str
) -> None:
    assert first_typed_actor1(text, resources)[1] == actor1


def test_iraqs_sunni_tribal_fighters_stay_the_tribal_mobilization(resources: Resources) -> None:
    text = (
        "On 14 March 2017, Sunni tribal fighters clashed with Islamic State militants near "
        "Haditha (Anbar); 6 killed."
    )
    assert first_typed_actor1(text, resources)[1] == "Tribal Mobilization"


def test_syrias_tribal_fighters_are_no_communal_militia(resources: Resources) -> None:
    text = "On 14 March 2017, tribal fighters clashed with SDF near Deir ez-Zor, Syria; 6 killed."
    assert first_typed_actor1(text, resources)[1] != "Communal Militia (Syria)"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, RU forces struck a school in Kupiansk (Kharkiv) with a KAB glide bomb; "
        "3 killed.",
        "On 3 May 2024, Russian forces struck a school in Kupiansk (Kharkiv) with a KAB glide "
        "bomb; 3 killed.",
        "On 3 May 2024, a KAB glide bomb hit a school in Kupiansk (Kharkiv); 3 killed.",
    ],
)
def test_a_kab_is_a_bomb_not_the_attacker(resources: Resources, text: str) -> None:
    events = report_events(text, resources)
    assert events, text
    for event in events:
        assert event.actor1 is not None, event
        assert event.actor1.name.startswith("Military Forces of Russia"), event.actor1


def test_kab_is_read_with_its_capitals_only() -> None:
    models = load_models()
    assert models.means("KAB") == "warplane"
    assert models.means("KABs") == "warplane"
    assert models.means("KAB-500L") == "warplane"
    # a town's name in a Lebanese report ("Kab Elias"), any lower-case word
    assert models.means("Kab") is None
    assert models.means("kab") is None
