"""Stage 5, geocode: place names in an extraction -> coordinates, admin areas, precision.

1. Read the article's context once: regions ("southern Idlib"), areas ("the Abu al-Duhur area",
   "south of X") and anchors (places it names that have one candidate only).
2. For each event location with a name and no coordinates: choose a place (see
   ``geocode.place``), fill latitude/longitude, country and ISO code, admin1-3 by
   point-in-polygon (OCHA, for Syria), geo_precision 1-3, uncertainty radius, place id, reason.
3. What cannot be placed falls back to the article's area or region (precision 2 or 3), or keeps
   no coordinates with the reason. Returns new objects; the input is never changed.
4. Last, names of a whole country ("in Syria") and events whose text names no place: the
   governorate the paragraph or the article is about stands for them at precision 3, else a
   country keeps no point (``geocode.frame``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ceasewatch.geo import km_between
from ceasewatch.geocode import containment, frame, seats
from ceasewatch.geocode import place as placing
from ceasewatch.geocode import settings as cfg
from ceasewatch.geocode.containment import big_city
from ceasewatch.geocode.context import ArticleContext, admin1_named, as_written, read_context
from ceasewatch.geocode.regions import Choice
from ceasewatch.geocode.settings import STAGE
from ceasewatch.knowledge.actors import ActorKB
from ceasewatch.knowledge.admin import COUNTRY as ADMIN_COUNTRY
from ceasewatch.knowledge.admin import AdminAreas, load_admin_areas
from ceasewatch.knowledge.countries import (
    OPENING_QUOTES,
    Country,
    country_by_code,
    country_misspelt,
    country_named,
    grievance_spans,
    location_alpha2,
)
from ceasewatch.knowledge.gazetteer import Candidate, Gazetteer, connect, default_import_path
from ceasewatch.knowledge.geonames import ensure_current_keys, import_into, open_builtin_index
from ceasewatch.knowledge.outlines import in_country_outline
from ceasewatch.knowledge.world import capital_names, plain_key
from ceasewatch.model import Article, Event, Extraction, Location, Place, Span


def load_gazetteer(
    extra_files: Sequence[Path] = (),
    *,
    imported: Path | None = None,
    cache_dir: Path | None = None,
) -> Gazetteer:
    """The built-in gazetteer, plus an imported GeoNames index and extra GeoNames-format files.

    ``imported`` defaults to $CEASEWATCH_GAZETTEER_DB or the file that ``ceasewatch gazetteer
    import`` writes in the user's data folder, used when it exists. Extra files are indexed in
    memory (they are meant to be small: a country file or a hand-made list).
    """
    indexes = [("built-in", open_builtin_index(cache_dir))]
    db = imported or default_import_path()
    if db.is_file():
        ensure_current_keys(db)
        indexes.append(("imported", connect(db, readonly=True)))
    for path in extra_files:
        memory = connect(":memory:")
        import_into(memory, Path(path))
        indexes.append((f"extra:{Path(path).name}", memory))
    return Gazetteer(indexes)


def geocode(
    extraction: Extraction, article: Article, gazetteer: Gazetteer, actors: ActorKB | None = None
) -> Extraction:
    """Place every event location of one article (see the module docstring).

    Names of a whole country are placed last: the governorates where the article's other
    events fell tell which one the article is about (``geocode.frame``). ``actors``: the actor
    base the events were resolved with; the countries of the actors the text names vote,
    weakly, for the article's country (``actor_countries``)."""
    areas = load_admin_areas()
    named = actor_countries(extraction, actors) if actors is not None else {}
    names = frozenset(e.location.name for e in extraction.events if e.location and e.location.name)
    context = read_context(article.text, gazetteer, areas, named, article.title, names)
    _add_anchors(extraction, context, gazetteer, areas)
    events = list(extraction.events)
    country_level = [
        _is_country(e, context) or _government_of(e.location, gazetteer, context) is not None
        for e in events
    ]
    for i, event in enumerate(events):
        if not country_level[i]:
            events[i] = _geocode_event(event, gazetteer, context, areas)
            context.placed.update(_governorate_of(events[i], areas))
    for i, event in enumerate(events):
        location = event.location
        if country_level[i]:
            events[i] = _country_event(event, gazetteer, context, areas)
        elif location is not None and location.latitude is None and location.name.strip():
            placed = frame.place_unknown(location, context, areas)
            events[i] = event.model_copy(update={"location": placed})
        elif location is None:
            offset = event.sentence.start if event.sentence else None
            located = (
                frame.place_unnamed(offset, context, areas)
                or _sentence_place(event.sentence, gazetteer, context, areas)
                or _paragraph_place(event.sentence, gazetteer, context, areas)
                or frame.place_filed(context, areas)
                or _unframed_place(event.sentence, gazetteer, context, areas)
                or _capital_of_unit(event.sentence, gazetteer, context, areas)
            )
            if located is not None:
                events[i] = event.model_copy(update={"location": located})
    return extraction.model_copy(
        update={"events": tuple(events), "country": context.leading_country}
    )


def _country_event(
    event: Event, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas
) -> Event:
    """An event placed only as a country ("missiles fired at Israel", "near the U.S. embassy
    in central Tel Aviv", "Ukrainian trenches"): a town its sentence names in that country or
    the article's ("... some struck near Tel Aviv") is more precise than the country; else the
    country (``frame.place_country``)."""
    location = event.location
    named = frame.country_of(placing.parse_name(location.name), context) if location else None
    government = _government_of(location, gazetteer, context) if named is None else None
    named = named or government
    homes: tuple[str, ...] = (named.alpha2,) if named else ()
    if location is not None and _attributive(location, context.text):
        # "the U.S. embassy in central Tel Aviv": the country qualifies a noun; the event is
        # in the article's country. "fled to Afghanistan, Islamabad said" is in Afghanistan.
        homes = tuple(dict.fromkeys(c for c in (*homes, context.main_country()) if c))
    said = f"the extractor placed this event in '{location.name}', a country; " if location else ""
    if government is not None and location is not None:
        said = f"'{location.name}' names {government.name}'s government, not its capital; "
        skip = location.span
        found = _sentence_place(event.sentence, gazetteer, context, areas, homes, said, skip)
        if found is None:
            query = placing.parse_name(location.name)
            why = f"'{query.base}' is {government.name}'s capital named as its government"
            found = frame.place_country(location, query, government, context, areas, why)
        return event.model_copy(update={"location": found})
    found = _sentence_place(event.sentence, gazetteer, context, areas, homes, said)
    if found is not None:
        return event.model_copy(update={"location": found})
    return _geocode_event(event, gazetteer, context, areas)


def _government_of(
    location: Location | None, gazetteer: Gazetteer, context: ArticleContext
) -> Country | None:
    """A national capital named as its government ("a day into Baku's offensive", "Moscow's
    troops"): the country, whose army or government acts, not the city, where nothing
    happened. Only a capital's possessive before a word of state action."""
    span = location.span if location is not None else None
    text = context.text
    if location is None or span is None or span.end > len(text):
        return None
    named = text[span.start : span.end]
    rest = text[span.end : span.end + 60]
    if not re.search(r"['’]s$", named):
        if not re.match(r"['’]s\b", rest):
            return None
        rest = rest[2:]
    if not cfg.GOVERNMENT_ACTS.match(rest):
        return None
    base = re.sub(r"['’]s$", "", placing.parse_name(location.name).base)
    for cand in gazetteer.lookup(base):
        if cand.method in ("exact", "variant") and cand.place.feature_code == "PPLC":
            return country_by_code(cand.place.country or "")
    return None


def _attributive(location: Location, text: str) -> bool:
    """Does the country name a facility of its own in another country ("the U.S. embassy",
    "a Russian base")? "Mosques across Turkey broadcast prayers" does not."""
    span = location.span
    return span is not None and cfg.OWN_FACILITY.match(text, span.end) is not None


