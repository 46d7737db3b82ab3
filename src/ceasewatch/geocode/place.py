"""One location name -> a placed Location (or an honest refusal), given the article's context.

The cascade, in order (the numbers appear as comments in ``place_location``):

1. Split the name: "the southern Abu al-Duhur countryside" -> base "Abu al-Duhur", kind, direction.
2. Airfields: "X Airbase" -> an airfield named X (GeoNames AIRB/AIRF...) if the gazetteer has
   one, else the town X at precision 2.
3. Candidates by name (exact, variant, skeleton; fuzzy only inside the article's countries),
   scored by name, feature type and context; namesakes far from the context are rejected.
4. Nothing found: the article's own area ("the X area", "south of X") at precision 2, else its
   region (governorate/district) at precision 3, else no coordinates. Never an invented point.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from ceasewatch.geo import km_between
from ceasewatch.geocode import settings as cfg
from ceasewatch.geocode.containment import (
    Parent,
    inside,
    stand_in_precision,
    unit_radius,
    world_unit,
)
from ceasewatch.geocode.context import ArticleContext, admin1_named, context_km, region_fit
from ceasewatch.geocode.context import as_written as written_key
from ceasewatch.geocode.regions import Choice, Phrase, region_named
from ceasewatch.geocode.seats import (
    PROVINCE,
    Cue,
    bare_reading,
    metropolis,
    province_of,
    seat_unit,
)
from ceasewatch.knowledge.admin import AdminAreas
from ceasewatch.knowledge.countries import country_by_code, place_evidence, split_possessor
from ceasewatch.knowledge.gazetteer import Candidate, Gazetteer, name_key, transliteration
from ceasewatch.knowledge.world import admin1_units, country_point, plain_key
from ceasewatch.model import Location, Place


@dataclass(frozen=True)
class Query:
    base: str  # the place name itself
    airfield: bool = False
    area: bool = False  # "X area", "X countryside", "X district": part of a region, not a point
    direction: str | None = None
    within: str | None = None  # ISO alpha-2 of a possessor country: "Syria's Idlib" -> "SY"
    kind: str | None = None  # the admin or area word after the name: "province", "countryside"
    facility: str | None = None  # "dam", "mount": a site named after a town, not the town
    # what the words around the mention say it is: a province or a town (``geocode.seats``)
    cue: Cue | None = None


def parse_name(name: str) -> Query:
    """Step 1: strip the words around a place name and remember what they said."""
    text = " ".join(name.split())
    direction = within = None
    if owned := split_possessor(text):  # "Syria's Idlib", "Syrias Idlib": Idlib, in Syria
        within, text = owned[0].alpha2, owned[1]
    if match := cfg.DIRECTION_PREFIX.match(text):
        direction = match.group(1).lower()
        text = text[match.end() :]
    text = cfg.LOCAL_UNIT_PREFIX.sub("", cfg.SETTLEMENT_AFFIX.sub("", text))
    airfield = bool(cfg.AIRFIELD_SUFFIX.search(text))
    text = cfg.AIRFIELD_SUFFIX.sub("", text)
    site = cfg.FACILITY_SUFFIX.search(text) or cfg.FACILITY_PREFIX.search(text)
    facility = site.group(1).lower() if site else None
    text = cfg.FACILITY_PREFIX.sub("", cfg.FACILITY_SUFFIX.sub("", text))
    suffix = cfg.AREA_SUFFIX.search(text) or cfg.ADMIN_SUFFIX.search(text)
    kind = suffix.group(0).strip().lower() if suffix else None
    text = cfg.ADMIN_SUFFIX.sub("", cfg.AREA_SUFFIX.sub("", text))
    base = text.strip(" ,.-") or name
    seat = seat_of_government(base)
    if seat is not None:  # "the White House": Washington, never a town spelled so abroad
        within, base = seat
    return Query(base, airfield, bool(suffix), direction, within, kind, facility)


def seat_of_government(name: str) -> tuple[str, str] | None:
    """(alpha2, city) for a seat of government named by its building ("the White House")."""
    return cfg.SEATS_OF_GOVERNMENT.get(" ".join(name.split()).casefold().removeprefix("the "))


def score(
    cand: Candidate, context: ArticleContext, areas: AdminAreas, *, reject: bool = True,
    scene: str | None = None, within: str | None = None,
) -> float | None:  # fmt: skip
    """Name match + feature preference + fit to the article; None = rejected namesake
    (``reject=False``: distance ranks but never rejects; ``scene``: the one country abroad
    this name is a place of, when the article's country is only its forces', ``forces_scene``;
    ``within``: the country the text itself gives this name, ``Query.within``: "the Congolese
    border town of Bunagana" in a report filed from Kampala is home there, not abroad)."""
    place = cand.place
    total = cand.score + cfg.feature_bonus(place.feature_class, place.feature_code)
    if place.feature_code in cfg.FARM_CODES:
        total -= cfg.FARM_PENALTY
    home = within or context.main_country()
    territory = home is not None and context.territory_named(place.country, home)
    if home is not None and (place.country == home or territory):
        exact = cand.method in cfg.EXACT_METHODS
        if scene is None:  # else home is only the forces' country: a loose spelling there
            total += cfg.ARTICLE_COUNTRY_BONUS if exact else cfg.ARTICLE_COUNTRY_LOOSE_BONUS
        if territory:  # the text names the territory itself: its places before the state's
            total += cfg.TERRITORY_BONUS
    elif home is not None and place.country == scene:
        pass  # the text names home's forces only; the name is a place of this country alone
    elif home is not None and not abroad_ok(cand, context):
        return None  # "Tabqa" ~ T'aebaek, "Asad" in Russia for a Syrian report: a namesake
    elif home is None and not unnamed_ok(cand, context):
        return None  # two countries tie: a village of a third, unnamed one is a namesake
    exact = cand.method in cfg.EXACT_METHODS
    if home is None and exact and place.country == context.actor_country():
        total += cfg.ACTOR_COUNTRY_BONUS  # "ULFA cadres ... near Digboi": India's
    km = context_km(cand, context, areas)
    if km is not None:
        big_unit = place.feature_code in cfg.LARGE_UNIT_CODES  # its point is far from its edges
        if km > cfg.REJECT_BEYOND_KM and reject and not big_unit:
            return None
        total += cfg.PROXIMITY_WEIGHT * math.exp(-km / cfg.PROXIMITY_SCALE_KM)
    return total + region_fit(cand, context, areas)


def abroad_ok(cand: Candidate, context: ArticleContext) -> bool:
    """May a place outside the article's main country be the one meant? Only spelled alike and
    when the text is about its country too (see ``settings.ABROAD_SHARE``)."""
    if cand.method not in cfg.EXACT_METHODS:
        return False
    place = cand.place
    major = (
        place.feature_code in cfg.ABROAD_MAJOR_CODES
        or (place.population or 0) >= cfg.CITY_POPULATION
    )
    return context.says_country(place.country, major=major, own=(cand.matched, place.name))


def unnamed_ok(cand: Candidate, context: ArticleContext) -> bool:
    """With no one country ahead, may this place be meant? When the text names countries, only
    one of them, a capital or a city of CITY_POPULATION+ spelled alike ("Paris"), or a place
    another name of the text corroborates (``ArticleContext.corroborated``). When the text
    names no country at all, a near spelling (skeleton, fuzzy) is taken only in its actors'
    one country or corroborated: a lone camp "Kakuma" of a note that names no country is no
    village "Kamal" in Java (issue 9, places16)."""
    if not any(v > 0 for v in context.country_votes().values()):
        actors = context.actor_country()
        if (
            actors is not None
            and cand.place.country != actors
            and cand.method != "exact"
            and not _city_heads(cand)
        ):
            # the actors' country is the text's only sign of one: a town abroad only by an
            # alternate name ("Al-Kassara" of a Houthi report, GeoNames' other name of Sudan's
            # Kassala) is a namesake unless another name corroborates it (session 19)
            return context.corroborated(cand.place)
        if cand.method in cfg.EXACT_METHODS:
            return True
        return cand.place.country == actors or context.corroborated(cand.place)
    if context.says_country(cand.place.country, major=True, own=(cand.matched, cand.place.name)):
        return True
    place = cand.place
    if cand.method in cfg.EXACT_METHODS and context.corroborated(place):
        return True  # the Astana guarantors named, two Syrian villages near each other
    major = (
        place.feature_code in cfg.ABROAD_MAJOR_CODES
        or (place.population or 0) >= cfg.CITY_POPULATION
    )
    return major and cand.method in cfg.EXACT_METHODS


def _city_heads(cand: Candidate) -> bool:
    """Does a capital, seat or city of 100,000+ head an unknown name under its own name ("the
    Lahore Press Club", ``leading_place``)? Its name written out is
    the text's word for where it is, over the country of an actor the text names (a party
    of one name in two countries; places37), unlike a town's alternate spelling abroad."""
    own = written_key(cand.place.name) == written_key(cand.matched)
    return cand.method == "leading" and own and _notable_city(cand.place)


def forces_scene(cands: list[Candidate], context: ArticleContext) -> str | None:
    """The country a name is a place of when the article's country is named only as the
    nationality of armed forces or their weapons ("Turkish drones struck a house in
    Makhmour": ``ArticleContext.forces_only``): the name has no exact candidate at home and
    all its exact candidates lie in one other country, or one of them is its one well-known
    bearer (``_well_known_country``: "Israeli troops raided Jenin" is the West Bank city, not
    a Polish village spelled alike). None otherwise."""
    home = context.main_country()
    if home is None or home not in context.forces_only:
        return None
    exact = [c for c in cands if c.method in cfg.EXACT_METHODS]
    found = {c.place.country for c in exact}
    if home in found or not found:
        return None
    return found.pop() if len(found) == 1 else _well_known_country(exact, home)


def _well_known_country(exact: list[Candidate], forces: str | None = None) -> str | None:
    """The country of the town a reader takes a name for among namesakes abroad: a town of
    SCENE_TOWN_POPULATION+ with SCENE_NAMESAKE_RATIO times the people of any namesake in
    another country (a unit spelled alike has no population of its own and does not count),
    within reach of the ``forces``' own country (its extent plus SCENE_REACH_KM: Israeli
    troops in Jenin, next door; "Nigerian troops repelled an attack on Morelia" is no raid on
    Mexico's Morelia, tests/test_geocode_world.py)."""
    people: dict[str, int] = {}
    top: dict[str, Candidate] = {}
    for c in exact:
        country = c.place.country or ""
        if (c.place.population or 0) >= people.get(country, 0):
            people[country], top[country] = c.place.population or 0, c
    ranked_people = sorted(people.items(), key=lambda kv: -kv[1])
    (first, most), (_, next_most) = ranked_people[0], ranked_people[1]
    if most < cfg.SCENE_TOWN_POPULATION or most < cfg.SCENE_NAMESAKE_RATIO * next_most:
        return None
    if forces is not None:
        point = country_point(forces)
        town = top[first].place
        if point is None:
            return None
        km = km_between(point.latitude, point.longitude, town.latitude, town.longitude)
        if km > point.radius_km + cfg.SCENE_REACH_KM:
            return None
    return first or None


def ranked(
    cands: list[Candidate], context: ArticleContext, areas: AdminAreas, within: str | None = None
) -> list[tuple[float, Candidate]]:
    named = [c for c in cands if c.score >= cfg.MIN_SCORE]
    scene = forces_scene(named, context)
    kept = [
        (s, c)
        for c in named
        if (s := score(c, context, areas, scene=scene, within=within)) is not None
    ]
    if all(c.place.feature_code in cfg.LARGE_UNIT_CODES for _, c in kept):
        # No candidate lies near the article's other places. When those were only other names
        # (anchors), the anchors may be the namesakes; and a place in a country the article
        # names is no namesake abroad (a report of strikes in Syria and Iraq names Mosul too).
        # Then distance ranks but does not reject; Salmo, Canada stays out of an Idlib report.
        # (Governorates and districts are never rejected, so they alone do not count as a fit.)
        loose = [
            (score(c, context, areas, reject=False, scene=scene, within=within), c) for c in named
        ]
        relaxed = [(s, c) for s, c in loose if s is not None]
        explicit = context.regions or context.areas
        named_countries = context.named_countries
        # A near spelling is no namesake to relax for: "Auno, west of Maiduguri" is not Auna,
        # 900 km away, when the article names its own area (then the area stands for it).
        kept = [
            (s, c)
            for s, c in relaxed
            if not explicit
            or (c.place.country in named_countries and c.method in cfg.EXACT_METHODS)
            or c.place.feature_code in cfg.LARGE_UNIT_CODES
        ]
    kept = _provinces_over_namesakes(kept)
    kept = _units_named_abroad(kept)
    kept = _near_spellings_outside(kept, context)
    kept = _namesakes_outside_named_units(kept, context)
    return sorted(kept, key=lambda sc: (-sc[0], -(sc[1].place.population or 0), sc[1].place.id))


# An apostrophe between letters ("Ma'an", "Ma’an", "Saʿdah"): a glottal stop or ayin the
# writer spelled out, which folding drops ("Ma'an" and Côte d'Ivoire's "Man" share a key).
_MARK = re.compile(r"(?<=\w)['’ʿʻ`‘](?=\w)")


def as_written(name: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that keep what the written name says, when one does (issue 9, notesf):
    a name written with an apostrophe between letters is a place spelled with one ("Ma'an",
    Jordan), not one spelled alike only once it is dropped ("Man", Côte d'Ivoire); a name that
    spells an admin unit exactly ("Gazipur", Bangladesh's district) is not a town whose name
    only sounds alike (India's "Ghazipur", a skeleton match)."""
    if _MARK.search(name):
        marked = [c for c in cands if _MARK.search(c.matched)]
        cands = marked or cands
    exact_unit = any(
        c.method == "exact" and c.place.feature_class == "A" and c.place.feature_code in _UNIT_CODES
        for c in cands
    )
    if exact_unit:
        cands = [c for c in cands if c.method in cfg.EXACT_METHODS]
    return cands


_UNIT_CODES = frozenset({"ADM1", "ADM2"})


def _own_spelling_first(
    best: list[tuple[float, Candidate]], name: str
) -> list[tuple[float, Candidate]]:
    """Two notable cities (a seat or 100,000+) tie for a name, one by its own name as written,
    the other by an alternate name, and neither is many times the other's size: the one whose
    own name the text writes is meant ("Saint-Louis" is Senegal's city, written so, before St.
    Louis, Missouri, whose own name is written otherwise). A city many times larger keeps its
    lead ("St. Petersburg" is Russia's, whatever Florida's is called)."""
    if len(best) < 2 or not _notable_city(best[0][1].place):
        return best
    key = written_key(name)
    top = best[0][1]
    if written_key(top.place.name) == key:
        return best
    return _own_name_first(best, key, _notable_city, _SIZE_RATIO)


def _own_name_first(
    best: list[tuple[float, Candidate]], key: str, fits: Callable[[Place], bool], ratio: float
) -> list[tuple[float, Candidate]]:
    """``best`` with the first candidate tied with the top that bears the written ``key`` as
    its own name, passes ``fits`` and is no less than the top's size over ``ratio``, moved
    first; else ``best`` as it is."""
    top_score, top = best[0]
    for i, (s, c) in enumerate(best[1:], start=1):
        if s < top_score:
            break
        if (
            written_key(c.place.name) == key
            and fits(c.place)
            and (c.place.population or 0) * ratio >= (top.place.population or 0)
        ):
            return [best[i], *best[:i], *best[i + 1 :]]
    return best


_SIZE_RATIO = 2  # "neither many times the other's size"


def _own_name_over_alias(
    best: list[tuple[float, Candidate]], name: str
) -> list[tuple[float, Candidate]]:
    """The top candidate is named so only by an alternate that shares almost nothing with its
    own name (a transliteration from another script: GeoNames lists "Kourou" for England's
    Crewe), while a seat of government tied with it bears the name as its own (French
    Guiana's Kourou, a commune seat): the seat is meant, unless the top is many times its size
    (session 46, notezi: "the space centre at Kourou" placed in Cheshire)."""
    if len(best) < 2:
        return best
    key = written_key(name)
    top = best[0][1]
    if top.method == "exact" or fuzz.ratio(written_key(top.place.name), key) >= _ALIAS_RATIO:
        return best
    return _own_name_first(best, key, _seat, _ALIAS_SIZE_RATIO)


def _seat(place: Place) -> bool:
    """A seat of government (GeoNames PPLC or PPLA*)."""
    return (place.feature_code or "").startswith(("PPLC", "PPLA"))


# An own name this unlike the written one (rapidfuzz ratio of keys) is another script's
# name for it: "crewe" and "kourou" score 18; an exonym ("koln", "cologne") 55, "kyiv"/"kiev" 75.
_ALIAS_RATIO = 50.0
# A seat a fifth of the alias-bearer's size is still meant (Kourou 24,000, Crewe 75,000); a
# city many times larger keeps its lead.
_ALIAS_SIZE_RATIO = 5


def _units_named_abroad(kept: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """A name that is itself the text's evidence of another country (the capital or
    first-level unit of one country only: "Gaza", the Palestinian territory) is that country's
    place when one is spelled alike there: a lower unit of its name elsewhere (GeoNames'
    Israeli district "Gaza") is a namesake, whatever the article's country; a province of
    that name elsewhere is not (Mozambique's Gaza)."""
    owners = {
        (c.matched, owner)
        for _, c in kept
        if c.method in cfg.EXACT_METHODS and (owner := place_evidence(c.matched)) is not None
    }
    if not owners:
        return kept
    held = {(c.matched, c.place.country) for _, c in kept if c.method in cfg.EXACT_METHODS} & owners
    named = {name for name, _ in held}
    return [
        (s, c)
        for s, c in kept
        if not (
            c.place.feature_class == "A"
            and c.place.feature_code != "ADM1"  # Mozambique's province Gaza is no namesake
            and c.matched in named
            and (c.matched, c.place.country) not in held
        )
    ]


def _near_spellings_outside(
    kept: list[tuple[float, Candidate]], context: ArticleContext
) -> list[tuple[float, Candidate]]:
    """A place found only by a near spelling (skeleton, fuzzy) in a country whose first-level
    units the text names, but outside all of them, is a namesake: "bandits ... near Magami"
    of a note about Zamfara is not Magama in Niger State, "near Kozinka" after "Graivoronsky
    district (Belgorod)" is not Kazinka in Lipetsk. The text's unit then stands for the
    place (``geocode._article_unit``). A spelling as written keeps its place anywhere."""
    named = admin1_named(context.text) if context.text else frozenset()
    countries = {country for country, _ in named}
    known = admin1_units() if countries else frozenset()  # an imported row's "12" is no name

    def outside(c: Candidate) -> bool:
        place = c.place
        return (
            c.method not in cfg.EXACT_METHODS and place.feature_code != "ADM1"
            and place.country in countries and (place.country, place.admin1) not in named
            and (place.country, place.admin1) in known
        )  # fmt: skip

    return [(s, c) for s, c in kept if not outside(c)]


def _namesakes_outside_named_units(
    kept: list[tuple[float, Candidate]], context: ArticleContext
) -> list[tuple[float, Candidate]]:
    """Towns of one country spelled alike, some inside a first-level unit the text names and
    some outside every unit it names of that country: the ones outside are namesakes ("a
    lockdown in Chocó: transport halted at Riosucio" is Chocó's Riosucio, not Caldas').
    Only places (class P) drop out, only when one of their namesakes stays (issue 9,
    places32)."""
    towns = [c for _, c in kept if c.place.feature_class == "P" and c.method in cfg.EXACT_METHODS]
    if len(towns) < 2 or not context.text:
        return kept
    named = admin1_named(context.text, units_only=True)  # "Dhaka" may be the city alone
    inside = {c.place.country for c in towns if (c.place.country, c.place.admin1) in named}
    if not inside:
        return kept
    known = admin1_units()

    def outside(c: Candidate) -> bool:
        place = c.place
        return (
            place.feature_class == "P" and place.country in inside
            and (place.country, place.admin1) not in named
            and (place.country, place.admin1) in known
        )  # fmt: skip

    return [(s, c) for s, c in kept if not outside(c)]


def _provinces_over_namesakes(
    kept: list[tuple[float, Candidate]],
) -> list[tuple[float, Candidate]]:
    """A first-level unit named alike outranks a small place of its name elsewhere in the same
    country ("Michoacan" is the state, not the hamlet Michoacán in Chiapas); a city, or a town
    inside the unit (usually its seat), keeps its lead."""
    units = {
        (c.place.country, c.place.name)
        for _, c in kept
        if c.place.feature_code == "ADM1" and c.method in cfg.EXACT_METHODS
    }
    if not units:
        return kept
    countries = {country for country, _ in units}

    def namesake(c: Candidate) -> bool:
        small = (c.place.population or 0) < cfg.CITY_POPULATION
        return (
            c.place.feature_class == "P" and small and c.place.country in countries
            and (c.place.country, c.place.admin1) not in units
        )  # fmt: skip

    return [(s, c) for s, c in kept if not namesake(c)]


def candidates(query: Query, gazetteer: Gazetteer, context: ArticleContext) -> list[Candidate]:
    """Step 3: by name; near matches only within the countries the article is about."""
    within = (query.within,) if query.within else ()
    if query.direction:  # "Eastern Ghouta" may be a name of its own, not a part of Ghouta
        whole = gazetteer.lookup(f"{query.direction} {query.base}", countries=within)
        whole = [c for c in whole if c.method in cfg.EXACT_METHODS]
        if whole:
            return whole
    found = gazetteer.lookup(query.base, countries=within)
    if not any(c.method in cfg.EXACT_METHODS for c in found):
        # "Idlibs": Idlib's, spelled alike once the s goes, before any near spelling of it
        found = _possessive(query.base, gazetteer, within) or found
    countries = list(within) or sorted(context.countries())
    if not found and countries:
        found = gazetteer.fuzzy(query.base, countries)
    if any(c.method not in cfg.EXACT_METHODS for c in found):
        person = titled_person(query.base, context.text) or body_name(query.base, context.text)
        found = [
            c for c in found if c.method in cfg.EXACT_METHODS or _near_ok(query.base, c, person)
        ]
    return found


# A title and up to two given names ending where a name starts. Compiled once: a pattern built
# per name (the title alternation is long) cost ~3 ms a name, ~9 % of the pipeline on FA-KES
# (profiled, session 27). Searched only in the window before each mention of the name.
_TITLED_BEFORE = re.compile(rf"\b{cfg.PERSON_TITLE}\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}\Z")
_TITLE_WINDOW = 300  # characters before a mention a title and its given names may take


# Geocode asks again for the same name in the same text (the person check, the candidates,
# the sentence's and the paragraph's places): answers kept for the last few (session 29).
@lru_cache(maxsize=1024)
def titled_person(name: str, text: str) -> bool:
    """Does a mention of ``name`` in ``text`` follow a title ("President Mohamed Bazoum")?"""
    if not name or not text:
        return False
    return any(
        _boundary(text, at + len(name))
        and _TITLED_BEFORE.search(text, max(0, at - _TITLE_WINDOW), at)
        for at in _found_at(name, text)
    )


def _found_at(name: str, text: str) -> Iterator[int]:
    """Every position where ``name`` is written in ``text`` (overlapping ones too)."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


def _boundary(text: str, at: int) -> bool:
    """``\\b`` at ``at``: a word character on one side of it and none on the other."""

    def word(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    before = at > 0 and word(text[at - 1])
    after = at < len(text) and word(text[at])
    return before != after


def body_name(name: str, text: str) -> bool:
    """Is ``name`` the head of a body's name somewhere in ``text`` ("the Bureau of European
    Affairs", "the Office of the President")? Then a near spelling of a town is not meant."""
    if not name or not text:
        return False
    # each mention found as a string and tested where it stands: a pattern made for every
    # name was compiled again and again (the regex cache holds 512)
    return any(
        _boundary(text, at) and _OF_BODY.match(text, at + len(name)) for at in _found_at(name, text)
    )


# What follows a body's head: "of (the) " and a capital.
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _near_ok(name: str, cand: Candidate, person: bool) -> bool:
    """A near spelling stands for a long enough name spelled closely enough, never for a
    person's name (``settings.NEAR_MIN_LETTERS``, ``NEAR_MIN_RATIO``, ``PERSON_TITLE``)."""
    plain, other = plain_key(name), plain_key(cand.matched)
    letters = sum(ch.isalpha() for ch in plain)
    close = fuzz.ratio(plain, other) >= cfg.NEAR_MIN_RATIO
    return not person and letters >= cfg.NEAR_MIN_LETTERS and close


def leading_place(
    query: Query, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas
) -> Choice | None:
    """An unknown name that begins with a known place ("Aleppo Police Command", "Aleppos
    Salaheddin", "Idlib Monitor"): that place, spelled alike, at precision 2 (in or near it).
    Tried after the article's own areas and regions; a head made only of generic words
    ("Tell", "Umm", "Kafr") is no place."""
    within = (query.within,) if query.within else ()
    found = _leading(query.base, gazetteer, within)
    best = [
        (s, c)
        for s, c in ranked(found, context, areas)
        if c.place.country == query.within or _stand_in_ok(c, context)
    ]
    if not best:
        return None
    top = best[0][1]
    reason = (
        f"'{query.base}' is not in the gazetteer; it begins with {top.place.name} "
        f"({top.place.id}), which stands for it at precision 2"
    )
    return Choice(top.place, 2, cfg.RADIUS_NEAR_KM, reason)


def _stand_in_ok(cand: Candidate, context: ArticleContext) -> bool:
    """May a place whose name only begins an unknown name stand for it? Only in a country the
    text gives (a name, dateline or admin unit; when it names none, its actors' one country),
    or, when the text gives none, a capital, provincial seat or city: "Cite Soleil" of a
    Haitian gang report is no village Kiti in Cyprus; the name is left to its country or to
    no place at all."""
    if context.says_country(cand.place.country, major=True):
        return True
    if cand.place.country == context.actor_country():
        return True
    if any(v > 0 for v in context.country_votes().values()):
        return False
    place = cand.place
    return place.feature_code in _STAND_IN_CODES or (place.population or 0) >= cfg.CITY_POPULATION


# Places that may stand for a longer unknown name when the text names no country: a capital,
# a provincial seat, a first-level unit (not a municipality of a village's size: Cyprus's Kiti)
_STAND_IN_CODES = frozenset({"PPLC", "PPLA", "ADM1"})


# "Bani"/"Banu"/"Bni" ("sons of") heads Arabic lineage and village names ("Bani Jamra" in
# Bahrain, "Bani Walid", "Bani Suhaila") and is no town alone: GeoNames lists "Bani" for Iran's
# Bāneh, which stood for Bani Jamra (session 47, notezi). Not "Beni", also DR Congo's city.
_LINEAGE_HEADS = frozenset({"bani", "banu", "bni", "bnei"})


def _leading(name: str, gazetteer: Gazetteer, within: tuple[str, ...]) -> list[Candidate]:
    generic = set(transliteration().words.values()) | set(transliteration().words)
    generic |= _LINEAGE_HEADS
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if set(name_key(head).split()) <= generic:
            continue
        found = gazetteer.lookup(head, countries=within) or _possessive(head, gazetteer, within)
        alike = [c for c in found if c.method in cfg.EXACT_METHODS]
        if alike:
            return [replace(c, method="leading") for c in alike]
    return []


def _possessive(name: str, gazetteer: Gazetteer, within: tuple[str, ...]) -> list[Candidate]:
    """A possessive whose apostrophe was lost: "Aleppos" is Aleppo's. Only when the name with
    its final s is unknown and the name without it is known under that very spelling."""
    if not name.endswith("s") or len(name) < 4:
        return []
    found = gazetteer.lookup(name[:-1], countries=within)
    return [replace(c, method="possessive") for c in found if c.method in ("exact", "variant")]


def _precision_of(
    place: Place, query: Query, qualifier: str | None, areas: AdminAreas
) -> tuple[int, float, str]:
    """ACLED geo_precision, the radius, and the words that decided it."""
    if place.feature_class == "A":
        radius = unit_radius(place, areas) or cfg.RADIUS_COUNTRYSIDE_KM
        return 3, radius, "an administrative area: its centre stands for it"
    if place.feature_class == "L":
        return 3, cfg.RADIUS_REGION_KM, "a region: its chief town's point stands for it"
    q = (qualifier or "").lower().strip()
    if query.direction or q in cfg.COUNTRYSIDE_QUALIFIERS:
        return 2, cfg.RADIUS_COUNTRYSIDE_KM, f"'{query.direction or q}' of the named place"
    if query.area or q in cfg.NEAR_QUALIFIERS:
        return 2, cfg.RADIUS_NEAR_KM, f"'{q or 'area'}': near the named place, not in it"
    big = (place.population or 0) >= cfg.CITY_POPULATION
    return 1, cfg.RADIUS_CITY_KM if big else cfg.RADIUS_VILLAGE_KM, "the named place itself"


def choose(
    query: Query, qualifier: str | None, gazetteer: Gazetteer, context: ArticleContext,
    areas: AdminAreas, parents: Sequence[Parent] = (),
) -> Choice | None:  # fmt: skip
    """Steps 2-3: the best candidate and its precision, or None. ``parents``: the units the
    text says the place lies in (``geocode.containment``), innermost first."""
    said = (qualifier or "").lower().strip()
    if query.direction is None and said in cfg.DIRECTIONS:  # "in eastern Ghouta"
        query = replace(query, direction=said)
    if query.airfield:
        return _airfield(query, qualifier, gazetteer, context, areas, parents)
    if query.facility:
        return _named_after(query, gazetteer, context, areas, parents)
    phrase = Phrase(query.base, query.kind, query.direction, query.within)
    # The Syrian regions (OCHA) are read for a name only when the units the text places it in
    # are not another country's: "Dara district (Panjshir)" of an Afghan report is Panjshir's
    # Dara, not Syria's Dar'a district (issue 9, session 23: a reports dev page, flagged)
    abroad = bool(parents) and parents[-1].country != "SY"
    if not abroad and (region := region_named(phrase, qualifier, areas)):
        return region
    found = candidates(query, gazetteer, context)
    cue = query.cue
    if cue is not None and cue.territory and metropolis(found):
        cue = None  # "rebel-held Aleppo": part of the city
    if cue is not None and cue.reading == PROVINCE and not parents:
        province = Phrase(query.base, "province", query.direction, query.within)
        if region := region_named(province, None, areas):  # "rebel-held Idlib", "Idlib region"
            return replace(region, reason=f"'{cue.words}': {region.reason}")
    if parents:
        contained = _within_parents(query, qualifier, found, parents, gazetteer, areas)
        if contained is not None:
            return contained
    if (
        cue is not None
        and cue.reading == PROVINCE
        and (unit := _province(query, cue, found, context, areas, gazetteer))
    ):
        return unit
    best = _own_spelling_first(
        ranked(as_written(query.base, found), context, areas, query.within), query.base
    )
    best = _own_name_over_alias(best, query.base)
    if not best:
        return None
    top = best[0][1]
    bare = cue is None and query.direction is None and not qualifier
    if bare and (unit := _seat_as_province(query, top.place, found, gazetteer, context, areas)):
        return unit
    rivals = len(best) - 1
    told = f", chosen over {rivals} other candidate(s) by context" if rivals else ""
    return _matched(top, f"{told})", query, qualifier, areas)


def _matched(
    found: Candidate, why_this: str, query: Query, qualifier: str | None, areas: AdminAreas,
    own_name: bool = False,
) -> Choice:  # fmt: skip
    """The Choice of a matched candidate at its own precision, with the reason every reading
    writes alike: "'<name>' -> <place> (<id>, <method> match<why_this>; precision <p>: <why>".
    ``why_this`` closes the bracket and says why this candidate ("), a city; ...")."""
    precision, radius, why = _precision_of(found.place, query, qualifier, areas)
    reason = (
        f"'{query.base}' -> {found.place.name} ({found.place.id}, {found.method} match"
        f"{why_this}; precision {precision}: {why}"
    )
    return Choice(found.place, precision, radius, reason, own_name=own_name)


def _province(
    query: Query, cue: Cue, found: list[Candidate], context: ArticleContext, areas: AdminAreas,
    gazetteer: Gazetteer | None = None,
) -> Choice | None:  # fmt: skip
    """ "Kandahar province", "Kharkiv region", "Borno state", "rebel-held Idlib": the
    first-level unit of the name, at precision 3 (``geocode.seats``). A unit GeoNames spells
    with its admin word comes first: "Kyiv oblast" is the oblast GeoNames names Kiev (alias
    "Kyiv Oblast"), not the unit Kyiv City, which the city's own name matches."""
    unit = _spelled_with_word(query, cue, gazetteer, context) if gazetteer else None
    unit = unit or province_of(query.base, found, context)
    if unit is None:
        return None
    radius = unit_radius(unit, areas) or cfg.RADIUS_ADMIN1_KM
    reason = (
        f"'{query.base}' with '{cue.words}' names a province: {unit.name} ({unit.id}); "
        "precision 3: its centre stands for it"
    )
    return Choice(unit, 3, radius, reason)


def _spelled_with_word(
    query: Query, cue: Cue, gazetteer: Gazetteer, context: ArticleContext
) -> Place | None:
    """The first-level unit spelled alike as the name with its admin word ("Kyiv Oblast")."""
    if cue.territory or not cue.words.isalpha():
        return None  # "rebel-held", "the province of": no word written after the name
    within = (query.within,) if query.within else ()
    units = [
        c
        for c in gazetteer.lookup(f"{query.base} {cue.words}", countries=within)
        if c.method in ("exact", "variant") and c.place.feature_code == "ADM1"
    ]
    return province_of(units[0].place.name, units, context) if units else None


def _seat_as_province(
    query: Query, top: Place, found: list[Candidate], gazetteer: Gazetteer,
    context: ArticleContext, areas: AdminAreas,
) -> Choice | None:  # fmt: skip
    """A bare name of a province's seat in a report about the province ("in Idlib", the
    report naming Khan Sheikhun and Saraqib): the province, at precision 3
    (``geocode.seats``, step 2)."""
    unit = seat_unit(top, found)
    if unit is None:
        return None
    read = bare_reading(top, query.base, context, gazetteer)
    if read is None:
        return None
    why, said = read
    if unit.country == "SY":
        syrian = region_named(Phrase(query.base, "province", None, "SY"), None, areas)
        if syrian is not None:
            unit = syrian.place
    radius = unit_radius(unit, areas) or cfg.RADIUS_ADMIN1_KM
    reason = (
        f"'{query.base}' names both a province and its capital {top.name} ({top.id}) and the "
        f"text says neither; {why} ({', '.join(said)}): read as the province {unit.name} "
        f"({unit.id}); precision 3: its centre stands for it"
    )
    return Choice(unit, 3, radius, reason)


def _within_parents(
    query: Query, qualifier: str | None, found: list[Candidate], parents: Sequence[Parent],
    gazetteer: Gazetteer, areas: AdminAreas,
) -> Choice | None:  # fmt: skip
    """The candidate inside the innermost parent; else the parent stands for the place; None
    when the containment reads as a list ("Aleppo, Idlib and Hama": the name has a place of
    its own in the parent's country, outside the parent)."""
    inner = parents[0]
    named = [c for c in found if c.score >= cfg.MIN_SCORE]
    if not any(c.place.country == inner.country for c in named):
        named += gazetteer.fuzzy(query.base, [inner.country])
    said = ", ".join(p.phrase for p in parents)
    # the innermost parent that holds a candidate: an inner name read as a namesake unit
    # ("Petare (Sucre, Miranda)": Sucre the state, as GeoNames spells the municipality
    # "Municipio Sucre") does not hide the town the outer parent holds
    for parent in parents:
        within = [c for c in named if inside(c.place, parent, areas)]
        if within:
            top = max(within, key=_containment_rank)
            told = f'), inside "{parent.phrase}" ("{said}") as the text says'
            return _matched(top, told, query, qualifier, areas)
    itself = _own_other_name(query, named, parents[0], gazetteer)
    if itself is not None:
        told = (
            f'); the bracket "{parents[0].phrase}" is another name of this very city '
            "(or of a unit named after it that does not hold it), not a parent elsewhere"
        )
        return _matched(itself, told, query, qualifier, areas, own_name=True)
    city = _city_of_its_part(named, inner)
    if city is not None and not all(inside(city.place, p, areas) for p in parents[1:]):
        # "Kamianske (Vasylivka, Zaporizhia)": the outer unit holds no city of the name, so
        # the inner one is no part of that city but the container of a village it lacks
        city = None
    if city is not None:
        told = (
            f'), a city; "{inner.phrase}" does not hold it and is read as a part of it, not its '
            "container"
        )
        return _matched(city, told, query, qualifier, areas)
    quartered = _city_over_a_town_abroad(named, parents)
    if quartered is not None:
        told = (
            f'), a city; "{inner.phrase}" is read as a part of it (a smaller town of that name '
            f"abroad holds no '{query.base}'), not its container"
        )
        return _matched(quartered, told, query, qualifier, areas, own_name=True)
    # the list reading needs a place of that very spelling elsewhere in the country and a
    # comma ("Aleppo, Idlib and Hama"); "Pallel (Tengnoupal, Manipur)" near-spelling a village
    # of Goa, or "the White House in Washington" sharing a name with a town of Tennessee, is not
    # a list
    spelled = [c for c in named if c.method in cfg.EXACT_METHODS]
    listed = inner.listed and any(c.place.country == inner.country for c in spelled)
    if listed or inner.place is None:
        return None
    precision = stand_in_precision(inner)
    unit = world_unit(inner.place)
    basis = (
        "; GeoNames has no town of 500+ people in it, so its province's point is used"
        if unit is not None and unit.basis == "admin1"
        else ""
    )
    own = (
        "the town's point: the place is in or near it"
        if inner.place.feature_class == "P"
        else "the unit's point, not a village of its own"
    )
    reason = (
        f"'{query.base}' is not in the gazetteer inside \"{said}\"; the text places it in "
        f"{inner.place.name} ({inner.place.id}), which stands for it at precision {precision} "
        f"({own}{basis})"
    )
    return Choice(inner.place, precision, inner.radius_km, reason)


def _city_of_its_part(named: list[Candidate], inner: Parent) -> Candidate | None:
    """A city of CITY_POPULATION+ people spelled as written, with a district (or a smaller
    town of that name) of its country after it that does not hold it: that is a part of the
    city ("Guangzhou (Haizhu district)", "Karachi (Lyari town)"), as coders write a city's
    quarter, not a container elsewhere whose point would stand for the city. A province
    never: "X (Y province)" that does not hold a city X is a village X the gazetteer lacks."""
    unit = inner.place
    if unit is None or unit.feature_code == "ADM1":
        return None
    cities = [
        c
        for c in named
        if c.method in cfg.EXACT_METHODS and c.place.feature_class == "P"
        and c.place.country == inner.country
        and (c.place.population or 0) >= max(cfg.CITY_POPULATION, unit.population or 0)
    ]  # fmt: skip
    return max(cities, key=lambda c: c.place.population or 0) if cities else None


_UNIT_WORD = re.compile(rf"\b(?:{cfg.CONTAINER_WORDS})\b", re.I)


def _city_over_a_town_abroad(named: list[Candidate], parents: Sequence[Parent]) -> Candidate | None:
    """A capital or city of CITY_POPULATION+ spelled as written, with one bracket or parent
    after it that the gazetteer reads as a smaller town of another country holding no place
    of the name: the words name a part of the city (a street, district or landmark:
    "central London (Whitehall)", "Nairobi (Kibera)"), whose namesake town or district abroad
    would otherwise pull the city out of its country. A town is never the container of a city
    larger than itself; an admin unit ("X (Y province)") is left to the containment reading,
    as is a town of the city's own country (``_city_of_its_part``). Places42, session 42."""
    if len(parents) != 1 or (town := parents[0].place) is None or not parents[0].bracketed:
        return None  # "the Boston area of Cite Soleil": a quarter named of its town
    # a town, or a district written bare (no unit's word) that is its province's part abroad
    # (Jamaica's "Whitehall" district of St. Andrew): never a first-level unit
    bare = _UNIT_WORD.search(parents[0].phrase) is None
    if not (town.feature_class == "P" or (bare and town.feature_code == "ADM2")):
        return None
    if (town.population or 0) >= cfg.CITY_POPULATION:
        return None  # a city is a container in its own right ("the X area of Gaza City")
    # the city's own name as written, ten times the town's people: "Zeitoun", a variant of a
    # Chinese city's name, is no city over "Gaza City"
    cities = [
        c
        for c in named
        if written_key(c.place.name) == written_key(c.matched)
        and c.method in cfg.EXACT_METHODS
        and _notable_city(c.place)
        and c.place.country != parents[0].country
        and (c.place.population or 0) > max(cfg.CITY_POPULATION, 10 * (town.population or 0))
    ]  # fmt: skip
    return max(cities, key=lambda c: c.place.population or 0) if cities else None


def _own_other_name(
    query: Query, named: list[Candidate], inner: Parent, gazetteer: Gazetteer
) -> Candidate | None:
    """A city whose bracket gives its own name in another spelling or its namesake unit that
    does not hold it ("Tashkent (Toshkent)", "Algiers (Alger)", "Buenos Aires city (Buenos
    Aires)": capitals that are first-level units of their own): the city, when the bracket's
    words spell it as exactly as the name does. Only a seat or a city (``_notable_city``):
    a village is never taken on a bracket's say-so."""
    phrase = inner.phrase
    spelled = {c.place.id for c in gazetteer.lookup(phrase) if c.method in cfg.EXACT_METHODS}
    own = [
        c
        for c in named
        if c.method in cfg.EXACT_METHODS and c.place.id in spelled and _notable_city(c.place)
    ]
    return max(own, key=_containment_rank) if own else None


def _notable_city(place: Place) -> bool:
    code = place.feature_code or ""
    big = (place.population or 0) >= cfg.CITY_POPULATION
    return place.feature_class == "P" and (code.startswith(("PPLC", "PPLA")) or big)


def _containment_rank(cand: Candidate) -> tuple[float, int]:
    bonus = cfg.feature_bonus(cand.place.feature_class, cand.place.feature_code)
    return cand.score + bonus, cand.place.population or 0


def _airfield(
    query: Query, qualifier: str | None, gazetteer: Gazetteer, context: ArticleContext,
    areas: AdminAreas, parents: Sequence[Parent] = (),
) -> Choice | None:  # fmt: skip
    fields = [
        c
        for c in gazetteer.lookup(query.base, prefix=True)
        if c.place.feature_code in cfg.AIRFIELD_CODES
    ]
    best = ranked(fields, context, areas)
    if best:
        place = best[0][1].place
        near = (qualifier or "").lower() in cfg.NEAR_QUALIFIERS
        precision = 2 if near else 1
        why = "near the airfield" if near else "the airfield itself"
        reason = (
            f"'{query.base}' airbase -> {place.name} ({place.id}); precision {precision}: {why}"
        )
        radius = cfg.RADIUS_NEAR_KM if near else cfg.RADIUS_CITY_KM
        return Choice(place, precision, radius, reason)
    town = choose(Query(query.base), None, gazetteer, context, areas, parents)
    if town is None:
        return None
    reason = (
        f"the airbase is not in the gazetteer; placed at the town it is named after, "
        f"precision 2. {town.reason}"
    )
    return Choice(town.place, max(2, town.precision), max(cfg.RADIUS_NEAR_KM, town.radius_km),
                  reason)  # fmt: skip


def _named_after(
    query: Query, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas,
    parents: Sequence[Parent] = (),
) -> Choice | None:  # fmt: skip
    """A dam, bridge or mountain named after a town ("Tabqa Dam", "Mount Sinjar"): the town
    stands for it at precision 2 (near it, not in it). The town is sought inside the units the
    text gives the site ("the X Dam (Manbij, Aleppo)"), as any name is: a namesake village a
    province away, spelled only near it, is not the town (places37); none inside, the inner
    unit stands for the site."""
    town = choose(Query(query.base, within=query.within), None, gazetteer, context, areas, parents)
    if town is None:
        return None
    reason = (
        f"'{query.base}' {query.facility}: a site named after a place; the place stands for "
        f"it, precision 2. {town.reason}"
    )
    radius = max(cfg.RADIUS_NEAR_KM, town.radius_km)
    return Choice(town.place, max(2, town.precision), radius, reason)


def fallback(query: Query, context: ArticleContext, offset: int | None) -> Choice | None:
    """Step 4: the article's own area or region, nearest to the mention first."""

    def nearest(start: int) -> int:
        return abs(start - offset) if offset is not None else 0

    for area in sorted(context.areas, key=lambda a: nearest(a.start)):
        reason = (
            f"'{query.base}' is not in the gazetteer; the article places the events in "
            f'"{area.phrase}" -> {area.place.name} ({area.place.id}), precision 2'
        )
        return Choice(area.place, 2, cfg.RADIUS_COUNTRYSIDE_KM, reason)
    for region in sorted(context.regions, key=lambda r: (r.unit.level, nearest(r.start))):
        unit = region.unit
        reason = (
            f"'{query.base}' is not in the gazetteer; the article names the region "
            f'"{region.phrase}" -> {unit.kind} {unit.name} ({unit.pcode}), precision 3'
        )
        return Choice(unit.as_place(), 3, unit.radius_km, reason)
    return None


def locate(choice: Choice, location: Location, areas: AdminAreas) -> Location:
    """The chosen point with its country and admin areas filled in."""
    place = choice.place
    update: dict[str, object] = {
        "latitude": round(place.latitude, 5),
        "longitude": round(place.longitude, 5),
        "geo_precision": choice.precision,
        "uncertainty_km": choice.radius_km,
        "place_id": place.id,
        "reason": choice.reason,
    }
    match = areas.locate(place.latitude, place.longitude)
    if match is not None:
        update.update(
            country="Syria", iso=760, admin1=match.admin1.name, admin2=match.admin2.name,
            admin3=match.admin3.name,
        )  # fmt: skip
    else:
        update.update(_country(place.country), admin1=place.admin1, admin2=place.admin2)
    return location.model_copy(update=update)


def _country(alpha2: str | None) -> dict[str, object]:
    """A gazetteer place's country as the model writes it: its name and ISO numeric (None for a
    country ISO lacks: Kosovo is "Kosovo", no number); the code itself when it is no country."""
    country = country_by_code(alpha2) if alpha2 else None
    if country is None:
        return {"country": alpha2, "iso": None}
    return {"country": country.name, "iso": country.numeric}
