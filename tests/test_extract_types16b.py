"""A shooting told by its victims' count alone (issue 9, session 16, wip/events16).

Coder's notes write "stock taken and 12 herders shot" or "one shot dead" with the shooters
left unsaid. Hand-written sentences with invented places (never evaluation items).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run

PUBLISHED = dt.date(2024, 5, 8)


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor, published=PUBLISHED)
    return [e.sub_event_type for e in x.events]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, raiders from the hills hit camps near Lake Tumo; goats taken and 9 herders shot.",
        (
            "On 3 May 2024, sheep were driven off and two herdsmen shot near Dara Kel by men "
            "from the hills."
        ),
        "On 3 May 2024, in Port Selim, a march reached the square; one shot dead.",
    ],
)
def test_people_shot_is_an_attack(text: str, extractor: Extractor) -> None:
    assert "Attack" in _subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, 20 scenes shot in Port Selim were cut from the film.",
        "On 3 May 2024, in Port Selim, two players shot the ball past the keeper.",
        "On 3 May 2024, in Port Selim, the photographers shot the sunset from a roof.",
    ],
)
def test_no_shooting(text: str, extractor: Extractor) -> None:
    assert _subs(text, extractor) == []
