"""Two reports' events: how alike are they, and why (one ``FusionLink`` per plausible pair).

A pair scores on five things, four with a veto where disagreement proves two events:
date (more than ``fuse.max_days`` apart: vetoed), place (precise places further apart than
``fuse.max_km``, or different districts or provinces: vetoed), type (violence against protest,
say: vetoed) and actors (never vetoed: outlets name the same side differently, and resolution
is imperfect; compared by side, ``kinship``) and the toll (the same figure counts; another never
vetoes, but it decides whether an "Attack" and an explosion, or an air strike and a shelling,
are one kind of event, on the same day; a toll of civilians and one of fighters count for
nothing, ``other_dead``).
The weights are in the help of ``fuse.threshold`` (settings.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ceasewatch import daynames
from ceasewatch.geo import km_between
from ceasewatch.model import Actor, ActorRef, Event, FatalityClaim, FusionLink, Location
from ceasewatch.settings import setting

SAME_DAY, NEXT_DAY = 0.25, 0.15
# A report without any date (no dateline, no day word: FA-KES has such wire copies) is no
# evidence of a day, for nor against. Such an event is compared only with the events of its
# province that give its distinctive toll, and joins one only when those all lie within
# ``fuse.max_days`` of each other (``group.undated_links``): the one attack it can be.
UNDATED = 0.0
# An undated report still names the weekday ("Saturday's blast", "a monitor said on Sunday"):
# with no week to hang it on, extract leaves its date empty, but the weekday rules out five
# days in seven: the attack fell on it or the day before (a report "said on Sunday" tells of
# Saturday's blast). A dated event of the same sub-type on that very weekday scores as an
# adjacent day (``WEEKDAY``, ``weekday``), no more: a weekday recurs every week, and a
# province's attacks of one toll recur too (FA-KES Idlib: an undated air strike of 15 on a
# Saturday, and a suicide bombing of 15 on a Saturday eight months earlier). The undated
# report's other conditions (its toll, one attack in its province) still apply, and its links
# to events on the other five days are dropped (``group.undated_links``).
WEEKDAY = NEXT_DAY
WEEKDAY_NAMES = daynames.FULL_WEEKDAY_LIST  # ceasewatch/daynames.py: every stage's names
SAME_PLACE, NEARBY, SAME_ADMIN2, SAME_ADMIN1 = 0.35, 0.25, 0.15, 0.0
# A city's point (geocode gives a city a radius of ``CITY_KM`` or more, a town or a quarter
# less) is where most reports of a city's war are placed: Aleppo, Damascus, Idlib, Raqqa had
# several attacks a day, each placed at the city's centre. Two events there share a place as
# two events in one district do, and score as much (``SAME_CITY``): a day and a kind alone
# must not join them (FA-KES: a Russian strike on one quarter of Aleppo and rebel rockets on
# another, one day, both "Aleppo").
SAME_CITY, CITY_KM = 0.15, 5.0
SAME_SUB_TYPE, SAME_TYPE, COMPATIBLE_TYPE = 0.25, 0.2, 0.0
# Both reports name who fought and none of them is shared: on a day of battle in a city, the
# strikes of one side and the shelling of the other are two events (FA-KES Aleppo, July 2016).
SHARED_ACTORS, OTHER_ACTORS = 0.1, -0.2
# ACLED's interaction code of civilians: victims, named in most reports of any attack, so that
# sharing them says nothing about which attack.
CIVILIANS = 7
# Outlets repeat the toll of the attack they report (the wire's or the ministry's figure): the
# same figure is evidence of one event. A different figure is no evidence against it (tolls
# rise, sides count differently): those stay competing claims.
# Counted when the figure is distinctive: tolls of one or two coincide by chance among the many
# small attacks of one province on one day; ten or more rarely do.
SAME_TOLL, SAME_LARGE_TOLL = 0.2, 0.3
MIN_TOLL, LARGE_TOLL = 3, 10
# Whom a toll counts (``FatalityClaim.victims``, read by extract from the counted noun). One
# attack's reports count the same dead; a figure of civilians and one of fighters are other
# people's (FA-KES: 85 civilians killed by the coalition's strikes near Manbij and, a day
# earlier, 80 IS attackers the SDF repelled nearby: one province, one sub-type, tolls of one
# scale, two events). So neither the same figure nor figures of one scale count when one
# report's dead are all civilians and the other's all fighters or soldiers.
COMBATANTS = {"civilians": "civilians", "soldiers": "combatants", "fighters": "combatants"}
# A toll of "people" counts whoever died: extract reads the word as civilians (its victims'
# class), which tells fusion a side the report never named (FA-KES: Russia's claim that "at
# least 40 people were killed in the strikes" repelling an offensive north of Aleppo, read as
# 40 civilians, an air strike of one scale with the aid convoy's 20 dead: three false merges).
PEOPLE = frozenset({"people", "persons", "person"})
# A large toll is revised as the dead are found and the wounded die, and each side counts its
# own way, so one attack's reports give figures of one scale: 58, 72, 86 and 100 for one gas
# attack, 22 and 44 for one car bomb, 29, 40 and 61 for one market strike (FA-KES). Two
# figures of ``SCALE_MIN`` or more within ``SCALE`` of each other are evidence of one event,
# less than the same figure. Why twenty, not ten: in a divided city each side's fire kills
# ten or fifteen on many days (FA-KES Aleppo: the rebels' shells on the west, 10, and the
# regime's on the east, 19, one day), so figures of that size coincide by chance; attacks of
# twenty or more dead in one province on one day are few.
SCALE_TOLL, SCALE, SCALE_MIN = 0.15, 2.0, 20
# Figures this far apart, the larger a large one, are two events' (a bomb that killed 120 and
# one that killed 6, a day's bombardment of 84 and a shell that killed 3): a count revised
# upwards rarely grows more than ``ODDS`` times, an outlet's figure of one attack is rarely
# that much smaller than another's. Not a veto (the first hours' count of a massacre can be a
# sixth of the final one) but, like other sides, a pair at odds inside a group
# (``group._at_odds``): a chain through a city's many reports must not join them.
ODDS = 4.0
# A report gives its toll and the figures it revises ("18 civilians ... raising its earlier
# toll of 15", "15 people were killed and three more died of their wounds"): extract keeps
# them as the event's claims. Another report's toll that is one of those figures is the same
# count, told before the revision (FA-KES: the Urum al-Joz strike of 8 April 2017, an undated
# report's 15 and two reports' 18 that name the earlier 15). Counted as the same large figure,
# only for figures of ``LARGE_TOLL`` or more (a report's small figures are its parts: "three
# children", "two of them fighters") and precise ones (not "dozens"), never a part ("15
# children": ``PARTS``).
CLAIMED = "same toll as a claim"
# Claims that count a part of the dead (extract reads "15 children" as civilians): another
# attack's toll of that size is no earlier count of this one.
PARTS = frozenset({"children", "child", "women", "woman", "girls", "boys", "babies", "minors"})
# A report that names only the country ("air strikes in Syria") is placed at a governorate by
# geocode from the rest of the article, which is compared as any province (FA-KES: an Aleppo
# strike and one in "Syria" placed in Idlib agreed on the toll and the day, and were two). Left
# unplaced, only the country is compared, for nothing.
COUNTRY_ONLY = 0.0
# Within this distance two geocoded places are one place (a town and its centre, two spellings
# of one village geocoded to neighbouring gazetteer points).
SAME_PLACE_KM = 2.0
# Geocode's precision 3 is an admin area or a region ("southern Idlib"): its point is a
# centroid, and distance to it says nothing; such places compare by admin areas instead.
COARSE = 3
# Political violence: reports of one attack code it as a strike, a clash or an attack on
# civilians depending on whom they quote. Protests, riots and strategic developments are not
# interchangeable with them nor with each other.
VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# One bomb, shell or strike told from its victims' side is coded "Attack" (violence against
# civilians: "an explosive device went off, killing six"), from the weapon's side as an
# explosion ("a bomb blast killed six"). But "Attack" is also what an aggregate toll ("rebel
# bombardment killed 84 in three days") or a massacre of another kind is coded, so the type
# alone says little: an "Attack" and an explosion count as one kind of event (as much as two
# explosion sub-types do) only when both give the same distinctive toll (``_toll``).
ATTACK = "Attack"
# Sub-types rare enough that two of them in one province on one day are almost always one attack
# told twice: a suicide bombing, a chemical attack (FA-KES: the Hasakeh wedding bombing told with
# 32 and 20 dead, the Khan Sheikhun gas attack with 58 to 100, each placed only at its province).
# As distinctive as a toll of three or more, which their reports rarely agree on.
RARE = frozenset({"Suicide bomb", "Chemical weapon"})
RARE_SUB_TYPE = 0.15
# In a divided city the two sides fire on one day, each its own way: the government's (or a
# coalition's) aircraft and the rebels' rockets and mortars (FA-KES: Aleppo, Damascus, Deir
# ez-Zor). Outlets telling one attack rarely disagree on air against ground (a missile or a
# shell can be told as a blast, which stays "same type"), so an air strike and a shelling are
# one kind of event only when the same distinctive toll ties them; else "air and ground", no
# more than compatible, and at odds inside a group (``group._at_odds``) when both give a toll.
AIR_AND_GROUND = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
AIR_GROUND = (COMPATIBLE_TYPE, "air and ground")
# The toll vouches for the kind (an "Attack" and an explosion, an air strike and a shelling, as
# above) only when the day agrees too: the same figure then counts twice, as the toll and as the
# kind, and on another day (or with no day) that leaves a coincidence of figures to carry the
# link nearly alone (FA-KES: a missile on old Aleppo, 18 dead, and a barrel bomb on a village
# 60 km away the next day, 18 dead; an undated air strike in Idlib, 15 dead, and an execution
# of 15 there two years earlier). Reports a day apart of one attack mostly agree on its kind.
EXPLOSIONS = "Explosions/Remote violence"
# ACLED's interaction code of state forces: a state's army, air force, units and government
# are one side (the knowledge base links them by membership), however an outlet names it.
STATE_FORCES = 1
# Actors that name no side: ACLED's "Unidentified Armed Group (Syria)" is what an outlet's
# "gunmen", "a bomb" are coded as when it does not know who fired, and the monitors,
# agencies and UN bodies (sides "media", "international") are whom it quotes, which extract
# sometimes codes as an actor (FA-KES: "SOHR" beside a suicide bombing another outlet blames on
# Nusra). Neither is evidence of another side: both are left out of the comparison, like
# civilians (``unnamed``).
OBSERVERS = frozenset({"media", "international"})
UNIDENTIFIED = "Unidentified"


Sides = Mapping[tuple[str, int], str]
EMPTY: Sides = {}


@dataclass(frozen=True)
class Params:
    threshold: float
    max_days: int
    max_km: float
    # Two figures at least this large, within ``SCALE`` of each other: a massacre's revised
    # counts, as distinctive as the same large figure (``_scale``); 0: no such rule.
    massacre: int = 0
    # A figure at least this large, the same in two reports a day apart, makes an "Attack" and
    # an explosion, or an air strike and a shelling, one kind (``_vouch``); 0: the same day only.
    vouch: int = 0
    # Actor id -> the ids of its side it counts as (``kinship``); empty: ids compare as such.
    kin: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # Actor ids that name no side (``unnamed``): never compared.
    unnamed: frozenset[str] = field(default_factory=frozenset, compare=False)
    # ``province_key`` of an admin1 spelling -> the province it compares as (``province``);
    # empty: admin1 names compare as written (letters only, any case).
    provinces: Mapping[str, str] = field(default_factory=dict, compare=False)
    # (article id, figure) -> the side a report counts that figure as (``report_sides``):
    # whom its "people" are (``dead``); empty: only the event's own claims say.
    sides: Mapping[tuple[str, int], str] = field(default_factory=dict, compare=False)

    @classmethod
    def from_settings(
        cls,
        kin: Mapping[str, frozenset[str]] | None = None,
        unnamed: frozenset[str] = frozenset(),
        provinces: Mapping[str, str] | None = None,
    ) -> Params:
        return cls(
            threshold=float(setting("fuse.threshold")),
            max_days=int(setting("fuse.max_days")),
            max_km=float(setting("fuse.max_km")),
            massacre=int(setting("fuse.massacre_toll")),
            vouch=int(setting("fuse.vouch_toll")),
            kin=kin or {},
            unnamed=unnamed,
            provinces=provinces or {},
        )


def province_key(country: str | None, admin1: str) -> str:
    """A province name as ``Params.provinces`` keys it: the country and the admin1's letters,
    lower case ("syria|alhasakeh")."""
    letters = "".join(ch for ch in admin1.lower() if ch.isalnum())
    return f"{(country or '').lower()}|{letters}"


def province(loc: Location | None, params: Params) -> str:
    """The province ``loc`` lies in, as one key whatever the spelling: geocode's points and
    its province centroids come from gazetteers that spell a governorate differently
    ("Al-Hasakah" and "Al-Hasakeh", "Tartus" and "Tartous"), and a governorate that lies
    inside another (Damascus in Rural Damascus) compares as the one around it: a province-level
    "Ghouta" or "Damascus countryside" and the capital's point may tell one attack. Empty
    when the place has no admin1."""
    if loc is None or not loc.admin1:
        return ""
    key = province_key(loc.country, loc.admin1)
    return params.provinces.get(key, key)


def kinship(actors: Iterable[Actor]) -> dict[str, frozenset[str]]:
    """Each state-forces actor of the knowledge base -> itself and every state-forces actor it
    is a member of, transitively (``syria-air-force`` -> the army, the government): outlets
    name one state's forces by any of them ("the regime", "the army", "Syrian jets"). Other
    memberships (a faction in a coalition) are not one side: coalitions' members fight apart.
    Membership dates are ignored: a state's branches do not change sides."""
    state = {a.id: a for a in actors if a.inter == STATE_FORCES}
    kin: dict[str, frozenset[str]] = {}
    for actor_id in state:
        found, todo = {actor_id}, [actor_id]
        while todo:
            for m in state[todo.pop()].memberships:
                if m.parent in state and m.parent not in found:
                    found.add(m.parent)
                    todo.append(m.parent)
        if len(found) > 1:
            kin[actor_id] = frozenset(found)
    return kin


