"""A broadcast transcript (session 24, helper transcripts24): the header dates it, and speaker
labels, caption time codes, stage directions, the headlines read at the top and the story told
again are not report text (clean/transcript.py, clean/dateline.py). Texts written for these
tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.dateline import read_title_date
from ceasewatch.clean.transcript import is_transcript, label_of, read_transcript
from tests.event_builders import raw_document

LEAD = "Gunmen attacked a market in the town of Kalo, killing five people, police said."

raw = partial(raw_document, fetched=dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    "title",
    [
        "Radio monitoring: city FM, Kalo, in French 0700 gmt 12 March 2024",
        "Radio bulletin transcript - Kalo service, 1500 gmt 12 March 2024 (translated)",
        "EVENING NEWS - RUSH TRANSCRIPT - 12 March 2024 (English translation)",
        "Radio bulletin transcript - community radio, 0600 gmt 12 March 2024 (translated from Arabic)",
        "Radio bulletin transcript - a station, Kalo, 0600 hrs 12 March 2024 (translated from Spanish)",
        "PRESS BRIEFING TRANSCRIPT - a media cell, Kalo, 12 March 2024 (unofficial translation)",
        "STATE ASSEMBLY RECORD - uncorrected verbatim debates, 12 March 2024 (extract)",
        "EVENING NEWS - RUSH TRANSCRIPT - 12 March 2024 (Filipino and English; translated)",
        "PARLIAMENT - verbatim record - 12 March 2024, with news channel live commentary",
    ],
)
def test_a_transcript_header_dates_it(title: str) -> None:
    found = read_title_date(title, LEAD)
    assert found is not None and found.date == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "title",
    [
        "Ten years since the massacre of 12 March 2024 (translated)",
        "Protest in Kalo (photos)",
        "The anniversary of 12 March 2024 (video)",
        "Clashes in Kalo on 12 March 2024 (translated)",
    ],
)
def test_a_note_or_clock_does_not_set_off_another_date(title: str) -> None:
    assert read_title_date(title, LEAD) is None


@pytest.mark.parametrize(
    "title",
    [
        "EVENING NEWS - BROADCAST OF 12 MARCH 2024",
        "Parliament - plenary session of 12 March 2024 (unofficial translation)",
        "Transcript of the press conference held on 12 March 2024",
        "Monitoring desk: Text of report by a radio on 12 March 2024",
        "Morning Edition | March 12, 2024 5:00 AM ET",
        "Morning bulletin - 12 March 2024 - 07:00 local (Hausa service, translated)",
        "Evening news - March 12, 2024, 6 p.m.",
        "Radio news - 12 March 2024, 7pm",
    ],
)
def test_a_broadcasts_own_day_and_clock_date_it(title: str) -> None:
    """Session 25 (transcripts25): the broadcast's, session's or briefing's own day ("of",
    "held on"), a monitor's label before "Text of report", a clock in capitals' AM/PM or in
    local time."""
    found = read_title_date(title, LEAD)
    assert found is not None and found.date == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "title",
    [
        "Ten years since the session of 12 March 2024",
        "Fighting resumed on 12 March 2024 - 07:00 local",
        "Report on the attacks of 12 March 2024",
    ],
)
def test_another_days_date_is_not_the_broadcasts(title: str) -> None:
    assert read_title_date(title, LEAD) is None


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("[Presenter] Gunmen attacked a market.", "Gunmen attacked a market."),
        ("ANCHOR: Good evening.", "Good evening."),
        ("CORRESPONDENT (voice-over): Troops clashed.", "Troops clashed."),
        ("SOUNDBITE (Arabic) SHOPKEEPER SAYING: We are afraid.", "We are afraid."),
        ("THE MINISTER OF HOME (reply): Sir, the facts.", "Sir, the facts."),
        ("MEMBER (opposition, from the floor): Sir.", "Sir."),
        ("NEWS CHANNEL ANCHOR (over the live feed): Outside.", "Outside."),
        ("Q: How many remain?", "How many remain?"),
        ("Presenter: Good morning.", "Good morning."),
    ],
)
def test_speaker_labels(line: str, rest: str) -> None:
    label = label_of(line)
    assert label is not None and line[label.end() :] == rest


@pytest.mark.parametrize(
    "line",
    [
        "KALO: gunmen attacked a market.",  # a digest's place tag is no speaker
        "Tonight: an encounter in the hills.",
        "Police: five people were killed.",
        "JOHN DOE: we saw it.",
    ],
)
def test_no_speaker_label(line: str) -> None:
    assert label_of(line) is None


BULLETIN = [
    "[Presenter] Good morning. Here are the headlines. Fighting near Kalo. A mine on the road.",
    "[Presenter] Troops clashed with gunmen near Kalo yesterday, Monday. [INAUDIBLE]",
    "(crosstalk)",
    "[Presenter] Now the Kalo story again in full: the fighting lasted hours.",
    "[Presenter] Listeners, we repeat: fighting near Kalo.",
    "[Presenter] Violence again in the north: gunmen burned a village.",
]


def test_a_bulletin_is_read_as_its_stories() -> None:
    notes: list[str] = []
    out = read_transcript(BULLETIN, notes)
    assert out == [
        "Good morning.",
        "Troops clashed with gunmen near Kalo yesterday, Monday.",
        "Violence again in the north: gunmen burned a village.",
    ]
    assert "read as a transcript" in notes[0]


def test_captions_lose_their_time_codes() -> None:
    lines = [
        "00:00:01 --> good afternoon this is the midday news",
        "00:00:07,000 --> 00:00:10,500 gunmen attacked a market in kalo",
        "00:00:25 --> police say five people died",
    ]
    assert read_transcript(lines, []) == [
        "good afternoon this is the midday news",
        "gunmen attacked a market in kalo",
        "police say five people died",
    ]


def test_an_article_quoting_a_spokesman_is_no_transcript() -> None:
    lines = [
        "Gunmen attacked a market in the town of Kalo on Monday.",
        "Spokesman: five people were killed.",
        "Here are the headlines of the week: a truce, a march.",
    ]
    assert not is_transcript(lines)
    assert read_transcript(lines, []) == lines


def test_clean_reads_a_transcript() -> None:
    text = "\n\n".join(
        [
            "Radio bulletin transcript - city FM, Kalo, 0700 gmt 12 March 2024 (translated)",
            "[Presenter] Good morning. The headlines: an attack on a market in Kalo.",
            "[Presenter] Gunmen attacked a market in the town of Kalo this morning, killing five"
            " people, police said. Witnesses described panic as the shooting spread.",
            "[Presenter] The weather: rain in the north. That was the news.",
        ]
    )
    article = clean(raw(text))
    assert article.published == dt.date(2024, 3, 12)
    assert "[Presenter]" not in article.text and "The headlines" not in article.text
    assert article.text.startswith("Good morning.\n\nGunmen attacked a market")


def test_a_named_speaker_of_two_turns_loses_the_label() -> None:
    lines = [
        "HOST: Welcome. With me is a journalist in Kalo.",
        "AMINA OKORO: Thank you. Gunmen attacked the market on Monday.",
        "HOST: How many died?",
        "AMINA OKORO: Five, the police say.",
        "HOST: Thank you.",
        "KALO: a place tag heads one line only.",
    ]
    assert read_transcript(lines, []) == [
        "Welcome. With me is a journalist in Kalo.",
        "Thank you. Gunmen attacked the market on Monday.",
        "How many died?",
        "Five, the police say.",
        "Thank you.",
        "KALO: a place tag heads one line only.",
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Radio Kalo, in Hausa 1030 gmt 12 Mar 24",
        "Podcast transcript - episode 12, recorded 12 March 2024",
        "Evening news - 12 March 2024 (in Hausa)",
        "Evening news - 12 March 2024 (as aired)",
    ],
)
def test_more_transcript_headers(title: str) -> None:
    found = read_title_date(title, LEAD)
    assert found is not None and found.date == dt.date(2024, 3, 12)


def test_an_impossible_short_date_is_none() -> None:
    assert read_title_date("Radio Kalo 0700 gmt 31 Feb 24", LEAD) is None


def test_captions_in_lower_case_get_their_names_capitalised() -> None:
    lines = [
        "00:00:01 --> good evening we begin in the north east",
        "00:00:06 --> gunmen attacked a market in the town of kalo in borno state on wednesday",
        "00:00:19 --> in lagos traders protested in response to prices in the centre of town",
        "00:00:31 --> nigerian troops will march in may",
    ]
    out = read_transcript(lines, [])
    assert out == [
        "good evening we begin in the north east",
        "gunmen attacked a market in the town of Kalo in Borno state on Wednesday",
        "in Lagos traders protested in response to prices in the centre of town",
        "Nigerian troops will march in may",
    ]
    assert [len(a) for a in out] == [len(lines[i][lines[i].index("> ") + 2 :]) for i in range(4)]


def test_cased_captions_keep_their_case() -> None:
    lines = [
        "00:00:01 --> Good evening, we begin in the north east.",
        "00:00:06 --> Gunmen attacked a market in kalo on wednesday.",
        "00:00:19 --> In Lagos, traders protested.",
    ]
    assert read_transcript(lines, [])[1] == "Gunmen attacked a market in kalo on wednesday."


def test_a_label_alone_on_its_line_goes() -> None:
    lines = ["ANCHOR:", "Gunmen attacked a market.", "ANCHOR: Good evening.", "REPORTER: Yes."]
    assert read_transcript(lines, []) == ["Gunmen attacked a market.", "Good evening.", "Yes."]
