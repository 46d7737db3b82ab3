"""Tolls and takings by class of wording (issue 9, session 18): killings told as
murdered or assassinated count their dead as "killed" does, and "she died" one; a named person
seized by the state is an arrest, by armed men an abduction, never territory (a plain "seized"
by the state stays out: an occupying army's seizures are abductions); a crowd seizing a
suspect and beating them is mob violence, not territory taken; a beating "to death" is never
a figurative beating. Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "sub", "toll"),
    [
        (
            "On 4 April 2021, unidentified gunmen murdered a village chief in Bunia (Ituri).",
            "Attack",
            1,
        ),
        (
            "On 4 April 2021, three farmers were murdered by unknown assailants near Bunia (Ituri).",
            "Attack",
            3,
        ),
        (
            "On 5 May 2020, a local councillor was assassinated by gunmen on a motorbike in Gao "
            "(Gao).",
            "Attack",
            1,
        ),
    ],
)
def test_killings_told_without_kill_are_attacks_with_their_toll(
    text: str, sub: str, toll: int, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None
    assert (main.sub_event_type, main.fatalities) == (sub, toll)


@pytest.mark.parametrize(
    "text",
    [
        "On 10 May 2020, hundreds of students marched in Kano (Kano) to protest the murder of a "
        "classmate.",
        "On 10 May 2020, hundreds of students marched in Kano (Kano) over the assassination of a "
        "local activist.",
    ],
)
def test_a_murder_named_as_a_noun_counts_no_marchers(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == "Peaceful protest"
    assert not main.fatalities


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 9 May 2023, police seized former minister John Banda inside the High Court "
            "compound in Lilongwe (Central), on a fraud warrant.",
            "Arrests",
        ),
        (
            "On 9 May 2023, rebels seized the district commissioner Peter Okello on the road "
            "near Gulu (Northern).",
            "Abduction/forced disappearance",
        ),
        (
            "On 9 May 2023, the army seized back the town of Gulu (Northern) from the rebels.",
            "Government regains territory",
        ),
    ],
)
def test_a_named_person_seized_is_taken_not_territory(
    text: str, sub: str, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "On 5 June 2021, gunmen shot a teacher in Cucuta (Norte de Santander); she died in hospital.",
            1,
        ),
        (
            "On 5 June 2021, soldiers shot a farmer near Tame (Arauca) and he died on the way to "
            "hospital.",
            1,
        ),
        ("On 5 June 2021, gunmen shot a teacher in Cucuta (Norte de Santander); she survived.", 0),
    ],
)
def test_a_victim_who_died_told_by_a_pronoun_is_one_dead(
    text: str, toll: int, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and (main.fatalities or 0) == toll


def test_a_person_seized_by_gunmen_is_still_abducted(extractor: Extractor) -> None:
    text = "On 8 August 2017, gunmen seized a priest on the road near Enugu (Enugu)."
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "On 9 September 2016, villagers seized a suspected thief and beat him in Mbale (Eastern).",
            None,
        ),
        (
            "On 9 September 2016, residents seized a suspected thief and beat him to death in "
            "Mbale (Eastern).",
            1,
        ),
        ("On 9 September 2016, residents beat a man to death in Jinja (Eastern).", 1),
    ],
)
def test_a_crowd_seizing_and_beating_a_suspect_is_mob_violence(
    text: str, toll: int | None, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == "Mob violence"
    assert (main.fatalities or None) == toll


def test_a_team_beaten_is_still_no_event(extractor: Extractor) -> None:
    _, extraction = run("On 9 September 2016, Arsenal beat Chelsea 3-0 in London.", extractor)
    assert main_event(extraction.events) is None
