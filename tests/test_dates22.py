"""Report dates where the pipeline did not read them (session 22, helper dates22): an editor's
note at the head of a translated or republished report, a headline that ends on a date and a
clock time, "Issued on" date lines, named days ("Easter Sunday"), and the one list of month
and weekday names every stage reads (ceasewatch/daynames.py). Texts written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from ceasewatch import daynames
from ceasewatch.clean import clean
from ceasewatch.clean.dateline import grammar, read_dateline, read_note_date, read_title_date
from ceasewatch.extract import dates as extract_dates
from ceasewatch.extract.dates import read_date
from ceasewatch.extract.lexicon import load_lexicon
from ceasewatch.extract.merging import _WEEKDAY_TAIL
from ceasewatch.fuse.compare import WEEKDAY_NAMES
from tests.event_builders import raw_document

LEAD = (
    "Gunmen attacked a market in the town of Kalo on Tuesday, killing five people, police said. "
    "The attackers fled on motorbikes and police said they were searching the area."
)

raw = partial(raw_document, fetched=dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    "note",
    [
        "Translated from French. Originally published by a Bamako daily, 12 March 2024.",
        "Translated from Amharic. A regional news website, 12 March 2024.",
        "Text of a report by a news website, issued 12 March 2024.",
    ],
)
def test_an_editors_note_dates_the_report(note: str) -> None:
    body = f"{note}\n\nFive killed in market attack\n\n{LEAD}"
    found = read_note_date(body)
    assert found is not None and found.date == dt.date(2024, 3, 12)
    assert found.how.startswith("the head note")


def test_the_note_dates_a_report_whose_dateline_names_only_a_place() -> None:
    text = (
        f"Translated from Amharic. A news website, 12 March 2024.\n\nHeadline here\n\nKALO - {LEAD}"
    )
    article = clean(raw(text))
    assert article.published == dt.date(2024, 3, 12)
    assert "names a place but no date" in (article.published_resolution or "")
    assert "the head note" in (article.published_resolution or "")


@pytest.mark.parametrize(
    "body",
    [
        # a lead whose date is the event's, after a word that makes it another time's
        "Troops have held the town since 12 March 2024.\n\n" + LEAD,
        # a long paragraph of prose is no note
        LEAD + " Residents said the town had been quiet, 12 March 2024.",
        # "Next update" dates nothing of the report
        LEAD + "\n\nNext update: 19 March 2024.",
    ],
)
def test_no_note_date(body: str) -> None:
    assert read_note_date(body) is None


@pytest.mark.parametrize(
    "title",
    [
        "Transcript: Morning news bulletin, community radio, Tuesday 12 March 2024, 07:00",
        "Morning bulletin, Tuesday 12 March 2024 at 07:00 GMT",
        "Security update - 12 March 2024 (17:00 hrs)",
        "Situation report | 12 March 2024 - 0900 GMT",
    ],
)
def test_a_title_ending_on_a_date_and_a_clock_time(title: str) -> None:
    found = read_title_date(title, LEAD)
    assert found is not None and found.date == dt.date(2024, 3, 12)


def test_a_year_closing_a_title_is_no_clock_time() -> None:
    found = read_title_date("Market attack, 12 March 2024", LEAD)
    assert found is not None and found.date == dt.date(2024, 3, 12)
    assert read_title_date("Ten years since the massacre of March 16, 1988", LEAD) is None


def test_an_issued_line_is_a_date_line() -> None:
    body = f"Five killed in market attack\n\nIssued on 12 March 2024\n\n{LEAD}"
    assert read_dateline(body, today=dt.date(2025, 1, 1)).date == dt.date(2024, 3, 12)


def test_a_report_with_no_date_anywhere_stays_undated_and_says_why() -> None:
    article = clean(raw(f"Five killed in market attack\n\n{LEAD}"))
    assert article.published is None
    assert "no dateline" in (article.published_resolution or "")


# --- named days --------------------------------------------------------------------------------

LEX = load_lexicon()
TUESDAY = dt.date(2024, 4, 23)


def test_a_named_day_yields_to_the_full_date_told_with_it() -> None:
    text = "The Easter Sunday bombings of 21 April 2019 killed more than 260 people."
    reading = read_date(text, TUESDAY, LEX)
    assert reading is not None and reading.date == dt.date(2019, 4, 21)


def test_a_named_day_alone_still_dates_the_sentence() -> None:
    reading = read_date("Gunmen attacked a church on Good Friday.", TUESDAY, LEX)
    assert reading is not None and reading.date == dt.date(2024, 4, 19)


def test_a_plain_weekday_before_a_date_is_not_a_named_day() -> None:
    reading = read_date("On Sunday, 21 April, a bomb went off.", TUESDAY, LEX)
    assert reading is not None and reading.date == dt.date(2024, 4, 21)


# --- one list of names ------------------------------------------------------------------------


def test_every_stage_reads_the_same_names() -> None:
    assert grammar().months == daynames.MONTHS
    assert grammar().weekdays == daynames.WEEKDAYS
    assert grammar().needs_capital == daynames.NEEDS_CAPITAL == extract_dates.AMBIGUOUS_MONTHS
    assert extract_dates.MONTHS == daynames.MONTHS
    assert extract_dates.WEEKDAYS == daynames.FULL_WEEKDAYS
    assert set(WEEKDAY_NAMES) == set(daynames.FULL_WEEKDAYS)
    assert _WEEKDAY_TAIL.search("the army said on Wednesday, ")
    assert not _WEEKDAY_TAIL.search("the army said on Wed ")


PROSE = f"{LEAD} {LEAD}"  # a paragraph of prose, longer than any note


def test_a_statements_sign_off_dates_it() -> None:
    body = f"PRESS STATEMENT\n\n{PROSE}\n\nIssued at Abuja on 12 March 2024."
    found = read_note_date(body)
    assert found is not None and found.date == dt.date(2024, 3, 12)
    assert found.how.startswith("the sign-off")
    assert read_note_date(f"{PROSE}\n\nAbuja, 12 March 2024") is not None


def test_a_storys_last_sentence_is_no_sign_off() -> None:
    # a date closing the story's last short sentence is an event's, not the report's
    assert read_note_date(f"{PROSE}\n\nThe ceasefire took effect on Monday, 4 March 2024.") is None
    assert read_note_date(f"{PROSE}\n\nNext report: 19 March 2024.") is None


def test_the_leads_date_below_a_kicker_and_a_second_headline() -> None:
    lead = (
        "Troops on Sunday, 10 March 2024 repelled an attack on their base at Kalo, the army said."
    )
    body = f"TROOPS REPEL ATTACK IN BORNO\n\n{lead} {LEAD}"
    found = read_dateline(body, today=dt.date(2025, 1, 1))
    assert found.date == dt.date(2024, 3, 10)
    assert "the lead below 1 headline line(s)" in found.how


def test_a_lead_whose_date_is_another_times_dates_nothing() -> None:
    lead = "Troops have held Kalo since 10 March 2024, the army said."
    body = f"TROOPS HOLD KALO\n\n{lead} {LEAD}"
    assert read_dateline(body, today=dt.date(2025, 1, 1)).date is None


def test_without_publication_the_following_day_counts_from_the_date_told() -> None:
    reading = read_date("The following day, gunmen burned the market.", None, LEX, TUESDAY)
    assert reading is not None and reading.date == dt.date(2024, 4, 24)
    # a weekday is read against the date told (session 26, dates26), and needs one
    reading = read_date("On Monday, gunmen burned the market.", None, LEX, TUESDAY)
    assert reading is not None and reading.date == dt.date(2024, 4, 22)
    reading = read_date("On Monday, gunmen burned the market.", None, LEX, None)
    assert reading is not None and reading.date is None
