"""What an article says about where it is: regions, areas and anchor places.

Read once per article, before any name is placed:

1. Regions: admin units the text names as regions ("southern Idlib", "the countryside of Hama",
   "Hama province"), with the direction when one is given.
2. Areas: "the X area" and "south of X" phrases, where X is a town: the report's front line.
3. Anchors: places the article names that the gazetteer knows without doubt (one candidate),
   used to pick among namesakes (the Zarzour near Abu al-Duhur, not the one near Jisr
   al-Shughur).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import shapely
from rapidfuzz import fuzz
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from ceasewatch.geo import km_between
from ceasewatch.geocode import settings as cfg
from ceasewatch.knowledge.admin import AdminAreas, AdminUnit
from ceasewatch.knowledge.countries import (
    DATELINE,
    article_countries,
    cased_dateline,
    country_named,
    leading,
    territories_of,
    title_country,
)
from ceasewatch.knowledge.gazetteer import Candidate, Gazetteer, folded, name_key
from ceasewatch.knowledge.world import admin1_names_by_key, country_point, plain_key, towns_named
from ceasewatch.model import Place


@dataclass(frozen=True)
class Region:
    unit: AdminUnit
    direction: tuple[int, int] | None  # (north +1 / south -1, east +1 / west -1)
    phrase: str
    start: int  # offset of the phrase in the article text


@dataclass(frozen=True)
class Area:
    place: Place
    phrase: str
    start: int
    direction: tuple[int, int] | None = None  # "south of X": the events lie that way from X


@dataclass
class ArticleContext:
    regions: list[Region] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)
    anchors: list[Place] = field(default_factory=list)
    # ISO alpha-2 -> how strongly the text is about the country: its dateline, names,
    # adjectives ("Syrian army"), capitals and admin areas (``knowledge.countries``)
    named_countries: dict[str, float] = field(default_factory=dict)
    # why each country is among them, for the locations' reasons
    country_reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # ISO alpha-2 -> why: the countries of the actors the text names (``add_actor_countries``),
    # never a vote for the article's country (an actor fights abroad too), only a weak frame
    # when the text names none
    actor_countries: dict[str, str] = field(default_factory=dict)
    # countries the text names only as the nationality of armed forces or their weapons
    # ("Turkish drones", "an Israeli strike": ``forces_only``): the attacker's, maybe not the
    # scene's (``place.forces_scene``)
    forces_only: frozenset[str] = frozenset()
    # countries the text names as forces more often than otherwise, not always
    # (``mostly_forces``): the attacker's, unless the actors say nothing else
    mostly_forces: frozenset[str] = frozenset()
    # the one country the text leads with ('' for none or a tie): the report's country, kept
    # on the extraction for the store (``Extraction.country``), before the dateline town votes
    leading_country: str = ""
    breaks: tuple[int, ...] = ()  # offsets of the article's paragraph breaks
    text: str = ""  # the article text (containment phrases are read around a name's span)
    filed_from: Place | None = None  # the dateline's town, when the gazetteer knows it
    # the dateline is a note's statement of where its event was ("On 5 June 2023, Jayapura:
    # ..."), not the town a report was filed from (``stated_place``)
    stated: bool = False
    # name -> the places spelled alike that each location name of the extraction may be: a
    # village is corroborated by another name of the text lying near it (``corroborated``)
    spelled: dict[str, tuple[Place, ...]] = field(default_factory=dict)
    # governorate PCODE -> how many of the article's events were placed in it so far
    placed: Counter[str] = field(default_factory=Counter)
    # (PCODE, lat, lon) -> (inside the unit's polygon, km to it): an article names its regions
    # again and again ("southern Idlib" x 10) and its candidates recur; shapely was a tenth of
    # geocoding
    region_km: dict[tuple[str, float, float], tuple[bool, float]] = field(default_factory=dict)
    # (seat's place id, name) -> the places the report's other capitalised names may be in the
    # seat's country (``geocode.seats``: read once per article and seat)
    named_near: dict[tuple[str, str], list[tuple[Place, ...]]] = field(default_factory=dict)
    # (sentence start, end) -> the spans of the causes its protest names: a sentence's fallback
    # and the unframed fallback both skip them (``geocode._grievances``: read once a sentence)
    grievances: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    # the location names of the article's events (``geocode``): a country whose only
    # evidence is one of them naming its admin area is no evidence (``self_evidence``)
    event_names: frozenset[str] = frozenset()

    def actor_country(self) -> str | None:
        """The one country of the actors the text names, when the text itself names none and
        the actors are of one country only; else None. A country named only as foreign
        forces' ("PNH and Kenyan MSS troops ... in Centre") names no scene (as in
        ``main_country``): the actors' country is still the one."""
        votes = self.country_votes()
        if len(self.actor_countries) != 1 or any(
            v > 0 for c, v in votes.items() if c not in self.forces_only
        ):
            return None
        return next(iter(self.actor_countries))

    def same_paragraph(self, a: int, b: int) -> bool:
        low, high = sorted((a, b))
        return not any(low < brk < high for brk in self.breaks)

    @property
    def empty(self) -> bool:
        return not (self.regions or self.areas or self.anchors)

    def countries(self) -> set[str]:
        found = {a.place.country for a in self.areas} | {p.country for p in self.anchors}
        if self.regions:
            found.add("SY")
        main = self.main_country()
        return {c for c in (*found, main) if c}

    def main_country(self) -> str | None:
        """The country the article is about: the one it names most (its regions count for
        Syria, its "X area" phrases for X's country); None when it names none or two tie.
        Anchors do not vote: a name with one candidate abroad may be a local place the
        gazetteer lacks."""
        votes = self.country_votes()
        ranked = [kv for kv in sorted(votes.items(), key=lambda kv: -kv[1]) if kv[1] > 0]
        own = [kv for kv in ranked if self.self_evidence(kv[0], tuple(self.event_names))]
        if own and len(own) < len(ranked):
            # a country the text names only by an event's own place ("Blida": Algeria's
            # province, a village of the Lebanon update it is in) is no evidence of itself
            ranked = [kv for kv in ranked if kv not in own]
        placed = [kv for kv in ranked if kv[0] not in self.forces_only and self._as_place(kv[0])]
        if placed and any(c in self.forces_only for c, v in ranked if v == ranked[0][1]):
            # a country named only as foreign forces' ("Russian troops shelled Kharkiv", "the
            # French base") acts there; the countries the text names otherwise are where
            ranked = placed
        elif (
            ranked
            and all(c in self.forces_only for c, _ in ranked)
            and len(hosts := set(self.actor_countries) - self.forces_only) == 1
        ):
            # forces' country alone, beside actors of one other ("FACA and Russian
            # instructors clashed with 3R rebels"): the actors' country is the scene
            return hosts.pop()
        elif (
            ranked
            and ranked[0][0] in self.mostly_forces
            and len(hosts := set(self.actor_countries) - self.mostly_forces) == 1
            and votes.get(host := next(iter(hosts)), 0.0) > 0
        ):
            # the leader is named mostly as an attacker's ("a Turkish drone", "the Turkish
            # occupation army", once "Turkish threats") beside actors of one other country the
            # text also names (an SDF statement: "Syrian" twice, in its and its foes' names):
            # the actors' country is the scene (reports dev rh017, story44)
            return host
        ranked = ranked[:2]
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _as_place(self, alpha2: str) -> bool:
        """Does the text name this country as a place: by its name, a town, a unit, a
        dateline or an area of it? An adjective alone ("Afghan Taliban", "Iranian-backed")
        names its people or allies, which may be anywhere."""
        if self.country_votes().get(alpha2, 0.0) > self.named_countries.get(alpha2, 0.0):
            return True  # an area or region of it
        if self.filed_from is not None and self.filed_from.country == alpha2:
            return True  # the dateline's town
        for why in self.country_reasons.get(alpha2, ()):
            said = _SAID.fullmatch(why)
            if said is None or country_named(said.group(1)) is not None:
                return True
        return False

    def tied_countries(self) -> tuple[str, ...]:
        """The countries that share the lead when two or more tie (a note about "the Gaza
        ceasefire between Israel and Hamas" names Israel and Gaza once each); () otherwise."""
        votes = {c: v for c, v in self.country_votes().items() if v > 0}
        if len(votes) < 2:
            return ()
        top = max(votes.values())
        tied = tuple(sorted(c for c, v in votes.items() if v == top))
        return tied if len(tied) >= 2 else ()

    def country_votes(self) -> dict[str, float]:
        votes = dict(self.named_countries)
        votes["SY"] = votes.get("SY", 0.0) + len(self.regions)
        for area in self.areas:
            if area.place.country:
                votes[area.place.country] = votes.get(area.place.country, 0.0) + 1
        return votes

    def says_country(
        self, alpha2: str | None, *, major: bool = False, own: tuple[str, ...] = ()
    ) -> bool:
        """Does the text situate itself in this country? ``major``: any evidence at all (for
        a capital or a large city abroad); else at least half the leading country's weight
        (a village abroad is taken only when the report is about that country too). ``own``:
        the spellings of the place being placed, which is no evidence of its own country
        (``self_evidence``)."""
        votes = self.country_votes()
        if not alpha2 or votes.get(alpha2, 0.0) <= 0:
            return False
        if own and self.self_evidence(alpha2, own):
            return False
        return major or votes[alpha2] >= cfg.ABROAD_SHARE * max(votes.values())

    def territory_named(self, alpha2: str | None, home: str) -> bool:
        """Is ``alpha2`` a territory of ``home`` (``knowledge.countries.territories_of``) that
        the text names as a place? A story on New Caledonia's riots names "the French
        government" and Paris more than the territory: France leads, and the territory's own
        Mont-Dore (25,000 people) must not lose to a hamlet of the Puy-de-Dôme (reports dev
        ru035, story44)."""
        return (
            alpha2 is not None
            and alpha2 in territories_of(home)
            and self.named_countries.get(alpha2, 0.0) > 0
            and self._as_place(alpha2)
        )

    def self_evidence(self, alpha2: str, own: tuple[str, ...]) -> bool:
        """Is the name being placed the text's only evidence of this country? "Blida" in a
        Lebanon security update is Algeria's admin area by name (``names the admin area``),
        its only sign of Algeria (reports dev rl017, story44): the namesake abroad voted for
        itself and was then admitted as a place of a country the text "names". Only the
        admin-area reason of the name itself counts as its own (a capital's name is the city's);
        a dateline or a bracketed chain says where the text is, whatever it names."""
        keys = {plain_key(o) for o in own if o}
        if alpha2 in self.forces_only or not keys or alpha2 not in self.named_countries:
            return False
        if self.country_votes().get(alpha2, 0.0) > self.named_countries[alpha2]:
            return False  # an area or region of it besides
        reasons = self.country_reasons.get(alpha2, ())
        only_itself = bool(reasons) and all(
            (m := _OWN_NAME.fullmatch(why)) is not None and plain_key(m.group(1)) in keys
            for why in reasons
        )
        return only_itself and self._beyond_reach(alpha2)

    def _beyond_reach(self, alpha2: str) -> bool:
        """Does this country lie beyond reach of every other country the text names (the two
        extents, ``knowledge.world.country_point``, plus ``SCENE_REACH_KM`` apart)? Gaza,
        the Palestinian territory's unit, in a report filed from Jerusalem is next door and
        its own name says where (tests/test_geocode_places10.py); Algeria is no neighbour of
        Lebanon's."""
        point = country_point(alpha2)
        if point is None:
            return False
        for other in self.named_countries:
            there = country_point(other) if other != alpha2 else None
            if there is None:
                continue
            km = km_between(point.latitude, point.longitude, there.latitude, there.longitude)
            if km <= point.radius_km + there.radius_km + cfg.SCENE_REACH_KM:
                return False
        return True

    def corroborated(self, place: Place) -> bool:
        """Does another place name of the text, spelled alike to a place within
        ``CORROBORATE_KM`` of this one in the same country, situate the text there? A report
        naming only Russia, Turkey and Iran (the Astana guarantors) about "Kafr Nabl and Khan
        Shaykhun" is about Syria: two names, one area. A lone village is no evidence."""
        for places in self.spelled.values():
            if any(peer.id == place.id for peer in places):
                continue  # its own name (and that name's namesakes) is no second witness
            for peer in places:
                if peer.country != place.country:
                    continue
                km = km_between(place.latitude, place.longitude, peer.latitude, peer.longitude)
                if km <= cfg.CORROBORATE_KM:
                    return True
        return False