def unnamed(actors: Iterable[Actor]) -> frozenset[str]:
    """The ids of actors that name no side (``UNIDENTIFIED`` groups, ACLED's naming; observers:
    ``OBSERVERS``): one report's "unidentified gunmen" or "the Observatory" and another's named
    group are no two sides. Generic words with a side ("terrorists", "rebels") still count:
    an outlet's "terrorists" is the other side's fighters."""
    return frozenset(a.id for a in actors if a.side in OBSERVERS or a.name.startswith(UNIDENTIFIED))


def compare(a: Event, b: Event, params: Params) -> FusionLink | None:
    """The link from ``b`` to ``a`` when nothing vetoes it (its score may still be below the
    threshold; the caller decides)."""
    if a.article_id == b.article_id or (a.event_date is None and b.event_date is None):
        return None  # extract already merged one report's repeats: its events are distinct
    days = _days(a, b)
    if days > params.max_days or a.location is None or b.location is None:
        return None
    place = _place(a.location, b.location, params)
    kind = _kind(a, b, params.sides, params.vouch)
    if place is None or kind is None:
        return None
    actors = _actors(a, b, params)
    same = _toll(a, b, params.sides)
    claimed = 0.0 if same else _claimed(a, b, params.sides)
    toll = same or claimed or _scale(a, b, params.sides, params.massacre)
    tolls = "same toll" if same else CLAIMED if claimed else "tolls of one scale" if toll else ""
    matched = (_day(a, b, days), place[2], kind[1], actors[1], tolls)
    score = _day_score(a, b, days) + place[0] + kind[0] + actors[0] + toll
    return FusionLink(
        event_id=b.id,
        to=a.id,
        score=round(score, 3),
        days_apart=days,
        km_apart=None if place[1] is None else round(place[1], 1),
        matched=tuple(m for m in matched if m),
    )


