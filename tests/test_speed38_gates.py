"""Cheap word tests in front of costly patterns (session 38, issue 9 speed) never hide a match.

Each gate (a word the pattern's every match must hold) is checked as a superset of its pattern
on hand-written sentences made to match, and on the seed report's and a few VOA-style lines:
wherever the pattern finds something, the gate lets the search run.
"""

from __future__ import annotations

import re

import pytest

from ceasewatch.documentation import KINDS, kinds_shown
from ceasewatch.extract import dates
from ceasewatch.geocode import settings as geo
from ceasewatch.geocode.place import body_name
from ceasewatch.resolve import claims, units

SENTENCES = (
    "The Commission has reasonable grounds to believe that on 9 April 2022 soldiers fired.",
    "HRW documented 14 cases; witnesses told researchers of extrajudicial killings.",
    "Such acts qualify, in the Mission's view, as war crimes. Qualification: murder.",
    "Witness B said men in plain clothes wearing military-style uniforms took him.",
    "  3. Recommendations\nThe Council urges the parties and calls on the state to investigate.",
    "Incident ID: 442\nAlleged perpetrator: unknown\nCase no. 7/2021 was closed.",
    "An urgent appeal and an allegation letter reached the Special Rapporteur.",
    "We interviewed 38 survivors of arbitrary detention, enforced disappearances and torture.",
    "State agents and a militia allied with the army committed pillage and sexual violence.",
    "Testimonies gathered by the fact-finding team and the documentation centre agree.",
    "Al Shabaab claimed responsibility for the attack in Mogadishu on 3 May 2023.",
    "Police blamed the ELN for the bombing; officials accused rebels of the killing.",
    "The attack was claimed by Islamic State; Claimed by JNIM. Attributed to the ADF by locals.",
    "Authorities attributed the killings to JNIM and pinned the blast on the TTP.",
    "Police said the gunmen belonged to the TTP; the attackers were members of Al Shabaab.",
    "Armed youths known as the White Army, men calling themselves the ELN, attacked.",
    "Hooded men left CAM pamphlets; leaflets of the ELN and a narco-banner were found.",
    "Retreating FARDC soldiers were accused of raping women; an army patrol shot two herders.",
    "A junta column raided the village, and a police unit stormed the camp.",
    "The following day, hours later, the previous night, two days later, that morning.",
    "On Tuesday, April 29 2014, the third of May, June the fifth, in early March 2020.",
    "Clashes in southern Idlib, the countryside of Hama, Hama countryside, rural Aleppo.",
    "Fighting in the Jabal al-Zawiya area and the Daraa region, north of Aleppo.",
    "The Bureau of European Affairs and the Office of the President met in Kabul.",
    "From 1910 to 1940, in 2019, during the 1990s, 05.03.2024 and 2014 Islamic State seizes.",
)


def _corpus() -> list[str]:
    lines = list(SENTENCES)
    for text in SENTENCES:
        lines += [text.upper(), text.lower()]
    return lines


@pytest.mark.parametrize("text", _corpus())
def test_documentation_kinds_gate_keeps_every_match(text: str) -> None:
    folded = text.casefold()
    for kind in KINDS:
        if kind.pattern.search(text):
            assert any(w in folded for w in kind.words), kind.wording
    assert kinds_shown(text) == sum(1 for k in KINDS if k.pattern.search(text))


@pytest.mark.parametrize("text", _corpus())
def test_claim_gates_keep_every_match(text: str) -> None:
    folded = text.casefold()
    for pattern, words in claims._GATES.items():
        if pattern.search(text):
            assert any(w in folded for w in words), pattern.pattern[:60]
    assert claims.BEFORE.search(text) is None or claims.BEFORE_CUE.search(text) is not None


@pytest.mark.parametrize("text", _corpus())
def test_date_gates_keep_every_match(text: str) -> None:
    folded = text.casefold()
    for pattern in (*dates.FULL_DATES, dates.MONTH_ONLY):
        if pattern.search(text):
            assert any(s in folded for s in dates._MONTH_STEMS), pattern.pattern[:60]
    for pattern in (dates.FOLLOWING, dates.SAME_DAY, dates.PREVIOUS):
        if pattern.search(text):
            assert any(w in folded for w in dates._TOLD_BEFORE_WORDS)
    for pattern in (dates.DOTTED_DATE, dates.YEAR_ONLY, dates.PERIOD, dates.LEAD_YEAR):
        if pattern.search(text):
            assert dates._DIGIT.search(text)


def test_date_gates_pass_what_they_must() -> None:
    """The gated patterns still find their dates (the corpus above holds each form)."""
    assert dates.MONTH_DAY.search(SENTENCES[20]) and dates.SPOKEN_DAY_MONTH.search(SENTENCES[20])
    assert dates.FOLLOWING.search(SENTENCES[19]) and dates.PREVIOUS.search(SENTENCES[19])
    assert dates.DOTTED_DATE.search(SENTENCES[24]) and dates.PERIOD.search(SENTENCES[24])


@pytest.mark.parametrize("text", _corpus())
def test_geocode_and_doer_gates_keep_every_match(text: str) -> None:
    for pattern, words in zip(geo.REGION_PATTERNS, geo.REGION_WORDS, strict=True):
        if words is not None and pattern.search(text):
            assert any(w in text for w in words), pattern.pattern[:60]
    if geo.AREA_PATTERN.search(text):
        assert any(w in text for w in geo.AREA_WORDS)
    if units._FORMATION.search(text):
        assert any(w in text for w in units._FORMATION_WORDS)
    if units._ACCUSED.search(text):
        assert "accused" in text


def test_gated_readers_still_read() -> None:
    assert units.written_doer(SENTENCES[17])[-1] == "soldiers"
    assert claims._claimants(SENTENCES[11]) == ["ELN", "rebels"]  # AFTER: blamed, accused
    assert claims._claimants(SENTENCES[13]) == ["JNIM", "TTP"]  # ATTRIBUTED: attributed, pinned
    assert claims._claimants(SENTENCES[14]) == ["TTP", "Al Shabaab"]  # BELONGED
    assert claims._claimants(SENTENCES[16]) == ["ELN", "CAM"]  # SIGNED, SIGNED_BEFORE
    assert kinds_shown(SENTENCES[0]) >= 1


@pytest.mark.parametrize(
    "name,text",
    [
        ("Bureau", "the Bureau of European Affairs"),
        ("Office", "the Office of the President"),
        ("Office", "the BackOffice of The Hague"),
        ("Bureau", "Bureaus of A"),
        ("ureau", "Bureau of A"),
        ("Bureau", "Bureau  of\nthe Zone"),
        ("Raqqa", "Raqqa, of Syria"),
        ("-Bur", "x-Bur of Aleppo"),
        ("Homs", "Homs and Homs of Syria"),
        ("Office", ""),
    ],
)
def test_body_name_reads_as_its_old_pattern(name: str, text: str) -> None:
    pattern = rf"\b{re.escape(name)}\s+of\s+(?:the\s+)?[A-Z]"
    assert body_name(name, text) == (bool(text) and re.search(pattern, text) is not None)