def _sentence_place(
    sent: Span | None, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas,
    homes: tuple[str, ...] | None = None, said: str = "the extractor gave this event no place; ",
    skip: Span | None = None, big_only: bool = False,
) -> Location | None:  # fmt: skip
    """An event the extractor gave no place, whose sentence names one the gazetteer knows
    spelled alike ("... recaptured Wad Madani, the capital of Al Jazirah state"): the first
    such name, in the article's country (``homes``: these countries; by default the article's
    country, or the countries that tie for the lead), placed as any location is. The longest
    name first, then the leftmost ("Istanbul Mayor Ekrem Imamoglu" is Istanbul, not the
    village Imamoglu)."""
    main = context.main_country()
    if homes is None:  # two countries tie for the lead: a place of either is the report's
        homes = (main,) if main else context.tied_countries()
        if main is not None and main in context.forces_only:
            # the lead country is named only as foreign forces' ("French troops", "the French
            # base"): the other countries the text names are where they are
            votes = context.country_votes()
            homes += tuple(
                c for c in sorted(votes, key=lambda c: -votes[c]) if c != main and votes[c] > 0
            )
        actors = context.actor_country()
        if not homes and actors is not None:  # no country named: the actors' one
            homes = (actors,)
            said += f"the text names no country; {context.actor_countries[actors]}; "
    if sent is None or not homes or sent.end > len(context.text):
        return None
    owner: tuple[int, str] | None = None
    causes = _grievances(context, sent)
    for match in _CAPITALISED.finditer(context.text, sent.start, sent.end):
        if match.group(0).isupper():
            continue  # a dateline or a headline in capitals: the town filed from, not the event's
        if any(a <= match.start() < b for a, b in causes):
            continue  # "a march against the government's Gaza policy": the cause, not the scene
        if _tail_of_name(context.text, match.start()):
            continue  # "Hayat Tahrir al-Sham": the tail of a longer name, no place of its own
        if _quoted(context.text, match.start(), match.group(0)):
            continue  # "'Wagner' instructors", "the 'Tigray' battalion": a name as a label
        names, seek = _owner_first(match), homes
        city = _city_named_whole(match.group(0), gazetteer)
        if city:
            # "Gaza City", "Kuwait City": a city's own full name, never cut to the unit that
            # shares its first word (Israel's GeoNames "Gaza" district); where the text's
            # lead country is named only as foreign forces', the city's country is the scene
            names = [(match.start(), match.group(0))]
            if main is not None and main in context.forces_only:
                seek = homes + tuple(c for c in city if c not in homes)
        for start, name in names:
            if skip is not None and start < skip.end and skip.start < start + len(name):
                continue  # the event's own name, which the gazetteer lacks
            if placing.titled_person(name, context.text):
                continue  # "the journalist Mech Dara": a surname, not Dar'a
            placed = _bracketed(context.text, start + len(name))  # "Macuto (La Guaira)"
            if _PLACE_OWNED.match(context.text, start + len(name) - 2):
                name = name[:-2]  # "Beirut's southern suburbs": Beirut
            if _agency_kind(name, context.text, start):
                continue  # "Federal police", "National Guard": the agency's kind, no owner
            if _known_at_home(name, gazetteer, context, seek, placed):
                if owner is None and _AGENCY_AFTER.match(context.text, start + len(name)):
                    # "Haryana police fired at farmers at the X border (Patiala, Punjab)":
                    # the state names whose police; a place named after it is the scene
                    owner = (start, name)
                    continue
                span = Span(start=start, end=start + len(name), text=name)
                # known at home, so sought at home: Haiti's Centre, never Centre, Alabama
                home = seek[0] if len(seek) == 1 else None
                located = geocode_location(
                    Location(name=name, span=span), gazetteer, context, areas, within=home
                )
                if located.latitude is None:
                    return None
                why = f"{said}its sentence names '{name}': "
                return located.model_copy(update={"reason": why + located.reason})
    if owner is not None:  # no other place: the police's state or city is where they acted
        start, name = owner
        span = Span(start=start, end=start + len(name), text=name)
        home = homes[0] if len(homes) == 1 else None
        located = geocode_location(
            Location(name=name, span=span), gazetteer, context, areas, within=home
        )
        if located.latitude is not None:
            why = f"{said}its sentence names '{name}': "
            return located.model_copy(update={"reason": why + located.reason})
    return None


def _grievances(context: ArticleContext, sent: Span) -> list[tuple[int, int]]:
    """The spans, in the article's text, of the causes a protest sentence names
    (``knowledge.countries.grievance_spans``: "in solidarity with Gaza", "against the
    government's Gaza policy"): they vote for no country, and a sentence's fallback does not
    read them as its place either (places37). Read once a sentence (``context.grievances``):
    ``_sentence_place`` and ``_unframed_place`` both ask for an event's sentence."""
    key = (sent.start, sent.end)
    if key not in context.grievances:
        spans = grievance_spans(context.text[sent.start : sent.end])
        context.grievances[key] = [(sent.start + a, sent.start + b) for a, b in spans]
    return context.grievances[key]


# The nouns of a public body after a name, read by both agency readings below: a place that
# owns it ("Haryana police", ``_AGENCY_AFTER``) and a word of its kind ("Federal police",
# ``_AGENCY_NOUN_AFTER``); each adds its own (a governor has an owner, not a kind; forces and
# guards have a kind, and an owner only by the actor's reading). Alternatives order as they
# like: both patterns are only asked whether they match.
_AGENCY_NOUNS = "police|policemen|government|authorities|officials|administration"
# A place named as the owner of an agency ("Haryana police", "Lagos state government"); the
# nouns as written, in lower case (the kind's pattern ignores case)
_AGENCY_AFTER = re.compile(
    r"\s+(?:state\s+|city\s+|provincial\s+|regional\s+)?"
    rf"(?:{_AGENCY_NOUNS}|governor|legislature|assembly)\b"
)


# The words that say what kind of force or body an agency is ("Federal police", "National
# Guard", "Military Police", "Border Guard", "Riot police", "Presidential Guard"): written with a
# capital before the agency's noun they are its kind, not the place that owns it, though
# GeoNames has towns so spelled (Federal, Entre Rios; Nacional...). Read only before an agency
# noun (``_AGENCY_AFTER`` or guard/forces/troops).
_AGENCY_KINDS = frozenset(
    {
        "federal", "national", "state", "military", "border", "riot", "traffic", "secret",
        "royal", "municipal", "metropolitan", "judicial", "civil", "special", "presidential",
        "republican", "mobile", "auxiliary", "tourist", "rural", "coast", "frontier",
        "religious", "morality", "anti-riot", "counter-terrorism", "tactical",
    }
)  # fmt: skip
_AGENCY_NOUN_AFTER = re.compile(
    rf"\s+(?:{_AGENCY_NOUNS}|officers|guards?|gendarmerie|gendarmes|forces|troops|army|agents?|"
    rf"service|ministry)\b",
    re.I,
)


def _agency_kind(name: str, text: str, start: int) -> bool:
    """Is the name a word of ``_AGENCY_KINDS`` written before an agency's noun ("Federal police
    fired tear gas", "the National Guard said")?"""
    if name.casefold() not in _AGENCY_KINDS:
        return False
    return _AGENCY_NOUN_AFTER.match(text, start + len(name)) is not None


# Words before a name that say the sentence puts something there: "in Kasese town", "the
# streets of Belo Horizonte", "the road out of Kumbo (Bui, North-West)".
# "of" only after a word for a place or a part of one ("the Chief of Police" is no place).
_PLACE_CUE = re.compile(
    r"\b(?:in|at|near|outside|around|into|across|(?:streets?|outskirts|cent(?:re|er)|city|town|"
    r"village|roads?|out|edge|suburbs?|area|district|province|region|state|county|heart|"
    r"market|port|capital|residents|inhabitants|population|people)\s+of)\s+(?:the\s+)?$",
    re.I,
)
# People of a town named before their word ("a crowd of Narva residents", "Kourou villagers"):
# the town is where they are, as "residents of X" says (session 46, notezi).
_RESIDENTS_AFTER = re.compile(
    r"\s+(?:residents|inhabitants|villagers|townspeople|townsfolk|locals)\b"
)
# What a city names when it is not where something happened: its government or a person of its
# name speaking ("Kaduna said", "Jackson told reporters"), or a possessive ("Baku's offensive")
_SPEAKS_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:said|says|told|announced|claimed|denied|warned|stated|added)\b)"
)


# Quotation marks around a name: a label the writer quotes (a unit, a group, an operation),
# which a sentence's fallback does not read as the event's town (opening: knowledge.countries)
_CLOSING_QUOTES = "'\"’”"


def _quoted(text: str, start: int, name: str) -> bool:
    """Is the name written between quotation marks ("'Wagner'", "the “Tigray” battalion")?
    A place the text quotes is rare; a name quoted as a label of something else is not."""
    if start <= 0 or text[start - 1] not in OPENING_QUOTES:
        return False
    if start >= 2 and text[start - 2].isalnum():
        return False  # an apostrophe inside a word ("Ta'izz"), no quotation mark
    end = start + len(name.rstrip("'’"))
    return end < len(text) and text[end] in _CLOSING_QUOTES


def _unframed_place(
    sent: Span | None, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas,
    skip: Span | None = None, big_only: bool = False,
) -> Location | None:  # fmt: skip
    """An event the extractor gave no place, in a text that gives no country at all (no name,
    dateline, admin unit or actor of one): a name its sentence puts something in ("a crowd in
    Kasese town", "the streets of Belo Horizonte", "residents of X") whose notable places
    spelled alike all lie in one country (or, bracketed with its units, "Kumbo (Bui,
    North-West)", any town or unit), or a capital or city of 100,000+ of one country named
    with no such word ("police raided Mombasa old town"), placed as any location is and kept
    only when it lands in that country."""
    if sent is None or sent.end > len(context.text):
        return None
    if any(v > 0 for v in context.country_votes().values()):
        return None
    text = context.text
    causes = _grievances(context, sent)
    for match in _CAPITALISED.finditer(text, sent.start, sent.end):
        if match.group(0).isupper() or _tail_of_name(text, match.start()):
            continue
        if _quoted(text, match.start(), match.group(0)):
            continue
        if any(a <= match.start() < b for a, b in causes):
            continue  # the cause a protest is for or against, not where it was
        for start, name in _sub_names(match):
            if skip is not None and start < skip.end and skip.start < start + len(name):
                continue  # the event's own name, which the gazetteer lacks
            cue = _PLACE_CUE.search(text[max(sent.start, start - 20) : start]) is not None
            cue = cue or _RESIDENTS_AFTER.match(text, start + len(name)) is not None
            cue = cue and not big_only  # a capital or a city of 100,000+ only
            if name.casefold() in cfg.NOT_PARENTS or placing.titled_person(name, text):
                continue
            placed = _bracketed(text, start + len(name))
            alike = [c for c in gazetteer.lookup(name) if c.method in ("exact", "variant")]
            homes = {
                c.place.country
                for c in alike
                if _notable(c.place) or (placed and c.place.feature_class in ("A", "P"))
            }
            if not cue:
                # no word puts anything in it ("police raided Nablus old city", "a sweep of
                # X, Guayaquil"): only a capital or a city of 100,000+ of one country, named
                # as no speaker
                if _SPEAKS_AFTER.match(text, start + len(name)):
                    continue
                homes = {c.place.country for c in alike if big_city(c.place)}
            if (seat := placing.seat_of_government(name)) is not None:
                homes = {seat[0]}  # "by the Kremlin wall": the seat's city (places46)
            capital = _capital_first(name, alike) if len(homes) > 1 else None
            if capital in homes:
                homes = {capital}  # "police kept teachers out of X square, La Paz"
            if len(homes) != 1 or frame.country_of(placing.parse_name(name), context):
                continue
            (home,) = homes
            span = Span(start=start, end=start + len(name), text=name)
            located = geocode_location(Location(name=name, span=span), gazetteer, context, areas)
            if located.latitude is None or not _in_country(located, home):
                continue
            what = "notable places" if cue else "capitals and cities of 100,000+"
            alike_in = (
                "most populous namesake is its country's capital"
                if capital is not None and capital == home
                else "building is a seat of government, in its city"
                if seat is not None
                else f"{what} spelled alike all lie in one country"
            )
            why = (
                f"the extractor gave this event no place and the text names no country; its "
                f"sentence {'puts it in' if cue else 'names'} '{name}', whose {alike_in}: "
            )
            return located.model_copy(update={"reason": why + (located.reason or "")})
    return None