def undated(a: Event, b: Event) -> bool:
    """One of the two reports gives no date (an article without a dateline nor a day word)."""
    return (a.event_date is None) != (b.event_date is None)


def _days(a: Event, b: Event) -> int:
    if a.event_date is None or b.event_date is None:
        return 0  # undated: no distance known; ``group.undated_links`` decides which day
    return abs((a.event_date - b.event_date).days)


def _day(a: Event, b: Event, days: int) -> str:
    if undated(a, b):
        return "one report undated, its weekday" if _weekday_credit(a, b) else "one report undated"
    return "same day" if days == 0 else "adjacent day"


def _day_score(a: Event, b: Event, days: int) -> float:
    if undated(a, b):
        return WEEKDAY if _weekday_credit(a, b) else UNDATED
    return SAME_DAY if days == 0 else NEXT_DAY


def weekday(event: Event) -> int | None:
    """The one weekday (0 Monday) an event's date evidence names, else None."""
    named = {
        WEEKDAY_NAMES.index(word)
        for span in event.evidence
        if span.field == "event_date"
        for word in span.text.lower().replace("'s", " ").split()
        if word in WEEKDAY_NAMES
    }
    return named.pop() if len(named) == 1 else None


def _weekday_credit(a: Event, b: Event) -> bool:
    """The undated one of the two names the weekday the dated one's date falls on, and both
    tell one sub-type (``WEEKDAY``)."""
    loose, dated = (a, b) if a.event_date is None else (b, a)
    if dated.event_date is None or a.sub_event_type != b.sub_event_type:
        return False
    return weekday(loose) == dated.event_date.weekday()


