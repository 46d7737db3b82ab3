"""health39: output-identical tidying (documentation's one table of kinds, ...)."""

from __future__ import annotations

import pytest

from ceasewatch.documentation import FLAGS, KINDS, Kind, kinds_shown
from ceasewatch.extract import Extractor
from tests.test_extract_types_notes import main_sub_event

# One sentence, written for the test, showing each kind (in the table's order).
SHOWN = (
    "The Mission has reasonable grounds to believe the report.",
    "The group documented the raid.",
    "The acts qualify under the statute as crimes.",
    "Two men were summarily executed.",
    "Families reported enforced disappearances.",
    "He was arbitrarily detained for weeks.",
    "Witness B said the soldiers came at night.",
    "Methodology\nWe read every file.",
    "The panel recommends a review.",
    "It is a matter of human rights.",
    "Incident ID: 4411",
    "The Special Rapporteur sent a letter.",
    "Researchers interviewed 40 survivors.",
    "It calls for an independent inquiry.",
    "The council urges the parties to stop.",
    "Case 12/2021 was heard.",
    "State agents raided the house.",
    "Detainees were tortured.",
    "They found pillage in the villages.",
    "Her testimony was heard.",
    "Armed men in uniform arrived.",
)


def test_the_table_has_one_row_per_kind() -> None:
    assert len(KINDS) == len(SHOWN) == 21
    assert all(isinstance(kind, Kind) for kind in KINDS)


@pytest.mark.parametrize(("kind", "sentence"), list(zip(KINDS, SHOWN, strict=True)))
def test_each_row_reads_its_own_kind(kind: Kind, sentence: str) -> None:
    assert kind.shown(sentence, sentence.casefold()), kind.wording
    # one of the row's words is in the match: the words test never skips a text it would match
    match = kind.pattern.search(sentence)
    assert match is not None
    assert any(w in match.group().casefold() for w in kind.words), kind.wording


def test_a_row_guards_its_wording_with_its_first_letters() -> None:
    row = Kind(r"\bhuman rights\b", "h", ("human rights",))
    assert row.pattern.pattern == r"(?=[h])(?:\bhuman rights\b)"
    assert row.pattern.flags & FLAGS == FLAGS
    assert Kind(r"^\s*case\b", "", ("case",)).pattern.pattern == r"^\s*case\b"


def test_a_kind_whose_words_are_missing_is_not_searched() -> None:
    row = Kind(r"\bhuman rights\b", "h", ("absent",))
    assert not row.shown("human rights", "human rights")


def test_kinds_are_counted_once_each() -> None:
    text = "Witness A said so. Witness B said so. The group documented it."
    assert kinds_shown(text) == 2
    assert kinds_shown("A quiet market day.") == 0
    assert kinds_shown("\n".join(SHOWN)) == 21
    assert kinds_shown(" ".join(SHOWN)) == 18  # three kinds read a line's start


FAMILIES = {
    "battles": (
        "supporting_fire",
        "with_small_arms",
        "repelled",
        "withdrew_after",
        "on_them",
        "fired_upon",
    ),
    "remote": ("aircraft_doer", "fired_bombs", "got_through"),
    "strategic": ("seized_equipment", "property_only"),
    "shared": ("armed", "words", "REMOTE_MEANS", "CAPTURES", "PRONOUNS"),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_the_sub_event_readings_live_by_codebook_family(family: str) -> None:
    """extract/subtypes is a package by ACLED codebook family; every name the callers use
    stays importable from ``ceasewatch.extract.subtypes``."""
    import importlib

    from ceasewatch.extract import subtypes

    module = importlib.import_module(f"ceasewatch.extract.subtypes.{family}")
    for name in FAMILIES[family]:
        assert getattr(subtypes, name) is getattr(module, name), name
        assert name in subtypes.__all__


def test_the_shared_words_file_is_found_from_the_package() -> None:
    from ceasewatch.extract.subtypes import DATA, words

    assert DATA.name == "subtypes.yaml" and DATA.is_file()
    assert "back" in words().support_verbs


def test_air_support_is_read_once_by_supporting_fire() -> None:
    """Session 38's ``air_support`` read aircraft backing a ground fight a second time after
    ``supporting_fire``; it is gone, and the one reading types those sentences as the fight."""
    from ceasewatch.extract import events, subtypes

    assert not hasattr(subtypes, "air_support")
    assert "air_support" not in subtypes.__all__
    assert not hasattr(events, "_air_support")


AIR_SUPPORT = (
    "On 5 May 2023, soldiers backed by helicopters attacked rebel positions near Kelmar.",
    "On 5 May 2023, soldiers backed by helicopter gunships attacked rebel positions near Kelmar.",
    "On 5 May 2023, troops, supported by drones, stormed a rebel camp near Kelmar.",
)


@pytest.mark.parametrize("text", AIR_SUPPORT)
def test_aircraft_backing_a_ground_fight_are_the_fight(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == "Armed clash"


def test_aircraft_as_the_doers_stay_the_air_strike(extractor: Extractor) -> None:
    text = "On 5 May 2023, junta helicopters fired on a school in Kelmar, killing three children."
    assert main_sub_event(text, extractor) == "Air/drone strike"