# "al-Hazm, capital of al-Jawf", "Bunia, the provincial capital of Ituri": a town and the unit
# it is the seat of. A name may open with a lower-case Arabic article ("al-Hazm"), which
# ``_CAPITALISED`` starts no name at.
_NAME_OR_ARTICLED = r"(?:(?:al|el|as|ad|an|ar|ash|at|az)-)?[A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*){0,2}"
_CAPITAL_OF = re.compile(
    rf"(?<![\w-])({_NAME_OR_ARTICLED}),\s+(?:the\s+)?(?:[a-z]+\s+)?capital\s+of\s+"
    rf"(?:the\s+)?({_NAME_OR_ARTICLED})"
)


def _capital_of_unit(
    sent: Span | None, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas
) -> Location | None:
    """An event the extractor gave no place, whose sentence names a town as the capital of a
    unit ("Houthi forces entered al-Hazm, capital of al-Jawf"): the town, in the one country
    where a seat so named lies in a unit so named (Yemen's al-Jawf, not Saudi Arabia's Al Jawf
    Region, which has no al-Hazm). The pair says the country when the text names none
    (session 46, notezi)."""
    if sent is None or sent.end > len(context.text):
        return None
    for match in _CAPITAL_OF.finditer(context.text, sent.start, sent.end):
        homes = _seat_in_unit_countries(match.group(1), match.group(2), gazetteer)
        if len(homes) != 1:
            continue
        (home,) = homes
        name, start = match.group(1), match.start(1)
        span = Span(start=start, end=start + len(name), text=name)
        located = geocode_location(
            Location(name=name, span=span), gazetteer, context, areas, within=home
        )
        if located.latitude is None or not _in_country(located, home):
            continue
        why = (
            f"the extractor gave this event no place; its sentence names '{name}' as the "
            f"capital of '{match.group(2)}', a pair found in one country only: "
        )
        return located.model_copy(update={"reason": why + (located.reason or "")})
    return None


def _seat_in_unit_countries(town: str, unit: str, gazetteer: Gazetteer) -> set[str]:
    """The countries where a seat of government named ``town`` lies in a first- or
    second-level unit named ``unit`` (both spelled alike, not merely sounding alike)."""
    units = [
        c.place
        for c in gazetteer.lookup(unit)
        if c.method in ("exact", "variant") and c.place.feature_code in ("ADM1", "ADM2")
    ]
    found: set[str] = set()
    for c in gazetteer.lookup(town):
        seat = c.place
        if c.method not in ("exact", "variant") or not (seat.feature_code or "").startswith(
            ("PPLA", "PPLC")
        ):
            continue
        for u in units:
            inside = seat.admin1 if u.feature_code == "ADM1" else seat.admin2
            if u.country == seat.country and inside == u.name and seat.country:
                found.add(seat.country)
    return found


def _capital_first(name: str, alike: list[Candidate]) -> str | None:
    """The country whose national capital or seat of government bears ``name`` as written and
    is the most populous of the places spelled alike ("La Paz": Bolivia's seat, not Mexico's
    Baja California Sur capital; "Santiago", "Kingston", "Georgetown", "Tripoli"): the town a
    reader takes a bare name for when the text names no country (places41). "San José" is
    none (San Jose, California is larger than Costa Rica's capital), nor "Victoria"."""
    towns = [c.place for c in alike if c.place.feature_class == "P"]
    if not towns:
        return None
    top = max(towns, key=lambda p: p.population or 0)
    capital = (top.feature_code or "") in ("PPLC", "PPLG")
    return top.country if capital and as_written(top.name) == as_written(name) else None


def _in_country(location: Location, alpha2: str | None) -> bool:
    """Is the location placed in the country of ``alpha2``? (By alpha-2: Kosovo has no ISO
    numeric.)"""
    return alpha2 is not None and location_alpha2(location.country, location.iso) == alpha2


def _paragraph_place(
    sent: Span | None, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas
) -> Location | None:
    """An event read from a sentence that names no place ("8 attackers killed."), after
    sentences of its paragraph that do ("... landing at Macuto (La Guaira) ..."): the place
    those sentences name, as ``_sentence_place`` reads one. A blank line ends a paragraph."""
    if sent is None or sent.start <= 0 or sent.start > len(context.text):
        return None
    head = context.text.rfind("\n\n", 0, sent.start)
    start = head + 2 if head >= 0 else 0
    before = context.text[start : sent.start].rstrip()
    if not before:
        return None
    said = "the event's sentence names no place; a sentence before it in its paragraph "
    said += "does: "
    lead = Span(start=start, end=start + len(before), text=before)
    return _sentence_place(lead, gazetteer, context, areas, None, said)


# A Romance article written with a capital heads the name it is part of ("La Paz", "El Alto",
# "Los Angeles", "Les Cayes"): the words after it are no name of their own, though GeoNames
# has towns so spelled ("Paz" is a variant of Mexico's La Paz). The gazetteer reads the name
# with its article whole (and without it: "El Fasher" is found as "Fasher" is). English "The"
# is not one: a sentence's first word ("The Kenyan police ...") is cut as "In" is.
_NAME_ARTICLES = frozenset({"la", "las", "le", "les", "el", "los"})


def _sub_names(match: re.Match[str]) -> list[tuple[int, str]]:
    """(offset, name) for the names a capitalised run may hold: the words before an office
    word first ("Istanbul Mayor Ekrem Imamoglu" is Istanbul, not the village Imamoglu), then
    the run and the run without its first word(s) ("In Wad Madani" -> "Wad Madani"). A
    person's first name is never tried alone ("President Volodymyr Zelenskyy")."""
    words = list(re.finditer(r"\S+", match.group(0)))
    out = []
    for i, word in enumerate(words[1:], start=1):
        if word.group(0).casefold() in cfg.OFFICE_WORDS:
            if i >= 2 and words[i - 1].group(0) == "International":
                i -= 1  # "Baghdad International Airport": the city is the words before
            for first in range(i):
                a, b = words[first].start(), words[i - 1].end()
                out.append((match.start() + a, match.group(0)[a:b]))
            break
    for first in range(len(words)):
        if words[first].group(0)[:1].islower():
            continue  # "de los Banos" is no name of its own
        if first and words[first - 1].group(0)[:1].islower():
            continue  # "Sur" of "Maguindanao del Sur", "Janeiro" of "Rio de Janeiro" (places36)
        if first and words[first - 1].group(0).casefold() in _NAME_ARTICLES:
            continue  # "Paz" of "La Paz", "Alto" of "El Alto": the article is the name's own
        a = words[first].start()
        out.append((match.start() + a, match.group(0)[a:]))
    return out


# A capitalised word joined by an Arabic article to the name before it ("Tahrir al-Sham",
# "Ahrar al-Sham", "Jabhat al-Nusra"): the end of a longer name (an armed group's, mostly),
# never a place named alone, though "Sham" is an old name of Damascus (issue 9, session 19).
_TAIL_OF_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|ed|es)-$")


def _tail_of_name(text: str, start: int) -> bool:
    return _TAIL_OF_NAME.search(text, max(0, start - 60), start) is not None


