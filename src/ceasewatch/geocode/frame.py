"""Places the text gives only as a country: "in Syria", "across the country", "on Syrian soil".

A country is never a village of the same name abroad ("Syria" in Saxony). What stands for such
an event, in order:

1. a governorate or district the same paragraph names ("... in Syria. The strikes hit southern
   Idlib"): the text itself narrows the country down; precision 3 at that unit;
2. the governorate the article is about: the one its regions, its other events' places and its
   unambiguous place names fall in most often, with a clear lead; precision 3;
3. the country's own point at precision 3 (``at_country``), with the country, its ISO code and
   the reason: ACLED codes a country-level event to the country, and an event left without
   coordinates drops off the map.

An event whose text names no place at all (``place_unnamed``), and a name the gazetteer lacks
with no area or region phrase to fall back to (``place_unknown``), get steps 1-2 the same way,
or stay without coordinates.

Steps 1-2 need admin polygons, which we hold for Syria only; elsewhere a country stays a country.
"""

from __future__ import annotations

import re
from collections import Counter

from ceasewatch.geocode import place as placing
from ceasewatch.geocode import settings as cfg
from ceasewatch.geocode.context import ArticleContext
from ceasewatch.geocode.regions import Choice
from ceasewatch.geocode.settings import RADIUS_ADMIN1_KM, RADIUS_NEAR_KM
from ceasewatch.knowledge.admin import COUNTRY, AdminAreas, AdminUnit
from ceasewatch.knowledge.countries import (
    THE_COUNTRY,
    Country,
    country_by_code,
    country_in_text,
    country_named,
    location_alpha2,
)
from ceasewatch.knowledge.world import country_point
from ceasewatch.model import Location, Place


def country_of(query: placing.Query, context: ArticleContext) -> Country | None:
    """The country a place name stands for, or None when it names something smaller."""
    if query.base.casefold() in THE_COUNTRY:
        main = context.main_country()
        return country_by_code(main) if main else None
    votes = context.country_votes()
    if query.direction:  # "South Sudan", "North Korea" are countries of their own
        whole = country_in_text(f"{query.direction.title()} {query.base}", votes)
        if whole is not None:
            return whole
    # a bare adjective given as a place ("Ukrainian" of "Ukrainian trenches") is its country
    return country_in_text(query.base, votes) or country_named(query.base, adjective=True)


def governorate_votes(context: ArticleContext, areas: AdminAreas) -> Counter[str]:
    """Governorate PCODE -> how often the article situates itself there."""
    votes: Counter[str] = Counter(context.placed)
    for region in context.regions:
        votes[_governorate(region.unit, areas).pcode] += 1
    for place in (*(a.place for a in context.areas), *context.anchors):
        match = areas.locate(place.latitude, place.longitude)
        if match is not None:
            votes[match.admin1.pcode] += 1
    return votes


def _governorate(unit: AdminUnit, areas: AdminAreas) -> AdminUnit:
    while unit.parent:
        unit = areas.get(unit.parent)
    return unit


def _stand_in(
    context: ArticleContext, areas: AdminAreas, offset: int | None
) -> tuple[AdminUnit, str] | None:
    """Steps 1-2: the unit that stands for the country in this article, and why."""
    if offset is not None:
        near = [r for r in context.regions if context.same_paragraph(r.start, offset)]
        if near:
            region = min(near, key=lambda r: abs(r.start - offset))
            return region.unit, f'the same paragraph names "{region.phrase}"'
    ranked = governorate_votes(context, areas).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        unit = areas.get(ranked[0][0])
        return unit, f"the article is about {unit.name} ({ranked[0][1]} mention(s) place it there)"
    return None


def place_country(
    location: Location, query: placing.Query, country: Country, context: ArticleContext,
    areas: AdminAreas, said: str = "",
) -> Location:  # fmt: skip
    """A location named only as a country (see the module docstring); ``said``: why the name
    stands for this country, when it is not the country's own name."""
    said = said or f"'{query.base}' names a country ({country.name}), not a place in it"
    offset = location.span.start if location.span else None
    found = _stand_in(context, areas, offset) if country.alpha2 == COUNTRY else None
    if found is not None:
        unit, why = found
        reason = f"{said}; {why}: {unit.kind} {unit.name} ({unit.pcode}) stands for it, precision 3"
        choice = Choice(unit.as_place(), 3, unit.radius_km, reason)
        return placing.locate(choice, location, areas)
    town = filed_town(context, country.alpha2)
    if town is not None:
        reason = f"{said}; {_filed_reason(town)}"
        return placing.locate(_filed_choice(town, reason), location, areas)
    why = f"{said}; the article names no governorate or dateline town in it to stand for it"
    return at_country(location, country, why)


