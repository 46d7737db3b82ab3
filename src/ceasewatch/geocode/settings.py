"""Every tunable of the geocode stage, in one table, each with why it has its value."""

from __future__ import annotations

import re

from ceasewatch.knowledge.countries import PERSON_TITLE as _PERSON_TITLE

# v9: session 15 (actors' countries as a fallback frame, stand-ins abroad refused);
# v4: seats of government, Arabic unit variants, CAR; v3: a coder's note's parents read
# jointly; v2: province and capital
# v10: session 16 (the attacker's country no frame for places abroad; Hiiraan rebuilt)
# v11: session 17 (a note's own dateline town and country, landmarks of that town, shared bracketed
# regions sought at home or not at all, camps without "in", lists ending before a clause subject)
# v12: session 18 (near spellings only at home when no country is named, persons by their
# office not places, a missing name falls back to the one country's unit the sentence names)
# v13: session 19 (a word joined by al- to a name is no place, nationality adjectives name the
# country, namesakes abroad by alternate name only)
# v14: session 20 (a town the gazetteer lacks falls back to the unit the text names; "X, in the Y
# province"; nine English unit names)
# v15: session 21 (a parent with its owner as possessor: "in Michoacan's Aguililla municipality")
# v16: session 22 (a site in a town lies in the town; compass-point units in every spelling; an
# inner parent with namesakes outside the named unit is no parent)
# v17: session 22 (a compass-point unit sought in every spelling when it alone says the country)
# v18: session 23 (an actor of one country named by its own name says the article's country; a
# Syrian region is no reading of a name the text places in another country's unit)
# v19: session 23, late (a table row's cells before its place cell are the place's parents)
# v20: session 24 (supplement towns; shared bracket names; a text-given country)
# v21: session 25 (regions no admin unit is, at precision 3; the title's country)
# v22: session 27 (a dateline's accented capitals and a caption's " / " after the town)
# v23: session 28 (a capital's foreign other name no evidence; a name the gazetteer lacks takes its
# paragraph's earlier town of the same country)
# v24: session 29 (letters NFKD keeps (Đ, ø, ł) folded in name keys; Port-au-Prince communes; a
# parent unit spelt as written, its admin word's level; more parent phrasings; a near spelling
# outside the named provinces a namesake; a named province for a missing village at precision 3)
# v26: session 31 (foreign forces do not decide the country; quoted labels no places; note
# openers "commune of X:"; facilities named after a capital; a name found nowhere takes its
# sentence's capital or big city)
# v27: session 32 (a sentence's own country frames its places; an agency's owner is not the
# scene when the sentence names another place; namesakes outside a named province dropped)
# v34: session 41 (a force's nationality takes a name's one well-known namesake near it; a
# numbered district at the town after it; El Alto; a bare name's capital bearer in a text naming
# no country)
# v35: session 42 (a bracket after a city names a part of it; "X City" read whole; supplement
# rows' populations; Hong Kong quarters)
# v36: session 43 (a name the gazetteer lacks stands at the town an earlier paragraph named;
# a country word inside a place name no vote; peacekeepers' nationality no scene; a nationality
# before a force's initials foreign forces)
# v38: session 45 (country words inside titled names no vote; an event's own place no
# evidence of its namesake abroad; an attacker's forces no scene; overseas territories home)
STAGE = "geocode.v41"

# --- precision and uncertainty (ACLED geo_precision; the radius is ours) ---------------------
# A village's built-up area and its fields: reports place fighting "in" a village within ~2 km.
RADIUS_VILLAGE_KM = 2.0
# A town of 100k+ people spans several km.
RADIUS_CITY_KM = 5.0
CITY_POPULATION = 100_000
# A name's one well-known bearer among namesakes in other countries: its town counts at least
# this many times the people of any namesake abroad, and at least SCENE_TOWN_POPULATION
# ("Israeli troops raided Jenin": the West Bank city of ~35,000, not a Polish village of
# ~1,100; Hebron ~160,000, not a Connecticut town of ~9,000). Read only where the text names a
# country as its forces' alone (``place.forces_scene``; places41).
SCENE_NAMESAKE_RATIO = 10
SCENE_TOWN_POPULATION = 10_000
# ... and only within this many km beyond the forces' own country's extent (its point's radius,
# ``knowledge.world.country_point``): a raid next door, not a namesake on another continent
SCENE_REACH_KM = 300.0
# "near X", "the outskirts of X", "the X area": ACLED precision 2; ~10 km covers the villages
# around a town that reports fold into "the X area".
RADIUS_NEAR_KM = 10.0
# "the countryside of X", "southern X" for a town: wider than "near".
RADIUS_COUNTRYSIDE_KM = 20.0

