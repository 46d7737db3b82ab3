"""Session 25: regions named as places that no admin unit is (knowledge/data/gazetteer/regions.tsv):
"in Darfur", "in Puntland", "in Donbas" are coded at the region's chief town at precision 3 (they
were left without coordinates); a region is never a containment parent ("Nyala, Darfur" is Nyala);
a region two countries administer is the one of the article's country."""

from __future__ import annotations

import csv

from ceasewatch.geocode import Gazetteer
from ceasewatch.knowledge.gazetteer import DATA_DIR
from tests.test_geocode import one


def test_a_region_alone_is_its_chief_town_at_precision_3(builtin: Gazetteer) -> None:
    loc = one("On 3 May 2024, RSF fighters attacked a village in Darfur, Sudan.", builtin, "Darfur")
    assert loc.country == "Sudan" and loc.admin1 == "Northern Darfur"
    assert loc.geo_precision == 3 and loc.latitude is not None
    assert "region:SD:Darfur" in (loc.place_id or "")


def test_a_federal_member_state_is_a_region(builtin: Gazetteer) -> None:
    loc = one("On 4 May 2024, gunmen killed five soldiers in Puntland.", builtin, "Puntland")
    assert loc.country == "Somalia" and loc.admin1 == "Nugaal" and loc.geo_precision == 3


def test_a_town_with_its_region_is_the_town(builtin: Gazetteer) -> None:
    loc = one("On 3 May 2024, RSF fighters shelled Nyala, Darfur.", builtin, "Nyala")
    assert loc.admin1 == "Southern Darfur" and loc.geo_precision == 1


def test_kashmir_is_the_side_the_article_is_about(builtin: Gazetteer) -> None:
    loc = one("On 5 May 2024, Indian police said militants attacked a post in Kashmir.", builtin,
              "Kashmir")  # fmt: skip
    assert loc.country == "India" and loc.admin1 == "Jammu and Kashmir"
    loc = one("On 5 May 2024, Pakistani troops came under fire in Kashmir, Pakistan.", builtin,
              "Kashmir")  # fmt: skip
    assert loc.country == "Pakistan" and loc.admin1 == "Azad Kashmir"


def test_every_region_row_names_a_unit_of_its_country_and_cites_its_source() -> None:
    units: dict[str, set[str]] = {}
    with (DATA_DIR / "world_admin1.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                cols = line.rstrip("\n").split("\t")
                units.setdefault(cols[0].split(".")[0], set()).add(cols[2])
    with (DATA_DIR / "regions.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader((x for x in handle if not x.startswith("#")), delimiter="\t"))
    assert len(rows) >= 20
    for row in rows:
        assert row["admin1"] in units[row["country"]], row["name"]
        assert row["source"].startswith("https://en.wikipedia.org/wiki/"), row["name"]
        assert row["chief_town"]
