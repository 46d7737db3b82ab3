"""What the default reader reads (learn.text.masked): dates, figures, datelines, bracketed
names and writers' tags masked, the words that say what happened kept. Sentences invented."""

from __future__ import annotations

from ceasewatch.learn.text import masked


def test_a_wire_dateline_and_its_date_are_dropped() -> None:
    text = "KOLO, Nigerland, Mar. 4, 2021 (Agency) - Gunmen burned a clinic in Kolo on Tuesday."
    assert masked(text) == "Gunmen burned a clinic in Kolo on DATE."


def test_dates_in_the_notes_style_become_one_placeholder() -> None:
    assert masked("On 12 October 2019, troops shelled Abala.") == "On DATE, troops shelled Abala."
    assert masked("On October 12, 2019 troops shelled Abala.") == "On DATE troops shelled Abala."
    assert masked("In May 2020 police fired on marchers.") == "In DATE police fired on marchers."


def test_figures_are_masked_but_number_words_kept() -> None:
    assert masked("3 soldiers and 1,250 residents fled; two died.") == (
        "NUM soldiers and NUM residents fled; two died."
    )


def test_bracketed_places_and_abbreviations_go_and_other_brackets_stay() -> None:
    text = "Rebels (KLF) raided Birni (Dosso West, Upper Dosso) (at night)."
    assert masked(text) == "Rebels raided Birni (at night)."


def test_a_writers_tag_goes() -> None:
    assert masked("A mob beat a thief in Kolo. [typical of place and period]") == (
        "A mob beat a thief in Kolo."
    )


def test_plain_text_is_unchanged() -> None:
    text = "Protesters threw stones at police, who fired tear gas."
    assert masked(text) == text