# Qualifiers (set by extract on Location.qualifier) that make a named place approximate.
NEAR_QUALIFIERS = frozenset(
    {"near", "nearby", "outskirts", "outskirts of", "around", "vicinity", "vicinity of",
     "outside", "close to", "area", "environs", "edge of", "periphery of"}
)  # fmt: skip
COUNTRYSIDE_QUALIFIERS = frozenset(
    {"countryside", "countryside of", "rural", "northern", "southern", "eastern", "western",
     "north-western", "north-eastern", "south-western", "south-eastern", "northwestern",
     "northeastern", "southwestern", "southeastern", "central", "north of", "south of",
     "east of", "west of"}
)  # fmt: skip

# Admin words after or before a name ("Idlib province", "the district of Jisr al-Shughur") and the
# OCHA level they name; and the words that make a governorate's name the governorate rather than
# its capital ("the countryside of Hama", "rural Aleppo", "southern Idlib").
ADMIN_LEVELS = {
    "province": 1, "governorate": 1, "muhafazat": 1, "district": 2, "mantika": 2,
    "sub-district": 3, "subdistrict": 3, "nahiya": 3, "nahiyah": 3,
}  # fmt: skip
REGION_QUALIFIERS = frozenset(
    {"countryside", "countryside of", "rural", "northern", "southern", "eastern", "western",
     "north-western", "north-eastern", "south-western", "south-eastern", "northwestern",
     "northeastern", "southwestern", "southeastern", "central"}
)  # fmt: skip

# --- disambiguation -------------------------------------------------------------------------
# Bonus for a candidate close to the article's other places: weight * exp(-km / scale).
# 25 km is the scale of one front line or one district; the weight lets proximity outrank a
# name-spelling difference (a skeleton match scores ~0.8-0.9).
PROXIMITY_WEIGHT = 0.8
PROXIMITY_SCALE_KM = 25.0
# Inside a region the article names ("southern Idlib"), and in the named part of it.
IN_REGION_BONUS = 0.4
IN_DIRECTION_BONUS = 0.2
# A candidate in the country the article is about (the one it names most: "Syrian army",
# "in Syria", its governorates) over a namesake abroad. Spelled alike, it wins outright; a loose
# spelling at home (skeleton 0.75-0.9) wins over an exact name abroad only when it is close
# (0.85+): "Riyadh" in a Syrian report is still Riyadh, not a Syrian quarter named Riyadi.
ARTICLE_COUNTRY_BONUS = 0.4
ARTICLE_COUNTRY_LOOSE_BONUS = 0.15
# A territory of the article's country that the text names as a place ("New Caledonia" in a
# story that names "the French government" and Paris more: ``ArticleContext.territory_named``)
# is home too, and its places go before the state's namesakes: the territory is the more
# specific statement of where (reports dev ru035: Mont-Dore, 25,000 people in New Caledonia,
# against a hamlet of 1,800 in the Puy-de-Dôme; the two scored alike to 1e-7 without it).
# Less than any proximity to the text's anchors (PROXIMITY_WEIGHT), which still decides.
TERRITORY_BONUS = 0.1
# Outside that country only a name spelled alike (same name key) can be the place: a consonant
# skeleton or a near spelling matches some town on another continent for most Syrian names.
EXACT_METHODS = frozenset({"exact", "variant", "possessive", "leading"})
# With context, a candidate farther than this from every context place and region is a
# namesake elsewhere (Salmo in Canada for Tell Salmo in Idlib): rejected, never picked.
REJECT_BEYOND_KM = 150.0
# Governorates and districts are never namesakes abroad, and their representative point can lie
# 100+ km from a neighbour the article names: distance ranks them but never rejects them.
LARGE_UNIT_CODES = frozenset({"ADM1", "ADM2"})
# Feature preferences: a populated place over an admin unit of the same name (the town over its
# sub-district), and both over farms, spots and hills.
FEATURE_BONUS = {"P": 0.3, "A": 0.1, "S": 0.0, "L": 0.0, "T": -0.05, "H": -0.1, "V": -0.1}
# A region named as a place (GeoNames L.RGN; the curated knowledge/data/gazetteer/regions.tsv:
# Darfur, Puntland, Kashmir) is what the name means as much as a town is: a town's bonus, so a
# near spelling of another town ("Kashmor" for "Kashmir") does not outrank it.
REGION_CODE = "RGN"


