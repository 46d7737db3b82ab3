"""Two events the rules read from one sentence as two kinds, that the default reader then types
alike (it reads an event by its sentence), are one event when they fall on one day, one place and
one actor pair: ``told_twice`` runs once more after the reader (``pipeline._retyped_told_twice``,
twice42, session 42). ACLED's codebook: an event is one sub-event type, one day, one location,
one actor pair. Arrests in two towns, or on two days, stay two. The sentences, people, places and
dates are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events

DATELINE = "MINSK, 20 May 2025 - "


@pytest.mark.parametrize(
    "text",
    [
        "Police in Hrodna detained six people on Tuesday accused of sending money to volunteer "
        "battalions of Belarusians fighting on Ukraine's side, the rights group Viasna said.",
        "Police in Vitebsk detained four people on Monday accused of donating money to volunteer "
        "units of Belarusians fighting for Ukraine, a rights group said.",
    ],
)
def test_an_arrest_over_a_fight_told_in_its_sentence_is_one_arrest(
    resources: Resources, text: str
) -> None:
    events = report_events(DATELINE + text, resources)
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_arrests_in_two_towns_on_two_days_stay_two(resources: Resources) -> None:
    text = (
        "Police in Hrodna detained six people on Tuesday accused of sending money to volunteer "
        "battalions of Belarusians fighting on Ukraine's side, the rights group Viasna said. "
        "Police in Lida detained three more people on Monday, the group said."
    )
    events = report_events(DATELINE + text, resources)
    assert sorted((e.location.name if e.location else "", e.event_date) for e in events) == [
        ("Hrodna", dt.date(2025, 5, 20)),
        ("Lida", dt.date(2025, 5, 19)),
    ]


def test_a_clash_told_again_by_the_other_side_is_one_clash(resources: Resources) -> None:
    text = (
        "SANAA, 22 October 2025 - 10:00 - Our forces repelled an attack by the enemy's "
        "mercenaries in the Al-Kassara area, west of Marib, inflicting heavy losses on them.\n\n"
        "15:40 - Army and tribal forces foiled an attack by the Houthi militia in Al-Kassara and "
        "killed 12 of its fighters."
    )
    events = report_events(text, resources)
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events] == [
        ("Armed clash", "Al-Kassara")
    ]
