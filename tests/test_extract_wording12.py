"""Reports that yielded no event (issue 9, session 14): killings, abductions, arrests, protests
and strikes told with plain verbs and no event noun."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2022, ISWAP militants cut the throats of three herders near Monguno.",
            "Attack",
        ),
        (
            "On 3 March 2022, pirates dragged a fisherman from his house onto a boat in Port "
            "Harcourt.",
            "Abduction/forced disappearance",
        ),
        (
            "On 3 March 2022, intelligence agents took an opposition coordinator from his "
            "home in Caracas.",
            "Arrests",
        ),
        (
            "On 3 March 2022, students filled the streets against fee rises in Santiago.",
            "Peaceful protest",
        ),
        (
            "On 3 March 2022, thousands camped on the main square against fuel prices in Almaty.",
            "Peaceful protest",
        ),
        (
            "On 3 March 2022, a bomber drove his car into a police convoy in Mogadishu.",
            "Suicide bomb",
        ),
        ("On 3 March 2022, F-16s bombed rebel positions near Idlib.", "Air/drone strike"),
    ],
)
def test_plain_verbs(text: str, expected: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2022, police took the wounded man to hospital in Caracas.",
        "On 3 March 2022, farmers took their cattle to the market in Kano.",
        "On 3 March 2022, fans filled the streets to celebrate the title in Santiago.",
        "On 3 March 2022, a bomber flew over the capital during the parade.",
    ],
)
def test_no_event(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor)
    assert main_event(extraction.events) is None
