"""An incident log exported from a spreadsheet (.csv/.tsv) read as one report (clean/sheet.py)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.clean import clean
from ceasewatch.clean.sheet import (
    ROW_HEAD,
    Cells,
    read_cell_date,
    read_sheet,
    role_of,
    title_date,
)
from ceasewatch.ingest.sniff import INGESTIBLE_SUFFIXES, media_type
from ceasewatch.model import RawDocument

LOG = """Field office log - week to 17 March 2024,,,,,,,
Date,Region,District,Location / Village,Incident type,Perpetrator,Description,Killed
11/03/2024,North,Alpha,Betaville,Armed clash,NSAG,"Gunmen fired on an army post; 3 soldiers killed.
Post held.",3
14/03/2024,North,Alpha,Gammatown,Shelling,unk,Rounds landed near the market. No casualties.,0

Date,Region,District,Location / Village,Incident type,Perpetrator,Description,Killed
16/03/2024,South,Delta,Deltaville,Demonstration,n/a,Some 200 people marched to the town hall.,0
n/a,South,Delta,Deltaville,Crime,unk,A row with no date.,0
TOTAL,,,,,,3 incidents,3
"""


def test_header_words_by_role() -> None:
    assert role_of("Location / Village") == "place"
    assert role_of("Target/Victim") == "target"
    assert role_of("Perpetrator") == "actor"
    assert role_of("Auteur") == "actor" and role_of("Cible") == "target"
    assert role_of("Tués") == "killed"
    assert role_of("Fecha") == "date"
    assert role_of("Heure") == "skip"
    assert role_of("Bandiagara") is None


def test_rows_are_paragraphs_with_their_own_dates_and_places() -> None:
    sheet = read_sheet(LOG, "log.csv")
    assert sheet is not None
    assert sheet.title == "Field office log - week to 17 March 2024"
    assert sheet.published == dt.date(2024, 3, 17)
    assert sheet.paragraphs == [
        "11 March 2024 | Betaville, Alpha, North: Gunmen fired on an army post; 3 soldiers"
        " killed. Post held.",
        "14 March 2024 | Gammatown, Alpha, North: Rounds landed near the market. No casualties.",
        "16 March 2024 | Deltaville, Delta, South: Some 200 people marched to the town hall.",
    ]
    notes = " ".join(sheet.notes)
    assert "the header again" in notes and "totals row" in notes
    assert "log.csv line 9: no date in the date column" in notes


def test_month_first_is_decided_for_the_whole_file() -> None:
    text = (
        "Log - exported March 19, 2023\nDate\tLocation\tType\tDescription\n"
        "03/05/2023\tAlpha\tClash\tFighting in the hills.\n"
        "03/13/2023\tBeta\tClash\tFighting near the river.\n"
    )
    sheet = read_sheet(text, "log.tsv")
    assert sheet is not None
    assert [p.split(" | ")[0] for p in sheet.paragraphs] == ["5 March 2023", "13 March 2023"]
    assert sheet.published == dt.date(2023, 3, 19)


def test_ambiguous_file_follows_the_title_date() -> None:
    text = (
        "Log (export 9/12/2024)\nDate,Location,Description\n"
        "09/05/2024,Alpha,Fighting in the hills.\n09/10/2024,Beta,A march.\n"
    )
    sheet = read_sheet(text, "log.csv")
    assert sheet is not None
    # day first would put the rows in May and October: month first keeps them in the week
    assert sheet.published == dt.date(2024, 9, 12)
    assert sheet.paragraphs[0].startswith("5 September 2024")


def test_cell_dates() -> None:
    assert read_cell_date("2023-12-12") is not None
    assert read_cell_date("05-Feb-24").day_first == dt.date(2024, 2, 5)  # type: ignore[union-attr]
    assert read_cell_date("30.09.2019").day_first == dt.date(2019, 9, 30)  # type: ignore[union-attr]
    assert read_cell_date("unk") is None
    assert title_date("Incident tracker - week 11 (11 to 17 March 2024)") == dt.date(2024, 3, 17)


def test_text_without_a_header_row_is_no_log() -> None:
    assert read_sheet("Gunmen attacked a village, killing 3, officials said.\n", "x.csv") is None


def test_ingest_knows_the_suffixes() -> None:
    assert ".csv" in INGESTIBLE_SUFFIXES and ".tsv" in INGESTIBLE_SUFFIXES
    assert media_type(b"Date,Place\n", name="log.csv") == "text/csv"
    assert media_type(b"Date\tPlace\n", name="log.tsv") == "text/tab-separated-values"
    assert media_type(b"Some text.\n", name="report.txt") == "text/plain"


def test_clean_reads_a_log_as_one_dated_report() -> None:
    raw = RawDocument(
        origin="log.csv",
        data=LOG.encode(),
        media_type="text/csv",
        fetched_at=dt.datetime.now(dt.UTC),
    )
    article = clean(raw)
    assert article.published == dt.date(2024, 3, 17)
    assert article.title == "Field office log - week to 17 March 2024"
    assert article.text.count("\n\n") == 2
    assert article.dateline_end is None  # the first row's date is its own, not a dateline
    # each row's paragraph is recorded where it lies, with the cells it does not write
    assert [article.text[r.start : r.start + 16] for r in article.rows] == [
        "11 March 2024 | ",
        "14 March 2024 | ",
        "16 March 2024 | ",
    ]
    assert [(r.killed, r.perpetrator) for r in article.rows] == [
        (3, "NSAG"),
        (0, None),
        (0, None),
    ]
    assert all(article.text[r.end - 1] == "." for r in article.rows)


def test_a_description_column_without_a_known_word_is_the_free_text_one() -> None:
    text = (
        "Log - 9 March 2025\nDate\tPlace\tWhat happened then\tKilled\n"
        "04/03/2025\tAlpha\tGunmen fired on a bus near the market at dusk.\t2\n"
        "06/03/2025\tBeta\tPeople marched to the governor's office over water cuts.\t0\n"
    )
    sheet = read_sheet(text, "log.tsv")
    assert sheet is not None
    assert sheet.paragraphs[0] == (
        "4 March 2025 | Alpha: Gunmen fired on a bus near the market at dusk."
    )
    assert any("column 3 read as the description" in n for n in sheet.notes)


QUIET = """Office log - week to 17 March 2024,,,,,
Date,Location,Incident type,Perpetrator,Description,Killed
11/03/2024,Betaville,Road accident,n/a,A lorry overturned; 2 killed.,2
12/03/2024,Betaville,Crime,unk,Shop robbed at gunpoint.,0
13/03/2024,Betaville,Planned demonstration,n/a,Teachers plan a rally in two weeks.,n/a
14/03/2024,Betaville,Suspicious item,n/a,A parcel checked by the bomb squad held books.,0
15/03/2024,Betaville,Accidente de tránsito,n/a,Un bus volcó.,0
16/03/2024,Gammatown,Armed clash,NSAG,Gunmen fired on an army post.,several
"""


def test_rows_the_desk_types_as_no_event_are_not_read() -> None:
    sheet = read_sheet(QUIET, "log.csv")
    assert sheet is not None
    assert [p[:14] for p in sheet.paragraphs] == ["16 March 2024 "]
    notes = " ".join(sheet.notes)
    assert "log.csv line 3: typed 'Road accident', no event" in notes
    assert "typed 'Accidente de tránsito'" in notes
    assert sheet.cells == [
        Cells(killed=None, perpetrator="NSAG", target=None, head=27)
    ]  # "several"


def test_a_row_head_is_one_definition() -> None:
    sheet = read_sheet(LOG, "log.csv")
    assert sheet is not None
    assert all(p.startswith(f"{p.split(ROW_HEAD)[0]}{ROW_HEAD}") for p in sheet.paragraphs)


def test_portuguese_and_spanish_headers() -> None:
    pt = (
        "Data do incidente;Província;Distrito;Localidade;Natureza;Autor;Descrição;Mortos\n"
        "03/05/2024;Cabo Delgado;Macomia;Alfa;Ataque;Insurgentes;Homens armados queimaram casas.;2\n"
    )
    sheet = read_sheet(pt, "registo.csv")
    assert sheet is not None
    assert sheet.paragraphs == [
        "3 May 2024 | Alfa, Macomia, Cabo Delgado: Homens armados queimaram casas."
    ]
    assert sheet.cells == [Cells(killed=2, perpetrator="Insurgentes", target=None, head=42)]
    assert role_of("Fecha del hecho") == "date" and role_of("Víctimas mortales") == "killed"
    assert role_of("Resumo") == "description" and role_of("Categoría") == "type"


def test_a_place_cell_that_repeats_a_smaller_one_is_not_written_again() -> None:
    log = (
        "Date,Region,District,Location,Description\n"
        "06/02/2024,North,Alpha,near Alpha,Two traders were taken from their shop.\n"
        "07/02/2024,North,Alpha,Alpha town,Gunmen fired on a checkpoint.\n"
        "08/02/2024,North,Alpha,Betaville,Gunmen fired on a checkpoint.\n"
    )
    sheet = read_sheet(log, "log.csv")
    assert sheet is not None
    assert [p.split(": ")[0] for p in sheet.paragraphs] == [
        "6 February 2024 | near Alpha, North",
        "7 February 2024 | Alpha town, North",
        "8 February 2024 | Betaville, Alpha, North",
    ]
