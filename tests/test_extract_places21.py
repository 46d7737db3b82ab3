"""The event's place among the places a sentence names (issue 9, session 21): where a source
spoke is no event's place, "through" names a place, a state's seat city after "in" is a place."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_eventplaces import places


def test_speaking_in_a_city_is_no_event_place(extractor: Extractor) -> None:
    found, kept = places(
        "The army chief, speaking in Port Sudan, said there would be no truce.", extractor
    )
    assert found == ["Port Sudan"] and kept == []


def test_told_reporters_in_a_city_is_no_event_place(extractor: Extractor) -> None:
    _, kept = places(
        "Gunmen killed 20 people in Maiduguri, a police spokesman told reporters in Abuja.",
        extractor,
    )
    assert kept == ["Maiduguri"]


def test_press_briefing_city_is_no_event_place(extractor: Extractor) -> None:
    _, kept = places(
        "The interior minister, speaking at a press briefing in Dhaka, said calm had returned.",
        extractor,
    )
    assert kept == []


def test_said_in_a_city_is_no_event_place(extractor: Extractor) -> None:
    _, kept = places(
        "Twelve people were killed in clashes in Kaduna, police said in Abuja.", extractor
    )
    assert kept == ["Kaduna"]


def test_a_statement_without_a_city_keeps_the_event_place(extractor: Extractor) -> None:
    _, kept = places(
        "At least 12 people were killed in clashes in Kaduna, a police spokesman said in a "
        "statement.",
        extractor,
    )
    assert kept == ["Kaduna"]


def test_a_rally_where_someone_spoke_is_a_place(extractor: Extractor) -> None:
    _, kept = places(
        "The opposition leader, speaking at a rally in Lilongwe, said the vote was rigged.",
        extractor,
    )
    assert kept == ["Lilongwe"]


def test_a_social_network_is_no_place(extractor: Extractor) -> None:
    found, _ = places(
        "A drone struck a car park in Belgorod, the governor wrote on Telegram.", extractor
    )
    assert found == ["Belgorod"]


def test_marched_through_a_town(extractor: Extractor) -> None:
    _, kept = places(
        "Several hundred people marched peacefully through Port Sudan on Wednesday.", extractor
    )
    assert kept == ["Port Sudan"]


def test_a_seat_city_standing_for_its_government_is_a_place_after_in(
    extractor: Extractor,
) -> None:
    found, _ = places("Tens of thousands rallied in Tel Aviv on Saturday night.", extractor)
    assert found == ["Tel Aviv"]