def km_to_geometry(lat: float, lon: float, geom: BaseGeometry) -> float:
    """Approximate km from a point to a polygon (0 inside); degrees scaled at the latitude."""
    point = shapely.Point(lon, lat)
    if geom.contains(point):
        return 0.0
    nearest = nearest_points(geom, point)[0]
    return km_between(lat, lon, nearest.y, nearest.x)


def in_direction(lat: float, lon: float, geom: BaseGeometry, direction: tuple[int, int]) -> bool:
    """Is the point in the named part of a region ("southern" = south of its centre)?"""
    centre = geom.centroid
    north, east = direction
    ok_ns = north == 0 or (lat - centre.y) * north > 0
    ok_ew = east == 0 or (lon - centre.x) * east > 0
    return ok_ns and ok_ew


def lies_towards(place: Place, lat: float, lon: float, direction: tuple[int, int]) -> bool:
    north, east = direction
    ok_ns = north == 0 or (lat - place.latitude) * north > 0
    ok_ew = east == 0 or (lon - place.longitude) * east > 0
    return ok_ns and ok_ew


def _region_units(name: str, areas: AdminAreas) -> AdminUnit | None:
    """The admin unit a region phrase names: governorates first, then districts. A spelling
    variant must be close to the unit's name, not merely share its consonants ("Deir" is not
    "Dar'a")."""
    key = name_key(name)
    for unit in areas.find(name):
        names = (unit.name, *unit.alt_names)
        close = max(fuzz.ratio(key, name_key(n)) for n in names) >= cfg.REGION_MIN_RATIO
        if unit.level <= 2 and close:
            return unit
    return None


