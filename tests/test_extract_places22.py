"""The event's place (issue 9, session 22): an institution named by its one generic word
("the Ministry of Education", "outside Congress") is no place of its own name."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_eventplaces import places


def test_a_ministry_is_no_place_its_town_is(extractor: Extractor) -> None:
    found, kept = places(
        "Teachers protested outside the Ministry of Education in Nairobi on Monday.", extractor
    )
    assert "Ministry" not in found and kept == ["Nairobi"]


def test_congress_is_no_place(extractor: Extractor) -> None:
    found, _ = places("Pensioners rallied outside Congress on Wednesday.", extractor)
    assert found == []
