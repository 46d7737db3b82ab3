"""A security desk's document (session 26, alerts26): flash alerts, incident reports, sitreps and
advisories read in clean (clean/desk.py: DTGs written out, "2x" multipliers out, the title's
date) and in extract (extract/desk.py: guidance no event; SAF/IDF as fire where the document
names no such force)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from ceasewatch import datefrag as F
from ceasewatch.clean import clean
from ceasewatch.clean.desk import header_date, is_desk, read_desk, write_dates
from ceasewatch.extract import Extractor, extract
from ceasewatch.extract.desk import (
    fire_abbreviations,
    guidance,
    guidance_heading,
    heading,
    read_as_desk,
)
from ceasewatch.extract.desk import words as desk_words
from tests.event_builders import raw_document

raw = partial(raw_document, fetched=dt.date(2026, 1, 1))

FLASH = [
    "FLASH - NORTH AREA - Kalo office",
    "Report date: 14 March 2024",
    "141430ZMAR24: SAF reported in Kalo town, army engaging AOG. 2x KIA, 3x WIA.",
    "1600hrs LT: ALL STAFF remain in place. Avoid MSR 1.",
    "Movement: no road travel to Kalo until ALL CLEAR.",
]


def test_a_desk_document_has_its_dtgs_written_out_and_its_date() -> None:
    notes: list[str] = []
    lines, day = read_desk(FLASH[1:], FLASH[0], notes)
    assert day == dt.date(2024, 3, 14)
    assert lines[1].startswith("14 March 2024: SAF reported")
    assert "2 KIA, 3 WIA" in lines[1]
    assert notes and notes[0].startswith("read as a security desk's document")


def test_an_article_is_no_desk_document() -> None:
    lines = [
        "Gunmen attacked the market in Kalo on Monday, killing 3 people, police said.",
        "The army said 2 soldiers were wounded in an ambush near the town.",
    ]
    notes: list[str] = []
    assert not is_desk(lines, "Attack on Kalo market")
    assert read_desk(lines, "Attack on Kalo market", notes) == (lines, None)
    assert notes == []


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("NW/SW REGIONS - WEEKLY SITREP - sub-office - w/e 15 July 2019", dt.date(2019, 7, 15)),
        ("TRAVEL ADVISORY - COUNTRY - update of 10 March 2025", dt.date(2025, 3, 10)),
        ("SOUTH AREA - SECURITY SITREP - 9 February 2024 - field office", dt.date(2024, 2, 9)),
        ("FLASH - AREA - Kalo office", None),
    ],
)
def test_the_title_dates_the_document(title: str, day: dt.date | None) -> None:
    assert header_date([], title) == day


def test_extract_reads_the_note_clean_left_on_a_desks_document() -> None:
    # clean/desk.py's ``is_desk`` reads the lines; extract/desk.py's ``read_as_desk`` reads the
    # note clean left (house28: one name each)
    sitrep = clean(raw("\n\n".join(FLASH)))
    story = clean(raw("Gunmen attacked the market in Kalo on Monday, police said. " * 3))
    assert read_as_desk(sitrep.notes)
    assert not read_as_desk(story.notes)


def test_clean_dates_a_sitrep_by_its_title() -> None:
    article = clean(raw("\n\n".join(FLASH)))
    assert article.published == dt.date(2024, 3, 14)
    assert "ZMAR24" not in article.text and "14 March 2024" in article.text


def test_guidance_and_headings() -> None:
    assert guidance("Movement: no road travel Kalo-Tibu.")
    assert guidance("- 16/11 approx. 0600hrs: Recommendations: stay home.")
    assert guidance("Impact on operations: mission postponed.")
    assert not guidance("- 16/11: gunmen attacked the market.")
    assert guidance_heading("Guidance") and guidance_heading("RECOMMENDATIONS")
    assert not guidance_heading("Recent incidents")
    assert heading("NORTH-WEST") and heading("Recent incidents")
    assert not heading("- 12/07: clashes in Kalo.")


def test_a_labels_short_date_is_datefrags() -> None:
    # the lead before a label writes its short date from datefrag's figures (house28)
    assert f"{F.FIG2}/{F.FIG2}" in desk_words().label.pattern
    assert guidance("3/4: Movement: no road travel.")
    assert guidance("• 16/11, 1430 LT: Assessment: the AOG is regrouping.")
    assert not guidance("116/11: Movement: no road travel.")
    assert not guidance("16/11/2024: Movement: no road travel.")


def test_fire_abbreviations_unless_the_force_is_named() -> None:
    assert fire_abbreviations("IDF impacts reported. SAF along the road.") == {"IDF", "SAF"}
    assert fire_abbreviations("Israeli (IDF = Israel Defense Forces) airstrike") == frozenset()
    assert fire_abbreviations("SAF (Sudanese Armed Forces) shelled the market") == frozenset()


def _events(extractor: Extractor, *lines: str) -> list[tuple[str, str | None]]:
    article = clean(raw("\n\n".join(lines)))
    return [
        (e.sub_event_type, e.location.name if e.location else None)
        for e in extract(article, extractor).events
    ]


def test_a_desk_reads_its_incidents_and_not_its_guidance(extractor: Extractor) -> None:
    found = _events(
        extractor,
        "WEEKLY SECURITY SITREP - NORTH AREA - 20 November 2023",
        "- 16/11 approx. 0600hrs: SAF exchanges between the army and AOG in Kumbo town, 3x KIA.",
        "Guidance",
        "- Staff to avoid protests announced for next week in Kalo.",
        "- Curfew in Kalo from 1800hrs; expect clashes near the market.",
        "Assessment: attacks on the army in Kumbo are likely to continue.",
    )
    assert found == [("Armed clash", "Kumbo")]


@pytest.mark.parametrize(
    ("line", "written"),
    [
        # a bullet's opening short date stays (extract reads it as the item's day)
        ("- 24/01: fighting in Kalo.", "- 24/01: fighting in Kalo."),
        # a night at a bullet's opening: its first day, in the same form
        ("- 19-20/01: fighting in Kalo.", "- 19/01: fighting in Kalo."),
        # after a label, in words
        ("- REPEATED: 12/01: fighting in Kalo.", "- REPEATED: 12 January 2024: fighting in Kalo."),
        ("- O/N 19-20 Jan: fighting in Kalo.", "- O/N 19 January 2024: fighting in Kalo."),
        ("on 4-5 January, gunmen raided Kalo", "on 4 January 2024, gunmen raided Kalo"),
        # two days that are no night, a fraction, a date far from the document's: unchanged
        ("on 4-9 January, gunmen raided Kalo", "on 4-9 January, gunmen raided Kalo"),
        ("open 24/7 for staff", "open 24/7 for staff"),
        ("- NOTE: 12/06 is the deadline.", "- NOTE: 12/06 is the deadline."),
        ("Attack at 270930ZJAN24 near Kalo.", "Attack at 27 January 2024 near Kalo."),
    ],
)
def test_a_desks_dates_are_written_out(line: str, written: str) -> None:
    assert write_dates(line, dt.date(2024, 1, 27)) == written


def test_a_road_named_by_its_ends_is_no_place(extractor: Extractor) -> None:
    title = "WEEKLY SECURITY SITREP - NORTH AREA - 20 November 2023"
    both = _events(
        extractor,
        title,
        "- 16/11: heavy fighting between the army and AOG around Sake, on the Goma-Sake road.",
        "Staff to avoid MSR 2.",
    )
    assert both == [("Armed clash", "Sake")]
    alone = _events(
        extractor,
        title,
        "- 16/11: a drone strike hit a vehicle on the Finote Selam-Bure road. 6x killed.",
        "Staff to avoid MSR 2.",
    )
    assert [place for _, place in alone] == ["Finote Selam"]


def test_orders_labels_and_the_ongoing_situation_tell_no_incident(extractor: Extractor) -> None:
    found = _events(
        extractor,
        "WEEKLY SECURITY SITREP - NORTH AREA - 20 November 2023",
        "Summary: fighting between the army and AOG continues in rural Tibu.",
        "Category: IED / complex attack",
        "- Unconfirmed: reports of an ambush near Muyuka circulated; the army denied.",
        "Expect loud explosions near the training ranges in Kalo.",
        "- 16/11: militants ambushed an army convoy near Kalo, 2x KIA.",
    )
    assert found == [("Armed clash", "Kalo")]


def test_an_incident_reports_fields_date_and_place_its_description(extractor: Extractor) -> None:
    article = clean(
        raw(
            "\n".join(
                [
                    "INCIDENT REPORT / Ref: KAL-24-031 / Report date: 3 April 2024",
                    "DTG: 010930ZAPR24",
                    "Location: Kalo town, Tibu district (14.16N 1.47E)",
                    "Category: IED / complex attack",
                    "Description: a patrol vehicle struck an IED on the main road. 4x KIA.",
                    "Recommendations: no movement after 1600hrs.",
                ]
            )
        )
    )
    assert article.published == dt.date(2024, 4, 3)
    events = extract(article, extractor).events
    assert [(e.event_date, e.location.name if e.location else None) for e in events] == [
        (dt.date(2024, 4, 1), "Kalo")
    ]