def _toll(a: Event, b: Event, sides: Sides = EMPTY) -> float:
    if a.fatalities is None or a.fatalities != b.fatalities or a.fatalities < MIN_TOLL:
        return 0.0
    if other_dead(a, b, sides):
        return 0.0
    return SAME_LARGE_TOLL if a.fatalities >= LARGE_TOLL else SAME_TOLL


def _claimed(a: Event, b: Event, sides: Sides = EMPTY) -> float:
    """``SAME_LARGE_TOLL`` when one report's toll is a figure the other report gives as a
    claim beside its own (``CLAIMED``), both ``LARGE_TOLL`` or more and precise."""
    if a.fatalities is None or b.fatalities is None or other_dead(a, b, sides):
        return 0.0
    for one, other in ((a, b), (b, a)):
        toll = one.fatalities or 0
        if toll >= LARGE_TOLL and any(
            c.count == toll and c.qualifier != "vague" and not _part(c)
            for c in other.fatality_claims
        ):
            return SAME_LARGE_TOLL
    return 0.0


def _part(claim: FatalityClaim) -> bool:
    """A claim that counts a part of the dead ("15 children", "12 women"): no toll of its own."""
    words = claim.span.text.lower().split() if claim.span else []
    return bool(words) and words[-1].strip(".,;:") in PARTS


