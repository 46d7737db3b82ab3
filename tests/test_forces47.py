"""State forces of every country and named groups (session 47, forces47): a force named by its
own name or acronym ("Guyana Defence Force", GDF, F-FDTL, PNTL) is ACLED's "Military/Police
Forces of X"; an owner word before "police" is the state's police, not its military; an
acronym several countries' forces share (BDF) is read by the article's country and as none
elsewhere. Hand-written names, never evaluation items."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from ceasewatch.knowledge import load_actors
from ceasewatch.knowledge.conventions import country_name, fill
from ceasewatch.resolve.matching import matcher_for

ON = dt.date(2025, 6, 1)
DATA = Path(__file__).resolve().parents[1] / "src/ceasewatch/knowledge/data/actors"


def _name(words: str, country: str | None) -> str | None:
    found = matcher_for(load_actors()).match(words, on=ON, country=country)
    return found.actor.name if found is not None else None


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        ("Guyana Defence Force", "GY", "Military Forces of Guyana"),
        ("GDF", "GY", "Military Forces of Guyana"),
        ("Guyanese soldiers", "GY", "Military Forces of Guyana"),
        ("F-FDTL soldiers", "TL", "Military Forces of Timor-Leste"),
        ("PNTL", "TL", "Police Forces of Timor-Leste"),
        ("Tanzania People's Defence Force", "TZ", "Military Forces of Tanzania"),
        ("TPDF", "CD", "Military Forces of Tanzania"),
        ("Royal Malaysia Police", "MY", "Police Forces of Malaysia"),
        ("Garda Siochana", "IE", "Police Forces of Ireland"),
        ("ROK artillery", "KR", "Military Forces of South Korea"),
        ("RU quadcopters", "UA", "Military Forces of Russia"),
        ("Latvian soldiers", "LV", "Military Forces of Latvia"),
        ("BDF", "BW", "Military Forces of Botswana"),
        ("BDF", "BZ", "Military Forces of Belize"),
        ("KNF", "BD", "Kuki-Chin National Front"),
        ("KNF", "IN", "Kuki National Front"),
        ("Kaniyat militia", "LY", "Al Kaniyat Militia"),
    ],
)  # fmt: skip
def test_a_force_or_group_named_by_its_own_name(words: str, country: str, expected: str) -> None:
    assert _name(words, country) == expected


@pytest.mark.parametrize(("words", "country"), [("BDF", "ZA"), ("KNF", "MM")])
def test_an_acronym_several_countries_carry_is_none_elsewhere(words: str, country: str) -> None:
    assert _name(words, country) is None


def test_the_news_agency_is_no_force() -> None:
    assert _name("AFP", "PH") != "Military Forces of the Philippines"
    assert "AFP" not in {
        a for actor in load_actors() if actor.id.endswith("-forces") for a in actor.aliases
    }


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        ("Ghanaian police", "GH", "Police Forces of Ghana"),
        ("Timorese police", "TL", "Police Forces of Timor-Leste"),
        ("Ghanaian soldiers", "GH", "Military Forces of Ghana"),
        ("Ghanaian military police", "GH", "Military Forces of Ghana"),
    ],
)  # fmt: skip
def test_an_owner_before_police_is_the_states_police(
    words: str, country: str, expected: str
) -> None:
    assert _name(words, country) == expected


def test_state_force_entries_use_the_conventions_name_and_cite_a_source() -> None:
    kb = load_actors()
    raw = yaml.safe_load((DATA / "state-forces.yaml").read_text(encoding="utf-8"))["actors"]
    assert len(raw) > 150
    for entry in raw:
        country = str(entry["country"])
        cname = country_name(country, kb.descriptors)
        assert cname is not None
        role = "Military" if entry["id"].endswith("-military-forces") else "Police"
        assert entry["name"] == fill(f"{role} Forces of {{country}}", cname), entry["id"]
        assert any(s.startswith("https://en.wikipedia.org/") for s in entry["sources"])
        # the entry replaces the actor the conventions would make for that role and country
        key = ("military" if role == "Military" else "police", country)
        assert kb.roles[key] == [entry["id"]]


def test_short_acronyms_of_state_forces_are_no_other_actors_names() -> None:
    kb = load_actors()
    raw = yaml.safe_load((DATA / "state-forces.yaml").read_text(encoding="utf-8"))["actors"]
    mine = {e["id"] for e in raw}
    for entry in raw:
        # a scoped alias ({name, countries}: scope48) may be another country's actor's too
        for alias in (a for a in entry["aliases"] if isinstance(a, str)):
            if re.fullmatch(r"[A-Z][A-Za-z-]{1,5}", alias) and alias.upper() == alias:
                others = [m.actor.id for m in kb.lookup(alias) if m.actor.id not in mine]
                assert others == [], (alias, others)