def feature_bonus(feature_class: str | None, feature_code: str | None) -> float:
    if feature_code == REGION_CODE:
        return FEATURE_BONUS["P"]
    return FEATURE_BONUS.get(feature_class or "", 0.0)


FARM_CODES = frozenset({"FRM", "FRMS", "FRMT", "RNCH"})
FARM_PENALTY = 0.15
AIRFIELD_CODES = frozenset({"AIRB", "AIRF", "AIRP", "AIRH", "AIRQ"})
# A place abroad (not in the country the article is most about) is taken only when the text
# says so: a containment phrase names its country or unit ("Fino, Mandera county"), or the
# article's evidence for that country is at least this share of the leading country's (a report
# on Syria and Iraq), or it is a capital or a city of CITY_POPULATION+ in a country the text
# names at all. A village abroad that shares a name ("Asad" in Russia for a Syrian report,
# "Kabul" in Israel) is a namesake.
ABROAD_SHARE = 0.5
# The countries of the actors the text names by name (the actor base's ``country``: ULFA is
# India's, the Houthis Yemen's, SPLA-IO South Sudan's) are a weaker reason than any the text
# gives itself (a country's name, a dateline, an admin unit): an actor fights abroad too
# (Wagner in Mali, al-Shabaab in Kenya), so its country never makes a place elsewhere a
# namesake. When the text names no country, a candidate in an actor's country gets this bonus
# (a spelled-alike one; half the article country's), the event with no place is looked for
# among the actor's country's notable towns, and a name the gazetteer lacks is left at that
# country, with the reason.
ACTOR_COUNTRY_BONUS = 0.2
# With no one country ahead (two named ones tie), a village of a third, unnamed country is a
# namesake unless another place name of the text lies this close to it in the same country
# (``ArticleContext.corroborated``): a district's width in the Levant or the Sahel.
CORROBORATE_KM = 100.0
ABROAD_MAJOR_CODES = frozenset({"PPLC", "PPLA", "ADM1", "ADM2"})
# A country the text names only as the nationality of armed forces or their weapons ("Turkish
# drones struck ...", "an Israeli strike on ...", "Russian missiles hit ...") is the attacker's,
# not the scene's: ACLED codes where the event was, and cross-border strikes and operations are
# common in every writer's notes (issue 9, session 16: 38 dev items of all seven writers, most
# saved only by a bracketed parent). Then a name with no candidate in that country whose exact
# candidates all lie in one other country is that country's place (Makhmour, Bint Jbeil,
# Kramatorsk), never refused as a namesake abroad.
FORCES_NOUNS = frozenset(
    {"troops", "soldiers", "forces", "force", "army", "jets", "jet", "drone", "drones",
     "aircraft", "warplanes", "warplane", "planes", "missile", "missiles", "rocket", "rockets",
     "artillery", "strike", "strikes", "airstrike", "airstrikes", "shelling", "shells", "navy",
     "military", "helicopter", "helicopters", "tank", "tanks", "gunboats", "gunboat",
     "fighter", "bombers", "bombardment", "raid", "raids", "units", "unit", "paratroopers",
     "commandos", "marines", "airborne", "special", "air", "naval", "ground", "cruise",
     "ballistic", "attack", "attacks", "offensive", "incursion", "operation", "fire",
     "tank-fire", "mortar", "mortars", "bombing", "bombs", "shell", "positions", "outposts",
     "border", "peacekeepers", "instructors", "mercenaries", "kamikaze", "guided",
     "base", "bases", "garrison", "contingent"}
)  # fmt: skip
# An occupying state's forces, as a statement of the occupied side names them ("the Turkish
# occupation", "Israeli occupation forces"): counted with FORCES_NOUNS when a country is named
# mostly as forces (``context.mostly_forces``; stories45, reports dev rh017), not for
# ``forces_only``, which every use must satisfy.
OCCUPATION_WORDS = frozenset({"occupation", "occupying", "occupier", "occupiers"})
# Containment ("X (Y)", "X, Y", "X in Y province", "X district of Y"): words that name the kind
# of unit Y is, and words between a name and its parents ("Jiilaale village (Balcad...)").
# The local names of units (Wikipedia's articles on the administrative divisions of Ethiopia
# (woreda, kebele), Pakistan and India (tehsil), Myanmar (township), Uganda and Kenya
# (sub-county), Nigeria (LGA) and the Philippines (barangay)) are written as a coder writes
# them: "Tole kebele (Gimbi, ...)", "Kutru tehsil", "Bama LGA".
CONTAINER_WORDS = (
    r"(?i:province|governorate|state|county|district|region|department|municipality|"
    r"prefecture|oblast|division|territory|sub-?district|sub-?county|woreda|tehsil|township|"
    r"LGA|local\s+government\s+area|upazila)"
)
SETTLEMENT_WORDS = (
    r"(?i:village|town|city|sector|area|camp|neighbou?rhood|locality|hamlet|suburb|commune|"
    r"kebele|ward|barangay)"
)
# A site a coder names before the town it lies in ("at Aichi cemetery in Saqqez", "the St
# Francis church in Owo"): the town is its parent, and the site's own name is no town.
SITE_WORDS = (
    r"(?i:cemetery|mosque|church|cathedral|hospital|clinic|school|college|university|market|"
    r"stadium|square|prison|jail|checkpoint|junction|roundabout|compound|palace|hotel|"
    r"headquarters|station|street|road|bridge|camp|base|barracks|mine|farm|theatre|theater|"
    r"park|mall|plant|airport|airfield|airbase|refinery|factory|depot|terminal)"
)
# A named feature of the land or a frontier, written before the units it lies in as coders
# write them: "the X border (Patiala, Punjab)", "the X mountains (Bari, Puntland)", "X dam
# (Raqqa)". The bracket holds the feature's parents, as it does after a town's name.
FEATURE_WORDS = (
    r"(?i:border(?:\s+(?:crossing|post|point|area))?|crossing(?:\s+point)?|frontier|"
    r"mountains?|hills?|range|valley|plateau|plains?|desert|forest|woods|dam|lake|river|"
    r"island|islands|coast|beach|port|oasis|pass)"
)
# Capitalised words after a comma that are no parent ("Morelia, Tuesday", "X, Reuters said").
NOT_PARENTS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "the", "a", "an", "and", "but", "which", "where", "while", "he",
     "she", "it", "they", "we", "i", "on", "in", "at", "reuters", "afp", "ap"}
)  # fmt: skip
# The lower-case words that may follow "X, Y" when Y is X's parent ("Ndop, Ngoketunjia on
# Monday", "Kumbo, Bui and Ndu"); any other ("on YouTube, Joseph said", "in Guwahati, AASU
# students sat") makes Y the subject of a clause, not a unit (issue 9, session 17: VOA).
AFTER_COMMA_PARENT = frozenset(
    {"on", "in", "at", "near", "and", "or", "to", "from", "of", "for", "with", "by", "after",
     "before", "during", "when", "where", "while", "as", "last", "this", "late", "early",
     "overnight", "earlier", "yesterday", "today", "until", "since", "but", "which", "that",
     "who", "region", "province", "state", "district", "county", "governorate", "department"}
)  # fmt: skip
# A place an event's sentence names in passing is taken for an event the extractor gave no place
# only if it is an admin unit, a seat or a town of this many people (a surname such as "Assad"
# is also a neighbourhood of Latakia).
TOWN_POPULATION = 10_000
# Words after a place name in a capitalised run that make the run an office or a body of that
# place ("Istanbul Mayor Ekrem Imamoglu", "Lagos State Governor"): the place is the words before.
OFFICE_WORDS = frozenset(
    {"mayor", "governor", "governorate", "police", "province", "state", "municipality",
     "council", "airport", "university", "prison", "hospital", "district", "county", "city"}
)  # fmt: skip
# After a country's name: a facility of that country in another one ("the U.S. embassy branch
# office in central Tel Aviv"): the event is in the article's country, not the named one.
OWN_FACILITY = re.compile(
    r"\s+(?:embassy|consulate|mission|base|bases|outpost|compound|office|offices)\b", re.I
)
# Names the gazetteer lacks that are no settlement (a sea, a road, a train, a party, a
# continent): a town their sentence names does not stand for them.
NOT_SETTLEMENT = re.compile(
    r"(?i)\b(?:sea|ocean|gulf|highway|road|express|train|party|cent(?:er|re)|council|congress|"
    r"ministry|embassy|forest|river|lake|strait|europe|africa|asia|america|middle east|world|"
    r"the west|maghreb|sahel|balkans|caucasus)\b"
)
# A continent or a world region given as an event's place ("fighters returning to Europe",
# "across the Middle East"): no place at all. ACLED codes the country where the event happened,
# so the article's country stands for it (``frame.place_region``). The whole name must match.
# A seat of government named by its building ("protesters outside the White House"): the city
# it stands in, in its country (ISO alpha-2, the city's name as the gazetteer has it). GeoNames
# spells "White House" for a town in Tennessee and for Casablanca (its translation), so the
# building's name is never looked up itself. Keys are folded: lower case, no "the".
SEATS_OF_GOVERNMENT: dict[str, tuple[str, str]] = {
    "white house": ("US", "Washington"),
    "kremlin": ("RU", "Moscow"),
    "downing street": ("GB", "London"),
    "elysee palace": ("FR", "Paris"),
    "élysée palace": ("FR", "Paris"),
    "elysee": ("FR", "Paris"),
    "élysée": ("FR", "Paris"),
    "zhongnanhai": ("CN", "Beijing"),
}
WORLD_REGION = re.compile(
    r"(?i)(?:the\s+)?(?:(?:north|south|east|west|central|southern|northern|eastern|western|"
    r"southeast|south-east|sub-saharan|latin)\s+)?(?:europe|africa|asia|america|americas|"
    r"middle east|near east|maghreb|sahel|balkans|caucasus|levant|horn of africa|caribbean|"
    r"scandinavia|arab world|eurasia|oceania|the west|west|gulf region)"
)
# A near spelling (a skeleton or fuzzy match) is taken for a name only when the name has this
# many letters and its letters are this close to the place's (rapidfuzz ratio of plain keys):
# short names and loose skeletons match a town for most surnames ("Modi" -> Amod, "Bureau" ->
# Burrel, ratios 75 and 67; "Somaila" -> Sumaila 86 is caught as a country first).
NEAR_MIN_LETTERS = 5
NEAR_MIN_RATIO = 80.0
# A title before a name makes it a person's, never a near spelling of a town (the one list,
# read by ``knowledge.countries`` too: a country word inside a titled name casts no vote).
PERSON_TITLE = _PERSON_TITLE
# A town named as a parent ("X, near Y") holds places within this distance.
PARENT_TOWN_KM = 30.0
# A name that is both a province and its seat ("Idlib", "Kandahar"; ``geocode.seats``): another
# place the report names within this distance of the seat is a quarter of the town (the report
# is about the town); one farther away inside the province is a town of the province (Khan
# Sheikhun lies 55 km from Idlib; Saraqib 17 km). 15 km spans a city of a million (Aleppo's
# built-up area is ~12 km across).
SEAT_TOWN_KM = 15.0
# A seat of this many people named bare is the city: a metropolis is named for itself (FA-KES's
# bare "in Aleppo" is the besieged city: "rocket fire overnight in Aleppo, the country's largest
# city", "the al-Meridian neighborhood in Aleppo"; its bare "in Idlib", "in Hama" the province:
# "Babeska, a village in Idlib", "Nusra terrorists killed in Hama"). Aleppo 1.6M, Kharkiv 1.4M,
# Kano 4.1M stay cities; Idlib 129k, Hama 461k, Kandahar 523k, Deir ez-Zor 243k do not.
METROPOLIS_POPULATION = 1_000_000
# At most this many distinct capitalised names of the report are looked up for the places of a
# seat's province (once per article and seat; a long report names a few dozen).
SEAT_NAMES_READ = 60
# Radius of a GeoNames admin unit the data gives none for.
RADIUS_ADMIN1_KM = 150.0
# A region named as a place (knowledge/data/gazetteer/regions.tsv: Darfur, Puntland, Donbas):
# several provinces wide, so its chief town's point is uncertain by a region's half-width.
RADIUS_REGION_KM = 250.0