def _scale(a: Event, b: Event, sides: Sides = EMPTY, massacre: int = 0) -> float:
    """``SCALE_TOLL`` for two large, different figures within ``SCALE`` of each other;
    ``SAME_LARGE_TOLL`` when both are ``massacre`` or more (``Params.massacre``): attacks of
    that many dead are few in a province in a year, and their reports' figures differ (the
    Rashidin convoy bombing: 100, 112, 126; Khan Sheikhun: 58 to 100), or when the later
    day's figure rose to that size (``_risen``). Only of one sub-type:
    a city's massacres of other kinds (a shelling of 213, a bombing of 126) are many over the
    years, and an undated report would find one in any week."""
    if a.fatalities is None or b.fatalities is None or a.fatalities == b.fatalities:
        return 0.0
    low, high = sorted((a.fatalities, b.fatalities))
    if low < SCALE_MIN or high > SCALE * low or other_dead(a, b, sides):
        return 0.0
    one_kind = a.sub_event_type == b.sub_event_type
    if massacre and one_kind and (low >= massacre or _risen(a, b, massacre)):
        return SAME_LARGE_TOLL
    return SCALE_TOLL


def _risen(a: Event, b: Event, massacre: int) -> bool:
    """The later day's report gives the larger figure, a massacre's (``massacre`` or more): a
    toll that rose overnight to one of the few attacks of that size, not a smaller one
    (FA-KES: the Atareb market strikes of 13 November 2017, over 40 dead that day and 61 in a
    report dated the 14th). Falling the next day is no revision."""
    if a.event_date is None or b.event_date is None or a.event_date == b.event_date:
        return False
    early, late = (a, b) if a.event_date < b.event_date else (b, a)
    return (late.fatalities or 0) >= massacre and (late.fatalities or 0) > (early.fatalities or 0)


def dead(event: Event, sides: Sides = EMPTY) -> str:
    """Whom the event's toll counts: "civilians", "combatants" (soldiers, fighters), or ""
    when its claims do not say or mix both. A figure of "people" names no side unless the
    report gives it for one (``_victims``; ``sides`` from ``report_sides``)."""
    counted = [c for c in event.fatality_claims if c.count]
    kinds = {_victims(c, counted, sides.get((event.article_id, c.count or 0), "")) for c in counted}
    return kinds.pop() if len(kinds) == 1 else ""


