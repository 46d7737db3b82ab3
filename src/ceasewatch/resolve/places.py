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


__all__ = ["names_a_place"]