def _best_town(
    name: str, gazetteer: Gazetteer, country: str | None, syria: bool = True
) -> Place | None:
    """The populated place an area phrase names, when the gazetteer has exactly one (in the
    article's country, when it is known) or one clearly ahead of the rest (by name score).
    ``syria``: does the text situate itself in Syria at all (a name, a region)? Only then does a
    Syrian town break a tie among namesakes: a report of Myanmar's "east of KANI", naming no
    country, is not about a Syrian village GeoNames also spells so."""
    found = [c for c in gazetteer.lookup(name) if c.score >= cfg.MIN_SCORE]
    if country is not None:  # "the Akruma area" of a Syrian report is not Akkrum, Friesland
        found = [c for c in found if c.place.country == country]
    towns = [c for c in found if c.place.feature_class == "P"] or found
    exact = [c for c in found if c.method == "exact"]  # as spelled, not a variant of it
    if any(c.place.feature_code == "ADM1" for c in exact) and not any(
        c.place.feature_class == "P" for c in exact
    ):
        return None  # "the North-West region": first-level units, not the town "Northwest"
    if not towns:
        return None
    if len(towns) == 1 or towns[0].score > towns[1].score:
        return towns[0].place
    capital = _capital_among(towns)
    if capital is not None:
        return capital
    if not syria:
        return None
    syrian = [c for c in towns if c.place.country == "SY"]
    return syrian[0].place if len(syrian) == 1 else None


