"""A figure belongs to the outcome that governs it, and a vague figure never swells a precise
toll (docs/EXTRACTION.md, "Fatalities"). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract.merging import conservative
from ceasewatch.model import FatalityClaim
from tests.test_extract_events import run


def _tolls(text: str, extractor: Extractor) -> list[int | None]:
    _, extraction = run(text, extractor)
    return [e.fatalities for e in extraction.events if e.fatalities is not None]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Gunmen stormed the village of Bakassi on Monday. Nine people were killed and dozens "
            "abducted.",
            9,
        ),
        (
            "Militants raided a camp near Beni on Tuesday; seven civilians were killed and hundreds "
            "displaced.",
            7,
        ),
        (
            "Fighters attacked a checkpoint in Gao on Sunday, killing four soldiers, and scores of "
            "villagers fled.",
            4,
        ),
        (
            "Bandits attacked a farm near Zamfara on Friday, killing six people and kidnapping "
            "dozens.",
            6,
        ),
    ],
)
def test_vague_figure_of_another_outcome_is_not_dead(
    text: str, toll: int, extractor: Extractor
) -> None:
    assert _tolls(text, extractor) == [toll]


def test_exact_figure_of_another_outcome_is_not_dead(extractor: Extractor) -> None:
    text = "Soldiers raided a market in Kasai on Wednesday, killing two men and arresting 15."
    assert _tolls(text, extractor) == [2]


def test_arrest_count_is_not_a_toll(extractor: Extractor) -> None:
    text = "Police fired on a march in Conakry on Monday, killing three protesters, and dozens were arrested."
    _, extraction = run(text, extractor)
    arrests = [e for e in extraction.events if e.sub_event_type == "Arrests"]
    assert all(e.fatalities is None for e in arrests)
    assert 3 in [e.fatalities for e in extraction.events]


def test_dead_hostages_still_count(extractor: Extractor) -> None:
    """A person noun of an outcome ("hostages") is who died, not the outcome."""
    text = "Militants killed 11 hostages in a raid near Kidal on Sunday."
    assert _tolls(text, extractor) == [11]


def _claim(count: int, qualifier: str, victims: str, by: str | None = None) -> FatalityClaim:
    return FatalityClaim(count=count, qualifier=qualifier, victims=victims, claimed_by=by)


def test_vague_figure_is_not_added_to_a_precise_one() -> None:
    claims = [_claim(14, "exact", "soldiers"), _claim(12, "vague", "civilians")]
    assert conservative(claims) == 14


def test_vague_figures_alone_give_the_fixed_rule_toll() -> None:
    claims = [_claim(12, "vague", "civilians"), _claim(20, "vague", "fighters")]
    assert conservative(claims) == 32


def test_precise_groups_still_add_and_sources_stay_apart() -> None:
    claims = [
        _claim(14, "at least", "soldiers", "army"),
        _claim(3, "exact", "civilians", "army"),
        _claim(12, "vague", "civilians", "monitor"),
    ]
    # The army's precise 17 and the monitor's vague 12: the smaller total is coded.
    assert conservative(claims) == 12
