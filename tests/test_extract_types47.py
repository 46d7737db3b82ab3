"""Event types (types47, session 47), by ACLED's codebook: people who rallied in support of
someone demonstrated, and the fighting of those they back is their topic, neither an event nor a
place of one. Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_types_notes import main_sub_event

PROTEST = "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2023, hundreds of people rallied in Hargeisa in support of the army fighting "
        "outside Burao, waving flags.",
        "On 5 May 2023, hundreds rallied in Hargeisa in support of troops fighting al-Shabaab.",
    ],
)
def test_a_rally_in_support_of_fighters_is_the_rally(text: str, extractor: Extractor) -> None:
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == [PROTEST]
    # the town where the backed side fights is theirs, not the rally's
    assert all(e.location is None or e.location.name != "Burao" for e in x.events)


def test_troops_rallying_in_support_are_no_demonstration(extractor: Extractor) -> None:
    text = "On 5 May 2023, troops rallied in support of the offensive near Burao."
    assert main_sub_event(text, extractor) != PROTEST
