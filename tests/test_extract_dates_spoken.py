"""A day of the month as a presenter or correspondent says it ("the fourteenth of March",
"March the twenty-first"): session 25, helper transcripts25. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ceasewatch.daynames import SPOKEN_DAYS
from ceasewatch.extract.dates import read_date
from ceasewatch.extract.lexicon import load_lexicon

LEX = load_lexicon()
SATURDAY = dt.date(2024, 3, 16)


def _date(text: str, published: dt.date | None = SATURDAY) -> dt.date | None:
    reading = read_date(text, published, LEX)
    return reading.date if reading else None


def test_every_day_of_the_month_has_its_spoken_ordinal() -> None:
    assert sorted(SPOKEN_DAYS.values()) == list(range(1, 32))
    assert SPOKEN_DAYS["twenty-second"] == 22 and SPOKEN_DAYS["twelfth"] == 12


def test_the_ordinal_of_a_month_dates_the_sentence() -> None:
    assert _date("On the fourteenth of March, gunmen attacked a market.") == dt.date(2024, 3, 14)
    assert _date("Fighting resumed on the twenty first of February.") == dt.date(2024, 2, 21)
    assert _date("It began on March the tenth, the army says.") == dt.date(2024, 3, 10)
    assert _date("March fourteenth: troops entered the town.") == dt.date(2024, 3, 14)


def test_a_spoken_date_after_publication_is_last_year_and_a_year_is_read() -> None:
    assert _date("It was the second of May when the strike hit.") == dt.date(2023, 5, 2)
    assert _date("On the third of June 2021 the camp was shelled.") == dt.date(2021, 6, 3)
    assert _date("On the third of June 2021 the camp was shelled.", None) == dt.date(2021, 6, 3)


def test_a_weekday_naming_the_spoken_date_gives_way_to_it() -> None:
    reading = read_date("On Monday the eleventh of March, rebels shelled the base.", SATURDAY, LEX)
    assert reading is not None and reading.date == dt.date(2024, 3, 11)


def test_an_ordinal_without_its_month_or_a_modal_may_is_no_date() -> None:
    assert _date("The first of many convoys left.") is None
    assert _date("Troops may first secure the road.") is None
    assert _date("Police said the second march was calm.") is None


def test_a_bulletins_hours_and_weekend() -> None:
    monday = dt.date(2024, 3, 18)
    assert _date("Gunmen attacked the village a few hours ago.", monday) == monday
    assert _date("An hour ago, a bomb went off.", monday) == monday
    assert _date("Protesters marched at the weekend.", monday) == dt.date(2024, 3, 17)
    assert _date("Protesters marched over the weekend.", monday) == dt.date(2024, 3, 17)
    # "a week ago" is not read (dropped at the merge: it moved a FA-KES article's date)
    reading = read_date("Troops took the town a week ago.", monday, LEX)
    assert reading is None or reading.date != dt.date(2024, 3, 11)
