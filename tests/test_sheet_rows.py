"""A spreadsheet log's cells the row's paragraph does not write (``Article.rows``, clean/sheet.py):
the killed cell is the event's toll (extract/sheetrows.py, again after the pipeline's last
merge), the perpetrator cell fills an empty actor1 when it names a known actor of the report's
country (resolve ``_desk_doer``), and a sentence that opens a row starts a new incident."""

from __future__ import annotations

import datetime as dt

from ceasewatch.clean import clean
from ceasewatch.logrows import rows_of
from ceasewatch.model import ActorRef, Article, Event, Extraction, RawDocument, Span
from ceasewatch.pipeline import Resources, process_article
from ceasewatch.resolve import resolve

LOG = """Field office - incident log - week to 17 March 2024,,,,,
Date,Region,Location,Incident type,Perpetrator,Description,Killed
11/03/2024,North,Betaville,Shelling,JNIM,Shells fell beside the water tower at dusk.,0
12/03/2024,North,Gammatown,Armed clash,JNIM,Gunmen attacked an army checkpoint; 4 soldiers were killed.,5
13/03/2024,South,Deltaville,IED,unk,A roadside bomb struck a lorry; 3 people were killed.,several
14/03/2024,North,Police station,Armed clash,Armed group X,Mortar rounds landed near the army camp.,0
"""


def _article() -> Article:
    raw = RawDocument(
        origin="log.csv",
        data=LOG.encode(),
        media_type="text/csv",
        fetched_at=dt.datetime.now(dt.UTC),
    )
    return clean(raw)


def test_the_rows_cells_code_the_rows_events(resources: Resources) -> None:
    article = _article()
    events = process_article(article, resources).events
    by_row = {}
    for event in events:
        mine = rows_of(event, article.rows)
        assert len(mine) == 1
        by_row.setdefault(article.rows.index(mine[0]), event)
    assert set(by_row) == {0, 1, 2, 3}
    # the cell's 0 where the words give no figure; the cell's 5 over the words' 4
    assert by_row[0].fatalities == 0 and by_row[1].fatalities == 5
    assert "killed cell" in by_row[1].notes
    # a cell that is no number leaves the words' figure
    assert by_row[2].fatalities == 3
    # the perpetrator cell names a known actor: actor1 where the words name none, no surface
    first = by_row[0].actor1
    assert first is not None and first.id is not None and "JNIM" in first.name
    assert first.surface is None and "perpetrator cell" in by_row[0].notes
    # a cell naming no known actor is left to the conventions
    fourth = by_row[3].actor1
    assert fourth is None or "Armed group X" not in (fourth.name or "")


def test_each_rows_own_words_start_after_its_head() -> None:
    article = _article()
    assert [article.text[r.words : r.words + 12] for r in article.rows] == [
        "Shells fell ",
        "Gunmen attac",
        "A roadside b",
        "Mortar round",
    ]


def test_a_place_cell_read_as_the_subject_is_no_actor(resources: Resources) -> None:
    article = _article()
    row = article.rows[3]  # "14 March 2024 | Police station, North: Mortar rounds ..."
    name = "Police"  # a place cell's word the parser took for the subject
    at = article.text.index(name, row.start)
    assert at < row.words
    event = Event(
        id="x-e001",
        article_id=article.id,
        event_date=dt.date(2024, 3, 14),
        time_precision=1,
        disorder_type="Political violence",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1=ActorRef(
            name=name, surface=name, span=Span(start=at, end=at + len(name), text=name)
        ),
        sentence=Span(start=row.start, end=row.end, text=article.text[row.start : row.end]),
    )
    done = resolve(Extraction(article_id=article.id, events=(event,)), article, resources.actors)
    first = done.events[0].actor1
    assert first is None or first.surface != name  # the conventions may fill it, not the cell
    assert "place cell, no actor" in done.events[0].notes
