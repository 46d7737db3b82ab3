"""A civil body that withdraws or pulls out (an administration leaving a nuclear deal, a
ministry leaving talks) and anyone leaving a treaty, a race or an organisation make no armed
group's move: the Change to group/activity readings of "withdraw" and "pull out" are not read
then (data/triggers.yaml ``subject_head_not``, ``left_not``; story41, session 41). The subject is
judged by its own noun, never its compounds: "Government troops withdrew" is the troops' move
(story40's veto read the compound and was reverted). The sentences are invented."""

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
        "The ministry pulled out of the talks on Monday.",
        "The junta withdrew from the Ottawa convention on Monday.",
        "The military rulers pulled out of the regional organisation on Monday.",
        "The opposition leader withdrew from the presidential race on Monday.",
    ],
)
def test_a_civil_body_or_a_treaty_left_is_no_change(extractor: Extractor, text: str) -> None:
    assert CHANGE not in subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops withdrew from Kalo on Monday.",
        "Government forces pulled out of the town of Menaka on Tuesday.",
        "The government withdrew its troops from the border town on Monday.",
        "Wagner mercenaries pulled out of the base near Gao on Friday.",
        "Rebel fighters withdrew from the hills east of Bama on Tuesday.",
        "Hamas withdrew from the negotiations on Monday.",
        "The government pulled out of the ceasefire on Monday, accusing the rebels of attacks "
        "near Gao.",
    ],
)
def test_an_armed_side_or_a_ceasefire_left_is_a_change(extractor: Extractor, text: str) -> None:
    assert CHANGE in subs(text, extractor)
