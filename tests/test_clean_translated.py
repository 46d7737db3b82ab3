"""A machine-translated page's credit and the source's menu beside it (clean/translated.py)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.clean import clean
from ceasewatch.clean.translated import drop_translation_credits
from ceasewatch.model import RawDocument

NOW = dt.datetime(2026, 12, 5, tzinfo=dt.UTC)

BODY = (
    "Gunmen attacked a village in the district on Monday night, residents said, and burnt "
    "several houses before the army arrived. Two people were killed."
)


def _drop(lines: list[str]) -> tuple[list[str], list[str]]:
    notes: list[str] = []
    return drop_translation_credits(lines, notes), notes


def test_a_credit_line_alone_goes() -> None:
    kept, notes = _drop(["Translated from Arabic by Google", "Headline here", BODY])
    assert kept == ["Headline here", BODY]
    assert notes and "translation credit line removed" in notes[0]


def test_a_menu_with_a_credit_and_another_script_goes() -> None:
    menu = "Главная | Новости | Main | News | Region (machine translation)"
    assert _drop([menu, BODY])[0] == [BODY]
    menu = "Traducido del español | Translated from Spanish | Inicio | Regiones | Política"
    assert _drop([menu, BODY])[0] == [BODY]
    assert _drop(["Labarai | Siyasa | Translated from Hausa", BODY])[0] == [BODY]


def test_a_date_line_keeps_its_date() -> None:
    kept, _ = _drop(["Wednesday 17 May 2023 - Translated from French", BODY])
    assert kept == ["Wednesday 17 May 2023", BODY]
    kept, _ = _drop(["Tuesday 5 March 2024 | Translated from Turkish", BODY])
    assert kept == ["Tuesday 5 March 2024", BODY]


def test_no_credit_no_change() -> None:
    lines = ["Home | News | Regions", "Salı, 24.10.2023 | Tuesday 24 October 2023", BODY]
    assert _drop(lines) == (lines, [])
    # a sentence that tells of a translation is report, and so is a credit past the head
    said = "The statement, translated from Arabic by the agency, said 3 soldiers died."
    assert _drop([said])[0] == [said]
    late = ["a", "b", "c", "d", "e", "f", "g", "h", "Translated from French"]
    assert _drop(late)[0] == late


def test_clean_takes_the_headline_below_the_credit() -> None:
    text = (
        "Translated from Arabic by Google\n\nHome | Security | Provinces\n\n"
        "Two soldiers killed by a roadside bomb in the district\n\n"
        f"Wednesday 12 June 2019\n\n{BODY}\n"
    )
    article = clean(
        RawDocument(origin="a.txt", data=text.encode(), media_type="text/plain", fetched_at=NOW)
    )
    assert article.title == "Two soldiers killed by a roadside bomb in the district"
    assert "Translated" not in article.text
    assert str(article.published) == "2019-06-12"


def test_a_monitors_note_words_are_the_credits_files_and_set_the_date_off() -> None:
    """Session 25 (transcripts25): the words of a transcript header's closing note live in
    clean/data/translated.yaml beside the translation credits (one list, read by dateline)."""
    import datetime as dt

    from ceasewatch.clean.dateline import read_title_date
    from ceasewatch.clean.translated import note_words

    notes, tails = note_words()
    assert r"translat\w*" in notes.split("|") and r"as\s+aired" in notes.split("|")
    assert "commentary" in tails.split("|")
    for note in ("(translated from Arabic)", "(English translation)", "(Excerpts)", "(as aired)"):
        found = read_title_date(f"Evening news - 12 March 2024 {note}", BODY)
        assert found is not None and found.date == dt.date(2024, 3, 12), note
    assert read_title_date("Evening news - 12 March 2024 (Part two)", BODY) is None


BODY = "Gunmen attacked a market on Monday, police said."
