"""Title-case headlines (extract/places.py): an event's name and a wire credit are no place
(issue 15: "Barrel Bomb Attack" was geocoded to Aleppo's centre and "Idlib Monitor" to Idlib
city, and each joined a report of another attack). Headlines invented for these tests."""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from tests.test_extract_places import names


def test_a_name_ending_in_an_attack_word_is_the_event_not_a_place(resources: Resources) -> None:
    found = names(resources, "Nine Civilians Killed in Barrel Bomb Attack on Rural Hama")
    assert "Barrel Bomb Attack" not in found
    assert "Hama" in found
    assert "Fighting" not in names(resources, "Twelve Fighters Dead in Fighting for Key Homs Road")


def test_a_wire_credit_after_the_place_is_not_part_of_it(resources: Resources) -> None:
    found = names(resources, "Air strike kills 11 in Syrias Hama Monitor")
    assert "Hama" in found
    assert not any("Monitor" in n for n in found)


def test_a_place_name_is_kept_whole(resources: Resources) -> None:
    assert names(resources, "Four people were killed in Maarat al-Numan on Monday.") == [
        "Maarat al-Numan"
    ]
