"""A name that is both a province and its capital: "Idlib", "Kandahar", "Kharkiv", "Kano".

Which one a mention means is read from the text, in this order:

1. **The words around the mention** (``read_cue``). After it: "province", "governorate",
   "state", "region", "oblast", "county" name the first-level unit; "city" the town. Before it:
   "the (northwestern) province of", "the state of" the unit; "the city of", "the provincial
   capital" the town; "rebel-held", "opposition-held", "across", "throughout", "parts of", "the
   enclave of" a territory, which is the unit ("rebel-held Idlib" is the last rebel province of
   Syria, not its capital alone). A "Y's X district" after the name ("Idlib's al-Qusour
   district") is inside the town: the containment rule places X, never the name itself.
2. **The report's other places** (``bare_reading``), for a bare name ("in Idlib") whose best
   candidate is a province's seat (GeoNames ``PPLA``) and that names a first-level unit of the
   same name in the same country. When the report also names towns of that province lying
   outside the town (farther than ``settings.SEAT_TOWN_KM`` from it: Khan Sheikhun, Saraqib)
   or one of the province's regions ("southern Idlib"), and nothing inside the town (a
   neighbourhood within ``SEAT_TOWN_KM``) and never writes the name as a town ("Idlib city"),
   the text does not say the town: the mention is read as the province, at precision 3, and
   the reason says both readings. Otherwise the town stands, at precision 1, as before.

   Why the province when the text leaves it open: a wrong town point is a precise claim that
   is false (an attack at Khan Sheikhun placed 55 km away in Idlib city by one outlet splits
   from the same attack placed at Khan Sheikhun by another), while the province is true
   either way and honest about what is known. ACLED codes an event the report places only in
   a province at geo-precision 3 (the ACLED codebook, "geo_precision"), which is this reading.
   National capitals (GeoNames ``PPLC``: "in Kabul", "in Khartoum") keep the city unless the
   words say otherwise (step 1): wire copy means the city by a capital's bare name.

The unit's point is its OCHA centre inside Syria (as "Idlib province" always was) and the
GeoNames-derived point elsewhere (the unit's most central town of the cities500 places,
``docs/GAZETTEER.md``); its radius is the unit's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ceasewatch.geo import km_between
from ceasewatch.geocode import settings as cfg
from ceasewatch.geocode.context import ArticleContext
from ceasewatch.knowledge.gazetteer import Candidate, Gazetteer, name_key
from ceasewatch.model import Location, Place

PROVINCE = "province"
CITY = "city"


@dataclass(frozen=True)
class Cue:
    """What the words around a mention say it is: ``PROVINCE`` or ``CITY``, and the words."""

    reading: str
    words: str
    # a territory word ("rebel-held", "across"), not an admin word: a metropolis keeps its city
    # reading ("rebel-held Aleppo" in 2016 was the eastern half of the city)
    territory: bool = False


_UNIT_WORDS = r"(?:province|governorate|state|region|oblast|county|prefecture|muhafazat)"
# "provincial" after a name is the unit's adjective: "Córdoba provincial police", "Sindh
# provincial government" name the province that owns the force, as "Kano state police" does
_AFTER_UNIT = re.compile(rf"\s+({_UNIT_WORDS}|provincial)\b", re.I)
_AFTER_CITY = re.compile(r"\s+(city)\b(?!\s+(?:council|hall|of))", re.I)
# words between "the" and "province of" / "city of": "the northwestern province of Idlib"
_ADJECTIVES = (
    r"(?:(?:[\w-]*(?:ern|ward)|restive|embattled|neighbou?ring|war-torn|rebel-held|"
    r"opposition-held|volatile|troubled|central|same|nearby|besieged|strategic|key|main)\s+){0,2}"
)
_BEFORE_UNIT = re.compile(rf"\b((?:the\s+)?{_ADJECTIVES}{_UNIT_WORDS}\s+of)\s+(?:the\s+)?$", re.I)
_BEFORE_CITY = re.compile(
    rf"\b((?:the\s+)?{_ADJECTIVES}(?:city|town|provincial\s+capital)\s+of)\s+(?:the\s+)?$"
    r"|\b((?:the\s+)?(?:provincial|regional|state)\s+capital,?)\s+$",
    re.I,
)
_BEFORE_TERRITORY = re.compile(
    r"\b((?:rebel|opposition|insurgent|jihadist|militant|government|regime|army|russian|"
    r"ukrainian|separatist|taliban|kurdish)[- ](?:held|controlled|run)"
    r"|across|throughout|all\s+over|(?:parts|much|most|swathes)\s+of"
    r"|(?:enclave|stronghold|bastion|pocket)\s+of)\s+(?:the\s+)?$",
    re.I,
)


def read_cue(text: str, start: int, end: int) -> Cue | None:
    """The words around ``text[start:end]`` that say province or town (see the module)."""
    if not text or end > len(text) or start < 0:
        return None
    after = text[end : end + 40]
    before = text[max(0, start - 60) : start]
    if match := _AFTER_UNIT.match(after):
        return Cue(PROVINCE, match.group(1).lower())
    if match := _AFTER_CITY.match(after):
        return Cue(CITY, match.group(1).lower())
    if match := _BEFORE_UNIT.search(before):
        return Cue(PROVINCE, " ".join(match.group(1).split()).lower())
    if match := _BEFORE_CITY.search(before):
        words = match.group(1) or match.group(2)
        return Cue(CITY, " ".join(words.split()).lower().rstrip(","))
    if match := _BEFORE_TERRITORY.search(before):
        return Cue(PROVINCE, " ".join(match.group(1).split()).lower(), territory=True)
    return None


_UNIT_WORD_SET = frozenset(
    {"province", "governorate", "state", "region", "oblast", "county", "prefecture", "muhafazat"}
)


def cue_of(kind: str | None, location: Location, text: str) -> Cue | None:
    """The cue of one location: its own admin word ("Kandahar province" given whole, or
    "province" as the extractor's qualifier), else the words around its span in the text."""
    for word in (kind, location.qualifier):
        if word and word.lower().strip() in _UNIT_WORD_SET:
            return Cue(PROVINCE, word.lower().strip())
    if kind is not None or location.span is None:
        return None
    return read_cue(text, location.span.start, location.span.end)


def metropolis(found: list[Candidate]) -> bool:
    """Is one of the name's candidates spelled alike a seat of ``METROPOLIS_POPULATION``+?"""
    return any(
        c.method in cfg.EXACT_METHODS and c.place.feature_class == "P"
        and (c.place.population or 0) >= cfg.METROPOLIS_POPULATION
        for c in found
    )  # fmt: skip


def province_of(name: str, found: list[Candidate], context: ArticleContext) -> Place | None:
    """The first-level unit named ``name`` among its candidates spelled alike: in the
    article's main country first, else one in a country the text names; None when there is
    none. A unit an alias points at ("Ghouta" -> Rural Damascus) is not named so: "the Ghouta
    region" stays what it was."""
    key = name_key(name)
    units = [
        c.place
        for c in found
        if c.place.feature_code == "ADM1" and c.method in cfg.EXACT_METHODS
        and fuzz.ratio(name_key(c.place.name), key) >= cfg.REGION_MIN_RATIO
    ]  # fmt: skip
    if not units:
        return None
    home = context.main_country()
    at_home = [p for p in units if p.country == home]
    if at_home:
        return _prefer_ocha(at_home)
    named = [p for p in units if context.says_country(p.country, major=True)]
    if named:
        return _prefer_ocha(named)
    if home is None and len(units) > 1:
        return _unit_the_text_is_in(units, context)
    return units[0] if home is None and len(units) == 1 else None


def _unit_the_text_is_in(units: list[Place], context: ArticleContext) -> Place | None:
    """Among first-level units spelled alike in several countries ("North-West": Cameroon's,
    South Africa's, Botswana's) in a text that names no country: the one the text's other
    places say it is about. A unit that holds a place the text names unambiguously ("Bamenda",
    whose namesakes all lie in Cameroon's North-West) first; else the one unit in the country
    of the text's anchors (names with one plausible place). None when that does not decide."""
    own = {(p.country, p.name) for p in units}
    sure = [
        places[0]
        for places in context.spelled.values()
        if places and len({p.country for p in places}) == 1
    ]
    holding = {(p.country, p.admin1) for p in sure} & own
    if len(holding) == 1:
        country, name = next(iter(holding))
        return next(p for p in units if (p.country, p.name) == (country, name))
    countries = {p.country for p in context.anchors} & {p.country for p in units}
    if len(countries) == 1:
        inside = [p for p in units if p.country in countries]
        return inside[0] if len(inside) == 1 else None
    return None


def _prefer_ocha(units: list[Place]) -> Place:
    """OCHA's governorate (its polygon's centre, ACLED's Syrian names) before GeoNames'."""
    return next((p for p in units if p.id.startswith("ocha:")), units[0])


def seat_unit(top: Place, found: list[Candidate]) -> Place | None:
    """The first-level unit of the same name that ``top``, a province's seat, is the capital
    of; None when ``top`` is no such seat (a national capital included: see the module)."""
    if top.feature_class != "P" or top.feature_code != "PPLA":
        return None
    key = name_key(top.admin1 or "")
    for cand in found:
        unit = cand.place
        if unit.feature_code != "ADM1" or unit.country != top.country:
            continue
        if cand.method in cfg.EXACT_METHODS and key and name_key(unit.name) == key:
            return unit
    return None


def bare_reading(
    top: Place, name: str, context: ArticleContext, gazetteer: Gazetteer
) -> tuple[str, list[str]] | None:
    """A bare seat's name in a report about its province: (why, the places that say so), or
    None when the town stands (see the module, step 2)."""
    text = context.text
    if (top.population or 0) >= cfg.METROPOLIS_POPULATION or _written_as_town(name, text):
        return None
    province = name_key(top.admin1 or "")
    outside: list[str] = []
    for places in (*_other_places(context, top), *_named_in_text(name, top, context, gazetteer)):
        for place in places:
            km = km_between(top.latitude, top.longitude, place.latitude, place.longitude)
            if place.country != top.country:
                continue
            if km <= cfg.SEAT_TOWN_KM:
                return None  # the report names a quarter of the town: it is about the town
            if name_key(place.admin1 or "") == province:
                outside.append(place.name)
                break
    regions = [r.phrase for r in context.regions if name_key(r.unit.name) == name_key(top.name)]
    if not outside and not regions:
        return None
    said = sorted(set(outside))[:3] + regions[:1]
    return "the report names places across the province", said


def _other_places(context: ArticleContext, top: Place) -> list[tuple[Place, ...]]:
    """The places the report's other names may be: each name's places spelled alike, its
    anchors and its areas; the name's own entry left out."""
    groups = [places for places in context.spelled.values() if all(p.id != top.id for p in places)]
    groups += [(p,) for p in context.anchors if p.id != top.id]
    groups += [(a.place,) for a in context.areas if a.place.id != top.id]
    return groups


def _named_in_text(
    name: str, top: Place, context: ArticleContext, gazetteer: Gazetteer
) -> list[tuple[Place, ...]]:
    """The places spelled alike in the seat's country that the report's other capitalised
    names may be (names the extractor gave no event: "another raid hit Khan Sheikhun");
    read once per article and seat."""
    key = (top.id, name)
    if key in context.named_near:
        return context.named_near[key]
    own = name_key(name)
    found: list[tuple[Place, ...]] = []
    seen: set[str] = set()
    for match in _CAPITALISED.finditer(context.text):
        run = match.group(0)
        if run.isupper() or len(seen) >= cfg.SEAT_NAMES_READ:
            continue  # a dateline or a headline in capitals
        words = run.split()
        for first in range(min(len(words), 2)):
            sub = " ".join(words[first:])
            k = name_key(sub)
            if k in seen or k == own or len(sub) < 4 or sub.casefold() in cfg.NOT_PARENTS:
                continue
            seen.add(k)
            places = tuple(
                c.place
                for c in gazetteer.lookup(sub, countries=(top.country or "",))
                if c.method in ("exact", "variant") and c.place.feature_class == "P"
            )
            if places:
                found.append(places)
    context.named_near[key] = found
    return found


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:al-|el-|ash-|an-|ar-)?[A-Z][\w'’-]+){0,3}")


def _written_as_town(name: str, text: str) -> bool:
    """Does the report write this name as a town anywhere ("Idlib city", "the city of
    Idlib")?"""
    for match in re.finditer(rf"\b{re.escape(name)}\b", text):
        cue = read_cue(text, match.start(), match.end())
        if cue is not None and cue.reading == CITY:
            return True
    return False


__all__ = [
    "CITY",
    "PROVINCE",
    "Cue",
    "bare_reading",
    "cue_of",
    "metropolis",
    "province_of",
    "read_cue",
    "seat_unit",
]
