"""Session 33 (wip/places33): a part of the capital the gazetteer lacks, named with "the
capital" for its town, stands at the report's country's capital (precision 2). Invented
sentences only ("Zumbarek" is no place)."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from tests.test_geocode_places32 import _placed


def test_a_quarter_in_the_capital_stands_at_the_countrys_capital(builtin: Gazetteer) -> None:
    lead = "Gangs fired on police stations across Haiti on Monday. "
    sentence = "Gunmen burned a bus at Zumbarek in the capital on Tuesday."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "Haiti" and loc.geo_precision == 2
    assert loc.latitude is not None and abs(loc.latitude - 18.54) < 0.1  # Port-au-Prince
    assert "in the capital" in (loc.reason or "")


def test_a_district_of_the_capital(builtin: Gazetteer) -> None:
    lead = "Somali forces fought al-Shabaab fighters in Somalia's south on Sunday. "
    sentence = "Mortar shells landed on houses in the Zumbarek district of the capital."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "Somalia" and loc.geo_precision == 2
    assert loc.latitude is not None and abs(loc.latitude - 2.04) < 0.1  # Mogadishu
    assert "in the capital" in (loc.reason or "")


def test_the_capital_of_a_province_is_not_the_countrys(builtin: Gazetteer) -> None:
    lead = "Somali forces fought al-Shabaab fighters in Somalia's south on Sunday. "
    sentence = "Mortar shells landed on houses in Zumbarek, near the capital of Gedo."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.latitude is None or abs(loc.latitude - 2.04) > 0.1
