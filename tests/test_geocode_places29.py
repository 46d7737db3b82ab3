"""Session 29 (wip/places29): letters NFKD does not split (Vietnamese đ, ø, ł...) stay in name
keys; Port-au-Prince's communes GeoNames cities500 lacks or spells otherwise."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from ceasewatch.knowledge.gazetteer import name_key
from ceasewatch.knowledge.world import admin1_by_key, plain_key
from tests.test_geocode import one


def test_letters_without_a_decomposition_fold_to_their_latin_letters() -> None:
    assert name_key("Đắk Lắk") == name_key("Dak Lak") == "dak lak"
    assert plain_key("Đà Nẵng") == plain_key("Da Nang")
    assert plain_key("Tromsø") == "tromso"
    assert plain_key("Łódź") == "lodz"
    assert plain_key("Diyarbakır") == "diyarbakir"
    assert plain_key("Þórshöfn") == "thorshofn"


def test_a_vietnamese_province_written_in_english_is_found() -> None:
    assert "VN" in {code.split(".")[0] for code in admin1_by_key()[plain_key("Dak Lak")]}


def test_a_village_in_a_vietnamese_province_takes_the_province(builtin: Gazetteer) -> None:
    text = (
        "On 11 June 2023, armed men attacked two commune offices in Xyzqbong village, "
        "Dak Lak province, Vietnam, killing four police officers."
    )
    loc = one(text, builtin, "Xyzqbong")
    assert loc.country == "Vietnam" and plain_key(loc.admin1 or "") == "dak lak"


def test_port_au_prince_s_communes_are_haiti_s(builtin: Gazetteer) -> None:
    for name in ("Delmas", "Tabarre", "Pétion-Ville"):
        text = f"On 2 March 2024, gang members set fire to a police station in {name}, Haiti."
        loc = one(text, builtin, name)
        assert loc.country == "Haiti" and loc.admin1 == "Ouest", name
        assert loc.geo_precision == 1, name