def _capital_among(towns: Sequence[Candidate]) -> Place | None:
    """The one seat of government (GeoNames PPLC) among namesakes that tie on their name:
    "north of Copenhagen" is Denmark's capital, not the hamlets of New York and Wisconsin
    that share the name (session 46, notezi). Two capitals of one name break no tie: the
    rule does not guess between countries."""
    best = towns[0].score
    capitals = [c for c in towns if c.score == best and c.place.feature_code == "PPLC"]
    return capitals[0].place if len(capitals) == 1 else None


def dateline_town(
    text: str, gazetteer: Gazetteer, votes: dict[str, float] | None = None
) -> Place | None:
    """The town a dateline names ("DAMASCUS, March 3 (SANA) -"), when the gazetteer has a
    town of that exact name: in the country the text is most about (``votes``: "ISLAMABAD" is
    Pakistan's capital, not Chattogram's old name), else the most populous. Its country votes
    for the article's country;
    the town itself only stands for events the text places nowhere else (``geocode.frame``):
    a report filed in Damascus often tells of events elsewhere."""
    match = DATELINE.match(text)
    cased = cased_dateline(text) if match is None else None
    if match is None and cased is None:
        return None
    name = match.group(1).title() if match is not None else cased[0] if cased else ""
    found = gazetteer.lookup(name)
    if _region_heading(found):
        return None  # "NORTH-WEST" over a situation report's items: a region, not a town
    towns = [
        c.place for c in found if c.method in ("exact", "variant") and c.place.feature_class == "P"
    ]
    if cased is not None and not cased[2]:
        # "Cotonou. Protesters ...": a title-case word and a period open many a sentence; only
        # a town a report would be filed from (a seat or a town of 10,000+) is a dateline
        towns = [p for p in towns if _dateline_size(p)]
    said = votes or {}
    key = as_written(name)
    # a dateline is written in the town's own name: "Jayapura" is Papua's capital before
    # Jaipur, which GeoNames also spells so
    towns.sort(
        key=lambda p: (
            -said.get(p.country or "", 0.0),
            as_written(p.name) != key,
            -(p.population or 0),
        )
    )
    return towns[0] if towns else None


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}")


