"""Social-media threads and chat exports read as one report (session 25, helper threads25):
clean/thread.py writes a chat's stamps as dated entries (day or month first decided per file),
drops senders, system messages and the platforms' frame lines, and dates the document; extract
reads a thread's town tags and leaves old videos, denials and unconfirmed quotes alone. Texts
written for these tests (invented members and places)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.thread import header_date, is_thread, read_thread
from ceasewatch.extract import Extractor, extract
from ceasewatch.extract.posts import OLD_FOOTAGE
from tests.event_builders import raw_document

raw = partial(raw_document, fetched=dt.date(2025, 1, 1))

CHAT = [
    "[05/03/2023, 04:12:20] Amina K.: Gunmen attacked the market in Kalo, heavy shooting",
    "[05/03/2023, 04:13:02] Amina K.: \u200e<attached: VID-20230305.mp4>",
    "[05/03/2023, 05:44:02] Tomas: \u200eimage omitted",
    "[05/03/2023, 06:15:37] Tomas: This message was deleted",
    "[05/03/2023, 06:20:44] +234 801 555 0101: health office says 3 killed",
    "[05/03/2023, 06:25:00] Tomas: location: https://maps.google.com/?q=1.0,2.0",
]


def test_a_chat_export_loses_its_senders_and_system_messages() -> None:
    notes: list[str] = []
    lines, day = read_thread(CHAT, "WhatsApp Chat with Kalo News (saved 5 March 2023)", notes)
    assert lines == [
        "5 March 2023, 04:12 - Gunmen attacked the market in Kalo, heavy shooting",
        "5 March 2023, 06:20 - health office says 3 killed",
    ]
    assert day == dt.date(2023, 3, 5)
    assert "day first" in notes[0]


def test_day_or_month_first_is_decided_for_the_whole_file() -> None:
    us = [
        "[1/12/23, 9:14:05 PM] Ben: Shots near the station in Kalo",
        "[1/13/23, 7:02:11 AM] Ben: Two police wounded",
        "[1/13/23, 7:05:11 AM] Ben: <Media omitted>",
    ]
    lines, day = read_thread(us, None, [])
    assert lines[0].startswith("12 January 2023, 21:14 - Shots")
    assert day == dt.date(2023, 1, 12)
    # nothing in the stamps decides: the header's date does
    dotted = [
        "[03.06.2023 08:02:11] Ana: Clashes in Kalo this morning",
        "[03.06.2023 08:30:00] Ana: calm now",
        "[03.06.2023 09:00:00] Ben: ok",
    ]
    lines, _ = read_thread(dotted, "WhatsApp Chat - Kalo (export 6 March 2023)", [])
    assert lines[0].startswith("6 March 2023, 08:02 - ")
    lines, _ = read_thread(dotted, "WhatsApp Chat - Kalo (export 3 June 2023)", [])
    assert lines[0].startswith("3 June 2023, 08:02 - ")


def test_a_channels_place_tags_in_capitals_are_no_senders() -> None:
    feed = [
        "05/03/2023, 04:12 - KALO: gunmen attacked the market",
        "05/03/2023, 05:12 - BERA: shelling overnight",
        "05/03/2023, 06:12 - clashes near the bridge",
    ]
    lines, _ = read_thread(feed, None, [])
    assert lines[0] == "5 March 2023, 04:12 - KALO: gunmen attacked the market"


def test_an_x_thread_loses_footers_numbers_and_reply_bars() -> None:
    thread = [
        "1/ Kalo: protesters rallied at the main square, police fired tear gas.",
        "4:20 PM · Oct 29, 2022 · 33K Views",
        "2/ The video going around is from 2019, not today.",
        "5:05 PM · Oct 29, 2022",
        "Replying to @kalo_watch",
        "thanks for checking",
        "Show more replies",
    ]
    lines, day = read_thread(thread, "🧵 @kalo_watch", [])
    assert lines == [
        "Kalo: protesters rallied at the main square, police fired tear gas.",
        "The video going around is from 2019, not today.",
        "thanks for checking",
    ]
    assert day == dt.date(2022, 10, 29)


def test_facebook_comments_and_reddit_replies_lose_their_frame() -> None:
    post = [
        "Gunmen attacked a bus near Kalo this morning, the police say.",
        "👍 512 · 230 comments",
        "Comments",
        "Yonas T.",
        "my cousin was on that bus",
        "Like · Reply · 5h",
        "Amina",
        "God protect us",
        "Like · Reply · 2h",
        "u/kalo_resident (OP) · 6h",
        "▲ 214 · 97 comments",
    ]
    lines, _ = read_thread(post, None, [])
    assert lines == [
        "Gunmen attacked a bus near Kalo this morning, the police say.",
        "my cousin was on that bus",
        "God protect us",
    ]


def test_headers_date_a_thread() -> None:
    assert header_date("r/kalo · Posted by u/someone · March 4, 2025") == dt.date(2025, 3, 4)
    assert header_date("Chat export - Kalo Drivers (monitor file, 10 June 2022)") == dt.date(
        2022, 6, 10
    )
    assert header_date("Kalo market reopens, March 4, 2025") is None


@pytest.mark.parametrize(
    "lines",
    [
        ["Gunmen attacked the market in Kalo. Like residents, the police fled.", "Comments"],
        ["12:30 was the hour of the blast.", "Police said 5 died.", "Share"],
    ],
)
def test_an_article_is_no_thread(lines: list[str]) -> None:
    assert not is_thread(lines)
    assert read_thread(lines, None, []) == (lines, None)


def test_clean_reads_a_reddit_thread_and_dates_it() -> None:
    text = "\n\n".join(
        [
            "r/kalo · Posted by u/someone · March 4, 2025",
            "Gunmen attacked the market in Kalo today, killing three people, police said.",
            "▲ 1.8k · 412 comments",
            "u/other · 8h",
            "Was there, terrible",
            "u/third · 7h",
            "[meme: a cat]",
        ]
    )
    article = clean(raw(text))
    assert article.published == dt.date(2025, 3, 4)
    assert "▲" not in article.text and "u/other" not in article.text and "meme" not in article.text
    assert any(n.startswith("read as a thread") for n in article.notes)


def _thread_events(extractor: Extractor, *messages: str) -> list[tuple[str, str | None]]:
    stamps = [f"[05/03/2023, 0{i}:12:20] Amina: {m}" for i, m in enumerate(messages, 1)]
    article = clean(raw("\n".join(["WhatsApp Chat with Kalo (saved 5 March 2023)", *stamps])))
    extraction = extract(article, extractor)
    return [(e.sub_event_type, e.location.name if e.location else None) for e in extraction.events]


def test_old_videos_denials_and_unconfirmed_quotes_tell_no_event(extractor: Extractor) -> None:
    assert (
        _thread_events(
            extractor,
            "that video of soldiers shooting at protesters is from last year, careful",
            "No student has been killed. Please don't spread rumours",
            "we have no information on arrests",
            'QT: "2 men killed by police" -- we cannot confirm this yet',
        )
        == []
    )


def test_a_thread_tells_its_events_and_its_town_tags(extractor: Extractor) -> None:
    found = _thread_events(
        extractor,
        "Gunmen attacked the market in Kalo, killing three people",
        "Kabul: security forces fired on protesters on Shahr-e Naw street, two killed",
        "stay safe everyone",
    )
    assert found and ("Kabul" in {place for _, place in found})


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("that video is from last year's raid, careful", True),
        ("The clip going around is from 2019, not today.", True),
        ("nah just old footage.", True),
        ("Video shows people throwing stones at police", False),
        ("It was from the army that the shells came", False),
    ],
)
def test_an_old_video_put_right(text: str, old: bool) -> None:
    assert bool(OLD_FOOTAGE.search(text)) is old
