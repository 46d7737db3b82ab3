"""Event dates inside whole articles (session 20, helper dates20): days told relative to the day
before, a statement's own weekday, "overnight into <weekday>", live-blog entries and day headers.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.dates import day_header, opens_entry, read_date
from ceasewatch.extract.lexicon import load_lexicon

LEX = load_lexicon()
SUNDAY = dt.date(2024, 6, 9)
SATURDAY = dt.date(2024, 6, 8)


def _date(text: str, anchor: dt.date | None = SATURDAY) -> dt.date | None:
    reading = read_date(text, SUNDAY, LEX, anchor)
    return reading.date if reading else None


def test_the_following_night_is_the_day_after_the_date_told_before() -> None:
    assert _date("The following night, a drone hit a grain store.") == SUNDAY
    assert _date("A day later, gunmen burned the market.") == SUNDAY
    assert _date("Two days later, rebels held the bridge.", dt.date(2024, 6, 5)) == dt.date(
        2024, 6, 7
    )


def test_the_same_day_and_hours_later_keep_the_date_told_before() -> None:
    assert _date("Hours later, a second device went off near the school.") == SATURDAY
    assert _date("Later that night, troops shelled the hills.") == SATURDAY
    assert _date("Police detained six men the same day.") == SATURDAY


def test_the_previous_evening_is_the_day_before() -> None:
    assert _date("The previous evening, a crowd had stoned the convoy.") == dt.date(2024, 6, 7)


def test_the_day_before_yesterday_stays_a_publication_phrase() -> None:
    assert _date("The day before yesterday, police fired on marchers.") == dt.date(2024, 6, 7)


def test_a_day_after_publication_is_pulled_back() -> None:
    reading = read_date("The following day, the militia withdrew.", SUNDAY, LEX, SUNDAY)
    assert reading is not None and reading.date == SUNDAY and "after publication" in reading.note


def test_without_a_date_before_the_publication_date_anchors() -> None:
    assert _date("Hours later, the army retook the post.", None) == SUNDAY


def test_a_statements_weekday_yields_to_the_events() -> None:
    text = "The navy said on Saturday that it sank two boats off the cape on Thursday."
    assert _date(text) == dt.date(2024, 6, 6)
    text = "Its jets hit a depot on Friday, the ministry told reporters on Saturday."
    assert _date(text) == dt.date(2024, 6, 7)


def test_a_statements_weekday_alone_still_dates_the_sentence() -> None:
    assert _date("The governor said on Friday that two guards died.") == dt.date(2024, 6, 7)


def test_overnight_into_a_weekday_reads_the_weekday() -> None:
    assert _date("Raiders struck two posts overnight into Saturday.") == SATURDAY
    assert _date("Shelling went on overnight Friday to Saturday.") == dt.date(2024, 6, 7)
    assert _date("Drones swarmed the port overnight.") == SATURDAY


def test_a_time_stamp_opens_a_live_blog_entry() -> None:
    assert opens_entry("21:40 - Gunmen fired on a checkpoint.")
    assert opens_entry("Update 11:20 GMT: Marchers blocked the bridge.")
    assert opens_entry("0905 UTC - Sirens sounded in the north.")
    assert opens_entry("[07:55] A car bomb went off.")
    assert opens_entry("10.30am: Riot police moved in.")
    assert opens_entry("Friday, 7 June\n\n23:10 - A mortar hit the depot.")


def test_a_year_or_a_clock_inside_a_sentence_opens_no_entry() -> None:
    assert not opens_entry("1991 - The republic declared independence.")
    assert not opens_entry("At 10:30 police fired tear gas.")
    assert not opens_entry("2000 troops entered the valley.")


def test_a_day_header_stands_alone_before_its_entries() -> None:
    for text in ("Friday, 7 June", "7 June\n\n[23:10] A mortar hit.", "Friday\n\n22:00 - Shots."):
        assert day_header(text, read_date(text, SUNDAY, LEX)), text
    text = "On Friday, 7 June, a mortar hit the depot."
    assert not day_header(text, read_date(text, SUNDAY, LEX))


def test_a_site_date_line_gives_the_first_publication_over_the_update() -> None:
    from ceasewatch.clean.dateline import is_dateline, read_dateline

    line = "Last updated 12 May 2025 01:10 GMT | Published 11 May 2025"
    assert is_dateline(line)
    body = f"{line}\n\n23:50 - Rioters set a bus on fire in the port district."
    assert read_dateline(body, today=dt.date(2025, 6, 1)).date == dt.date(2025, 5, 11)


def test_a_byline_with_a_date_dates_the_report() -> None:
    from ceasewatch.clean.dateline import read_dateline

    body = (
        "Unrest in the capital\n\nBy Night desk, 11 May 2025\n\n23:50 - Rioters set a bus alight."
    )
    assert read_dateline(body, today=dt.date(2025, 6, 1)).date == dt.date(2025, 5, 11)


def test_a_yearless_wire_dateline_takes_its_year_from_the_site_line() -> None:
    from ceasewatch.clean.dateline import read_dateline

    body = "Updated: 3 Jan 2025 08:15\n\nPORTO, Jan 2 (Agency) - Dockers marched on the harbour."
    found = read_dateline(body, today=dt.date(2025, 6, 1))
    assert found.date == dt.date(2025, 1, 2) and found.place == "PORTO"


def test_a_headline_is_no_site_line() -> None:
    from ceasewatch.clean.dateline import is_dateline

    assert not is_dateline("Dockers march on the harbour after 3 January 2025 strike")


def test_last_weekday_on_that_weekday_is_a_week_before() -> None:
    assert _date("Gunmen raided the mine last Sunday.") == dt.date(2024, 6, 2)
    assert _date("Gunmen raided the mine on Sunday.") == SUNDAY


def test_a_site_date_line_below_a_long_head_still_dates_the_report() -> None:
    from ceasewatch.clean.dateline import read_dateline

    body = (
        "Harbour strike: live\n\nDockers and police faced off for a third night at the port.\n\n"
        "What we know\n\nPictures from the scene\n\nPublished 11 May 2025\n\n"
        "23:50 - Rioters set a bus alight."
    )
    found = read_dateline(body, today=dt.date(2025, 6, 1))
    assert found.date == dt.date(2025, 5, 11) and found.words == ""


def test_a_time_alone_on_its_line_opens_an_entry() -> None:
    assert opens_entry("22:45\n\nRioters set a bus alight.")
