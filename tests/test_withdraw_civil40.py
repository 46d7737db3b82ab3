"""A civil body that withdraws or pulls out (an administration leaving a nuclear deal, countries
recalling their ambassadors, a ministry leaving talks) makes no armed group's move: the
Change to group/activity readings of "withdraw" and "pull out" are not read with such a subject
(data/triggers.yaml, story40, session 40). An armed side's withdrawal, troops withdrawn by a
government and a ceasefire a government leaves stay a change. The sentences are invented."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs

CHANGE = "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Germany and Italy, which remain parties to the ATT, which the second Bush administration "
        "pulled out of, requested a closed meeting of the U.N. Security Council on Tuesday.",
    ],
)
def test_a_civil_body_withdrawing_is_no_change(extractor: Extractor, text: str) -> None:
    assert CHANGE not in subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Wagner mercenaries pulled out of the base near Gao on Friday.",
        "Rebel fighters withdrew from the hills east of Bama on Tuesday.",
        "The government pulled out of the ceasefire on Monday, accusing the rebels of attacks "
        "near Gao.",
    ],
)
def test_an_armed_side_or_a_ceasefire_left_is_a_change(extractor: Extractor, text: str) -> None:
    assert CHANGE in subs(text, extractor)
