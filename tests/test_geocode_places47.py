"""Session 47 (places47): a person's name written after a title casts no country vote for an
admin area its last word spells ("the journalist Chan Dara ... Dara's editor": not Syria's
Daraa); "Bani" ("sons of") heading an unknown name stands for no town (GeoNames lists "Bani"
for Iran's Bāneh); a coast or bank region named for the unit its last word leads is that unit
("East Coast Demerara": Guyana's Demerara-Mahaica).

Every sentence is invented (the names are real places in made-up events)."""

from __future__ import annotations

from ceasewatch.geocode.place import _leading
from ceasewatch.knowledge.countries import text_countries, titled_names
from ceasewatch.knowledge.gazetteer import Gazetteer
from ceasewatch.model import Location
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


_DARA = (
    "Police in Phnom Penh arrested the journalist Chan Dara on Monday. Chan Dara's detention "
    "was condemned abroad. Rights groups said Chan Dara had reported on land seizures; "
    "Dara's editor said he was held for a post. Chan Dara was charged with incitement."
)


def test_a_titled_persons_name_is_known_with_its_surname() -> None:
    assert titled_names(_DARA) >= {"Chan Dara", "Dara"}


def test_a_titled_persons_name_casts_no_vote_for_an_admin_area() -> None:
    ranked = text_countries(_DARA).ranked
    assert ranked[0].alpha2 == "KH"
    assert "SY" not in {c.alpha2 for c in ranked}


def test_bani_alone_stands_for_no_town(builtin: Gazetteer) -> None:
    assert _leading("Bani Qais", builtin, ()) == []
    assert _leading("Aleppo Police Command", builtin, ())  # a town's own name still leads


def test_a_coast_region_is_the_unit_its_last_word_leads(builtin: Gazetteer) -> None:
    found = builtin.admin1_led_by("Demerara")
    assert [(c.place.name, c.place.country) for c in found] == [("Demerara-Mahaica", "GY")]
    assert builtin.admin1_led_by("Berbice") == []  # leads no unit's name
    assert builtin.admin1_led_by("Nile") == []  # too short to be read so


def test_a_town_in_a_coast_region_is_placed_in_its_unit(resources: Resources) -> None:
    text = "On 2 May 2010, gunmen shot dead a shopkeeper in Annandale (East Coast Demerara)."
    placed = _places(text, resources)
    assert placed
    assert placed[0].country == "Guyana" and placed[0].admin1 == "Demerara-Mahaica", placed[0]