# Romance link words inside a name ("San Antonio de los Banos", "Rio de Janeiro": issue 9,
# notesc), whole words between capitalised ones, as the extractor's ``name_connectors``.
_LINKS = r"(?:de|del|des|du|la|los|las|do|da|dos|das)"
# An Arabic article joined to the next word ends a name too ("Maarat al-Numan", "Deir
# al-Balah", "Ras al-Ain"): without it the run stopped at "Maarat", a village of another
# governorate (places35). ``_sub_names`` starts no name at the lower-case article.
_ARTICLE_TAIL = r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|ed|es)-[A-Z][\w'’-]+"
# A number between two capitalised words is the name's own ("North 24 Parganas", West Bengal's
# district): cut there, the run was "North", Sikkim's North District (places46)
_NAME_NUMBER = r"\d{1,3}(?=\s+[A-Z][a-z])"
_CAPITALISED = re.compile(
    rf"\b[A-Z][\w'’-]+(?:\s+(?:(?:{_LINKS}\s+){{0,2}}[A-Z][\w'’-]+|{_ARTICLE_TAIL}|"
    rf"{_NAME_NUMBER})){{0,3}}"
)


def _city_named_whole(run: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The countries of the towns whose own name, spelled exactly, is the run ending in "City"
    ("Gaza City" is an alternate of GeoNames' Gaza, Palestine; "Kuwait City"); () if none.
    ``_sub_names`` reads "City" as an office word ("Kano City Council"), which cut "Gaza City"
    to "Gaza" (places42)."""
    if not run.endswith(" City"):
        return ()
    found = {
        c.place.country
        for c in gazetteer.lookup(run)
        if c.method == "exact" and c.place.feature_class == "P" and c.place.country
        and c.matched.casefold() == run.casefold()
    }  # fmt: skip
    return tuple(sorted(found))


def _known_at_home(
    name: str, gazetteer: Gazetteer, context: ArticleContext, homes: tuple[str, ...],
    placed: bool = False,
) -> bool:  # fmt: skip
    """Is ``name`` a place of these countries the sentence may mean: a notable one, or any
    town or unit when the text gives its parents in brackets (``placed``: "Macuto (La
    Guaira)" is written as a place, whatever its size)?"""
    if name.casefold() in cfg.NOT_PARENTS or frame.country_of(placing.parse_name(name), context):
        return False
    seat = placing.seat_of_government(name)
    if seat is not None:  # "by the Kremlin wall": the seat's city, as "the White House" is
        return seat[0] in homes
    return any(
        c.method in ("exact", "variant") and c.place.country in homes
        and (_notable(c.place) or (placed and c.place.feature_class in ("A", "P")))
        for c in gazetteer.lookup(name)
    )  # fmt: skip


def _bracketed(text: str, end: int) -> bool:
    """Does a capitalised bracket follow ``text[:end]`` ("Macuto (La Guaira)")? A coder's way
    of placing a name in its units; "(SNA)" or "(2 killed)" is none."""
    return _BRACKET_PARENT.match(text, end) is not None


_BRACKET_PARENT = re.compile(r"\s*\([A-Z][a-z]")


def _notable(place: Place) -> bool:
    """A town a sentence may name in passing and mean: an admin unit, a seat or a town of
    10,000+; not a hamlet or a neighbourhood that shares a surname ("Assad" is no place)."""
    code = place.feature_code or ""
    if place.feature_class == "A":
        return True
    seat = code.startswith(("PPLA", "PPLC"))
    return place.feature_class == "P" and (seat or (place.population or 0) >= cfg.TOWN_POPULATION)


def _travel_origin(location: Location, text: str) -> bool:
    """Is the name the origin of a journey ("its plane from Riyadh", "flew in from Doha")?"""
    span = location.span
    if span is None or span.start > len(text):
        return False
    return cfg.TRAVEL_FROM.search(text[max(0, span.start - 60) : span.start]) is not None


def _is_country(event: Event, context: ArticleContext) -> bool:
    location = event.location
    if location is None or location.latitude is not None or _country_as_town(location, context):
        return False
    return frame.country_of(placing.parse_name(location.name), context) is not None


# "city" right after a name: "in Djibouti city", "Kuwait City", "Panama City"
_CITY_AFTER = re.compile(r"\s+[Cc]ity\b")


def _capital_city_written(location: Location, text: str) -> bool:
    """A country's name with "city" after it, where the country's capital bears that name
    ("police dispersed a rally in Djibouti city", "Kuwait City", "Guatemala City"): the
    capital, not the country (session 46, notezi). Only a capital of the same name: "Ho Chi
    Minh City" or "Quezon City" name no country."""
    span = location.span
    if span is None or span.end > len(text) or text[span.start : span.end] != location.name:
        return False
    if not _CITY_AFTER.match(text, span.end):
        return False
    country = country_named(location.name.strip())
    if country is None:
        return False
    written = plain_key(location.name)
    return any(
        plain_key(name) in (written, f"{written} city") for name in capital_names(country.alpha2)
    )


def _country_as_town(location: Location, context: ArticleContext) -> bool:
    """A country's name with its parents in brackets is a town of that name ("Tonga (Upper
    Nile)": South Sudan's Tonga, not the kingdom): coders bracket a place's units, never a
    country's, so it is read as a place in its bracket's units."""
    span = location.span
    text = context.text
    if _capital_city_written(location, text):
        return True
    if span is None or not text or span.end > len(text) or not _bracketed(text, span.end):
        return False
    if country_named(location.name.strip()) is None:
        return False
    phrases = containment.parent_phrases(text, span.start, span.end)
    return bool(phrases) and all(country_named(p) is None for p in phrases)


def _governorate_of(event: Event, areas: AdminAreas) -> list[str]:
    loc = event.location
    if loc is None or loc.latitude is None or loc.longitude is None:
        return []
    match = areas.locate(loc.latitude, loc.longitude)
    return [match.admin1.pcode] if match is not None else []


def _add_anchors(
    extraction: Extraction, context: ArticleContext, gazetteer: Gazetteer, areas: AdminAreas
) -> None:
    """Names of the article with one plausible place are anchors for the ambiguous ones."""
    names = {e.location.name for e in extraction.events if e.location and e.location.name}
    found: dict[str, list[Candidate]] = {}
    for name in sorted(names):
        query = placing.parse_name(name)
        if query.airfield or query.area or frame.country_of(query, context) is not None:
            continue
        found[name] = placing.candidates(query, gazetteer, context)
        exact = [c.place for c in found[name] if c.method in cfg.EXACT_METHODS]
        context.spelled[name] = tuple(p for p in exact if p.feature_class == "P")
    for cands in found.values():
        best = placing.ranked(cands, context, areas)
        home = context.main_country()
        if home is not None:  # a place abroad does not situate a report about this country
            best = [(s, c) for s, c in best if c.place.country == home]
        if len(best) == 1 and best[0][1].place.feature_class != "A":
            context.anchors.append(best[0][1].place)


# Resolve methods that mean the text names the actor itself ("ULFA", "the Houthis"), not a
# generic word framed by the article's country (which would only echo it back).
_NAMED_METHODS = frozenset({"exact", "alias"})


def actor_countries(extraction: Extraction, actors: ActorKB) -> dict[str, tuple[str, ...]]:
    """Alpha-2 -> the actors of that country the events name by name (resolved ``exact`` or
    ``alias`` to an actor of the base with a country), for the article's country."""
    found: dict[str, list[str]] = {}
    for event in extraction.events:
        for ref in (event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2):
            if ref is None or ref.id is None or ref.method not in _NAMED_METHODS:
                continue
            actor = actors.get(ref.id)
            # A generic actor with a country of its own is named for that country ("Ambazonian
            # separatists", "Mai-Mai", "Nigerian bandits"): named so, it says the country as a
            # group's name does ("Ambazonian separatists ... Bambui (Tubah, North-West)":
            # Cameroon's region, issue 9, session 23). Plain nouns ("separatists") have none.
            if actor is None or not actor.country:
                continue
            names = found.setdefault(actor.country, [])
            if ref.name not in names:
                names.append(ref.name)
    return {country: tuple(names) for country, names in found.items()}


def _geocode_event(
    event: Event, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas
) -> Event:
    location = event.location
    if location is None or not location.name.strip() or location.latitude is not None:
        return event
    if _travel_origin(location, context.text):
        # "stepped off its plane from Riyadh" in an Aden report: another place the sentence
        # names is the event's; the origin only when it names none
        said = f"'{location.name}' is where a journey began, not the event's place; "
        found = _sentence_place(
            event.sentence, gazetteer, context, areas, None, said, location.span
        )
        if found is not None:
            return event.model_copy(update={"location": found})
    placed = geocode_location(location, gazetteer, context, areas, event.sentence)
    return event.model_copy(update={"location": placed})


# A nationality adjective describing the place: "the Congolese border town of Bunagana", "the
# southern Lebanese village of Odaisseh", "the Syrian capital Damascus". The text says which
# country the place is in, whatever country the report is filed from (issue 9, session 19). A
# hyphened adjective ("the Russian-held city of X", "Israeli-occupied") names who holds it, not
# where it lies, and is not read.
_DESCRIBED = re.compile(
    r"(?<![\w-])([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}"
    r"(?:town|city|village|hamlet|port|capital|district|province|region|state)\s+(?:of\s+)?$"
)


def _described_country(location: Location, text: str) -> str | None:
    span = location.span
    if span is None or span.end > len(text) or text[span.start : span.end] != location.name:
        return None
    match = _DESCRIBED.search(text, max(0, span.start - 60), span.start)
    country = country_named(match.group(1), adjective=True) if match else None
    return country.alpha2 if country is not None else None


def geocode_location(
    location: Location, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas,
    sentence: Span | None = None, within: str | None = None,
) -> Location:  # fmt: skip
    """Place one named location; ``sentence``: the event's sentence, whose other place names
    may stand for a name the gazetteer lacks (``_near_sentence_town``); ``within``: the
    country (alpha-2) to seek it in, as a possessor would say ("Haiti's Centre")."""
    location = _whole_name(location, gazetteer, context.text)
    query = placing.parse_name(location.name)
    if within is not None and query.within is None:
        query = replace(query, within=within)
    if query.within is None and (described := _described_country(location, context.text)):
        query = replace(query, within=described)  # "the Congolese border town of Bunagana"
    query = replace(query, cue=seats.cue_of(query.kind, location, context.text))
    country = None if _country_as_town(location, context) else frame.country_of(query, context)
    if country is not None:
        return frame.place_country(location, query, country, context, areas)
    wider = _wider_than_a_place(location, query, gazetteer, context, areas)
    if wider is not None:
        return wider
    if _persons_name(query.base, gazetteer, context.text):
        person = f"'{query.base}' is a person's name in this text (after a title), not a place; "
        # "police fired near ex-president Boni Yayi's home in Cotonou": the sentence's place
        other = _sentence_place(
            sentence, gazetteer, context, areas, None, person, location.span
        ) or _unframed_place(sentence, gazetteer, context, areas)
        if other is not None:
            return other
        why = (
            f"'{query.base}' is a person's name in this text (after a title: "
            "'Prime Minister ...'), not a place: left without coordinates"
        )
        return location.model_copy(update={"reason": why})
    # a seat of government's city is known: the words after it name that city ("the White
    # House in Washington (District of Columbia)"), not a unit to look it up in
    seat = placing.seat_of_government(location.name)
    parents = [] if seat else _parents(location, gazetteer, context, areas)
    numbered = _numbered_spot(location, context.text)
    stand_in = False  # the place stands for a longer name it only begins (``leading_place``)
    if numbered and (town := _numbered_spots_town(location, gazetteer, context, areas)):
        return town
    choice = (
        None
        if numbered
        else placing.choose(query, location.qualifier, gazetteer, context, areas, parents)
    )
    if choice is None and not numbered:
        offset = location.span.start if location.span else None
        choice = placing.fallback(query, context, offset)
    if choice is None and not numbered and not _capitals_part(location, context.text):
        # "San Juan de Lurigancho, the capital's most populous district" is no San Juan far
        # off: the capital stands for it below (``_in_the_capital``)
        choice = placing.leading_place(query, gazetteer, context, areas)
        stand_in = choice is not None
    choice = _landmark_in_town(location, choice, context) or choice
    in_town = _begun_name_in_sentence_town if stand_in else _square_in_sentence_town
    elsewhere = (
        None
        if parents  # "Republic square in Yerevan": the text gives the square's town
        else in_town(location, choice, sentence, gazetteer, context, areas)
    )
    if elsewhere is not None:
        return elsewhere
    if (
        choice is not None
        and not parents
        and _unplaced_bracket(location, query, gazetteer, context)
    ):
        choice = None  # "Kadey (Eastern)" in a text of no country is not Kadaya, Russia
    said = parents[-1].country if parents else query.within
    if choice is not None and choice.own_name:
        said = query.within
    if choice is None and said is None and sentence is not None:
        # the sentence's own country ("... at X in Beirut's southern suburbs" in a report led
        # by Israel): the name is sought there, never in the lead country (a numbered spot is
        # sought nowhere: its sentence's town stands for it)
        own = _sentence_country(location, sentence, gazetteer, context)
        if own is not None:
            said = own
            choice = None if numbered else placing.choose(
                replace(query, within=own), location.qualifier, gazetteer, context, areas, []
            )  # fmt: skip
            if choice is not None:
                return flag_outside(placing.locate(choice, location, areas), own, own)
    if choice is None:
        home = said or context.main_country()
        between = _between_towns(location, query.base, home, gazetteer, context, areas)
        if between is not None:
            return between
        near = _near_sentence_town(location, query.base, sentence, home, gazetteer, context, areas)
        if near is None and home is not None:
            near = _in_the_capital(location, query.base, home, gazetteer, context, areas)
        if near is None and home is not None and not context.stated:
            near = _article_unit(location, query.base, home, gazetteer, context, areas)
        if near is None:
            near = _paragraph_town(location, query.base, sentence, home, gazetteer, context, areas)
        if near is None and home is None:
            near = _unframed_town(
                location, query.base, sentence, gazetteer, context, areas, numbered
            )
        if near is None:
            near = _story_town(location, query.base, sentence, home, gazetteer, context, areas)
        return near or frame.place_missing(location, query, home, context, areas)
    return flag_outside(placing.locate(choice, location, areas), choice.place.country, said)


# A spot named by a generic word and its number: a milestone on a road ("Mile 4", "KM 7",
# "Kilometre 12"), a numbered quarter or unit of a town ("Kebele 05", Ethiopia's smallest unit;
# "Ward 3", "Zone 2", "Sector 4", "Block 9", "Phase 2"; "District 8": a city's numbered
# district, as El Alto's, Kabul's or Paris's arrondissements in English, places41) or a
# numbered camp, gate or checkpoint.
# The word alone is no town's name: "Mile" is not Mile (Yunnan), "Kebele" not Kobilje.
_NUMBERED_SPOT = re.compile(
    r"(?i:mile|km|kilomet(?:re|er)|kebele|ward|zone|sector|block|phase|camp|gate|checkpoint|"
    r"junction|section|district)(?:\s*(?:no\.?\s*)?\d+\b)"
)


def _numbered_spot(location: Location, text: str) -> bool:
    """Is the location a generic word with its number (``_NUMBERED_SPOT``), the number written
    after the name or inside it ("KM4")? It is then a spot the gazetteer cannot hold: never
    sought there, it is placed as a name the gazetteer lacks (its sentence's town stands for
    it)."""
    span = location.span
    written = location.name.strip()
    if span is not None and span.end <= len(text) and text[span.start : span.end] == span.text:
        written = text[span.start : span.end + 12]
    match = _NUMBERED_SPOT.match(written)
    return match is not None and match.start() == 0


# The town a numbered spot is written of: "District 8 of El Alto (La Paz)", "Ward 3 in Kano"
_SPOT_OF = re.compile(
    rf"\s*(?:no\.?\s*)?\d+\s*,?\s+(?:of|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
    rf"({containment.NAME})"
)


def _numbered_spots_town(
    location: Location, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas
) -> Location | None:
    """The town a numbered spot is said to lie in ("District 8 of El Alto (La Paz)"), placed as
    a location of its own, with the parents written after it (the bracket says which El Alto),
    standing for the spot at precision 2. Before places41 the spot's sentence was searched for
    a town of one country, and "El Alto" has namesakes in Peru and Panama."""
    span = location.span
    text = context.text
    if span is None or span.end > len(text) or text[span.start : span.end] != location.name:
        return None
    match = _SPOT_OF.match(text, span.end)
    if match is None:
        return None
    name = match.group(1).strip(" .;:")
    start = match.start(1)
    town = Location(
        name=name, surface=name, span=Span(start=start, end=start + len(name), text=name)
    )
    found = geocode_location(town, gazetteer, context, areas, None)
    if found.latitude is None:
        return None
    return _standing_near(found, location.name)


# A city's possessive that names a part of it ("Beirut's southern suburbs", "Nouméa's Magenta
# and Ducos districts"), not its government's deed ("Baku's offensive")
_PLACE_OWNED = re.compile(
    r"['’]s\s+(?:(?:[a-z]+ern|old|inner|outer|central)\s+)?(?:[A-Z]|(?:suburbs?|outskirts|"
    r"districts?|neighbou?rhoods?|quarters?|cent(?:re|er)|streets?|port|airport|old city|"
    r"(?:[a-z]+ern\s+)?(?:edge|part|side)s?)\b)"
)


def _owner_first(match: re.Match[str]) -> list[tuple[int, str]]:
    """``_sub_names``, after the owner of a part it names ("Nouméa's Magenta" -> "Nouméa's",
    read as Nouméa by ``_PLACE_OWNED``; "Iraq's Kurdistan" -> "Iraq's")."""
    run = match.group(0)
    owned = _PLACE_OWNED.search(run)
    head = [(match.start(), run[: owned.start() + 2])] if owned and owned.start() > 0 else []
    return head + _sub_names(match)


# A country named as where something is: "in Iraq", "near Lebanon's", "Iraq's Kurdistan region"
_COUNTRY_CUE = re.compile(r"\b(?:in|at|near|inside|across|of)\s+(?:the\s+)?$", re.I)


def _sentence_country(
    location: Location, sentence: Span, gazetteer: Gazetteer, context: ArticleContext
) -> str | None:
    """The one country other than the lead that the event's own sentence places things in,
    for a name the lead country's places lack: a capital or a city of 100,000+ of one
    country, named as no speaker ("in Beirut's southern suburbs", "the highway at X, outside
    Chattogram"), or a country named as a place ("in Iraq", "Iraq's Kurdistan region"). None
    when the sentence also names a place of the lead country, or things of two countries: a
    report filed from one country about another still has sentences about either (issue 9,
    places32)."""
    main = context.main_country()
    text = context.text
    if main is None or sentence.end > len(text):
        return None
    skip = location.span
    found: set[str] = set()
    others: set[str] = set()
    for match in _CAPITALISED.finditer(text, sentence.start, sentence.end):
        if match.group(0).isupper() or _tail_of_name(text, match.start()):
            continue
        if _quoted(text, match.start(), match.group(0)):
            continue
        for start, name in _owner_first(match):
            if skip is not None and start < skip.end and skip.start < start + len(name):
                continue
            if name.casefold() in cfg.NOT_PARENTS or placing.titled_person(name, text):
                continue
            end = start + len(name)
            if _PLACE_OWNED.match(text, end - 2):
                name, end = name[:-2], end - 2  # "Beirut's southern suburbs": Beirut
            country = country_named(name)
            if country is not None:
                cue = _COUNTRY_CUE.search(text[max(sentence.start, start - 12) : start])
                owned = re.match(r"['’]s\s+(?:[a-z]+\s+){0,2}[A-Z]", text[end : end + 40])
                if cue or owned:
                    found.add(country.alpha2)
                elif country.alpha2 == main:
                    return None
                break
            if _SPEAKS_AFTER.match(text, end) and not _PLACE_OWNED.match(text, end):
                continue  # "Moscow said", "Baku's offensive": a government, not the scene
            alike = [c for c in gazetteer.lookup(name) if c.method in ("exact", "variant")]
            big = {c.place.country for c in alike if big_city(c.place) and c.place.country}
            notable = {c.place.country for c in alike if _notable(c.place) and c.place.country}
            if main in notable:
                return None  # a place of the lead country is named too
            if len(big) == 1:
                found |= big
                break
            cue = _PLACE_CUE.search(text[max(sentence.start, start - 20) : start])
            if len(notable) == 1 and cue is not None:
                others |= notable  # "near Khan Younis": a town of a third country
                break
    if len(found) != 1 or others - found:
        return None
    (own,) = found
    return None if own == main else own


def _unplaced_bracket(
    location: Location, query: placing.Query, gazetteer: Gazetteer, context: ArticleContext
) -> bool:
    """A name bracketed with a unit ("Kadey (Eastern)") that no country's unit could be read
    for (``containment._abroad_only``: the text gives no country), spelled as written by no
    place: the coder's unit says it is no namesake spelled only alike (a variant abroad); it
    stays unresolved."""
    span = location.span
    if span is None or span.end > len(context.text) or not _bracketed(context.text, span.end):
        return False
    if context.actor_country() is not None or context.main_country() is not None:
        return False
    phrases = containment.parent_phrases(context.text, span.start, span.end)
    if not phrases or not containment.shared_abroad(phrases[-1], gazetteer):
        return False
    return not any(c.method == "exact" for c in gazetteer.lookup(query.base))


def _landmark_in_town(
    location: Location, choice: Choice | None, context: ArticleContext
) -> Choice | None:
    """A landmark ("Sukhbaatar Square", "the Boganda stadium") of a note that opens with its
    town ("On 15 June 2023, Bangui: ...") is in that town: the town, at precision 1, when the
    name has no place of its own within ``LANDMARK_KM`` of it (a square named for a hero is no
    town named for him a province away)."""
    town = context.filed_from
    span = location.span
    if town is None or not context.stated or span is None or span.end > len(context.text):
        return None
    after = context.text[span.end : span.end + 30]
    own = cfg.LANDMARK_WORD.match(" " + location.name.split()[-1]) is not None
    # a quarter named with its local word ("in colonia Obrera", "barrio Sucre") is the town's
    quarter = cfg.QUARTER_WORD_BEFORE.search(
        context.text, max(0, span.start - 12), span.start
    ) or cfg.QUARTER_WORD_BEFORE.match(location.name.split()[0] + " ")
    if not own and quarter is None and cfg.LANDMARK_WORD.match(after) is None:
        return None
    if choice is not None and choice.place.country == town.country:
        km = km_between(
            choice.place.latitude, choice.place.longitude, town.latitude, town.longitude
        )
        if km < cfg.LANDMARK_KM:
            return None
    what = "a quarter" if quarter is not None else "a landmark"
    reason = (
        f"'{location.name}' is {what} of the town the note opens with, {town.name} "
        f"({town.id}): that town stands for it at precision 1"
    )
    return Choice(town, 1, cfg.RADIUS_NEAR_KM, reason)


# A square or a street named after its name ("Svobody square", "Tahrir Square", "Lenin
# avenue"): a name of that kind is a person's, an idea's or a date's, rarely its town's
_SQUARE_WORD = re.compile(r"\s+(?i:square|plaza|street|avenue|boulevard|roundabout)\b")
_SENTENCE_STOP = re.compile(r"[.!?;](?=\s)|\n")
_FULL_STOP = re.compile(r"[.!?](?=\s)|\n")


def _square_in_sentence_town(
    location: Location, choice: Choice | None, sentence: Span | None, gazetteer: Gazetteer,
    context: ArticleContext, areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A square or a street ("residents of X rallied on Svobody square") whose name the
    gazetteer spells as a town ``LANDMARK_KM`` or more from the town its sentence names: the
    square is in the sentence's town, not at a namesake town (the reading ``_landmark_in_town``
    makes for a note that opens with its town, here for any sentence that names one;
    places36). The town stands at its own precision; the town is looked for in the name's
    clause (up to a semicolon)."""
    span, text = location.span, context.text
    if span is None or span.end > len(text) or _SQUARE_WORD.match(text, span.end) is None:
        return None
    return _in_sentence_town(location, choice, sentence, gazetteer, context, areas, _SENTENCE_STOP)


def _begun_name_in_sentence_town(
    location: Location, choice: Choice | None, sentence: Span | None, gazetteer: Gazetteer,
    context: ArticleContext, areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A name the chosen town only begins ("Palazzo Chigi" begins with Palazzo, a village of
    Umbria: ``leading_place``): any such name, a building's as well as a square's, is in the
    town its sentence names ("... in Rome ...; water cannon near Palazzo Chigi") when that
    town is ``LANDMARK_KM`` or more away, read in the name's whole sentence, not its clause
    (places46)."""
    return _in_sentence_town(location, choice, sentence, gazetteer, context, areas, _FULL_STOP)


def _in_sentence_town(
    location: Location, choice: Choice | None, sentence: Span | None, gazetteer: Gazetteer,
    context: ArticleContext, areas: AdminAreas, stop_at: re.Pattern[str],
) -> Location | None:  # fmt: skip
    """The town the sentence around ``location`` names (bounded by ``stop_at`` when the name
    lies outside the event's own clause), if it is ``LANDMARK_KM`` or more from ``choice``."""
    span, text = location.span, context.text
    if choice is None or sentence is None or span is None or span.end > len(text):
        return None
    if not sentence.start <= span.start < sentence.end:  # the name's own clause, not the event's
        stops = [m.end() for m in stop_at.finditer(text, 0, span.start)]
        end = stop_at.search(text, span.end)
        start = stops[-1] if stops else 0
        stop = end.start() if end is not None else len(text)
        sentence = Span(start=start, end=stop, text=text[start:stop])
    said = f"'{location.name}' names a square, a street or a building the gazetteer lacks; "
    town = _sentence_place(sentence, gazetteer, context, areas, None, said, span)
    if town is None or town.latitude is None or town.longitude is None:
        return None
    km = km_between(choice.place.latitude, choice.place.longitude, town.latitude, town.longitude)
    return town if km >= cfg.LANDMARK_KM else None


def _persons_name(name: str, gazetteer: Gazetteer, text: str) -> bool:
    """Is ``name`` a person the text titles ("Prime Minister Narendra Modi" ... "Modi
    said") and no city or capital spelled alike? A village sharing a surname is not meant."""
    if not placing.titled_person(name, text):
        return False
    return not any(
        c.method in ("exact", "variant")
        and (
            (c.place.feature_code or "").startswith(("PPLC", "PPLA"))
            or (c.place.population or 0) >= cfg.CITY_POPULATION
        )
        for c in gazetteer.lookup(name)
    )


def _wider_than_a_place(
    location: Location, query: placing.Query, gazetteer: Gazetteer, context: ArticleContext,
    areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A world region ("Europe") or a misspelt country ("Somaila"): country level, never a
    village spelled nearly alike."""
    if cfg.WORLD_REGION.fullmatch(location.name.strip()):
        return frame.place_region(location, query, context, areas)
    misspelt = _misspelt_country(query.base, gazetteer)
    if misspelt is None:
        return None
    why = f"'{query.base}' is no place the gazetteer spells so; it is a near spelling of "
    why += f"{misspelt.name}, a country"
    return frame.place_country(location, query, misspelt, context, areas, why)


def _misspelt_country(name: str, gazetteer: Gazetteer) -> Country | None:
    """ "Somaila": a near spelling of one country's name that no place is spelled alike."""
    country = country_misspelt(name)
    if country is None or any(c.method in cfg.EXACT_METHODS for c in gazetteer.lookup(name)):
        return None
    return country


def _near_sentence_town(
    location: Location, base: str, sentence: Span | None, home: str | None,
    gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A name the gazetteer lacks, whose sentence names a town or unit of the same country
    ("rural areas of Tibu in the Catatumbo region"): that place stands for it at precision 2
    at best (near it, not it), before a dateline town or the country does."""
    if home is None and sentence is not None:
        home = _sentence_unit_country(sentence, gazetteer, context, location.span)
    if sentence is None or home is None or len(base) < 3 or cfg.NOT_SETTLEMENT.search(base):
        return None  # a sea, a highway, a train, a party: its sentence's town is not where it is
    said = f"'{base}' is not in the gazetteer; "
    homes: tuple[str, ...] = (home,)
    if home in context.forces_only:
        # the country is named only as foreign forces' ("marched towards the French base"):
        # the other countries the text names may hold the sentence's town ("Niamey")
        votes = context.country_votes()
        homes += tuple(c for c in sorted(votes, key=lambda c: -votes[c]) if c != home and votes[c])
    found = _sentence_place(sentence, gazetteer, context, areas, homes, said, location.span)
    if found is None:
        return None
    return _standing_near(found, base)


# A part of the capital named with "the capital" for its town ("a bus burned at X in the
# capital", "shells landed in the X district of the capital"): news copy names a city's quarters
# so, and cities500 lacks most of them (Port-au-Prince's, Mogadishu's, Dhaka's). Not "the capital
# of Y" or "the capital, Kyiv" (a name follows: the text says which), nor "capital region".
_OF_THE_CAPITAL = re.compile(
    r"(?:\s+[a-z]+){0,2}\s*,?\s+(?:in|of|near)\s+the\s+(?:country's\s+|nation's\s+)?capital\b"
    r"(?!\s*,?\s*[A-Z])(?!\s+(?:of|city|region|district|province|territory|area)\b)"
)


# The same said in an apposition: "X, the capital's most populous district", "X, a
# neighbourhood of the capital", "X, one of the capital's poorest suburbs"
_CAPITALS_PART = re.compile(
    r"\s*,\s+(?:(?:the|a|an|one\s+of)\s+(?:the\s+)?)?(?:(?:country's|nation's)\s+)?"
    r"(?:capital['’]s\s+(?:[a-z-]+\s+){0,3}(?:districts?|neighbou?rhoods?|suburbs?|quarters?|"
    r"boroughs?|communes?|townships?|areas?|slums?)|(?:[a-z-]+\s+){0,3}(?:districts?|"
    r"neighbou?rhoods?|suburbs?|quarters?|boroughs?|communes?|townships?|slums?)\s+of\s+the\s+"
    r"capital)\b(?!\s*,?\s*[A-Z])(?!\s+of\s+[A-Z])"
)


def _capitals_part(location: Location, text: str) -> bool:
    """Is the location, as written, said to be a part of "the capital" by the words after it
    (``_OF_THE_CAPITAL``, ``_CAPITALS_PART``), naming no city?"""
    span = location.span
    if span is None or text[span.start : span.end] != location.name:
        return False
    return bool(_OF_THE_CAPITAL.match(text, span.end) or _CAPITALS_PART.match(text, span.end))


def _in_the_capital(
    location: Location, base: str, home: str, gazetteer: Gazetteer, context: ArticleContext,
    areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A name the gazetteer lacks, said to lie in "the capital" of a report whose country is
    known: that country's one capital (world_capitals.tsv) stands for it at precision 2."""
    if not _capitals_part(location, context.text):
        return None
    names = capital_names(home)
    if len(names) != 1:
        return None  # none, or several seats (Bolivia's, South Africa's): the text must say
    capital = Location(name=names[0], surface=names[0])
    found = geocode_location(capital, gazetteer, context, areas, None, within=home)
    placed = country_named(found.country or "")
    if found.latitude is None or placed is None or placed.alpha2 != home:
        return None
    said = f"'{base}' is in the capital, {names[0]}, of the report's country"
    return _standing_near(found.model_copy(update={"reason": said}), base)


def _standing_near(found: Location, base: str) -> Location:
    """``found`` standing for ``base``, a name the gazetteer lacks: precision 2 at best (near
    it, not it)."""
    precision = max(2, found.geo_precision or 2)
    update = {  # the town's name, as ACLED names the place a precision-2 point stands at
        "geo_precision": precision,
        "uncertainty_km": max(cfg.RADIUS_NEAR_KM, found.uncertainty_km or 0.0),
        "reason": f"{found.reason}; it stands for '{base}' at precision {precision} (near it)",
    }
    return found.model_copy(update=update)


def _unframed_town(
    location: Location, base: str, sentence: Span | None, gazetteer: Gazetteer,
    context: ArticleContext, areas: AdminAreas, numbered: bool = False,
) -> Location | None:  # fmt: skip
    """A name no country's places spell alike, in a text that gives no country, whose
    sentence names a capital or a city of 100,000+ of one country ("a mob beat a man in a
    mohalla of Gujranwala (Punjab)", "shops looted in X, Durban"): that city stands for it at
    precision 2, as a town of the sentence does when the country is known
    (``_near_sentence_town``). The name is nowhere, so no namesake is passed over."""
    if len(base) < 3 or cfg.NOT_SETTLEMENT.search(base):
        return None
    if not numbered and any(c.method in ("exact", "variant") for c in gazetteer.lookup(base)):
        return None  # (a numbered spot, "Mile 90", is nowhere whatever its word spells)
    # only a big city: a village beside it ("in X and Y") is another place, not its stand-in
    found = _unframed_place(sentence, gazetteer, context, areas, location.span, big_only=True)
    return _standing_near(found, base) if found is not None else None


def _paragraph_town(
    location: Location, base: str, sentence: Span | None, home: str | None,
    gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A name the gazetteer lacks (a street, a square, a quarter, a village), whose sentence
    names no town or unit of its country and no unit of it is named as one, after sentences of
    its paragraph that name one ("Thousands rallied in Tbilisi. ... Police cleared Rustaveli
    Avenue"): the town those sentences name stands for it at precision 2 (near it, not it;
    ACLED codes a street, a square or a quarter at its town), before a dateline town or the
    country alone, which gives no point. Only in the country the text gives the name."""
    if sentence is None or home is None or len(base) < 3 or cfg.NOT_SETTLEMENT.search(base):
        return None
    text = context.text
    if sentence.start <= 0 or sentence.start > len(text):
        return None
    head = text.rfind("\n\n", 0, sentence.start)
    start = head + 2 if head >= 0 else 0
    before = text[start : sentence.start].rstrip()
    if not before:
        return None
    lead = Span(start=start, end=start + len(before), text=before)
    said = f"'{base}' is not in the gazetteer; a sentence before it in its paragraph names "
    said += "a town of the same country: "
    found = _sentence_place(lead, gazetteer, context, areas, (home,), said, location.span)
    if found is None or not _in_country(found, home):
        return None
    precision = max(2, found.geo_precision or 2)
    update = {
        "geo_precision": precision,
        "uncertainty_km": max(cfg.RADIUS_NEAR_KM, found.uncertainty_km or 0.0),
        "reason": f"{found.reason}; it stands for '{base}' at precision {precision} (near it)",
    }
    return found.model_copy(update=update)


# How many paragraphs before its own a story's town is sought for a name the gazetteer lacks:
# a live blog's or a chat's entries are paragraphs of a line or two, and its town is named in
# its heading or first entries (reports dev, session 43: Tbilisi, Belgrade, Port-au-Prince
# told 3 to 12 entries above the street or square).
STORY_PARAGRAPHS = 20


def _story_town(
    location: Location, base: str, sentence: Span | None, home: str | None,
    gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A name the gazetteer lacks (a street, a square, a quarter, a village) whose sentence and
    paragraph name no town of its country, in a story with no dateline town there ("Live:
    protests in Tbilisi ... 22:30 - Riot police use water cannon on Rustaveli Avenue"): the town
    of its country the nearest paragraph before it names stands for it at precision 2 (near it,
    not it). A story tells its scene once and then its parts: the square or street it names
    next lies in the town it told (ACLED codes a street, a square or a quarter at its town).
    A dateline town of the country comes first (``frame.place_missing``): where the reporter
    files from is the story's place when it names none. Not in Syria: its governorates'
    polygons let the paragraph's or the article's governorate stand (``frame.place_unknown``,
    measured on FA-KES). In a text that gives no country (a chat's export, a live page with no
    dateline), only a capital or a city of 100,000+ of one country told before stands, and only
    for a name no country's places spell alike, as ``_unframed_town`` reads a sentence's own."""
    if sentence is None or len(base) < 3 or cfg.NOT_SETTLEMENT.search(base):
        return None
    text = context.text
    if not 0 < sentence.start <= len(text):
        return None
    if home == ADMIN_COUNTRY:
        return None
    if home is None:
        if any(c.method in ("exact", "variant") for c in gazetteer.lookup(base)):
            return None
    elif frame.filed_town(context, home, capital=frame.landmark_name(location, text)):
        return None
    end = text.rfind("\n\n", 0, sentence.start)  # the paragraph's own: ``_paragraph_town``
    said = f"'{base}' is not in the gazetteer; the story named a town of its country before it: "
    for _ in range(STORY_PARAGRAPHS):
        if end <= 0:
            return None
        head = text.rfind("\n\n", 0, end)
        start = head + 2 if head >= 0 else 0
        before = text[start:end].rstrip()
        if before.strip():
            lead = Span(start=start, end=start + len(before), text=before)
            found = _told_town(lead, home, location.span, gazetteer, context, areas, said)
            if found is not None:
                return _standing_near(found, base)
        end = head
    return None


def _told_town(
    lead: Span, home: str | None, skip: Span | None, gazetteer: Gazetteer,
    context: ArticleContext, areas: AdminAreas, said: str,
) -> Location | None:  # fmt: skip
    """The town of ``home`` that ``lead`` (a paragraph) names first; with no country, a
    capital or a city of 100,000+ of one country (``_unframed_place``)."""
    if home is None:
        return _unframed_place(lead, gazetteer, context, areas, skip, big_only=True)
    found = _sentence_place(lead, gazetteer, context, areas, (home,), said, skip)
    return found if found is not None and _in_country(found, home) else None


# An admin unit named as one anywhere in the text: "the rebellion that has gripped the Amhara
# region", "a village in Kasese district", "in Thailand's Surin province" (the possessor is
# dropped: ``_POSSESSOR``).
_UNIT_NAMED = re.compile(rf"(?<![\w'’-])({containment.NAME})\s+{cfg.CONTAINER_WORDS}\b")
_POSSESSOR = re.compile(r"^.*['’]s\s+")
_UNIT_AFTER = re.compile(rf"\s+{cfg.CONTAINER_WORDS}\b")


def _article_unit(
    location: Location, base: str, home: str, gazetteer: Gazetteer, context: ArticleContext,
    areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A name the gazetteer lacks, with no unit named with it nor a town in its sentence: the
    admin unit of its country the text names as a unit ("X region", "Y district") stands for
    it at precision 3 (ACLED codes an event whose place is known only to its province at the
    province's centre), before the dateline town, which says where the reporter was, or the
    country alone, which ACLED gives no point. The unit is the one named in the name's
    paragraph nearest to it, else the one unit the whole text names; none when the text names
    several elsewhere, or when the name is itself a unit's ("in X province": a unit abroad
    the gazetteer lacks is no town of the units named). Issue 9, session 20: towns cities500
    lacks in articles of both desks (reportsa, reportsc)."""
    span = location.span
    text = context.text
    if len(base) < 3 or cfg.NOT_SETTLEMENT.search(base) or span is None:
        return None
    if span.end <= len(text) and _UNIT_AFTER.match(text, span.end):
        return None  # "Oddar Meanchey province": a unit's name, not a town in one
    units: dict[str, tuple[int, containment.Parent]] = {}  # place id -> (distance, unit)
    near: tuple[int, containment.Parent] | None = None
    for match in _UNIT_NAMED.finditer(text):
        phrase = _POSSESSOR.sub("", match.group(0)).strip()
        name = _POSSESSOR.sub("", match.group(1)).strip()
        if not name[:1].isupper() or name.casefold() in cfg.NOT_PARENTS or base in name:
            continue
        found = containment.resolve([phrase], gazetteer, context, areas)
        parent = found[0] if found else None
        if parent is None or parent.place is None or parent.country != home:
            continue
        if parent.place.feature_class != "A":
            continue  # a town of that name: no unit
        distance = abs(match.start() - span.start)
        units.setdefault(parent.place.id, (distance, parent))
        if context.same_paragraph(match.start(), span.start) and (
            near is None or distance < near[0]
        ):
            near = (distance, parent)
    where = "in its paragraph"
    if near is None and len(units) == 1:
        near, where = next(iter(units.values())), "as the one unit of the text"
    if near is None and not units:
        near, where = _one_admin1(home, gazetteer, context, areas), "as its one province"
    if near is None:
        return None
    parent = near[1]
    unit = parent.place
    assert unit is not None
    reason = (
        f"'{base}' is not in the gazetteer and no unit is named with it; the text names "
        f'"{parent.phrase}" -> {unit.name} ({unit.id}) in the same country {where}, which '
        "stands for it at precision 3 (the unit's point: the unit is known, not the place)"
    )
    choice = Choice(unit, 3, parent.radius_km or cfg.RADIUS_NEAR_KM, reason)
    return placing.locate(choice, location, areas)


def _one_admin1(
    home: str, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas
) -> tuple[int, containment.Parent] | None:
    """The one first-level unit of ``home`` the text names by its bare name ("Zamfara: bandits
    took 23 passengers near Magami"), when it names no unit with its admin word: the province
    a note is about stands for a village of it the gazetteer lacks. None for two or more, and
    for a name that is also a town's ("Dhaka", "Kinshasa": the city may be all that is meant,
    and ``_paragraph_town`` reads it as one)."""
    units = admin1_named(context.text, units_only=True)
    named = sorted(unit for country, unit in units if country == home)
    if len(named) != 1:
        return None
    found = containment.resolve([named[0]], gazetteer, context, areas)
    parent = found[0] if found else None
    if parent is None or parent.place is None or parent.place.feature_code != "ADM1":
        return None
    return (0, parent) if parent.country == home else None


def _sentence_unit_country(
    sentence: Span, gazetteer: Gazetteer, context: ArticleContext, skip: Span | None
) -> str | None:
    """In a text that names no country at all (no name, dateline, admin unit or actor of one),
    the one country of the first-level units the sentence names spelled alike ("blocked the
    highway at Cuatro Caminos, Totonicapan": Guatemala's department): the unit stands for a
    name the gazetteer lacks, never a namesake abroad (issue 9, places16). None when no unit
    is named or the units lie in two countries."""
    if any(v > 0 for v in context.country_votes().values()) or context.actor_country():
        return None
    if sentence.end > len(context.text):
        return None
    found: set[str] = set()
    for match in _CAPITALISED.finditer(context.text, sentence.start, sentence.end):
        if skip is not None and match.start() < skip.end and skip.start < match.end():
            continue
        if _tail_of_name(context.text, match.start()):
            continue
        for _, name in _sub_names(match):
            if name.casefold() in cfg.NOT_PARENTS or placing.titled_person(name, context.text):
                continue
            found |= {  # a compass point in every spelling: "Northwest" is not only Iceland's
                c.place.country
                for c in containment.compass_lookup(name, gazetteer)
                if c.method in ("exact", "variant") and c.place.feature_code == "ADM1"
                and c.place.country
            }  # fmt: skip
    return found.pop() if len(found) == 1 else None


def _between_towns(
    location: Location, base: str, home: str | None, gazetteer: Gazetteer,
    context: ArticleContext, areas: AdminAreas,
) -> Location | None:  # fmt: skip
    """A name the gazetteer lacks that joins two towns of the country with a hyphen ("the
    Gao-Ansongo road", "the Bama-Konduga axis"): the event lies between them, so the first
    town stands for it at precision 2 (near it, not in it), as ACLED codes a road. Both must
    be notable places of the country (a seat, a unit or a town of 10,000+), so a hyphenated
    name of its own is not split into namesakes."""
    parts = [p.strip() for p in re.split(r"\s*[-–]\s*", base)]
    if home is None or len(parts) != 2 or any(len(p) < 3 or not p[:1].isupper() for p in parts):
        return None
    for part in parts:
        if not any(
            c.method in ("exact", "variant") and c.place.country == home and _notable(c.place)
            for c in gazetteer.lookup(part)
        ):
            return None
    first = Location(name=parts[0], span=location.span)
    found = geocode_location(first, gazetteer, context, areas)
    if found.latitude is None:
        return None
    precision = max(2, found.geo_precision or 2)
    why = (
        f"'{base}' is not in the gazetteer; it joins {parts[0]} and {parts[1]} (a road or a "
        f"front between them): {found.reason}; {parts[0]} stands for it at precision "
        f"{precision} (near it)"
    )
    update = {
        "name": location.name,
        "surface": location.surface,
        "qualifier": location.qualifier,
        "geo_precision": precision,
        "uncertainty_km": max(cfg.RADIUS_NEAR_KM, found.uncertainty_km or 0.0),
        "reason": why,
    }
    return found.model_copy(update=update)


def _whole_name(location: Location, gazetteer: Gazetteer, text: str) -> Location:
    """A name cut at a hyphen ("Port" of "Port-au-Prince", where the tokenizer split it) is
    taken whole when the gazetteer knows the whole spelled alike, or when a French linking
    word follows the hyphen ("Saut-d'Eau": ``_PARTICLE_JOIN``); "Aleppo-based" stays
    "Aleppo"."""
    span = location.span
    if span is None or span.end >= len(text) or text[span.end] != "-":
        return location
    whole = _HYPHENATED.match(text, span.start)
    if whole is None or whole.end() <= span.end:
        return location
    name = whole.group(0)
    joined = _PARTICLE_JOIN.match(text, span.end) is not None
    if not joined and not any(c.method in ("exact", "variant") for c in gazetteer.lookup(name)):
        return location
    return location.model_copy(
        update={"name": name, "span": span.model_copy(update={"end": whole.end(), "text": name})}
    )


_HYPHENATED = re.compile(r"\w[\w'’]*(?:-\w[\w'’]*)+")
# A hyphen then a French linking word ("Saut-d'Eau", "Croix-des-Bouquets", "Anse-à-Veau",
# "Saint-Jean-de-Luz"): one compound name, whether the gazetteer knows it or not; cut at the
# hyphen, "Saut" is a hamlet of Saint Lucia. "Aleppo-based" has no such word.
_PARTICLE_JOIN = re.compile(
    r"-(?:d['’]|l['’]|(?:de|du|des|la|le|les|au|aux|à|en|sur|sous|lès)-)\w", re.I
)


def _parents(
    location: Location, gazetteer: Gazetteer, context: ArticleContext, areas: AdminAreas
) -> list[containment.Parent]:
    span = location.span
    if span is None or not context.text or span.end > len(context.text):
        return []
    phrases = containment.parent_phrases(context.text, span.start, span.end)
    if not phrases:
        return []
    quarter = containment.quarter_of_town(context.text, span.start, span.end)
    listed = containment.listed_after(context.text, span.start, span.end)
    name = location.name if not quarter else None  # a quarter's name is no town of its own
    found = containment.resolve(phrases, gazetteer, context, areas, quarter, listed, name)
    if containment.bracketed_after(context.text, span.start, span.end):
        found = [replace(p, bracketed=True) for p in found]
    return found


def flag_outside(location: Location, placed: str | None, said: str | None) -> Location:
    """A point outside the country the text names for it is kept visible, never silently:
    the reason starts with "FLAGGED". The point decides where the country's outline is
    shipped (``in_said_country``): a place filed under another country whose point lies in
    the one the text names is not flagged."""
    if not said or not placed or placed == said:
        return location
    lat, lon = location.latitude, location.longitude
    if lat is not None and lon is not None and in_said_country(said, placed, lat, lon):
        return location
    named = country_by_code(said)
    where = country_by_code(placed)
    flag = (
        f"FLAGGED: the point lies in {where.name if where else placed}, but the text places "
        f"'{location.name}' in {named.name if named else said}. "
    )
    return location.model_copy(update={"reason": flag + location.reason})


def in_said_country(said: str, placed: str, latitude: float, longitude: float) -> bool:
    """Does the point lie in the country the text names (``said``), by the shipped outlines?
    Inside its outline, yes; inside the outline of the country the gazetteer files it under
    (``placed``), no (a border town across the line: Nusaybin is not Qamishli); in neither,
    yes within the coast tolerance of ``said``'s outline, as the notes' gold check reads it
    (the outlines are simplified: a harbour town's point can fall just off the coast).
    Without an outline of ``said``, no: the codes decide, as before (places44)."""
    inside = in_country_outline(said, latitude, longitude, 0.0)
    if inside is None or inside:
        return bool(inside)
    if in_country_outline(placed, latitude, longitude, 0.0):
        return False
    return bool(in_country_outline(said, latitude, longitude))


__all__ = [
    "STAGE",
    "Gazetteer",
    "actor_countries",
    "flag_outside",
    "geocode",
    "in_said_country",
    "load_gazetteer",
]
