"""Text copied out of a PDF (clean/pdf.py, session 23): layout out, sentences back."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.dateline import read_note_date
from ceasewatch.clean.pdf import is_hard_wrapped, unwrap_pdf
from ceasewatch.clean.scrape import scrape
from ceasewatch.extract import Extractor
from ceasewatch.extract.dates import ROW_DATE, _row_date
from ceasewatch.model import RawDocument
from tests.test_extract_events import run

SITREP = """\
REGIONAL MONITORING NETWORK - NORTHLAND
Weekly Security Update
Period: 3 June-9 June 2024 | Distribution: partners

1. SUMMARY
The monitoring network recorded several incidents in the northern districts this
week. Movement on the main road between the two district towns remains at high
risk for humanitarian convoys, and partners are advised to travel in daylight.

2. INCIDENTS
2.1 Eastfield district. On the night of Tuesday 4 June, gunmen attacked a camp
for displaced people about 10 km from the district town, killing 4 people and
wounding 6 others. Shelters were burnt before the attackers withdrew to the
hills. Local officials said the camp had been attacked before in the same sea-
son.

Northland Network | Weekly update | 1/2

2.2 Westfield district. On Thursday 6 June, soldiers clashed with fighters near
a river crossing; 2 soldiers were killed.
Incidents: 12 | Killed: 6 | Injured: 9 | Abductions: 2

Date | District | Location | Incident | Casualties
05/06 | Eastfield | Market town | Grenade thrown into a crowded market by two
men on a motorbike | 3 killed

