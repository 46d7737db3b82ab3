"""Session 44 (places44): "St" and "Saint" are one word at lookup ("Spanish Town, St
Catherine" is in Jamaica's Saint Catherine parish, not Egypt's Saint Catherine); a known town's
name is read whole when the lead-in took its first word as a description ("in Spanish Town,
St Catherine"); Hong Kong's crowds are Hong Kong's on every path; a point the text places in
a country is flagged only when it lies outside that country by the shipped outlines (a
harbour town just off a simplified coast is not flagged, a town across a land border is).

Every sentence is invented (the names are real places in made-up events)."""

from __future__ import annotations

from ceasewatch.geocode import flag_outside, in_said_country
from ceasewatch.knowledge.gazetteer import Gazetteer, name_key, saint_variant
from ceasewatch.model import Location
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _events(text: str, resources: Resources) -> list[tuple[str | None, Location]]:
    events = process_article(article(text), resources).events
    return [
        (e.actor1.name if e.actor1 else None, e.location) for e in events if e.location is not None
    ]


def test_saint_and_st_are_one_word_at_lookup() -> None:
    assert saint_variant(name_key("St Catherine")) == name_key("Saint Catherine")
    assert saint_variant(name_key("Saint Andrew")) == name_key("St Andrew")
    assert saint_variant(name_key("Ste-Marie")) == name_key("Sainte Marie")
    assert saint_variant(name_key("Stanley")) is None  # a word, not an abbreviation
    assert saint_variant(name_key("St")) is None  # the word alone is no name


def test_a_parish_written_st_is_found_as_saint(builtin: Gazetteer) -> None:
    found = builtin.lookup("St Catherine", countries=("JM",))
    assert any(c.place.feature_class == "A" for c in found)


def test_a_town_after_a_parish_written_st_is_placed_in_it(resources: Resources) -> None:
    for parish in ("St Catherine", "St. Catherine"):
        text = f"On 3 May 2024, two men were shot dead in Spanish Town, {parish}, police said."
        placed = _events(text, resources)
        assert placed, parish
        for _, loc in placed:
            assert loc.name == "Spanish Town" and loc.country == "Jamaica", (parish, loc)
            assert loc.geo_precision == 1


def test_hong_kong_crowds_are_hong_kongs(resources: Resources) -> None:
    text = (
        "On 29 September 2024, police fired tear gas at protesters in Causeway Bay, "
        "Hong Kong, who marched against the new security law."
    )
    placed = _events(text, resources)
    assert placed
    for actor, loc in placed:
        assert loc.country == "Hong Kong"
        assert actor == "Protesters (Hong Kong)"


def test_a_harbour_town_off_the_simplified_coast_is_in_its_country() -> None:
    # Mombasa's and Kismayo's points fall just off the simplified outlines' coasts
    assert in_said_country("KE", "TZ", -4.05, 39.67)
    assert in_said_country("SO", "KE", -0.36, 42.55)
    mombasa = Location(name="Mombasa", latitude=-4.05, longitude=39.67, reason="chosen")
    assert flag_outside(mombasa, "TZ", "KE") is mombasa


def test_a_town_across_a_land_border_is_still_flagged() -> None:
    # Qamishli lies a kilometre from Turkey, within the coast tolerance of its outline: the
    # point is inside Syria's outline, so a text placing it in Turkey is flagged
    assert not in_said_country("TR", "SY", 37.05, 41.22)
    # a point inland in Iran, placed by a text in Pakistan
    assert not in_said_country("PK", "IR", 25.29, 60.64)
    chabahar = Location(name="Chabahar", latitude=25.29, longitude=60.64, reason="chosen")
    assert flag_outside(chabahar, "IR", "PK").reason.startswith("FLAGGED")