def _victims(claim: FatalityClaim, claims: list[FatalityClaim], reported: str = "") -> str:
    """Whom one claim counts (``COMBATANTS``). "People" (``PEOPLE``) is extract's word for
    civilians, but a toll of people counts whoever died: the figure names a side only when
    the report gives it for one, in the event's own claims or elsewhere (``reported``: "killing
    40 attackers ... At least 40 people were killed in the strikes")."""
    if not _people(claim):
        return COMBATANTS.get(claim.victims or "", "")
    named = {
        COMBATANTS.get(c.victims or "", "")
        for c in claims
        if c.count == claim.count and not _people(c)
    }
    named.discard("")
    if len(named) == 1:
        return named.pop()
    return reported if not named else ""


def report_sides(events: Iterable[Event]) -> dict[tuple[str, int], str]:
    """(article id, figure) -> the side ("civilians", "combatants") the report counts that
    figure as in a claim that names one (not "people"), when all such claims agree: whom the
    report's "people" of that figure are (``dead``)."""
    found: dict[tuple[str, int], set[str]] = {}
    for event in events:
        for c in event.fatality_claims:
            side = COMBATANTS.get(c.victims or "", "")
            if c.count and side and not _people(c):
                found.setdefault((event.article_id, c.count), set()).add(side)
    return {key: sides.pop() for key, sides in found.items() if len(sides) == 1}


def _people(claim: FatalityClaim) -> bool:
    words = claim.span.text.lower().split() if claim.span else []
    return bool(words) and words[-1].strip(".,;:") in PEOPLE


def other_dead(a: Event, b: Event, sides: Sides = EMPTY) -> bool:
    """One report counts civilians, the other fighters (``COMBATANTS``): two figures of
    other people, whatever they are, are no evidence of one event."""
    kinds = {dead(a, sides), dead(b, sides)}
    return kinds == {"civilians", "combatants"}


def tolls_at_odds(first: int | None, second: int | None) -> bool:
    """Two figures too far apart to be one event's (``ODDS``): the larger a large toll."""
    if first is None or second is None:
        return False
    low, high = sorted((first, second))
    return high >= LARGE_TOLL and high > ODDS * max(low, 1)


def _place(a: Location, b: Location, params: Params) -> tuple[float, float | None, str] | None:
    if a.country and b.country and a.country != b.country:
        return None
    unplaced = [loc for loc in (a, b) if country_only(loc) and not loc.admin1]
    if unplaced:
        return (COUNTRY_ONLY, None, "same country") if a.country and b.country else None
    pa, pb = point(a), point(b)
    if pa is not None and pb is not None:
        km = km_between(*pa, *pb)
        if km <= SAME_PLACE_KM or (a.place_id and a.place_id == b.place_id):
            return (SAME_CITY, km, "same city") if _city(a, b) else (SAME_PLACE, km, "same place")
        return (NEARBY, km, "nearby place") if km <= params.max_km else None
    return _admin(a, b, params)


def _city(a: Location, b: Location) -> bool:
    return max(a.uncertainty_km or 0.0, b.uncertainty_km or 0.0) >= CITY_KM


def _admin(a: Location, b: Location, params: Params) -> tuple[float, float | None, str] | None:
    """Places without a point of their own: the same district when both name one (and
    neither is an area whose centre stands for it: that centre's district is noise), else the
    same province; a district or province known on both sides that differs vetoes."""
    if a.admin1 and b.admin1 and province(a, params) != province(b, params):
        return None
    area = (a.geo_precision or 0) >= COARSE or (b.geo_precision or 0) >= COARSE
    if a.admin2 and b.admin2 and not area:
        return (SAME_ADMIN2, None, "same district") if a.admin2 == b.admin2 else None
    if a.admin1 and b.admin1:
        return SAME_ADMIN1, None, "same province"
    if a.name.lower() == b.name.lower():  # ungeocoded, but the reports name the same place
        return SAME_ADMIN2, None, "same place name"
    return None


def country_only(loc: Location) -> bool:
    return loc.country is not None and loc.name.lower() == loc.country.lower()


