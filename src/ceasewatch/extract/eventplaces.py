"""Which of the places a sentence names are where its event happened.

A wire sentence names its event's place and, around it, the places that frame it: the country
("in central Somalia"), the region the town lies in ("across Kharkiv region", "in Barrancas,
in La Guajira province"), a neighbour ("near the Ugandan border") or where someone came from
("23 people from Punjab province", "flew back from Germany"). ACLED codes the event once, at
its most precise place; coding one event per place named adds a duplicate for every framing
name. So when a sentence names a settlement (or any place that is none of these), the framing
names are set aside. Framing has degrees: a country frames more than an origin, an origin more
than an administrative area; only the places of the least framing degree named are kept (a
district and a province of origin: the district).
"""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.places import PlaceMention, SentencePlaces
from ceasewatch.knowledge.countries import country_named

# Words after a name that make it an administrative area, not a settlement.
AREA_WORDS = frozenset(
    {
        "region",
        "province",
        "state",
        "governorate",
        "district",
        "county",
        "oblast",
        "department",
        "prefecture",
        "division",
        "territory",
    }
)
# Prepositions that make the place an origin, not the event's scene.
ORIGIN_PREPS = frozenset({"from"})


# Degrees of framing, weakest first (0: may be the event's own place).
_DEGREES = ("", "an administrative area", "an origin", "a country")


def framing_reason(sent: Any, place: PlaceMention) -> str:
    """Why ``place`` only frames the event ("" when it may be the event's place)."""
    if country_named(place.name, adjective=True) is not None:
        return "a country"
    if _preposition(sent, place) in ORIGIN_PREPS:
        return "an origin"
    after = sent.doc[place.end] if place.end < sent.end else None
    qualifier = (place.qualifier or "").lower()
    if qualifier in AREA_WORDS or (after is not None and after.lower_ in AREA_WORDS):
        return "an administrative area"
    return ""


def _preposition(sent: Any, place: PlaceMention) -> str | None:
    """The preposition that governs the place's name, if any ("from [the city of] X")."""
    token = sent.doc[place.start]
    for _ in range(4):
        if token.dep_ == "pobj" or token.head is token:
            break
        token = token.head
    head = token.head if token.dep_ == "pobj" else None
    if head is not None and head.sent.start == sent.start:
        return str(head.lower_)
    before = sent.doc[place.start - 1] if place.start > sent.start else None
    return str(before.lower_) if before is not None and before.pos_ == "ADP" else None


# Words that link a place to the one containing it ("Gezi Park in Istanbul", "Kpolomba village
# (Sheikan, ...)", "the Korabel district of Kherson", "Republic Square, Yerevan"), after at most
# MAX_SITE_WORDS noun naming what the first place is (cemetery, street, village: SITE_NOUNS).
CONTAINER_LINKS = frozenset({",", "in", "(", "of"})
MAX_SITE_WORDS = 1
# The nouns that may stand between a place and its container: the settlement, site and unit
# words the geocoder reads the same phrases with (geocode.settings SETTLEMENT_WORDS, SITE_WORDS,
# CONTAINER_WORDS), so the place kept is placed inside the container dropped ("near the Ivan
# Franko theatre in Kyiv" is in Kyiv, not at Ivano-Frankove 500 km away).
SITE_NOUNS = frozenset(
    {"village", "town", "city", "sector", "area", "camp", "neighbourhood", "neighborhood",
     "locality", "hamlet", "suburb", "commune", "kebele", "ward", "barangay", "cemetery",
     "mosque", "church", "cathedral", "hospital", "clinic", "school", "college", "university",
     "market", "stadium", "square", "prison", "jail", "checkpoint", "junction", "roundabout",
     "compound", "palace", "hotel", "headquarters", "station", "street", "road", "bridge",
     "base", "barracks", "mine", "farm", "theatre", "theater", "park", "mall", "province",
     "governorate", "state", "county", "district", "region", "department", "municipality",
     "prefecture", "oblast", "division", "territory", "subdistrict", "woreda", "tehsil",
     "township"}
)  # fmt: skip
# What continues a list of places after a comma ("in Aleppo, Idlib and Hama"): then the comma
# joined two places of the list, not a place and its container.
LIST_WORDS = frozenset({"and", "or", ","})


def container_of(sent: Any, place: PlaceMention, nxt: PlaceMention) -> bool:
    """Is ``nxt`` the place that contains ``place``, as the text links them? A coder's note and
    a wire report name a square, a camp, a street or a village, then its town or district:
    ACLED codes one event there (issue 9, session 16: a second event at the container in 21
    dev items of all seven writers). A comma joins a place and its container only after a
    landmark's own name ("Republic Square, Yerevan") and when no list goes on around them."""
    doc = sent.doc
    between = [t for t in doc[place.end : nxt.start] if not t.is_space]
    links = [t.lower_ for t in between if t.lower_ in CONTAINER_LINKS]
    words = [t for t in between if t.lower_ not in CONTAINER_LINKS]
    if len(links) != 1 or len(words) > MAX_SITE_WORDS or between[-1].lower_ != links[0]:
        return False  # one link, after the site words
    if not all(t.lower_ in SITE_NOUNS for t in words):
        return False  # "Goma and in Sake": two places
    if links[0] != ",":
        return True
    if words or doc[place.end - 1].lower_ not in SITE_NOUNS:
        # "Westlands, Nairobi" may be a list: the geocoder reads it so when the first name has a
        # place of its own in the second's country (geocode.place._within_parents); only a
        # landmark's name ("Republic Square", "Gezi Park") is never a town of such a list
        return False
    before = doc[place.start - 1] if place.start > sent.start else None
    after = doc[nxt.end] if nxt.end < sent.end else None
    in_list = (before is not None and before.lower_ in LIST_WORDS) or (
        after is not None and after.lower_ in LIST_WORDS and _name_after(sent, nxt.end + 1)
    )
    return not in_list


def _name_after(sent: Any, j: int) -> bool:
    return bool(j < sent.end and sent.doc[j].text[:1].isupper())


def without_containers(sent: Any, found: SentencePlaces) -> SentencePlaces:
    """``found`` without the places that only contain the place named before them."""
    places = found.places
    dropped = {
        i + 1 for i in range(len(places) - 1) if container_of(sent, places[i], places[i + 1])
    }
    if not dropped:
        return found
    kept = tuple(p for i, p in enumerate(places) if i not in dropped)
    notes = tuple(
        f"{places[i].name!r} contains {places[i - 1].name!r}: the event is coded at the place "
        "it contains, not a second time at it"
        for i in sorted(dropped)
    )
    return SentencePlaces(kept, found.refused + notes)


def event_places(sent: Any, found: SentencePlaces) -> SentencePlaces:
    """``found`` keeping only its places of the least framing degree, without the places that
    only contain another (``without_containers``)."""
    found = without_containers(sent, found)
    reasons = [framing_reason(sent, p) for p in found.places]
    if len(set(reasons)) < 2:
        return found
    least = min(reasons, key=_DEGREES.index)
    kept = tuple(p for p, why in zip(found.places, reasons, strict=True) if why == least)
    notes = tuple(
        f"{p.name!r} is {why} framing the event's place: not coded as a place of its own"
        for p, why in zip(found.places, reasons, strict=True)
        if why != least
    )
    return SentencePlaces(kept, found.refused + notes)
