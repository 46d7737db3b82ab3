"""A messaging channel's saved day (session 23, helper channels23): the channel's header dates
the posts, and the posts' time stamps, urgency labels, emoji and hashtags are not report text
(clean/posts.py, clean/dateline.py). Texts written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.dateline import read_title_date
from ceasewatch.clean.posts import is_feed, read_posts
from ceasewatch.extract.dates import opens_entry
from tests.event_builders import raw_document

LEAD = "Gunmen attacked a market in the town of Kalo, killing five people, police said."

raw = partial(raw_document, fetched=dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    "title",
    [
        "River Valley Watch | channel log saved 12 March 2024",
        "CITY NEWS 24 | messages of 12 March 2024",
        "Border Monitor (EN) \u2014 posts for 12 March 2024",
        "Northern security feed (posts of 12 Mar 2024)",
        "Coast Monitor \u2014 12 Mar 2024 (UTC+8)",
    ],
)
def test_a_channel_header_dates_its_posts(title: str) -> None:
    found = read_title_date(title, LEAD)
    assert found is not None and found.date == dt.date(2024, 3, 12)


def test_a_period_of_something_else_is_still_no_date() -> None:
    assert read_title_date("The anniversary of 12 March 2024", LEAD) is None


@pytest.mark.parametrize(
    ("line", "post"),
    [
        (
            "[07:12] \u26a1\ufe0f Air raid alert in the region.",
            "07:12 - Air raid alert in the region.",
        ),
        ("\u2022 09:20 A drone struck a car near Kalo.", "09:20 - A drone struck a car near Kalo."),
        ("1\ufe0f\u20e3 06:50 Gunmen attacked a post.", "06:50 - Gunmen attacked a post."),
        ("\U0001f534 04:20 Bandits stormed a village.", "04:20 - Bandits stormed a village."),
        ("\u25aa\ufe0f 07:30 Fighting in the town.", "07:30 - Fighting in the town."),
        ("10:00 \u2014 Our forces repelled an attack.", "10:00 - Our forces repelled an attack."),
        ("12:05 UTC: Shelling in the east.", "12:05 UTC - Shelling in the east."),
        ("9:15 AM Police fired tear gas.", "9:15 AM - Police fired tear gas."),
        ("[05:40] \U0001f534 URGENT | Troops storm the camp.", "05:40 - Troops storm the camp."),
        ("08:10 #Strike Day 3 of the protests. #Kalo", "08:10 - Day 3 of the protests."),
        ("13:30 Marchers chanted for #Peace today.", "13:30 - Marchers chanted for Peace today."),
        (
            "* 15 Sep 2021, 08:05 - Explosion in the market.",
            "15 Sep 2021, 08:05 - Explosion in the market.",
        ),
        (
            "[Forwarded from a city channel] 20:00 Thousands march.",
            "20:00 - [Forwarded from a city channel] Thousands march.",
        ),
    ],
)
def test_a_post_opens_as_an_entry_without_label_emoji_and_tags(line: str, post: str) -> None:
    lines = ["[06:00] Calm night.", "[06:30] Calm morning.", line]
    notes: list[str] = []
    assert read_posts(lines, notes)[-1] == post
    assert notes and "time stamp" in notes[0]


def test_a_words_label_needs_its_separator() -> None:
    lines = ["06:00 Calm.", "06:30 Calm.", "07:00 Urgent appeals went out for blood donors."]
    assert read_posts(lines, [])[-1] == "07:00 - Urgent appeals went out for blood donors."


def test_two_clock_times_are_no_feed() -> None:
    lines = ["12:30 was the hour of the blast, police said.", "At 13:00 the road reopened.", LEAD]
    notes: list[str] = []
    assert not is_feed(lines)
    assert read_posts(lines, notes) == lines and not notes


def test_a_figure_with_a_decimal_point_is_no_clock() -> None:
    lines = ["1.03 M people affected", "2.15 M in need", "3.40 M displaced", LEAD]
    assert not is_feed(lines)


def test_a_channel_day_is_cleaned_into_dated_paragraphs() -> None:
    text = (
        "Kalo Region Today | channel log saved 12 March 2024\n\n"
        "[07:12] \u26a1\ufe0f Air raid alert over the valley. Take cover!\n\n"
        "[07:41] \U0001f534 URGENT | A drone struck a market in Kalo. 2 people killed.\n\n"
        "[09:05] UPDATE: death toll rises to 3. \U0001f64f #Kalo\n"
    )
    article = clean(raw(text))
    assert article.published == dt.date(2024, 3, 12)
    assert article.text == (
        "07:12 - Air raid alert over the valley. Take cover!\n\n"
        "07:41 - A drone struck a market in Kalo. 2 people killed.\n\n"
        "09:05 - UPDATE: death toll rises to 3."
    )
    assert any("channel's posts" in note for note in article.notes)


def test_a_post_opens_an_entry_that_extract_reads_as_one() -> None:
    lines = [
        "[06:00] Calm.",
        "\u2022 06:30 Calm.",
        "1\ufe0f\u20e3 07:00 \U0001f534 Shelling in Kalo.",
    ]
    assert all(opens_entry(post) for post in read_posts(lines, []))