@lru_cache(maxsize=256)  # one text, many names placed in it
def admin1_named(text: str, *, units_only: bool = False) -> frozenset[tuple[str, str]]:
    """(country, unit name) of every first-level unit the text names by a name or variant of
    it, alone or inside a capitalised run ("Zamfara", "Belgorod Oblast", "(Narsingdi, Dhaka)").
    ``units_only``: not by a name that is also a town's own name in that country ("Dhaka",
    "Kinshasa": the city is meant as often as the province)."""
    table = admin1_names_by_key()
    towns = towns_named() if units_only else {}
    found: set[tuple[str, str]] = set()
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                key = plain_key(" ".join(words[i:j]))
                found.update(u for u in table.get(key, ()) if u[0] not in towns.get(key, ()))
    return frozenset(found)


def as_written(name: str) -> str:
    """A name's letters as written, accents and case aside ("Sao Paulo" = "São Paulo"), with no
    transliteration rule (``name_key`` makes "Laamu" of "Lamu"): is a place's own name the
    word the text wrote, or only a variant GeoNames lists for it?"""
    return " ".join(re.sub(r"[^\w]+", " ", folded(name)).split())


def _region_heading(found: Sequence[Candidate]) -> bool:
    """Does a dateline's name spell first-level units exactly and no town ("NORTH-WEST",
    "SOUTH-WEST", "CENTRE": a situation report's heading over its items, Cameroon's or South
    Africa's region), so that a town reached only by a variant ("Northwest", a hamlet of North
    Carolina) is no town it was filed from? The reading of ``_best_town`` for area phrases; a
    seat or a town of ``DATELINE_MIN_POP`` reached by a variant still is one."""
    exact = [c for c in found if c.method == "exact"]
    units = any(c.place.feature_code == "ADM1" for c in exact)
    if not units or any(c.place.feature_class == "P" for c in exact):
        return False
    # a seat or a town of some size spelled so by a variant is still a town one files from
    towns = (c.place for c in found if c.method == "variant" and c.place.feature_class == "P")
    return not any(_dateline_size(p) for p in towns)


def _dateline_size(place: Place) -> bool:
    code = place.feature_code or ""
    return code.startswith(("PPLA", "PPLC")) or (place.population or 0) >= cfg.DATELINE_MIN_POP


def stated_place(text: str) -> bool:
    """Does the text open as a note does, with its date and then the event's place ("On 18
    April 2024, Dapaong (Savanes): ...")? That town is where the note's event happened, not
    where a report was filed: a capital counts like any town (``frame.filed_town``)."""
    if DATELINE.match(text) is not None:
        return False
    cased = cased_dateline(text)
    return cased is not None and cased[2]


def dateline_country(text: str, gazetteer: Gazetteer) -> str | None:
    """The country of the dateline's town (``dateline_town``)."""
    town = dateline_town(text, gazetteer)
    return town.country if town is not None else None