Northland Network | Weekly update | 2/2
"""


def test_a_hard_wrapped_text_is_read_at_its_width() -> None:
    assert is_hard_wrapped(SITREP.splitlines()) is not None


def test_a_pasted_article_and_a_channels_posts_are_not_hard_wrapped() -> None:
    article = "\n\n".join(
        [
            "GOMA, 4 June 2024 - Gunmen attacked a camp for displaced people near the town on "
            "Tuesday, killing four people and wounding six others, local officials said. "
            "Shelters were burnt before the attackers withdrew into the hills.",
            "The army said it had sent reinforcements to the area and that a search for the "
            "attackers was under way. No group claimed the attack.",
            "The camp shelters about 12,000 people who fled fighting earlier this year.",
        ]
    )
    assert is_hard_wrapped(article.splitlines()) is None
    notes: list[str] = []
    assert unwrap_pdf(article, notes) == article and notes == []
    posts = "\n".join(
        [
            "City Watch | channel log 5 June 2024",
            "[05:40] URGENT | explosions heard in the east of the city",
            "[05:52] air defence active",
            "[06:10] UPDATE: one person injured, a house damaged",
            "[07:30] Forwarded from the regional administration:",
            "The attack damaged a school and two houses in the eastern district. "
            "Emergency services are at the scene.",
            "[08:15] all clear",
            "[09:00] #city #news",
        ]
    )
    assert is_hard_wrapped(posts.splitlines()) is None


def test_wrapped_lines_join_and_layout_goes() -> None:
    notes: list[str] = []
    text = unwrap_pdf(SITREP, notes)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    # a sentence broken over lines is one line again, its break hyphen gone
    assert any(
        ln.startswith("2.1 Eastfield district. On the night of Tuesday 4 June, gunmen attacked")
        and "killing 4 people and wounding 6 others." in ln
        and ln.endswith("in the same season.")
        for ln in lines
    )
    # a numbered item keeps its own line; the item under the footer is not joined to it
    assert any(ln.startswith("2.2 Westfield district.") for ln in lines)
    # running footers, section headings and key figures are gone
    assert not any("Weekly update" in ln for ln in lines)
    assert not any(ln in ("1. SUMMARY", "2. INCIDENTS") for ln in lines)
    assert not any(ln.startswith("Incidents: 12") for ln in lines)
    # the cover block stays as printed (the title and the period date)
    assert lines[:3] == SITREP.splitlines()[:3]
    # a wrapped table row is one row
    assert any(ln.startswith("05/06 | Eastfield") and ln.endswith("| 3 killed") for ln in lines)
    assert any("running page header/footer" in n for n in notes)
    assert any("hyphenated" in n and "sea-son" in n for n in notes)


def test_a_hyphen_the_document_prints_elsewhere_is_kept() -> None:
    text = "\n".join(
        [
            "A long enough line of text that sets the width of this page of the report, ok",
            "The district's cease-fire committee met on Monday with the elders of the cease-",
            "fire villages and the commanders of both sides to discuss the new arrangements",
            "for the market days and the road checkpoints, which the committee will review",
            "again at the end of the month when the harvest season has come to its end, ok.",
            "The elders asked for more patrols on the roads to the markets and to the fields",
            "during the harvest, and the commanders agreed to meet them again in two weeks to",
            "hear what the villages had seen; the committee will publish its notes afterwards",
            "in the district's weekly bulletin, as it has done since the start of the year.",
        ]
    )
    notes: list[str] = []
    out = unwrap_pdf(text, notes)
    assert "elders of the cease-fire villages and the commanders" in out


def test_clean_reads_a_pdf_text_as_paragraphs_and_dates_it_by_its_period() -> None:
    raw = RawDocument(
        origin="sitrep.txt",
        data=SITREP.encode(),
        media_type="text/plain",
        fetched_at=dt.datetime(2024, 6, 10, tzinfo=dt.UTC),
    )
    article = clean(raw)
    assert article.published == dt.date(2024, 6, 9)
    assert "wounding 6 others. Shelters were burnt" in article.text
    assert any(n.startswith("PDF layout") for n in article.notes)


def test_a_cover_line_with_a_year_is_no_crumb() -> None:
    doc = scrape("Report title here\nMonthly | May 2022 | Published 15 May 2022\nBody text.")
    assert "Monthly | May 2022 | Published 15 May 2022" in doc.lines
    doc = scrape("Report title here\nHome > World > Africa\nBody text.")
    assert "Home > World > Africa" not in doc.lines


def test_cover_dates_read_from_a_cell_and_from_a_covered_period() -> None:
    body = "Field Office - Weekly Update\nPeriod: 3 June-9 June 2024 | Distribution: partners"
    found = read_note_date(body)
    assert found is not None and found.date == dt.date(2024, 6, 9)
    found = read_note_date("Civil Affairs - Weekly Update\nCovering 2 May - 8 May 2021")
    assert found is not None and found.date == dt.date(2021, 5, 8)


def test_a_rows_day_and_month_in_figures() -> None:
    published = dt.date(2024, 6, 9)
    for text, day in (
        ("05/06 | Eastfield | Market town | Grenade", dt.date(2024, 6, 5)),
        ("- (28/05) Westfield: fighters attacked", dt.date(2024, 5, 28)),
        ("06/07 | mm/dd in a June report", dt.date(2024, 6, 7)),
    ):
        match = ROW_DATE.match(text)
        assert match is not None
        reading = _row_date(match, published)
        assert reading is not None and reading.date == day
    assert ROW_DATE.match("2.1 On Tuesday 4 June, gunmen attacked") is None
    far = ROW_DATE.match("1/2 of the villages were empty")
    assert far is not None and _row_date(far, published) is None
    assert ROW_DATE.match("the 05/06 attack") is None


@pytest.mark.parametrize(
    "text",
    [
        # a sitrep's summary: the kinds of incidents a count over the week holds
        "During the week, the monitoring network recorded 40 incidents in Kidal, Gao and Menaka "
        "regions, "
        "including 12 killings, 5 abductions and 9 cases of looting.",
        # a monitor's count against the reporting period before
        "In the eastern region, the mission recorded about 300 explosions, compared with about "
        "200 in the previous reporting period.",
    ],
)
def test_a_reports_counts_over_its_period_are_no_events(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events == (), [(e.sub_event_type, e.fatalities) for e in x.events]


def test_an_attack_beside_a_count_is_still_an_event(extractor: Extractor) -> None:
    _, x = run(
        "On Monday gunmen abducted 5 farmers near Kidal, the monitoring network said.", extractor
    )
    assert [e.sub_event_type for e in x.events] == ["Abduction/forced disappearance"]
