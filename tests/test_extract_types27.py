"""Event types (types27, session 27): arrests of people a relative clause says gathered are the
gathering met with intervention; a protester who died of the force's wounds, or shotguns fired
at a crowd, make the force excessive; a detention whose place is kept secret is a forced
disappearance; "groups of residents" are a crowd. Texts written for these tests, not taken from any
evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_types_notes import main_sub_event


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 3 April 2024, police in Varno detained 20 people who had gathered outside the "
            "city hall.",
            "Protest with intervention",
        ),
        (
            "On 3 April 2024, police in Varno detained dozens of people who tried to gather for "
            "a banned rally.",
            "Protest with intervention",
        ),
        (
            "On 3 April 2024, 30 people who had assembled near the parliament in Varno were "
            "arrested by police.",
            "Protest with intervention",
        ),
        # a gathering of things, armed people, a tie to a protest: still arrests
        (
            "On 3 April 2024, police in Varno detained a man who had gathered weapons for an "
            "attack.",
            "Arrests",
        ),
        (
            "On 3 April 2024, soldiers in Varno arrested 12 militants who had gathered in a house.",
            "Arrests",
        ),
        (
            "On 3 April 2024, police in Varno arrested two men who had organised a protest.",
            "Arrests",
        ),
        (
            "On 3 April 2024, farmers gathered in Varno; police fired tear gas and rubber "
            "bullets; two farmers died of their injuries.",
            "Excessive force against protesters",
        ),
        (
            "On 3 April 2024, hundreds of students marched in Varno; police fired tear gas and "
            "shotguns.",
            "Excessive force against protesters",
        ),
        # a death the march is about is no force on it
        (
            "On 3 April 2024, hundreds marched in Varno demanding justice for a student who "
            "died from a police beating.",
            "Peaceful protest",
        ),
        (
            "On 3 April 2024, hundreds of students marched in Varno; police fired tear gas.",
            "Protest with intervention",
        ),
        # a detention whose place is kept secret is a forced disappearance
        (
            "On 3 April 2024, security forces in Varno detained a student activist and took him "
            "to an unknown location.",
            "Abduction/forced disappearance",
        ),
        (
            "On 3 April 2024, police in Varno arrested a journalist; his whereabouts remain "
            "unknown.",
            "Abduction/forced disappearance",
        ),
        ("On 3 April 2024, police in Varno arrested a journalist at his home.", "Arrests"),
        # a crowd named by its "of" phrase
        (
            "On 3 April 2024, groups of residents armed with sticks attacked migrants in Varno.",
            "Mob violence",
        ),
        (
            "On 3 April 2024, a group of gunmen attacked a village in Varno, killing five.",
            "Attack",
        ),
    ],
)
def test_types27(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor, published=None) == sub
