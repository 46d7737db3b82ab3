"""Session 23 (prec23): false events on articles. Hand-built sentences, never eval items.

- clean rule 9: a correction note ("Correction, DATE: An earlier version of this story said
  ...") is the outlet's note on its own text, no report of the day;
- background: a count over the opening stretch of a year ("in the first three months of the
  year") is a tally, no event; a day's news in "the first hours of the offensive" stays;
- merging.told_twice: an unidentified doer resolve guessed (no words name it) agrees with any
  actor, so a side's retelling of a clash's toll joins the clash the lead told.
"""

from __future__ import annotations

from ceasewatch.clean.chrome import drop_corrections
from ceasewatch.extract import Extractor
from ceasewatch.extract.merging import guessed, unnamed
from ceasewatch.model_events import ActorRef
from tests.test_extract_events import run
from tests.test_extract_events import subs as _subs


def test_correction_note_lines_go() -> None:
    notes: list[str] = []
    lines = [
        "Police said two protesters were killed in the port city on Monday.",
        "Correction, 20 May 2021: An earlier version of this story said four people were killed.",
        "Correction: this article misstated the name of the district.",
        "Clarification (June 3) - the ministry later said the figure included soldiers.",
    ]
    assert drop_corrections(lines, notes) == lines[:1]
    assert len(notes) == 3


def test_correction_sentence_inside_a_line_goes_alone() -> None:
    line = (
        "Police said two people died. An earlier version of this article said five people"
        " were killed. Protests continued on Tuesday."
    )
    got = drop_corrections([line], [])
    assert got == ["Police said two people died. Protests continued on Tuesday."]
    story = "This story has been corrected to show that the attack took place on Tuesday."
    assert drop_corrections([story], []) == []


def test_prose_about_corrections_stays() -> None:
    lines = [
        "Correctional officers clashed with inmates at the prison on Monday.",
        "Corrections officers said three inmates were killed in the riot on Sunday.",
        "The army published an earlier version of its casualty list on Monday.",
    ]
    assert drop_corrections(lines, []) == lines


def test_opening_stretch_of_a_year_is_a_tally(extractor: Extractor) -> None:
    text = (
        "More than 1,200 people were killed in the first three months of the year, according"
        " to the United Nations."
    )
    assert _subs(text, extractor) == []


def test_first_hours_of_an_offensive_stay_news(extractor: Extractor) -> None:
    text = "Twelve soldiers were killed in the first hours of the offensive near Kidal on Monday."
    assert _subs(text, extractor) != []


def test_a_guessed_unidentified_doer_names_nobody() -> None:
    guess = ActorRef(name="Unidentified Armed Group (Yemen)", surface=None)
    said = ActorRef(name="Unidentified Armed Group (Yemen)", surface="gunmen")
    assert guessed(guess) and not unnamed(guess)
    assert not guessed(said)
    assert not guessed(None)


def test_officers_hurt_at_a_riot_are_the_riot(extractor: Extractor) -> None:
    text = (
        "On Monday, thousands of protesters marched on parliament in the capital and threw"
        " stones at the police. Police said 14 officers were injured and 30 people were"
        " detained."
    )
    assert _subs(text, extractor) == ["Violent demonstration"]


def test_officers_shot_by_gunmen_after_a_march_stay_an_event(extractor: Extractor) -> None:
    text = (
        "On Monday, thousands of protesters marched peacefully on parliament in the capital."
        " Gunmen opened fire on a police patrol nearby, wounding four officers."
    )
    assert len(_subs(text, extractor)) == 2


def _dated(text: str, extractor: Extractor) -> list[str]:
    import datetime as dt

    _, x = run(text, extractor, published=dt.date(2021, 3, 11))
    return [str(e.event_date) for e in x.events]


def test_a_named_earlier_month_recalls_the_past(extractor: Extractor) -> None:
    text = (
        "Rebels attacked an army post near Marib on Wednesday, killing six soldiers. In"
        " February, militants attacked the airfield outside the city."
    )
    assert _dated(text, extractor) == ["2021-03-10"]


def test_last_month_and_late_last_month_stay(extractor: Extractor) -> None:
    import datetime as dt

    last = "Last month, militants attacked the airfield outside Marib, killing two guards."
    assert _dated(last, extractor) == ["2021-02-15"]
    late = "In late February, militants attacked the airfield outside Marib, killing two guards."
    _, x = run(late, extractor, published=dt.date(2021, 3, 2))
    assert [str(e.event_date) for e in x.events] == ["2021-02-15"]
