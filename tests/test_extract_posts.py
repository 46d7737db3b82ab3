"""A channel's posts as extraction reads them (session 23, helper channels23): a post's clock is
no word of a name, a correction or a denied rumour is no new event, an air raid alert is no
strike, a post's place tag ("KALO: ...") is its place. Texts written for these tests, in the
form clean/posts.py writes a channel's day."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_eventplaces import places
from tests.test_extract_events import run


def test_a_posts_clock_is_no_word_of_its_actor(extractor: Extractor) -> None:
    _, extraction = run("09:35 - Army units stormed the village of Kalo.", extractor)
    names = [e.actor1.name for e in extraction.events if e.actor1 is not None]
    assert names and not any(":" in n for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "08:30 - Correction: the shell hit the north district of Kalo, not the market as first"
        " reported.",
        "15:00 - Rumour that gunmen killed five people in Kalo is false, officials say.",
        "10:05 - Rumours of a second blast in Kalo are false, police say.",
    ],
)
def test_a_correction_or_a_denied_rumour_is_no_new_event(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor)
    assert extraction.events == ()


def test_a_correction_outside_a_post_is_left_as_it_was(extractor: Extractor) -> None:
    _, extraction = run(
        "Correction: gunmen killed two men in Kalo on Monday, not three.", extractor
    )
    assert extraction.events


def test_a_rumour_told_as_true_still_counts(extractor: Extractor) -> None:
    _, extraction = run("15:00 - Rumour has it gunmen killed two men in Kalo.", extractor)
    assert extraction.events


def test_an_air_raid_alert_is_no_strike(extractor: Extractor) -> None:
    _, extraction = run("07:12 - Air raid alert over Kalo. Take cover!", extractor)
    assert extraction.events == ()
    _, extraction = run("An air raid on Kalo killed two people.", extractor)
    assert [e.sub_event_type for e in extraction.events] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("11:50 - KALO: protesters threw stones at police at the Olympic roundabout.", "KALO"),
        ("15 Sep 2021, 13:00 - KALO TOWN: dozens protested in Freedom Square.", "KALO TOWN"),
        ("21:00 - UPDATE Kalo: one young man killed by live fire on Main street.", "Kalo"),
    ],
)
def test_a_posts_place_tag_is_its_place(text: str, place: str, extractor: Extractor) -> None:
    found, _ = places(text, extractor)
    assert found == [place]


@pytest.mark.parametrize(
    "text",
    [
        "10:00 - Interior Ministry: 3 police officers injured in Kalo.",
        "10:00 - MND: 25 aircraft were detected near Kalo.",
        "Regional Police: gunmen attacked a bus in Kalo.",
        "BREAKING: gunmen attacked a bus in Kalo.",
    ],
)
def test_a_speaker_or_an_acronym_is_no_place_tag(text: str, extractor: Extractor) -> None:
    found, _ = places(text, extractor)
    assert "Kalo" in found


def test_a_forwarded_posts_channel_is_no_place(extractor: Extractor) -> None:
    found, _ = places(
        "Forwarded from Ivan Petrenko (head of the region): shelling in Kalo.", extractor
    )
    assert found == ["Kalo"]


def _where(text: str, extractor: Extractor) -> list[str | None]:
    _, extraction = run(text, extractor)
    return [e.location.name if e.location else None for e in extraction.events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("08:00 - Troops overran KALOTA at night after heavy fighting.", "KALOTA"),
        ("08:00 - Fighters entered DOMA RIVA and fought the army until morning.", "DOMA RIVA"),
        ("08:00 - Security forces fired tear gas at marchers in the bazaar of KALOTA.", "KALOTA"),
    ],
)
def test_a_place_in_capitals_inside_a_post_is_its_place(
    text: str, place: str, extractor: Extractor
) -> None:
    """Session 24 (forms24): channels write a post's town in capitals, which the tagger
    reads as anything."""
    assert place in _where(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Troops overran KALOTA at night after heavy fighting.",  # no post: no clock
        "08:00 - TROOPS OVERRAN KALOTA AT NIGHT AFTER HEAVY FIGHTING.",  # a post all in capitals
        "08:00 - NATO says troops overran the base at night after heavy fighting.",  # short
    ],
)
def test_capitals_outside_a_post_or_in_a_shouted_one_are_no_place(
    text: str, extractor: Extractor
) -> None:
    assert not {"KALOTA", "NATO", "TROOPS"} & set(_where(text, extractor))


def test_a_posts_call_for_tomorrow_is_no_event(extractor: Extractor) -> None:
    """Session 24 (forms24): a strike or march called for tomorrow is coded on its day."""
    _, extraction = run(
        "08:00 - Troops raided the camp in Kalo.\n\n11:00 - General strike and mourning in Kalo"
        " tomorrow.",
        extractor,
    )
    assert [e.sub_event_type for e in extraction.events] == ["Armed clash"]
    _, extraction = run("11:00 - Gunmen killed two men in Kalo; funerals tomorrow.", extractor)
    assert extraction.events


def test_agreeing_to_talk_again_is_no_agreement(extractor: Extractor) -> None:
    """Session 24 (forms24): a round of talks agreed is no ceasefire agreed."""
    for text in (
        "The parties agreed to continue discussions on a bilateral ceasefire in Kalo.",
        "The two sides agreed to resume negotiations on a truce next month.",
    ):
        _, extraction = run(text, extractor)
        assert "Agreement" not in {e.sub_event_type for e in extraction.events}
    for text in (
        "The two sides agreed to a ceasefire in Kalo on Monday.",
        "The two sides agreed to continue the ceasefire in Kalo on Monday.",
    ):
        _, extraction = run(text, extractor)
        assert [e.sub_event_type for e in extraction.events] == ["Agreement"]