def at_country(location: Location, country: Country, why: str) -> Location:
    """Country level: the country's point (``world.country_point``) at precision 3, the
    coarsest, with a radius that spans the country, no admin areas, and ``why``. A country
    without a point keeps the country and no coordinates."""
    point = country_point(country.alpha2)
    update: dict[str, object] = {
        "country": country.name, "iso": country.numeric, "admin1": None, "admin2": None,
        "admin3": None,
    }  # fmt: skip
    if point is None:
        update["reason"] = f"{why}: country level, no point known for {country.name}"
        return location.model_copy(update=update)
    update.update(
        latitude=round(point.latitude, 5), longitude=round(point.longitude, 5), geo_precision=3,
        uncertainty_km=point.radius_km, place_id=f"country:{country.alpha2}",
        reason=f"{why}: country level, at {country.name}'s point (precision 3, the coarsest)",
    )  # fmt: skip
    return location.model_copy(update=update)


def place_region(
    location: Location, query: placing.Query, context: ArticleContext, areas: AdminAreas
) -> Location:
    """A continent or world region given as a place ("Europe", "the Middle East"): ACLED codes
    the country where the event happened, so the article's country stands for it as if the
    text had named that country; with no country known, no place."""
    main = context.main_country()
    country = country_by_code(main) if main else None
    said = f"'{query.base}' names a world region, not a place; ACLED codes the country where "
    if country is None:
        reason = said + "the event happened and the article names none: left without coordinates"
        return location.model_copy(update={"reason": reason})
    said += f"the event happened: the article's country, {country.name}"
    return place_country(location, query, country, context, areas, said)


def filed_town(
    context: ArticleContext, alpha2: str | None, *, capital: bool = True
) -> Place | None:
    """The dateline's town, when it lies in ``alpha2`` (the country the text gives the event):
    a report filed from a town tells of events around it more often than not. ``capital``:
    a capital's dateline counts too (a country's wire copy is filed from its capital whatever
    the province, so it is no evidence of where a named village lies)."""
    town = context.filed_from
    if town is None or not alpha2 or town.country != alpha2:
        return None
    if not capital and town.feature_code == "PPLC" and not context.stated:
        return None  # a note's own place ("On 20 August 2023, Niamey. ...") may be a capital
    return town


def _filed_reason(town: Place, stated: bool = False) -> str:
    if stated:
        return (
            f"the note opens with its place, {town.name} ({town.id}), and names no other place "
            "for it: that town stands for it at precision 1"
        )
    return (
        f"the report is filed from {town.name} ({town.id}), in that country, and names no "
        "other place for it: the dateline town stands for it at precision 3 (the region is "
        "known, not the point)"
    )


def _filed_choice(town: Place, reason: str, stated: bool = False) -> Choice:
    return (
        Choice(town, 1, RADIUS_NEAR_KM, reason)
        if stated
        else Choice(town, 3, RADIUS_ADMIN1_KM, reason)
    )


def place_missing(
    location: Location, query: placing.Query, alpha2: str | None,
    context: ArticleContext | None = None, areas: AdminAreas | None = None,
) -> Location:  # fmt: skip
    """Nothing to place the name at: a dateline town in the same country other than the
    capital stands for it at precision 3; else the country the text situates it in (a
    containment phrase or the article's country) is filled in at country level, with no point
    (ACLED codes none for a whole country), and the reason; a namesake abroad is never taken
    instead."""
    # a square, an avenue, a stadium of a report filed from its country's capital is the
    # capital's more often than not: street names are a city's, not a province's
    landmark = context is not None and landmark_name(location, context.text)
    town = filed_town(context, alpha2, capital=landmark) if context is not None else None
    if town is not None and areas is not None and context is not None:
        reason = f"'{query.base}' is not in the gazetteer; {_filed_reason(town, context.stated)}"
        return placing.locate(_filed_choice(town, reason, context.stated), location, areas)
    country = country_by_code(alpha2) if alpha2 else None
    said = "the country the text places it in"
    actors = context.actor_country() if context is not None and country is None else None
    if actors is not None:
        country = country_by_code(actors)
        said = f"the text names no country; {context.actor_countries[actors]}" if context else ""
    if country is None:
        reason = (
            f"'{query.base}' is not in the gazetteer and the article names no area or region "
            "to fall back to: left without coordinates"
        )
        return location.model_copy(update={"reason": reason})
    reason = (
        f"'{query.base}' is not among the gazetteer's places in {country.name} ({said}) and "
        "no unit around it is named; namesakes abroad are not taken: country level, left "
        "without coordinates"
    )
    update = {"country": country.name, "iso": country.numeric, "reason": reason}
    return location.model_copy(update=update)