# A skeleton or fuzzy match needs this combined score to be taken at all.
MIN_SCORE = 0.75

# A region phrase's name must be this close (rapidfuzz ratio of name keys) to an admin unit's
# name: a shared consonant skeleton alone is not enough ("Deir" and "Dar'a" share "Dr").
REGION_MIN_RATIO = 80.0

# --- words --------------------------------------------------------------------------------------
DIRECTIONS = {
    "northern": (1, 0), "southern": (-1, 0), "eastern": (0, 1), "western": (0, -1),
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "north-western": (1, -1), "northwestern": (1, -1), "north-eastern": (1, 1),
    "northeastern": (1, 1), "south-western": (-1, -1), "southwestern": (-1, -1),
    "south-eastern": (-1, 1), "southeastern": (-1, 1), "northwest": (1, -1),
    "northeast": (1, 1), "southwest": (-1, -1), "southeast": (-1, 1),
}  # fmt: skip
_DIRECTION_WORDS = "|".join(sorted(DIRECTIONS, key=len, reverse=True))
# Words after a name that say what kind of place it is.
AIRFIELD_SUFFIX = re.compile(
    r"\s+(?:military\s+)?(?:air\s*base|airbase|air\s*field|airfield|airport|air\s+port)$", re.I
)
# Sites named after the town beside them: the town stands for them at precision 2.
FACILITY_SUFFIX = re.compile(r"\s+(dam|bridge|prison|refinery|oil\s*field|gas\s*field)$", re.I)
FACILITY_PREFIX = re.compile(r"^(mount|mt\.?)\s+", re.I)
# A landmark in a town, named for a person or a date ("the Boganda stadium", "Sukhbaatar
# Square", "College Square", "the market at Dantokpa"): a note that states its town (``context.
# stated``) placed it in that town, not at a namesake LANDMARK_KM away or more (issue 9,
# session 17: notesg, notesh).
LANDMARK_WORD = re.compile(
    r"^\s+(?:stadium|square|plaza|market|street|avenue|boulevard|roundabout|junction|"
    r"crossroads|university|college|hospital|station|park|mosque|church|cathedral|palace|"
    r"hall|gate|bus\s+station)\b",
    re.I,
)
LANDMARK_KM = 30.0
AREA_SUFFIX = re.compile(r"\s+(?:area|region|surroundings|environs)$", re.I)
ADMIN_SUFFIX = re.compile(
    r"\s+(?:governorate|province|district|sub-?district|nahiya|nahiyah|countryside)$", re.I
)
SETTLEMENT_AFFIX = re.compile(r"^(?:the\s+)?(?:village|town|city|hamlet)\s+of\s+|^the\s+", re.I)
# The Philippines' local units written before their names ("sitio Buenavista, brgy. Talomo,
# Kidapawan City": Wikipedia's articles "Barangay", "Sitio" and "Purok"): the word is no part of
# the place's name, which GeoNames writes bare ("Talomo"). Mexico's and Spain's "Colonia X",
# "Barrio X" are kept: GeoNames spells hundreds of towns so.
LOCAL_UNIT_PREFIX = re.compile(r"^(?:barangay|brgy\.?|bgy\.?|sitio|purok)\s+", re.I)
# A city's quarter named with its local word before it ("in colonia Obrera", "in barrio
# Sucre", "the quartier Bel-Air"): Wikipedia's "Colonia (Mexico)", "Barrio", "Quartier" and
# "Mahalle". Lower case only: capitalised, the word is part of a town's name ("Colonia Obrera").
QUARTER_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:colonia|col\.|barrio|bairro|quartier|mahalla|mohalla|mahalle)\s+$"
)
DIRECTION_PREFIX = re.compile(rf"^(?:the\s+)?({_DIRECTION_WORDS}|rural|central)\s+", re.I)

