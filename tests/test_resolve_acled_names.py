"""ACLED's names for groups reports write otherwise (issue 9, session 12, wip/actors9)."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


@pytest.mark.parametrize(
    ("words", "actor_id"),
    [
        # the Khorasan province, as reports spell it and as ACLED files it in Afghanistan
        ("IS-Khorasan", "iskp"),
        ("ISIS-Khorasan", "iskp"),
        ("ISKP", "iskp"),
        ("Islamic State (Afghanistan)", "iskp"),
        ("Maute group", "ph-maute"),
        ("Maute militants", "ph-maute"),
        # ACLED names the Guards as a branch of Iran's military
        ("IRGC", "iran-irgc"),
        ("Islamic Revolutionary Guards Corps", "iran-irgc"),
        ("Iran's Revolutionary Guards", "iran-irgc"),
        # an elite unit under state command is the state's military
        ("Counter-Terrorism Service", "iraq-isf"),
        ("Iraqi Counter Terrorism Service", "iraq-isf"),
        # no bloc named: ACLED's collective name, not the EMC
        ("FARC dissidents", "co-farc-dissidents"),
        ("EMC", "co-emc"),
    ],
)
def test_acled_names(kb: ActorKB, words: str, actor_id: str) -> None:
    actor = kb.resolve_name_on(words, dt.date(2021, 6, 1))
    assert actor is not None and actor.id == actor_id, words


def test_irgc_carries_acleds_name(kb: ActorKB) -> None:
    irgc = kb.get("iran-irgc")
    assert irgc is not None
    assert irgc.name == "Military Forces of Iran (1979-) Islamic Revolutionary Guard Corps"
    assert any("acleddata" in s for s in irgc.sources)