def read_context(
    text: str, gazetteer: Gazetteer, areas: AdminAreas,
    actor_countries: Mapping[str, Sequence[str]] | None = None, title: str | None = None,
    event_names: frozenset[str] = frozenset(),
) -> ArticleContext:  # fmt: skip
    """The article's context (see the module docstring). ``actor_countries``: alpha-2 -> the
    actors of that country the text names (``add_actor_countries``). ``title``: the report's
    title, whose one country (``title_country``: a transcript header's city or language) is
    the text's when the text names none and no actor says one. ``event_names``: the location
    names of the article's events (``ArticleContext.event_names``)."""
    breaks = tuple(m.start() for m in re.finditer(r"\n", text))
    evidence = article_countries(text)
    if not evidence and not actor_countries and (hint := title_country(title)) is not None:
        evidence = [hint]
    context = ArticleContext(
        named_countries={e.alpha2: e.score for e in evidence},
        country_reasons={e.alpha2: e.reasons for e in evidence},
        leading_country=lead.alpha2 if (lead := leading(evidence)) else "",
        breaks=breaks,
        text=text,
        event_names=event_names,
    )
    context.forces_only = forces_only(text, context.country_reasons)
    context.mostly_forces = mostly_forces(text, context.country_reasons) - context.forces_only
    context.filed_from = dateline_town(text, gazetteer, context.named_countries)
    context.stated = context.filed_from is not None and stated_place(text)
    filed = context.filed_from.country if context.filed_from else None
    if filed is not None:  # where the report was filed says which country it is about
        votes = context.named_countries
        votes[filed] = votes.get(filed, 0.0) + 1
    add_actor_countries(context, actor_countries or {})
    for pattern, needs in zip(cfg.REGION_PATTERNS, cfg.REGION_WORDS, strict=True):
        if needs is not None and not any(w in text for w in needs):
            continue
        for match in pattern.finditer(text):
            groups = match.groups()
            direction = cfg.DIRECTIONS.get(groups[0].lower()) if len(groups) == 2 else None
            unit = _region_units(groups[-1], areas)
            if unit is not None:
                context.regions.append(Region(unit, direction, match.group(0), match.start()))
    country = context.main_country()
    syria = context.named_countries.get("SY", 0.0) > 0 or bool(context.regions)
    areas_named = any(w in text for w in cfg.AREA_WORDS)
    for match in cfg.AREA_PATTERN.finditer(text) if areas_named else ():
        place = _best_town(match.group(1), gazetteer, country, syria)
        if place is not None and not _outside_its_unit(place, text, match.end()):
            context.areas.append(Area(place, match.group(0), match.start()))
    for match in cfg.OF_PATTERN.finditer(text):
        place = _best_town(match.group(2), gazetteer, country, syria)
        direction = cfg.DIRECTIONS.get(match.group(1).lower().replace("-", ""))
        if place is not None:
            context.areas.append(Area(place, match.group(0), match.start(), direction))
    return context


# "the San Juan region of Chocó", "the Idlib region of Syria": the unit or country the area
# phrase says its region lies in
_AREA_OF = re.compile(rf"\s+of\s+(?:the\s+)?({cfg.NAME})")


def _outside_its_unit(place: Place, text: str, end: int) -> bool:
    """Does the text say the area lies in a unit or country (``_AREA_OF``) that the area's
    town is not in? "the San Juan region of Chocó" is no region of San Juan, Puerto Rico
    (places37): the area is not read, and the names around it are placed as any are."""
    of = _AREA_OF.match(text, end)
    if of is None:
        return False
    unit = of.group(1)
    country = country_named(unit)
    if country is not None:
        return place.country != country.alpha2
    named = admin1_names_by_key()
    units = named.get(plain_key(unit)) or named.get(plain_key(_UNIT_WORD.sub("", unit))) or ()
    own = plain_key(place.admin1 or "")
    # a name that is no first-level unit says nothing here
    return bool(units) and not any(place.country == c and own == plain_key(n) for c, n in units)


_UNIT_WORD = re.compile(r"\s+(?:province|state|department|region|governorate)$", re.I)


_SAID = re.compile(r'names "([^"]+)"')
# The reason a place's own name gives its country (``knowledge.countries._place_evidence``): an
# admin area's name, which towns abroad share ("Blida"). A capital is not: "Berlin" named
# for a diaspora march in an Iran story is Germany's (reports dev rg019 lost it otherwise).
_OWN_NAME = re.compile(r'names the admin area "([^"]+)"')
# The word after a nationality, through one force's acronym: "Kenyan MSS troops" (the
# Kenya-led Multinational Security Support mission in Haiti), "Ugandan UPDF soldiers",
# "Rwandan RDF forces": a contingent named by its own force's initials (places43).
_NEXT_WORD = re.compile(r"[\s-]*(?:[A-Z]{2,6}\s+(?=[a-z]))?([A-Za-z]+)")


