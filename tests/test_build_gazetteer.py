"""scripts/build_gazetteer.py: the variants of the world admin units (issue 9, session 12).

Names built by hand; the script is imported from its file (it is no package module).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Caza de Tyr", "Tyr"),  # Lebanon's districts (was: no variant, "Tyre" found nothing)
        ("Caza du Chouf", "Chouf"),
        ("Caza de la Beqâa-Ouest", "Beqâa-Ouest"),  # the longest prefix, not "la Beqâa-Ouest"
        ("Senakis Raioni", "Senakis"),
        ("Santa Cruz", None),  # a saint is no unit word
        ("Poonch District", "Poonch"),
        ("Caza de Jezzîne", "Jezzîne"),
        ("Comuna Valea Mare", None),  # measured: small units' bare names cost a place
    ],
)
def test_admin_type_words_come_off_a_unit_name(
    build: ModuleType, name: str, bare: str | None
) -> None:
    variants = build.admin_variants(name)
    if bare is None:
        assert variants == []
    else:
        assert variants == [bare]


def test_a_unit_named_after_its_seat_takes_the_seat_spelling(build: ModuleType) -> None:
    tyre = ("Tyre", frozenset({"tyre", "tyr", "sour", "sur"}))
    sidon = ("Sidon", frozenset({"sidon", "saida", "sayda"}))
    unit = build._Unit("LB.06.267006", 2, "Caza de Tyr", "Caza de Tyr", "267006")
    assert build.seat_names(unit, [tyre, sidon]) == ["Tyre"]
    # another name of the seat, not a spelling of the unit's: the unit keeps its own
    saida = build._Unit("LB.06.7735345", 2, "Caza de Saida", "Caza de Saida", "7735345")
    assert build.seat_names(saida, [tyre, sidon]) == []


def test_exonyms_name_units_geonames_has(build: ModuleType) -> None:
    found = build.read_exonyms(build.DEFAULT_OUT)
    assert "Adjara" in found["GE.04"]  # GeoNames: Achara
    assert "South Lebanon" in found["LB.06"]  # GeoNames: South Governorate
