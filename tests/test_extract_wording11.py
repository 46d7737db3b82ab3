"""Event types by class of wording on writers nobody tuned to (issue 9, session 14): a toll
clause after a semicolon, a court's clause that is not the root, places taken back, communal
fighting, crowds that march, gather, break in or tear down, a person taken from home,
interventions a note denies, and weapons a firing word names."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "expected", "toll"),
    [
        # the counted dead after a semicolon suffer the event before it, they do not do it
        (
            "On 4 May 2021, JNIM fighters ambushed a gendarmerie convoy near Djibo; 11 "
            "gendarmes killed.",
            "Armed clash",
            11,
        ),
        # a convoy of civilians attacked is one-sided violence, not a fight with a column
        (
            "On 9 June 2021, gunmen attacked a convoy of displaced people near Kaya; 14 men "
            "killed.",
            "Attack",
            14,
        ),
        # a weapon a firing word names is used, not seized: the shelling
        (
            "On 1 June 2023, troops fired artillery at Marinka and nearby villages; a woman "
            "killed.",
            "Shelling/artillery/missile attack",
            None,
        ),
    ],
)
def test_toll_after_a_semicolon(
    text: str, expected: str, toll: int | None, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == expected
    if toll is not None:
        assert main.fatalities == toll
    assert all(e.sub_event_type != "Mob violence" for e in extraction.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place taken back by the state's forces
        (
            "On 3 April 2021, government soldiers took back Mueda from the insurgents after "
            "hours of fighting.",
            "Government regains territory",
        ),
        # communal fighting with no army or rebel named
        (
            "On 5 June 2022, herders and farmers fought near Bama village over grazing land; "
            "15 dead.",
            "Armed clash",
        ),
        # civilians marching as a body, a large crowd gathering outside an institution
        ("On 4 March 2023, teachers in Niamey marched for unpaid salaries.", "Peaceful protest"),
        (
            "On 2 March 2024, thousands gathered outside the national assembly in Dakar after "
            "the vote was postponed.",
            "Peaceful protest",
        ),
        # a crowd forcing its way in, tearing down barriers
        (
            "On 9 January 2023, crowds broke into the congress building in Brasilia.",
            "Violent demonstration",
        ),
        (
            "On 3 June 2021, protesters tore down the barriers around the ministry in Tunis.",
            "Violent demonstration",
        ),
        # a person taken from their home by armed people
        (
            "On 8 May 2022, ELN fighters took a councillor from his farm near Arauca.",
            "Abduction/forced disappearance",
        ),
        # an intervention the note denies, a crowd that dispersed by itself
        (
            "On 3 May 2021, hundreds protested outside the ministry in Bamako. Peaceful, no "
            "arrests.",
            "Peaceful protest",
        ),
        (
            "On 5 May 2021, residents blocked a road in Osh to protest water cuts; officials "
            "met them and they dispersed.",
            "Peaceful protest",
        ),
    ],
)
def test_event_type_by_class(text: str, expected: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == expected


@pytest.mark.parametrize(
    "text",
    [
        # a court's clause before the root: what it judged is no event of the report
        "On 2 June 2022, a court in Minsk jailed a blogger for posts backing the protests; the "
        "trial was closed.",
        # a crowd gathered for a funeral is no demonstration
        "On 4 July 2022, thousands gathered in Lagos for the funeral of the musician.",
    ],
)
def test_no_event(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor)
    assert extraction.events == ()
