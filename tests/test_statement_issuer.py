"""An official statement's issuer (session 28, statements28): clean notes who issued it (the
letterhead, or each numbered kind line of a monitor's file), resolve reads the issuer's own force
("our forces" are the issuer's; an armed clash the issuer's force fought has it as actor1), the
issuer's labels for the enemy by country ("Khawarij"), and a monitor's file's figures as each
statement's claim."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.statement import issuer_words, read_statement
from ceasewatch.extract import extract
from ceasewatch.model import STATEMENT_NOTE, Event
from ceasewatch.pipeline import Resources, process_article
from ceasewatch.resolve.issuer import ISSUED
from tests.event_builders import raw_document

raw = partial(raw_document, fetched=dt.date(2026, 1, 1))


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("1) Sudanese Armed Forces - Official spokesman, statement No. 112 (translated)",
         "Sudanese Armed Forces"),
        ("1) Statement attributed to the Kalo Liberation Front (English version)",
         "the Kalo Liberation Front"),
        ("2) Ministry of Information, Federal Government - Press release",
         "Ministry of Information, Federal Government"),
        ("Police Control Room - Press Note", "Police Control Room"),
        ("PRESS RELEASE", None),
        ("Briefing of the official spokesman", None),
        ("Comunicado de prensa (English version)", None),
    ],
)  # fmt: skip
def test_the_issuer_a_kind_line_names(line: str, words: str | None) -> None:
    assert issuer_words(line) == words


def _issued(notes: list[str]) -> list[tuple[str, str | None]]:
    found = [ISSUED.match(n) for n in notes]
    return [(m.group("who"), m.group("at")) for m in found if m is not None]


def test_a_letterhead_and_a_monitors_file_name_their_issuers() -> None:
    notes: list[str] = []
    read_statement(
        [
            "DIRECTORATE OF DEFENCE MEDIA OPERATIONS",
            "PRESS RELEASE",
            "Kalo, 12 March 2024",
            "1. On Monday, troops engaged terrorists at Dambar, neutralising 6 of them.",
            "2. On Tuesday, troops engaged bandits at Umbe, neutralising 2 of them.",
        ],
        "DEFENCE HEADQUARTERS",
        notes,
    )
    assert _issued(notes) == [
        ("DEFENCE HEADQUARTERS | DIRECTORATE OF DEFENCE MEDIA OPERATIONS", None)
    ]
    notes = []
    read_statement(
        [
            "1) Kalo Liberation Front - Official spokesman (translated)",
            "Our forces today took full control of Dambar.",
            "2) Ministry of Defence - Press release",
            "The army repelled an attack on Umbe today.",
        ],
        "Monitor's file, 12 March 2024",
        notes,
    )
    assert _issued(notes) == [
        ("Kalo Liberation Front", "Our forces today took full control of Dambar."),
        ("Ministry of Defence", "The army repelled an attack on Umbe today."),
    ]


def test_a_kind_line_sharing_the_letterheads_words_is_no_caption() -> None:
    article = clean(
        raw(
            "KALO STATE POLICE\n\nPolice Control Room Kalo - Press Note\n\nKalo, 8 June 2022\n\n"
            "1. On Tuesday, police engaged terrorists at Dambar, killing two of them.\n\n"
            "2. On Monday, terrorists hurled a grenade at a police post in Umbe."
        )
    )
    assert any(n.startswith(STATEMENT_NOTE) for n in article.notes)


def _run(resources: Resources, text: str) -> list[Event]:
    article = clean(raw(text))
    return list(process_article(article, resources).events)


def test_an_armys_release_codes_its_own_force_first(resources: Resources) -> None:
    events = _run(
        resources,
        "ARMED FORCES OF MALI\n\nCOMMUNIQUE\n\nBamako, 24 April 2024\n\n"
        "1. On Tuesday, units of the army repelled an attack by armed terrorists against the post"
        " at Dambar. Some forty terrorists were neutralised.\n\n"
        "2. On Monday, troops were attacked by gunmen near Umbe. In the combat that followed, two"
        " assailants died.",
    )
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes
    assert all(e.actor1 is not None and e.actor1.name.startswith("Military Forces of Mali")
               for e in clashes)  # fmt: skip
    assert all(e.actor2 is None or not e.actor2.name.startswith("Military") for e in clashes)


def test_a_groups_our_forces_are_the_group(resources: Resources) -> None:
    events = _run(
        resources,
        "Monitor's file, 19 February 2025\n\n"
        "1) Rapid Support Forces - Official spokesman (English version)\n\n"
        "Our forces today took full control of the town of Umm Ruwaba after defeating the army."
        "\n\n2) Sudanese Armed Forces - Official spokesman, statement No. 3\n\n"
        "On Tuesday our forces repulsed an attack by the rebel militia on Kosti.",
    )
    taken = [e for e in events if "territory" in (e.sub_event_type or "")]
    assert taken and taken[0].actor1 is not None
    assert taken[0].actor1.name == "Rapid Support Forces"
    assert taken[0].sub_event_type == "Non-state actor overtakes territory"
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and clash[0].actor1 is not None
    assert clash[0].actor1.name.startswith("Military Forces of Sudan")


@pytest.mark.parametrize(
    ("army", "group"),
    [
        ("Somali National Army", "Al Shabaab"),
        ("Pakistan Army", "TTP: Tehreek-i-Taliban Pakistan"),
    ],
)
def test_khawarij_is_read_by_the_country(resources: Resources, army: str, group: str) -> None:
    events = _run(
        resources,
        f"The {army} today repulsed an attack by Khawarij terrorists on its position in"
        " Dambar, killing nine of them.",
    )
    sides = {r.name for e in events for r in (e.actor1, e.actor2) if r is not None}
    assert group in sides


def test_a_monitors_file_codes_the_smaller_claimed_toll(resources: Resources) -> None:
    events = _run(
        resources,
        "Monitor's file: two statements saved 19 October 2022\n\n"
        "1) Statement attributed to Harakat al-Shabaab al-Mujahideen (English version)\n\n"
        "This morning the mujahideen stormed the base of the apostate militia in the town of"
        " Bariire and killed 27 of the apostates.\n\n"
        "2) Ministry of Defence, Federal Government of Somalia - Press release\n\n"
        "The Somali National Army today repulsed an attack by Khawarij terrorists on its"
        " position in Bariire. Nine of the terrorists were killed and three of our soldiers were"
        " martyred.",
    )
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1
    assert clashes[0].fatalities == 12
    assert clashes[0].actor1 is not None and clashes[0].actor1.name == "Al Shabaab"


def test_extract_is_unchanged_by_the_issuer(resources: Resources) -> None:
    # the issuer is resolve's: extract reads "our forces" as written
    article = clean(
        raw(
            "Monitor's file, 19 February 2025\n\n1) Rapid Support Forces - Official spokesman\n\n"
            "Our forces today took full control of the town of Umm Ruwaba.\n\n"
            "2) Sudanese Armed Forces - Official spokesman\n\nThe claims are lies."
        )
    )
    found = extract(article, resources.extractor).events
    assert all(e.actor1 is None or e.actor1.name != "Rapid Support Forces" for e in found)


def test_another_states_force_is_the_enemy_and_our_units_the_issuers(resources: Resources) -> None:
    events = _run(
        resources,
        "MINISTRY OF DEFENCE OF THE REPUBLIC OF AZERBAIJAN\n\nInformation\n\n9 December 2023\n\n"
        "1. On Friday, units of the Armenian armed forces clashed with our units near Dambar in"
        " the Kalbajar district. Two Armenian soldiers were killed.\n\n"
        "2. The situation remains stable.",
    )
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and clash[0].actor1 is not None and clash[0].actor2 is not None
    assert clash[0].actor1.name == "Military Forces of Azerbaijan"
    assert clash[0].actor2.name == "Military Forces of Armenia"


def test_two_named_groups_fighting_in_a_police_release_stay_the_sides(
    resources: Resources,
) -> None:
    events = _run(
        resources,
        "POLICE NATIONALE D'HAITI\n\nCommuniqué de presse\n\nPort-au-Prince, 8 June 2022\n\n"
        "1. On Tuesday, the 400 Mawozo gang clashed with the Chen Mechan gang in Dambar. Four"
        " gang members were killed.\n\n2. The Police calls on the population to collaborate.",
    )
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and clash[0].actor1 is not None
    assert not clash[0].actor1.name.startswith("Police Forces")
