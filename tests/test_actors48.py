"""Aliases with a country scope (session 48, scope48; issue 9 item 4): an acronym that means
different actors in different countries ("SNA": the Somali National Army in Somalia, the Syrian
National Army in Syria; "SDF": Syria's Democratic Forces, Japan's Self-Defense Forces) names an
actor only in a report about one of its alias's countries; with no country known it stays
unresolved and its readings are listed. Inputs built by hand, never evaluation items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.errors import KnowledgeError
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import Actor
from ceasewatch.resolve.matching import Matcher, matcher_for

ON = dt.date(2025, 6, 1)
SOURCE = ["https://example.org/source"]


def _actor(actor_id: str, name: str, country: str, aliases: list[Any]) -> Actor:
    raw = {"id": actor_id, "name": name, "aliases": aliases, "type": "state forces"}
    return Actor.model_validate({**raw, "inter": 1, "country": country, "sources": SOURCE})


def _matcher() -> Matcher:
    return Matcher(
        ActorKB(
            [
                _actor("so-army", "Somali National Army", "SO", [{"name": "SNA", "countries": ["SO"]}]),
                _actor("sy-sna", "Syrian National Army", "SY", [{"name": "SNA", "countries": ["SY", "TR"]}]),
                _actor("tm-police", "Police Forces of Turkmenistan", "TM", [{"name": "MNB", "countries": ["TM"]}]),
                _actor("ug-adf", "Allied Democratic Forces", "CD", ["ADF"]),
                _actor("au-army", "Military Forces of Australia", "AU", [{"name": "ADF", "countries": ["AU"]}]),
            ]
        )
    )  # fmt: skip


def _name(matcher: Matcher, words: str, country: str | None) -> str | None:
    found = matcher.match(words, on=ON, country=country)
    return found.actor.name if found is not None else None


def test_a_scoped_alias_is_an_alias_with_countries() -> None:
    actor = _actor(
        "so-army",
        "Somali National Army",
        "SO",
        ["Somali army", {"name": "SNA", "countries": ["SO"]}],
    )
    assert actor.aliases == ("Somali army", "SNA")
    assert actor.scope_of("SNA") == ("SO",)
    assert actor.scope_of("Somali army") is None
    # a stored actor reads back the same (model_dump then validate)
    assert Actor.model_validate(actor.model_dump()) == actor  # fmt: skip


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        ("SNA", "SO", "Somali National Army"),
        ("SNA", "SY", "Syrian National Army"),
        ("SNA", "TR", "Syrian National Army"),
        ("SNA", "KE", None),
        ("SNA", None, None),
        ("MNB", "TM", "Police Forces of Turkmenistan"),
        ("MNB", "UZ", None),
        # a note's country is often known only from its place, after resolve: one reading
        ("MNB", None, "Police Forces of Turkmenistan"),
        ("ADF", "UG", "Allied Democratic Forces"),
        ("ADF", "AU", "Military Forces of Australia"),
        # a scope wider than the actor's own country: Syria's SNA in a Turkish report
        ("SNA", "TR", "Syrian National Army"),
    ],
)  # fmt: skip
def test_a_scoped_alias_names_its_actor_only_in_its_countries(
    words: str, country: str | None, expected: str | None
) -> None:
    assert _name(_matcher(), words, country) == expected


def test_an_unresolved_scoped_acronym_lists_its_readings() -> None:
    matcher = _matcher()
    assert {a.id for a in matcher.readings("SNA")} == {"so-army", "sy-sna"}
    assert [a.id for a in matcher.readings("MNB", scoped=True)] == ["tm-police"]
    assert matcher.readings("MNB") == []
    assert matcher.ambiguous("SNA", None) and not matcher.ambiguous("SNA", "SO")


def test_a_scoped_acronym_is_never_matched_by_spelling() -> None:
    kb = _matcher().kb
    assert "sna" not in kb.skeletons() and "mnb" not in kb.skeletons()
    assert kb.resolve_name_on("MNB", ON, "UZ") is None
    assert kb.resolve_name_on("MNB", ON, "TM") is not None


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("{name: XA, countries: [xl]}", "aliases.1 ('XA'): 'countries' must be a non-empty list"),
        ("{name: XA, countries: []}", "aliases.1 ('XA'): 'countries' must be a non-empty list"),
        ("{name: XA}", "aliases.1: a scoped alias is a mapping of exactly 'name'"),
        ("{name: XA, countries: [XL], note: x}", "aliases.1: a scoped alias is a mapping"),
    ],
)
def test_a_badly_scoped_alias_is_refused_naming_file_line_and_actor(
    tmp_path: Path, entry: str, expected: str
) -> None:
    (tmp_path / "bad.yaml").write_text(
        "# Source: hand-written. Licence: Apache-2.0. Date: 2026-12-08.\n"
        "actors:\n"
        "  - id: xl-army\n"
        "    name: Military Forces of Xland\n"
        f"    aliases: [Xland Army, {entry}]\n"
        "    type: state forces\n"
        "    country: XL\n"
        "    sources: [https://example.org/source]\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as err:
        load_actors([tmp_path])
    assert f"bad.yaml:5: actor 'xl-army': {expected}" in str(err.value)


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        ("SNA", "SO", "Military Forces of Somalia"),
        ("SNA", "SY", "Syrian National Army"),
        ("SNA soldiers", "SO", "Military Forces of Somalia"),
        ("SNA fighters", "KE", None),
        ("SDF", "SY", "Syrian Democratic Forces"),
        ("SDF", "JP", "Military Forces of Japan"),
        ("ADF", "UG", "Allied Democratic Forces"),
        ("ADF", "CM", "Ambazonia Defence Forces"),
        ("PLA", "IN", "People's Liberation Army of Manipur"),
        ("PLA", "CN", "Military Forces of China"),
        ("LDF", "LS", "Military Forces of Lesotho"),
        ("LDF", "MM", "Local Defence Forces (Myanmar)"),
        ("ZDF", "ZW", "Military Forces of Zimbabwe"),
        ("MNB", "TM", "Police Forces of Turkmenistan"),
        ("RCAF", "KH", "Military Forces of Cambodia"),
        ("FDN", "BI", "Military Forces of Burundi"),
        ("RSF", "SD", "Rapid Support Forces"),
        ("IDF", "PS", "Military Forces of Israel"),
        ("IDF", "LB", "Military Forces of Israel"),
        ("ISF", "PS", "Military Forces of Israel"),
        ("ISF", "IQ", "Military Forces of Iraq"),
        ("FDS", "NE", "Military Forces of Niger"),
        ("FDS", "MZ", "Military Forces of Mozambique"),
        ("FDS", "BF", "Military Forces of Burkina Faso"),
        ("RAF", "IN", "Police Forces of India"),
        ("RAF", "GB", "Military Forces of the United Kingdom"),
        ("IDF", "NG", None),
        ("SAF", "CM", None),
        ("KIA", "NE", None),
        ("DPR", "ID", None),
        ("MRC", "CM", None),
        ("PSF", "TD", None),
        ("NSS", "AM", None),
        ("LDF", "IN", None),
        ("RSF", "FR", None),
        ("NDF", "PH", None),
        ("SDF", None, None),
        ("IDF", None, "Military Forces of Israel"),
    ],
)  # fmt: skip
def test_the_knowledge_base_reads_shared_acronyms_by_country(
    words: str, country: str | None, expected: str | None
) -> None:
    assert _name(matcher_for(load_actors()), words, country) == expected
