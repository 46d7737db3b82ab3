"""A table row copied out of a PDF (session 23, pdf23b): its place is its location cell, the cells
before it are that place's parents, and a serial number's cell is no item of a list."""

from __future__ import annotations

from ceasewatch.clean.pdf import unwrap_pdf
from ceasewatch.extract import Extractor
from ceasewatch.geocode.containment import parent_phrases
from tests.test_extract_events import run

WRAP = (
    "The network recorded several incidents in the northern districts during the week\n"
    "under review. Movement on the main road between the district towns remains at a\n"
    "high risk for convoys, and partners are advised to travel only in daylight hours\n"
    "and to keep in touch with the hub at every stop along the way to the north.\n"
)


def test_a_serial_number_cell_goes_under_its_header() -> None:
    text = (
        WRAP
        + "\nS.No | District | Station | Nature of incident | Killed | Injured |\nAbducted\n"
        + "1 | Northdale | Upper Kalo | Attack on a checkpost | 2 | 1 | 0\n"
        + "2 | Southdale | Lower Kalo | Bomb blast near a market | 0 | 4 | 0\n"
    )
    notes: list[str] = []
    out = unwrap_pdf(text, notes).splitlines()
    assert "S.No | District | Station | Nature of incident | Killed | Injured | Abducted" in out
    assert "Northdale | Upper Kalo | Attack on a checkpost | 2 | 1 | 0" in out
    assert "Southdale | Lower Kalo | Bomb blast near a market | 0 | 4 | 0" in out
    assert any("serial-number" in n for n in notes)


def test_rows_without_a_serial_header_keep_their_numbers() -> None:
    text = WRAP + "\nDate | Area | Incident | Toll\n1 | Northdale | Attack on a post | 2\n"
    out = unwrap_pdf(text, []).splitlines()
    assert "1 | Northdale | Attack on a post | 2" in out


def test_the_cells_before_a_rows_place_are_its_parents() -> None:
    text = "12/03 | Northland / Eastfield | Kalo | Gunmen attacked a market | 2 killed"
    start = text.index("Kalo")
    assert parent_phrases(text, start, start + 4) == ["Eastfield", "Northland"]
    text = "Northdale | Upper Kalo | Attack on a checkpost | 2 | 1 | 0"
    start = text.index("Upper")
    assert parent_phrases(text, start, start + len("Upper Kalo")) == ["Northdale"]


def test_a_sentence_is_no_table_row() -> None:
    text = "Fighting in Eastfield spread to Kalo on Monday, the mission said."
    start = text.index("Kalo")
    assert parent_phrases(text, start, start + 4) == []


def test_a_rows_place_is_its_last_place_cell(extractor: Extractor) -> None:
    _, x = run(
        "12/03 | Northland / Eastfield | Kalo village | Gunmen attacked a market, killing 2 "
        "traders | 2 killed",
        extractor,
    )
    places = [e.location.name for e in x.events if e.location is not None]
    assert places and set(places) == {"Kalo"}, places


def test_a_row_without_place_cells_is_read_as_before(extractor: Extractor) -> None:
    _, x = run("12/03 | Gunmen attacked a market in Kalo, killing 2 traders | 2 killed", extractor)
    places = [e.location.name for e in x.events if e.location is not None]
    assert set(places) == {"Kalo"}, places


def test_a_headline_over_its_paragraph_goes() -> None:
    text = (
        "NORTHLAND ARMY DIVISION\nPublic Affairs Office\nNEWS RELEASE No. 12 | 9 March 2024\n\n"
        "Troops repel an attack on a river post\n" + WRAP
    )
    notes: list[str] = []
    out = unwrap_pdf(text, notes)
    assert "Troops repel" not in out
    assert out.splitlines()[-1].startswith("The network recorded several incidents")
    assert any("headline" in n for n in notes)


def test_a_line_over_a_list_or_ending_a_sentence_is_no_headline() -> None:
    listed = "COVER\n\n" + WRAP + "\nPartners are reminded of the rules\nNo travel at night\n"
    assert "Partners are reminded of the rules" in unwrap_pdf(listed, [])
    said = "COVER\n\n" + WRAP + "\nThe mission will report again next week.\n" + WRAP
    assert "The mission will report again next week." in unwrap_pdf(said, [])