# A place name in running text: capitalised words, joined by Arabic articles (Abu al-Duhur,
# Jisr ash-Shughur, Ma'arrat al-Nu'man).
_WORD = r"[A-Z][\w'’`]*"
_JOIN = r"(?:[ -](?:al|el|as|ad|ar|az|an|ash|at|ath|adh|ez|es|ed|er|et|en|esh|ech|ul)[ -]?|[ -])"
NAME = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,3}}"
# Each pattern opens with a lookahead for the letters its match starts with (a class, which the
# regex engine tests at once; under the same case rule as the word after it): a pattern that opens
# with \b is otherwise tried in full at every character of the text. The same matches, ~2x faster
# (issue 9). DIRECTION_FIRSTS: every direction word's first letter.
DIRECTION_FIRSTS = "".join(sorted({word[0] for word in DIRECTIONS}))
REGION_PATTERNS = (
    # "southern Idlib", "the northern countryside of Hama", "eastern rural Aleppo"
    re.compile(
        rf"(?=(?i:[{DIRECTION_FIRSTS}]))\b((?i:{_DIRECTION_WORDS}))\s+"
        rf"(?:rural\s+|countryside\s+of\s+)?({NAME})"
    ),
    # "the countryside of Hama", "Hama countryside", "rural Hama"
    re.compile(rf"(?=[c])\bcountryside\s+of\s+({NAME})"),
    re.compile(rf"(?=[A-Z])\b({NAME})\s+(?:countryside|province|governorate)\b"),
    re.compile(rf"(?=[r])\brural\s+({NAME})"),
)
# A word each pattern's every match holds (None: no one word), tested before the pattern
# tries its name at every capital.
REGION_WORDS: tuple[tuple[str, ...] | None, ...] = (
    None,
    ("countryside",),
    ("countryside", "province", "governorate"),
    ("rural",),
)
AREA_PATTERN = re.compile(rf"(?=[A-Z])\b({NAME})\s+(?:area|region)\b")
AREA_WORDS = ("area", "region")
OF_PATTERN = re.compile(
    rf"(?=(?i:[{DIRECTION_FIRSTS}]))"
    rf"\b((?i:north|south|east|west|north-?west|north-?east|south-?west|south-?east))"
    rf"\s+of\s+(?:the\s+)?({NAME})"
)
# A dateline in capitals ("DAMASCUS, March 3 (SANA) -", "ALEPPO (Reuters) -") is read with
# ``knowledge.countries.DATELINE``, the pattern that finds the article's country in it: its
# group 1 is the town (geocode had the same pattern without the optional country: session 38).
# A dateline in title case ("Cotonou. Protesters ...") is taken only for a town a report is
# filed from: a seat of government or a town this size (a sentence may open "Police. ...").
DATELINE_MIN_POP = 10_000

# A journey's origin before a name ("stepped off its plane from Riyadh", "flew in from Doha"):
# where the travellers came from, not where the event happened (issue 9, notesd).
TRAVEL_FROM = re.compile(
    r"\b(?:plane|flight|jet|aircraft|airliner|trip|journey|visit|flew|flown|flying|arrived|"
    r"arriving|landed|landing|travell?ed|travell?ing|returned|returning)(?:\s+(?:in|home))?"
    r"\s+from\s+(?:the\s+)?$",
    re.I,
)
# Words of state action after a capital's possessive ("Baku's offensive", "Moscow's troops",
# "Kyiv's long-range strikes"): the capital names its government (issue 9, notesd).
GOVERNMENT_ACTS = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:offensive|counter-?offensive|forces|troops|army|military|"
    r"soldiers|government|regime|strikes|air\s?strikes|bombardment|campaign|assault|operation|"
    r"invasion|war|allies|ally|envoys?|delegation|negotiators|retaliation)\b"
)