# Words that open a street's or a square's name in the languages of its town ("Rue du
# Centre", "Place de la Nation", "Avenida Paulista", "Plaza de Mayo", "Calle 10")
_LANDMARK_FIRST = re.compile(
    r"(?:rue|place|avenue|avenida|av\.|plaza|praça|praca|calle|carrera|piazza|via|ulitsa|"
    r"boulevard|bd\.|square)\s", re.I
)  # fmt: skip


def landmark_name(location: Location, text: str) -> bool:
    """Is the name a street's, a square's or a building's, by its own words ("Rustaveli
    Avenue", "Freedom Square", "Rue du Centre") or by the word after it ("Rustaveli avenue",
    "the Seyni Kountche stadium")?"""
    words = location.name.split()
    if not words:
        return False
    if len(words) > 1 and cfg.LANDMARK_WORD.match(" " + words[-1]) is not None:
        return True
    if len(words) > 1 and _LANDMARK_FIRST.match(location.name) is not None:
        return True
    span = location.span
    if span is None or span.end > len(text) or text[span.start : span.end] != span.text:
        return False
    return cfg.LANDMARK_WORD.match(text[span.end : span.end + 30]) is not None


def place_unknown(location: Location, context: ArticleContext, areas: AdminAreas) -> Location:
    """A name the gazetteer lacks, with no area or region phrase to fall back to: the
    paragraph's region or the article's governorate at precision 3, else unchanged."""
    placed = location_alpha2(location.country, location.iso)
    if placed is not None and placed != COUNTRY:
        # placed at country level elsewhere (by alpha-2: Kosovo has no ISO numeric): Syria's
        # governorates are no help
        return location
    offset = location.span.start if location.span else None
    found = _stand_in(context, areas, offset)
    if found is None:
        return location
    unit, why = found
    reason = (
        f"'{location.name}' is not in the gazetteer; {why}: {unit.kind} {unit.name} "
        f"({unit.pcode}) stands for it, precision 3"
    )
    return placing.locate(Choice(unit.as_place(), 3, unit.radius_km, reason), location, areas)


def place_unnamed(
    offset: int | None, context: ArticleContext, areas: AdminAreas
) -> Location | None:
    """An event whose text names no place (nor any sentence before it): the governorate the
    paragraph or the article situates itself in, at precision 3; None when there is none."""
    found = _stand_in(context, areas, offset)
    if found is None:
        return None
    unit, why = found
    reason = (
        f"the text names no place for this event; {why}: {unit.kind} {unit.name} "
        f"({unit.pcode}) stands for it, precision 3"
    )
    choice = Choice(unit.as_place(), 3, unit.radius_km, reason)
    return placing.locate(choice, Location(name=unit.name), areas)


def place_filed(context: ArticleContext, areas: AdminAreas) -> Location | None:
    """An event whose text names no place, with nothing else to go on: the dateline's town,
    when it lies in the article's country, at precision 3 (``filed_town``)."""
    main = context.main_country()
    filed = context.filed_from.country if context.filed_from else None
    town = filed_town(context, main or filed)
    if town is None:
        return None
    reason = f"the text names no place for this event; {_filed_reason(town, context.stated)}"
    choice = _filed_choice(town, reason, context.stated)
    return placing.locate(choice, Location(name=town.name), areas)


__all__ = [
    "country_of",
    "filed_town",
    "governorate_votes",
    "place_country",
    "place_filed",
    "place_missing",
    "place_unknown",
    "place_unnamed",
]