def forces_only(text: str, reasons: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The countries whose only evidence is an adjective of armed forces or their weapons,
    each time it is written ("Turkish drones", "Russian cruise missiles", "US airstrikes": the
    next word is in ``settings.FORCES_NOUNS``). A dateline, a capital, an admin area or any
    other use of the name or adjective ("a Turkish-mediated truce", "Israel said") says the
    text is about the country itself."""
    found = set()
    for alpha2, said in reasons.items():
        spellings = [m.group(1) for why in said if (m := _SAID.fullmatch(why))]
        if not spellings or len(spellings) != len(said):
            continue
        if all(_qualifies_forces(text, s) for s in spellings):
            found.add(alpha2)
    return frozenset(found)


def mostly_forces(text: str, reasons: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The countries named by name or adjective more often as forces' than otherwise: over
    half their uses qualify forces or weapons, or the occupation (``cfg.FORCES_NOUNS``,
    ``cfg.OCCUPATION_WORDS``: "Turkish drone", "the Turkish occupation"), and nothing but
    names and adjectives is said of them (no capital, admin area or dateline)."""
    found = set()
    for alpha2, said in reasons.items():
        spellings = [m.group(1) for why in said if (m := _SAID.fullmatch(why))]
        if not spellings or len(spellings) != len(said):
            continue
        uses = [u for s in spellings for u in re.finditer(rf"\b{re.escape(s)}\b", text)]
        forces = sum(_forces_word(text, u.end()) for u in uses)
        if uses and 2 * forces > len(uses):
            found.add(alpha2)
    return frozenset(found)


def _forces_word(text: str, end: int) -> bool:
    after = _NEXT_WORD.match(text, end)
    if after is None or text[end : end + 1] == "-":
        return False
    word = after.group(1).lower()
    return word in cfg.FORCES_NOUNS or word in cfg.OCCUPATION_WORDS


def _qualifies_forces(text: str, spelling: str) -> bool:
    uses = list(re.finditer(rf"\b{re.escape(spelling)}\b", text))
    for use in uses:
        after = _NEXT_WORD.match(text, use.end())
        if after is None or after.group(1).lower() not in cfg.FORCES_NOUNS:
            return False
        if text[use.end() : use.end() + 1] == "-":  # "Turkish-backed", "Russian-made"
            return False
    return bool(uses)


def add_actor_countries(context: ArticleContext, actors: Mapping[str, Sequence[str]]) -> None:
    """The countries of the actors the text names, with the actors as the reason: a weaker
    reason than any the text gives itself (``settings.ACTOR_COUNTRY_BONUS``): "Houthi
    security men took staff in Sanaa" is about Yemen though the text never says so."""
    for alpha2, names in sorted(actors.items()):
        if alpha2 and names:
            said = ", ".join(sorted(set(names)))
            context.actor_countries[alpha2] = f"the text names {said}, an actor of this country"


def context_km(cand: Candidate, context: ArticleContext, areas: AdminAreas) -> float | None:
    """Distance from a candidate to the nearest thing the article situates itself by."""
    lat, lon = cand.place.latitude, cand.place.longitude
    dists = [km_between(lat, lon, a.place.latitude, a.place.longitude) for a in context.areas]
    dists += [
        km_between(lat, lon, p.latitude, p.longitude)
        for p in context.anchors
        if p.id != cand.place.id
    ]
    dists += [_to_unit(context, areas, pcode, lat, lon)[1] for pcode in _pcodes(context)]
    return min(dists) if dists else None


def _pcodes(context: ArticleContext) -> list[str]:
    return list(dict.fromkeys(r.unit.pcode for r in context.regions))


def _to_unit(
    context: ArticleContext, areas: AdminAreas, pcode: str, lat: float, lon: float
) -> tuple[bool, float]:
    """(inside, ``km_to_geometry``) for a region's polygon, once per article and point."""
    key = (pcode, lat, lon)
    found = context.region_km.get(key)
    if found is None:
        geom = areas.geometry(pcode)
        inside = bool(geom.contains(shapely.Point(lon, lat)))
        km = 0.0 if inside else km_to_geometry(lat, lon, geom)
        found = context.region_km[key] = (inside, km)
    return found


def region_fit(cand: Candidate, context: ArticleContext, areas: AdminAreas) -> float:
    """Bonus for lying inside the regions the article names, and in their named part."""
    lat, lon = cand.place.latitude, cand.place.longitude
    bonus = 0.0
    for region in context.regions:
        if _to_unit(context, areas, region.unit.pcode, lat, lon)[0]:
            bonus = max(bonus, cfg.IN_REGION_BONUS)
            geom = areas.geometry(region.unit.pcode)
            if region.direction and in_direction(lat, lon, geom, region.direction):
                bonus = max(bonus, cfg.IN_REGION_BONUS + cfg.IN_DIRECTION_BONUS)
    for area in context.areas:
        if area.direction and lies_towards(area.place, lat, lon, area.direction):
            bonus = max(bonus, cfg.IN_DIRECTION_BONUS)
    return bonus


__all__ = ["Area", "ArticleContext", "Region", "add_actor_countries", "read_context"]
