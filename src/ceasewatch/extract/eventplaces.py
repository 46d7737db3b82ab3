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


def event_places(sent: Any, found: SentencePlaces) -> SentencePlaces:
    """``found`` keeping only its places of the least framing degree."""
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
