"""pair19 (session 19): an article's date, one event told twice, the event's own date and place.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ceasewatch.clean.dateline import is_dateline, read_dateline
from ceasewatch.clean.scrape import scrape


def test_a_dateline_alone_on_the_first_line_heads_the_body_not_the_title() -> None:
    doc = scrape("Dori, 3 March 2021 -\n\nGunmen burned a market in a village near Dori on Monday.")
    assert doc.title is None
    assert doc.lines[0] == "Dori, 3 March 2021 -"
    assert read_dateline("\n\n".join(doc.lines)).date == dt.date(2021, 3, 3)


def test_is_dateline() -> None:
    assert is_dateline("Dori, 3 March 2021 -")
    assert is_dateline("MOPTI (Reuters) -")
    assert not is_dateline("Gunmen burn market near Dori")


def test_a_dateline_filed_from_two_cities() -> None:
    line = read_dateline("AMMAN/BEIRUT, March 4, 2022 (Agency) - Officials met on Friday.")
    assert line.date == dt.date(2022, 3, 4)
    assert line.place == "AMMAN/BEIRUT"


def test_a_dateline_without_a_date_takes_the_leads_full_date() -> None:
    body = (
        "KANO, Nigeria (AFP) - Police broke up a march in the city centre on Friday, a spokesman "
        "said on Saturday, Jan. 6, 2024.\n\nThe march had been called by traders."
    )
    line = read_dateline(body)
    assert line.date == dt.date(2024, 1, 6)
    assert line.words == "KANO, Nigeria (AFP) -"  # blanked as metadata, never read as report


def test_a_dateline_without_a_date_and_no_date_in_the_lead_stays_unknown() -> None:
    line = read_dateline("KANO (AFP) - Police broke up a march on Friday.\n\nTraders left.")
    assert line.date is None
    assert "names a place but no date" in line.how
