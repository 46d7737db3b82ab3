"""Words that name a place, not an actor: "KINSHASA" (a dateline read as a subject), "the
outskirts of Omdurman" (the object of "shelled" read as its target).

ACLED's actors are forces and groups; a place is where an event happened, never one of its
sides. The extract stage sometimes takes a place for an actor; when no actor matched the words
(the resolver would otherwise queue them for a curator), words that are a capital, an admin
area, a city of 100,000 people or more, or a country (alone or after "northern"), or any name
behind a place noun ("the outskirts of", "the town of"), are no actor: the slot is emptied.
"""

from __future__ import annotations

import re

from ceasewatch.knowledge.countries import country_named
from ceasewatch.knowledge.world import admin1_by_key, big_cities, capitals, plain_key

# "the outskirts of", "the northern suburbs of", "the town of", "areas around", "northern"
_AROUND = re.compile(
    r"^(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west"
    r"|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"(?P<noun>(?:outskirts|suburbs?|edges?|centre|center|heart|parts?|areas?|districts?|neighbou?rhoods?"
    r"|towns?|city|villages?|countryside|vicinity|surroundings|region|province"
    r"|state|county|governorate)\s+(?:of|around|near|in)\s+)?(?P<place>.+)$",
    re.IGNORECASE,
)


def names_a_place(words: str) -> bool:
    """The words are a known place, or a known place behind a place noun (module docstring);
    only capitalised names count ("Sake", not "sake")."""
    found = _AROUND.match(" ".join(words.split()).strip(" ,.;:"))
    if found is None:
        return False
    place = found.group("place")
    if not place[:1].isupper():
        return False
    if found.group("noun"):  # "the town of Sake": the words say it is a place
        return True
    if country_named(place) is not None:
        return True
    key = plain_key(place)
    return any(key in table for table in (capitals(), admin1_by_key(), big_cities()))


# A name followed by the areas it lies in, in brackets, as coders' notes write a place:
# "Mozogo (Mayo-Tsanaga, Far North)", "Kurakhove (Pokrovsk raion, Donetsk)" (session 34). An
# actor's acronym in brackets ("Allied Democratic Forces (ADF)") is no such area list.
_AREAS = re.compile(r"^\s*\((?P<areas>[A-Z][^()]{1,80})\)")
_ACRONYM = re.compile(r"^[A-Z0-9&'’.-]+$")


def placed_in_areas(after: str) -> bool:
    """Do the words right after a name (``after``) list the areas it lies in, in brackets:
    two or more areas, or one known area ("(Kharkiv)")?"""
    found = _AREAS.match(after)
    if found is None:
        return False
    areas = [a.strip() for a in found.group("areas").split(",")]
    if any(not a or _ACRONYM.match(a) for a in areas):
        return False
    return len(areas) > 1 or names_a_place(areas[0])


__all__ = ["names_a_place", "placed_in_areas"]
