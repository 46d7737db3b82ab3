"""A coder's note opens with its own date ("On 4 March 2022 (between ...)", "Around 5 June
2022 (month of)"): that date is the event's, known to the precision its tag says."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract import _report_text
from ceasewatch.extract.dates import read_date
from ceasewatch.extract.lexicon import load_lexicon
from ceasewatch.model import Article

LEX = load_lexicon()
DAY = dt.date(2022, 6, 30)


def test_a_month_of_tag_makes_the_day_the_middle_of_a_month() -> None:
    reading = read_date("Around 15 June 2022 (month of), gunmen abducted two herders.", DAY, LEX)
    assert reading is not None and reading.date == dt.date(2022, 6, 15) and reading.precision == 3
    assert "month of" in reading.note


def test_a_week_of_tag_gives_week_precision() -> None:
    reading = read_date("Around 3 June 2022 (week of), police arrested three men.", DAY, LEX)
    assert reading is not None and reading.date == dt.date(2022, 6, 3) and reading.precision == 2


def test_an_untagged_date_keeps_day_precision() -> None:
    reading = read_date("On 3 June 2022 (between 1 and 3 June), gunmen attacked.", DAY, LEX)
    assert reading is not None and reading.date == dt.date(2022, 6, 3) and reading.precision == 1


def article(text: str, dateline_end: int | None) -> Article:
    return Article(
        id="a",
        origin="a.txt",
        text=text,
        published=DAY,
        content_hash="0",
        raw_hash="0",
        dateline_end=dateline_end,
    )


def test_an_opening_on_date_stays_in_the_text_the_extractor_reads() -> None:
    text = "On 4 March 2022 (between 27 February and 30 March), soldiers shot civilians."
    assert _report_text(article(text, len("On 4 March 2022"))) == text


def test_a_wire_dateline_is_still_blanked() -> None:
    text = "KHARTOUM, May 23, 2023 - Fighting resumed on Monday."
    end = text.index("Fighting")
    read = _report_text(article(text, end))
    assert read[:end].strip() == "" and read[end:] == text[end:]
