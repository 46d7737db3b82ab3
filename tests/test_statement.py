"""Official statements and claims (session 27, statements27): an army's, a ministry's or a police
release read in clean (clean/statement.py: the letterhead, kind, reference and headline lines,
the signature and closing boilerplate out) and in extract (extract/statement.py: each numbered
paragraph placed by its own place, the issuer's own voice and a claim with no place no event;
the euphemisms "neutralised", "eliminated", "engaged" read as killing and fighting)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.statement import is_statement, kind_line, read_statement
from ceasewatch.extract import Extractor, extract
from ceasewatch.extract.statement import read_as_statement
from ceasewatch.model import STATEMENT_NOTE
from tests.event_builders import raw_document

raw = partial(raw_document, fetched=dt.date(2026, 1, 1))

RELEASE = [
    "MINISTRY OF DEFENCE",
    "DIRECTORATE OF MEDIA OPERATIONS",
    "PRESS RELEASE",
    "No. PR-17/2024",
    "TROOPS NEUTRALISE TERRORISTS IN NORTH EAST",
    "Kalo, 12 March 2024",
    "1. On Monday, troops engaged terrorists at Dambar, neutralising 6 of them.",
    "2. The Ministry urges the public to report suspicious movements.",
    "Signed",
    "Colonel A. Bello",
    "Director, Media Operations",
    "#Troops #Security",
]


def test_a_statements_frame_goes_and_its_date_line_stays() -> None:
    notes: list[str] = []
    lines = read_statement(RELEASE[1:], RELEASE[0], notes)
    assert lines == [
        "Kalo, 12 March 2024",
        "1. On Monday, troops engaged terrorists at Dambar, neutralising 6 of them.",
        "2. The Ministry urges the public to report suspicious movements.",
    ]
    assert notes and notes[0].startswith(STATEMENT_NOTE)


def test_an_article_is_no_statement() -> None:
    lines = [
        "KALO, March 12 (Wire) - Gunmen attacked the market in Kalo on Monday, police said.",
        "The army said 2 soldiers were wounded in an ambush near the town.",
        "Residents' statement, published on social media.",
    ]
    notes: list[str] = []
    assert not is_statement(lines, "Attack on Kalo market")
    assert read_statement(lines, "Attack on Kalo market", notes) == lines
    assert notes == []


def test_extract_reads_the_note_clean_left_on_a_statement() -> None:
    # clean/statement.py's ``is_statement`` reads the lines; extract/statement.py's
    # ``read_as_statement`` reads the note clean left (house28: one name each)
    release = clean(raw("\n\n".join(RELEASE)))
    story = clean(raw("Gunmen attacked the market in Kalo on Monday, police said. " * 3))
    assert read_as_statement(release.notes)
    assert not read_as_statement(story.notes)
    assert not read_as_statement([])


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PRESS RELEASE", True),
        ("Media and Public Relations Division - Press Release", True),
        ("Communiqué No. 012/2024 (translated)", True),
        ("Briefing of the official spokesman", True),
        ("2) Ministry of Interior - Press release", True),
        # a footnote, a line telling, a research note are no kind lines
        ("[2] Residents' statement, published on social media.", False),
        ("Events: Online briefing on federalism, 20 November", False),
        ("Briefing note | 27 October 2023", False),
        ("The statement said troops killed six militants in the attack on the town.", False),
    ],
)
def test_kind_lines(line: str, kind: bool) -> None:
    assert kind_line(line) is kind


def _events(extractor: Extractor, *lines: str) -> list[tuple[str, str | None, int | None]]:
    article = clean(raw("\n\n".join(lines)))
    return [
        (e.sub_event_type, e.location.name if e.location else None, e.fatalities)
        for e in extract(article, extractor).events
    ]


def test_a_release_reads_its_euphemisms_and_not_its_frame(extractor: Extractor) -> None:
    found = _events(extractor, *RELEASE)
    assert found == [("Armed clash", "Dambar", 6)]


def test_each_numbered_paragraph_is_placed_by_its_own_place(extractor: Extractor) -> None:
    found = _events(
        extractor,
        "NATIONAL POLICE",
        "PRESS STATEMENT",
        "12 March 2024",
        "1. On Monday, gunmen opened fire on a bus in Dambar, killing two passengers.",
        "2. On Tuesday, police in Kalo dispersed protesters who blocked the road at Umbe junction."
        " Eleven persons were detained.",
        "3. Anyone found engaging in criminality under the guise of demonstrations will face"
        " the law.",
        "4. The Service condemns these acts and warns that violence will not be tolerated.",
    )
    places = {p for _, p, _ in found}
    assert "Dambar" in places and "Kalo" in places
    assert all(p is not None for p in places)
    # the detained are placed by the paragraph's first place, not the paragraph before's
    assert ("Arrests", "Dambar", None) not in found


def test_a_claim_with_no_place_and_a_vow_are_no_events(extractor: Extractor) -> None:
    found = _events(
        extractor,
        "MINISTRY OF DEFENCE",
        "Briefing of the official spokesman",
        "9 October 2024",
        "1. In the past 24 hours, units inflicted losses on the enemy. The enemy lost up to 300"
        " servicemen.",
        "2. Today, air defence systems intercepted and destroyed eight unmanned aerial vehicles"
        " over the territory of the Kalo region.",
        "3. The army will continue its operations until the last terrorist is neutralised.",
        "END",
    )
    assert found == [("Disrupted weapons use", "Kalo", None)]


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("Troops neutralised 11 terrorists near Dambar on Monday.", "Armed clash"),
        ("On Monday, more than 100 rebels were eliminated near Dambar.", "Armed clash"),
        ("On Monday, troops engaged bandits at Dambar.", "Armed clash"),
        # a device made safe is no killing
        ("On Monday, troops neutralised an explosive device near Dambar.", "Disrupted weapons use"),
    ],
)
def test_euphemisms_in_any_text(extractor: Extractor, sentence: str, sub: str) -> None:
    found = _events(extractor, "Dambar, 12 March 2024 - " + sentence)
    assert [s for s, _, _ in found] == [sub]


def test_rescued_captives_are_no_abduction_and_a_compass_zone_no_place(
    extractor: Extractor,
) -> None:
    found = _events(
        extractor,
        "Kalo, 12 March 2024 - In the North West, troops today engaged bandits at Dambar,"
        " neutralising 7 bandits and rescuing 12 kidnapped victims.",
    )
    assert found == [("Armed clash", "Dambar", 7)]


def test_engaging_with_people_is_no_fight(extractor: Extractor) -> None:
    found = _events(
        extractor,
        "Kalo, 12 March 2024 - On Monday, peacekeepers engaged with local authorities and"
        " residents in Dambar.",
    )
    assert found == []
