"""Session 48 (fallback48): places the gazetteer does not hold as written.

- A site written with a word or two before its kind ("X air base (Y oblast)", "the X thermal
  power plant (Y oblast)") still has its bracket read as its parents.
- A Philippine province split after GeoNames drew its units ("Maguindanao del Sur") is read
  as the unit its head names.

Every sentence is invented (the names are real places in made-up events)."""

from __future__ import annotations

from ceasewatch.geocode.containment import _PART_OF_UNIT, parent_phrases
from ceasewatch.model import Location
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


def test_the_site_words_before_a_bracket_do_not_hide_its_parents() -> None:
    text = "Drones hit Kolka air base (Zimovsky district, Irkutsk oblast) overnight."
    start = text.index("Kolka")
    assert parent_phrases(text, start, start + len("Kolka")) == [
        "Zimovsky district",
        "Irkutsk oblast",
    ]
    text = "Missiles hit the Burshtyn thermal power plant (Ivano-Frankivsk oblast)."
    start = text.index("Burshtyn")
    assert parent_phrases(text, start, start + len("Burshtyn")) == ["Ivano-Frankivsk oblast"]


def test_an_air_base_whose_name_is_a_namesake_is_placed_in_its_bracketed_province(
    resources: Resources,
) -> None:
    # "Belaya" is an alternate name of Gudermes (Chechnya); the bracket says Irkutsk oblast
    text = (
        "On 3 May 2021, drones struck bombers parked at Belaya air base (Irkutsk oblast); "
        "two aircraft burned."
    )
    placed = _places(text, resources)
    assert placed and placed[0].admin1 == "Irkutsk Oblast", [(p.name, p.admin1) for p in placed]


def test_a_split_philippine_province_is_its_head_unit(resources: Resources) -> None:
    match = _PART_OF_UNIT.match("Maguindanao del Sur")
    assert match is not None and match.group(1) == "Maguindanao"
    assert _PART_OF_UNIT.match("Lanao") is None
    text = (
        "On 5 December 2020, an IED went off as an army truck passed in Shariff Saydona "
        "(Maguindanao del Sur); two soldiers were hurt."
    )
    placed = _places(text, resources)
    assert placed and placed[0].country == "Philippines"
    assert placed[0].admin1 == "Autonomous Region in Muslim Mindanao"