def point(loc: Location) -> tuple[float, float] | None:
    """The place's coordinates when they are a place's, not an area's centroid."""
    if loc.latitude is None or loc.longitude is None or (loc.geo_precision or 1) >= COARSE:
        return None
    return loc.latitude, loc.longitude


def _kind(a: Event, b: Event, sides: Sides = EMPTY, vouch: int = 0) -> tuple[float, str] | None:
    if a.sub_event_type == b.sub_event_type and a.sub_event_type in RARE:
        return SAME_SUB_TYPE + RARE_SUB_TYPE, "same rare sub-type"
    if a.sub_event_type == b.sub_event_type:
        return SAME_SUB_TYPE, "same sub-type"
    if {a.sub_event_type, b.sub_event_type} == AIR_AND_GROUND:
        vouched = _vouch(a, b, sides, vouch)
        return (SAME_TYPE, "air strike and shelling, same toll") if vouched else AIR_GROUND
    if a.event_type == b.event_type:
        return SAME_TYPE, "same type"
    told = _attack_told_as_explosion(a, b) or _attack_told_as_explosion(b, a)
    if told and _vouch(a, b, sides, vouch):
        return SAME_TYPE, "attack and explosion, same toll"
    if a.event_type in VIOLENCE and b.event_type in VIOLENCE:
        return COMPATIBLE_TYPE, "compatible types"
    return None


def _vouch(a: Event, b: Event, sides: Sides = EMPTY, large: int = 0) -> bool:
    """The same distinctive toll on the same day: enough to make two kinds one (``_kind``).
    A day apart, only a figure of ``large`` (``Params.vouch``, ``fuse.vouch_toll``) or more: a
    monitor's count of a massacre repeated the next day by an outlet that tells the attack its
    own way (FA-KES: the Tokhar strikes of 19 July 2016, 160 dead, told on the 20th as Amaq's
    160 killed "in raids", an "Attack"), where a small figure repeats by chance (18 dead by a
    missile in old Aleppo, and by a barrel bomb on a village 60 km away the next day). Never
    for an undated report."""
    if a.event_date is None or b.event_date is None or not _toll(a, b, sides):
        return False
    days = abs((a.event_date - b.event_date).days)
    return days == 0 or (days == 1 and large > 0 and (a.fatalities or 0) >= large)


def _attack_told_as_explosion(a: Event, b: Event) -> bool:
    return a.sub_event_type == ATTACK and b.event_type == EXPLOSIONS


def actor_keys(
    event: Event,
    kin: Mapping[str, frozenset[str]] | None = None,
    unnamed: frozenset[str] = frozenset(),
) -> set[str]:
    """Every armed or political actor the event names that the knowledge base resolved, by id,
    roles ignored (one outlet's attacker is another's defender when each quotes its own side).
    Civilians are left out (``CIVILIANS``), and so are unresolved names: outlets word them each
    their own way ("regime", "barrel bombs", a place taken for an actor), so two of them
    differing says nothing; so are actors that name no side (``unnamed``). Each id brings its
    side's ids along (``kin``, from ``kinship``)."""
    refs: list[ActorRef | None] = [event.actor1, event.actor2]
    refs += [*event.assoc_actors1, *event.assoc_actors2]
    ids = {
        r.id
        for r in refs
        if r is not None and r.id and r.inter != CIVILIANS and r.id not in unnamed
    }
    kin = kin or {}
    return ids.union(*(kin.get(i, ()) for i in ids))


def _actors(a: Event, b: Event, params: Params) -> tuple[float, str]:
    ka = actor_keys(a, params.kin, params.unnamed)
    kb = actor_keys(b, params.kin, params.unnamed)
    if not ka or not kb:
        return 0.0, ""
    if ka & kb:
        same = actor_keys(a, unnamed=params.unnamed) & actor_keys(b, unnamed=params.unnamed)
        return SHARED_ACTORS, "shared actors" if same else "one side"
    if undated(a, b):
        # resolve reads an actor by the report's date (the regime's army before 2024, the new
        # government's after): an undated report's sides may be another period's ids
        return 0.0, ""
    return OTHER_ACTORS, "other actors"


__all__ = [
    "Params",
    "actor_keys",
    "compare",
    "country_only",
    "kinship",
    "point",
    "province",
    "province_key",
    "report_sides",
    "tolls_at_odds",
    "undated",
    "unnamed",
    "weekday",
]
