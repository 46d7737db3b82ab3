"""The report's own date from the dateline at the head of its body (clean/dateline.py), and its
use by clean when the input gives no date. Every example is hand-built."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.dateline import read_dateline
from tests.event_builders import raw_document as raw

TODAY = dt.date(2026, 12, 1)
BODY = " Gunmen attacked a market and killed four people, residents said."


def read(text: str, url: str | None = None) -> dt.date | None:
    return read_dateline(text, url=url, today=TODAY).date


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # wire datelines: place, optional country, date, optional agency, a dash
        ("KHARTOUM, May 23, 2023 - Residents", dt.date(2023, 5, 23)),
        ("MAIDUGURI, Nigeria, Feb 10, 2020 - Insurgents", dt.date(2020, 2, 10)),
        ("KHARKIV, March 14, 2025 - A missile", dt.date(2025, 3, 14)),
        ("BEIRUT, 3 March 2019 (Reuters) - Israeli jets", dt.date(2019, 3, 3)),
        ("GAO, Mali, Sept. 4, 2022 (AFP) — Jihadists", dt.date(2022, 9, 4)),
        ("Mogadishu, Somalia, 12 January 2021 - A car bomb", dt.date(2021, 1, 12)),
        ("SAN SALVADOR, Tuesday, June 6, 2023 - Police", dt.date(2023, 6, 6)),
        ("ST. PETERSBURG, Aug 1 2018: Protesters", dt.date(2018, 8, 1)),
        # site date lines, weekday first
        ("Wed 05 Apr 2017 The army said", dt.date(2017, 4, 5)),
        ("Monday, 12 June 2017 Troops entered", dt.date(2017, 6, 12)),
        ("Thu Jul 7 2016 Hezbollah fighters", dt.date(2016, 7, 7)),
        ("Thursday 31 July 2014 10:59 The coalition said", dt.date(2014, 7, 31)),
        # lead-ins
        ("On 9 May 2020, gunmen stormed", dt.date(2020, 5, 9)),
        # a situation report's "as of" line
        ("As of 14 May 2024\n\nOn 12 May, fighters attacked", dt.date(2024, 5, 14)),
        ("Situation as of 14 May 2024: clashes went on", dt.date(2024, 5, 14)),
        ("Published October 3 2016 Fighters were", dt.date(2016, 10, 3)),
        ("Date of publication 7 July 2016 More than 33", dt.date(2016, 7, 7)),
        ("Posted on July 20 2016 by a reporter", dt.date(2016, 7, 20)),
        ("Last updated at Feb 072013 KABUL Taliban", dt.date(2013, 2, 7)),  # "Feb 07, 2013"
        ("Updated: 14 November 2019 A drone", dt.date(2019, 11, 14)),
        # ISO and unambiguous numeric dates
        ("2017-04-05 Shelling resumed", dt.date(2017, 4, 5)),
        ("23-04-2016 A child was killed", dt.date(2016, 4, 23)),
        ("4/23/2016 A child was killed", dt.date(2016, 4, 23)),
        ("28.11.2012(updated 1601 28.11.2012) Clashes", dt.date(2012, 11, 28)),  # d.m.y
        ("01.10.2017Get short URL At least 12", dt.date(2017, 10, 1)),
        # a full date in the opening line, after a headline
        (
            "Jihadists execute three officers Monitor AFP Saturday 21 Jun 2014 Jihadists",
            dt.date(2014, 6, 21),
        ),
        ("Ten killed in Aden - 2 August 2019 Clashes erupted", dt.date(2019, 8, 2)),
    ],
)
def test_datelines_are_read(head: str, expected: dt.date) -> None:
    assert read(head + BODY) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number that is not a date
        "Syria 20 Civilians Killed in 300 attacks across 2016 and 2017, monitors said.",
        "KHARTOUM, 1,200 people fled - Residents said the army shelled the town.",
        "Officials counted 12 09 2019 ballots.",  # no date form
        # month words that are not months
        "Theresa May 12 ministers said that the talks would go on.",
        "Troops may 3 2020 withdraw, officials said.",  # lowercase "may" is the verb
        "March 2019 saw heavy fighting in Idlib, residents said.",  # no day
        # invalid or out-of-range dates
        "Published 31 February 2015 The army said it advanced.",
        "Date of publication 12 June 1850 A battle was fought.",
        "Published 3 March 2099 Troops advanced on the city.",
        # dates that describe something else, not the report
        "Five years since 15 March 2011 protests began, the country is in ruins.",
        "The 2 May 2014 fire in Odesa killed 48 people, and the trial drags on.",
        "Fighting resumed after the truce of 30 December 2016 collapsed in the north.",
        # a date deep in the body is not a dateline
        "Gunmen killed four people in a market. Residents fled. " * 6
        + "On 12 May 2015, a similar attack had killed nine.",
        "Gunmen killed four people. The same militia signed a deal on 4 June 2018.",
    ],
)
def test_not_datelines(text: str) -> None:
    assert read(text) is None


def test_a_place_without_a_date_is_a_dateline_with_no_date() -> None:
    line = read_dateline("KHARTOUM (Reuters) - Residents fled the shelling.", today=TODAY)
    assert line.date is None
    assert line.place == "KHARTOUM"
    assert "names a place but no date" in line.how


def test_a_date_without_a_year_takes_it_only_from_the_url() -> None:
    text = "DAMASCUS, March 3 (SANA) - Army units advanced."
    line = read_dateline(text, today=TODAY)
    assert line.date is None and "no year" in line.how
    assert read(text, url="https://example.org/en/2019/03/03/army-advances") == dt.date(2019, 3, 3)
    # a URL whose date path names another month is not evidence for this dateline
    assert read(text, url="https://example.org/2019/07/army-advances") is None
    assert read(text, url="https://example.org/news/12345") is None


def test_ambiguous_numeric_dates_need_evidence() -> None:
    # 06-08-2013: 6 August (a Tuesday) or 8 June (a Saturday)
    assert read("06-08-2013 A bomb killed 18 people in Jaramana on Tuesday.") == dt.date(2013, 8, 6)
    assert read("06-08-2013 A bomb killed 18 people in Jaramana on Saturday.") == dt.date(
        2013, 6, 8
    )
    # no weekday: slashes stay unknown (US sites write m/d/y), dashes are day-month-year
    line = read_dateline("06/08/2013 A bomb killed 18 people in Jaramana.", today=TODAY)
    assert line.date is None and "ambiguous" in line.how
    line = read_dateline("06-08-2013 A bomb killed 18 people in Jaramana.", today=TODAY)
    assert line.date == dt.date(2013, 8, 6) and "does not decide" in line.how
    assert read("06/08/2013 A bomb killed 18 people in Jaramana on Tuesday.") == dt.date(2013, 8, 6)
    # 03-07-2015: 3 July is a Friday, 7 March a Saturday (a day after a Friday): same day wins
    assert read("03-07-2015 Jets struck Douma on Friday.") == dt.date(2015, 7, 3)
    # dots are day.month.year by convention
    assert read("06.08.2013 A bomb killed 18 people in Jaramana.") == dt.date(2013, 8, 6)


def test_the_dateline_may_follow_a_standfirst_paragraph() -> None:
    text = "Fighting spreads to the capital\n\nKHARTOUM, April 15, 2023 - Clashes erupted."
    assert read(text) == dt.date(2023, 4, 15)


def test_on_a_date_dates_the_report_only_as_its_first_words() -> None:
    text = "Protests resumed in Deraa.\n\nOn 15 March 2011, the first protests began there."
    assert read(text) is None
    assert read("Published 4 May 2019\n\nOn 15 March 2011, protests began.") == dt.date(2019, 5, 4)


def test_tomorrow_is_the_latest_date_accepted() -> None:
    assert read("Published 2 December 2026 Troops advanced.") == dt.date(2026, 12, 2)
    assert read("Published 3 December 2026 Troops advanced.") is None


def test_every_outcome_says_how() -> None:
    line = read_dateline("BEIRUT, 3 March 2019 (Reuters) - Jets struck.", today=TODAY)
    assert "BEIRUT, 3 March 2019 (Reuters) -" in line.how
    assert read_dateline("Jets struck a base.", today=TODAY).how == (
        "the body opens with no dateline"
    )


# --- clean: the dateline fills `published` when the input gives no date --------------------


def test_clean_reads_a_plain_text_dateline() -> None:
    article = clean(raw("Clashes in Khartoum\n\nKHARTOUM, May 23, 2023 - Residents fled" + BODY))
    assert article.published == dt.date(2023, 5, 23)
    assert "no publication date in the input" in (article.published_resolution or "")
    assert "KHARTOUM, May 23, 2023 -" in (article.published_resolution or "")
    assert any(note.startswith("published: ") for note in article.notes)


def test_clean_reads_an_html_dateline() -> None:
    paragraph = "Gunmen attacked a market in the town and killed four people, residents said. " * 4
    page = (
        "<html><head><title>Attack in Gao</title></head><body><article>"
        f"<p>GAO, Mali, Feb 10, 2020 (AFP) - {paragraph}</p><p>{paragraph}</p>"
        "</article></body></html>"
    )
    article = clean(raw(page, "text/html"))
    assert article.published == dt.date(2020, 2, 10)


def test_the_inputs_own_date_wins_over_the_dateline() -> None:
    text = "KHARTOUM, May 23, 2023 - Residents fled" + BODY
    article = clean(raw(text, published="2023-05-24"))
    assert article.published == dt.date(2023, 5, 24)
    assert "metadata" in (article.published_resolution or "")


def test_clean_keeps_the_reason_when_there_is_no_date() -> None:
    article = clean(raw("KHARTOUM (Reuters) - Residents fled" + BODY))
    assert article.published is None
    assert "names a place but no date" in (article.published_resolution or "")


def test_a_metadata_date_in_the_future_is_refused() -> None:
    article = clean(raw("Residents fled" + BODY, published="2999-01-01"))
    assert article.published is None
    assert "outside 1900..tomorrow" in (article.published_resolution or "")


def test_a_one_line_report_is_not_taken_for_its_title() -> None:
    article = clean(raw("Gunmen attacked a market in Gao and killed four people"))
    assert article.text == "Gunmen attacked a market in Gao and killed four people"
    assert article.title is None


# --- the title's closing date, when the body prints none (a live blog, a bulletin) -----------

LIVE = "06:55 - Gunmen attacked a market and killed four people, residents said.\n\n07:40 - More."


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Russia-Ukraine war: live, Saturday, August 23, 2025", dt.date(2025, 8, 23)),
        ("Sahel security update | 3 March 2024", dt.date(2024, 3, 3)),
        ("Gaza live - 12 Jan 2024", dt.date(2024, 1, 12)),
        ("Sudan war live updates Tuesday, 14 May 2024", dt.date(2024, 5, 14)),
        ("Flash update No. 7: floods and clashes (as of 2 June 2024)", dt.date(2024, 6, 2)),
        ("Security bulletin (12 March 2023)", dt.date(2023, 3, 12)),
        ("Weekly Security Bulletin: Sahel, 4-10 March 2024", dt.date(2024, 3, 10)),
        ("Weekly report | 26 February to 3 March 2024", dt.date(2024, 3, 3)),
        ("Security bulletin, March 4-10, 2024", dt.date(2024, 3, 10)),
        # a date inside the title, or one after a word that makes it another time's
        ("The March 16, 1988 attack remembered", None),
        ("Ten years since the massacre of March 16, 1988", None),
        ("Survivors recall the night of March 16, 1988", None),
        ("Market attack in Gao", None),
        ("Talks to resume after the truce of 2 June 2024)", None),
        ("Families mark the day since Tuesday, 14 May 2024", None),
    ],
)
def test_a_title_ending_on_a_date_dates_a_report_without_one(
    title: str, expected: dt.date | None
) -> None:
    article = clean(raw(f"{title}\n\n{LIVE}"))
    assert article.published == expected
    if article.title == title and expected is not None:
        assert "the title ends on " in (article.published_resolution or "")


def test_the_bodys_dateline_wins_over_the_titles_date() -> None:
    text = "Live: Sudan, 25 May 2023\n\nKHARTOUM, May 23, 2023 - Residents fled" + BODY
    assert clean(raw(text)).published == dt.date(2023, 5, 23)


def test_a_live_blogs_title_date_is_read_with_its_reason() -> None:
    article = clean(raw(f"Russia-Ukraine war: live, Saturday, August 23, 2025\n\n{LIVE}"))
    assert article.title == "Russia-Ukraine war: live, Saturday, August 23, 2025"
    assert article.published == dt.date(2025, 8, 23)
    assert "the title ends on the date 'August 23, 2025'" in (article.published_resolution or "")
