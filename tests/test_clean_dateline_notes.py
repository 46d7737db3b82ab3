"""A coder's note opens with its date and a bracket that qualifies it ("On 2 January 2019
(between 1 and 3 January), ...", "Around 5 June 2022 (month of), ..."): the bracket is part of
the dateline (clean/dateline.py ``qualifier``), so that its other day or month is blanked with
it and never read as the event's date. Hand-written notes, never eval items."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.dateline import read_dateline
from tests.event_builders import raw_document as raw


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        (
            "On 2 January 2019 (between 1 and 3 January), gunmen burned a school in Kidal.",
            dt.date(2019, 1, 2),
            "On 2 January 2019 (between 1 and 3 January)",
        ),
        (
            "Around 5 June 2022 (month of), unidentified gunmen abducted two herders near Kirni.",
            dt.date(2022, 6, 5),
            "Around 5 June 2022 (month of)",
        ),
        (
            "On 14 July 2021 (week of), soldiers looted shops in Kauda (South Kordofan).",
            dt.date(2021, 7, 14),
            "On 14 July 2021 (week of)",
        ),
        (
            "On 3 May 2023 (approx.), militants attacked a bus near Kamenge.",
            dt.date(2023, 5, 3),
            "On 3 May 2023 (approx.)",
        ),
    ],
)
def test_the_coders_bracket_is_read_with_the_opening_date(
    text: str, date: dt.date, words: str
) -> None:
    line = read_dateline(text, today=dt.date(2026, 12, 1))
    assert (line.date, line.words) == (date, words)
    assert "qualifier" in line.how


@pytest.mark.parametrize(
    "text",
    [
        "On 9 May 2020 (Reuters), gunmen attacked a bus near Garissa.",  # an agency, not a qualifier
        "On 9 May 2020, protesters marched (between the two bridges) in Kano.",  # not right after
    ],
)
def test_other_brackets_stay_report_text(text: str) -> None:
    line = read_dateline(text, today=dt.date(2026, 12, 1))
    assert line.date == dt.date(2020, 5, 9) and line.words == "On 9 May 2020"


def test_clean_blanks_the_bracket_with_the_date() -> None:
    text = "On 12 January 2023 (between 12 and 13 January), suspected jihadists abducted 50 women near Arbinda."
    article = clean(raw(text))
    assert article.published == dt.date(2023, 1, 12)
    assert article.dateline_end == text.index(")") + 1
