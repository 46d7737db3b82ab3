"""Country names in running text: "Syria", "Syria's", "Syrias", "Syrian territory".

A country named as an event's place is a country, never a village of the same name abroad
("Syria" is also a village in Saxony): ACLED codes no point for "in Syria". Names come from
pycountry (ISO 3166-1 names, common names, official names; never the two-letter codes, which
are English words: "IN", "IT") and ``data/gazetteer/countries.tsv`` (the short names and
adjectives news copy uses that ISO does not: Russia, Turkey, Britain, "Syrian territory").

The countries themselves are ISO 3166-1's and those ISO lacks that the product's sources code
as countries (``data/gazetteer/countries_outside_iso.tsv``: Kosovo, XK, as ACLED, GeoNames and
the EU code it). This module is the one door to both: other modules ask ``country_by_code``,
``country_by_numeric`` or ``country_named``, never pycountry. Such a country may have no ISO
numeric (``Country.numeric`` None): key it on its alpha-2.

Possessives are read in every spelling reports use: "Syria's", "Syria’s", and "Syrias" (some
corpora strip apostrophes), so "Syria's Idlib" is Idlib inside Syria.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import pycountry
from rapidfuzz import fuzz

from ceasewatch.knowledge.gazetteer import DATA_DIR

# Nouns that turn a country adjective into the country as a place ("on Syrian territory").
TERRITORY_WORDS = frozenset({"territory", "territories", "soil", "airspace", "land", "lands"})
# Phrases that stand for the country the article is about ("fighting across the country").
THE_COUNTRY = frozenset({"the country", "country", "the whole country", "the entire country"})
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")


# A title before a name makes it a person's (read by geocode too: a titled name is never a near
# spelling of a town: "President Mohamed Bazoum", "Prime Minister Modi", "Mr. Bureau").
PERSON_TITLE = (
    r"(?:President|Vice[- ]President|Prime\s+Minister|Premier|Minister|Chancellor|Mr|Mrs|Ms|"
    r"Dr|Gen|General|Col|Colonel|Lt|Major|Maj|Capt|Captain|Commander|Sheikh|Sheik|King|Queen|"
    r"Prince|Pope|Senator|Sen|Rep|Governor|Gov|Mayor|Ambassador|Secretary|Chairman|Speaker|"
    r"Ayatollah|Imam|Judge|Justice|spokesman|spokeswoman|leader|former\s+leader|"
    # a person's trade or office in lower case before the name ("the journalist Mech Dara",
    # "ex-president Boni Yayi's home", "the publisher Jimmy Lai": issue 9, places16; seen in
    # notes and VOA desks alike): the surname is no town, and no namesake abroad of its head
    r"(?:ex-|former\s+)?(?:president|prime\s+minister|minister|premier)|journalist|reporter|"
    r"editor|publisher|activist|lawyer|dissident|blogger|businessman|businesswoman|tycoon|"
    r"opposition\s+figure|rapper|singer)\.?"
)


@dataclass(frozen=True)
class Country:
    alpha2: str
    name: str  # the common English name ("Syria", not "Syrian Arab Republic")
    numeric: int | None  # ISO 3166-1 numeric (ACLED's `iso` column); None outside ISO (Kosovo)


def _fold(text: str) -> str:
    """Lower case, one space, no "the", no full stops ("U.S." and "U.S" are "US")."""
    text = " ".join(text.replace("’", "'").replace(".", "").split()).casefold()
    return text.removeprefix("the ")


def _rows(file_name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated table in the gazetteer folder, its "#" comments skipped."""
    with (DATA_DIR / file_name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


@cache
def _registry() -> dict[str, tuple[Country, tuple[str, ...]]]:
    """alpha-2 -> (the country, its names as its source writes them), for ISO 3166-1's countries
    (pycountry: ISO name, common name, official name) and then those ISO lacks
    (``countries_outside_iso.tsv``: name, official name)."""
    found: dict[str, tuple[Country, tuple[str, ...]]] = {}
    for record in pycountry.countries:
        attrs = ("name", "common_name", "official_name")
        names = tuple(v for v in (getattr(record, a, None) for a in attrs) if v)
        found[str(record.alpha_2)] = (_country(record), names)
    for row in _rows("countries_outside_iso.tsv"):
        numeric = int(row["numeric"]) if row["numeric"].strip() else None
        country = Country(row["alpha2"], row["name"], numeric)
        names = tuple(n for n in (row["name"], row["official_name"]) if n.strip())
        found.setdefault(country.alpha2, (country, names))
    return found


@cache
def _territories() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in _rows("territories.tsv"):
        found.setdefault(row["sovereign"], set()).add(row["territory"])
    return {k: frozenset(v) for k, v in found.items()}


def territories_of(alpha2: str | None) -> frozenset[str]:
    """The dependent and overseas territories of a state ("FR": New Caledonia, Réunion...;
    ``territories.tsv``), each coded as a country of its own."""
    return _territories().get(alpha2 or "", frozenset())


@cache
def _spellings() -> tuple[tuple[str, str, str], ...]:
    """(alpha2, kind, spelling) for every name and adjective, as written."""
    rows: list[tuple[str, str, str]] = []
    for alpha2, (_, names) in _registry().items():
        rows.extend((alpha2, "name", name) for name in names)
    for row in _rows("countries.tsv"):
        rows.append((row["alpha2"], row["kind"], row["name"]))
    return tuple(rows)


@cache
def _tables() -> tuple[dict[str, Country], dict[str, Country]]:
    """(name -> country, adjective -> country), keys folded."""
    names: dict[str, Country] = {}
    adjectives: dict[str, Country] = {}
    for alpha2, kind, spelling in _spellings():
        country = country_by_code(alpha2)
        if country is None:
            continue
        table = adjectives if kind == "adjective" else names
        table.setdefault(_fold(spelling), country)
    return names, adjectives


def name_pattern() -> str:
    """A regex alternation of every country name and adjective as written (case matters: "US"
    is the country, "us" a pronoun), longest first."""
    spellings = sorted({s for _, _, s in _spellings()}, key=len, reverse=True)
    return "|".join(re.escape(s) for s in spellings)


def _country(record: Any) -> Country:
    name = getattr(record, "common_name", None) or record.name
    return Country(str(record.alpha_2), str(name), int(record.numeric))


# Read for every country word and capitalised run of every text (~250 calls an article), the
# same few names again and again: remembered, bounded (speed47; the tables are read-only).
@lru_cache(maxsize=8192)
def country_named(text: str, *, adjective: bool = False) -> Country | None:
    """The country ``text`` names (possessive or not), or None.

    "Syria", "the Syrian Arab Republic", "Syria's", "Syrias", "Syrian territory" -> Syria; a bare
    adjective ("Syrian") only with ``adjective=True`` (it is evidence of the article's country,
    not a place).
    """
    names, adjectives = _tables()
    folded = _fold(text)
    if len(folded) <= 3 and not text.strip().isupper():
        return None  # "US", "UK" are written in capitals; "us" is a pronoun
    bare = _POSSESSIVE.sub("", folded)
    for key in (folded, bare):
        if key in names:
            return names[key]
    if folded.endswith("s") and folded[:-1] in names:  # "Syrias": the apostrophe was stripped
        return names[folded[:-1]]
    words = bare.split()
    if len(words) == 2 and words[1] in TERRITORY_WORDS:
        return adjectives.get(words[0])
    return adjectives.get(bare) if adjective else None


# A country name misspelt by a letter or two ("Somaila", "Afganistan") is read as the country
# when it is long enough that a near spelling is rare by chance and one country alone is that
# near (rapidfuzz ratio, 0-100; a swap of two letters in a 7-letter name scores 86).
MISSPELT_MIN_LETTERS = 6
MISSPELT_MIN_RATIO = 85.0


def country_misspelt(text: str) -> Country | None:
    """The one country whose name ``text`` is a near spelling of (same first letter), or None.
    Callers first make sure the name is no place spelled alike."""
    folded = _fold(text)
    if len(folded) < MISSPELT_MIN_LETTERS or not folded[:1].isalpha():
        return None
    return _misspelt(folded)


# A capitalised word is compared with every country name: the answer is kept per word.
@lru_cache(maxsize=8192)
def _misspelt(folded: str) -> Country | None:
    names, _ = _tables()
    near = {
        country.alpha2: country
        for key, country in names.items()
        if key[:1] == folded[:1] and len(key) >= MISSPELT_MIN_LETTERS
        and fuzz.ratio(folded, key) >= MISSPELT_MIN_RATIO
    }  # fmt: skip
    return next(iter(near.values())) if len(near) == 1 else None


# Names two countries share. ISO's "Congo" is the Republic of the Congo; most conflict reporting
# that says "Congo" or "Congolese" means the Democratic Republic. The text's other evidence
# decides (Kinshasa, North Kivu, Goma; Brazzaville, Pool); with none, the first listed.
# "Korea" alone: South Korea unless the text is more about the North.
SHARED_NAMES: dict[str, tuple[str, ...]] = {
    "congo": ("CD", "CG"),
    "congolese": ("CD", "CG"),
    "korea": ("KR", "KP"),
}


def shared_name(text: str) -> tuple[str, ...]:
    """The countries a shared name ("Congo", "Congo's", "Congolese") may be; () for others."""
    folded = _fold(text)
    return SHARED_NAMES.get(folded) or SHARED_NAMES.get(_POSSESSIVE.sub("", folded), ())


def pick_shared(options: tuple[str, ...], votes: dict[str, float]) -> str:
    """The reading of a shared name the text's other evidence favours (the first on a tie)."""
    return max(options, key=lambda c: (votes.get(c, 0.0), -options.index(c)))


# Abbreviations that are a country only where the text is about it: "CAR" is the Central
# African Republic in a report with other evidence of it (Bangui, "Central African"), and a car,
# or a town Car in Tibet, elsewhere. Written in capitals only.
CONTEXT_ABBREVIATIONS: dict[str, str] = {"CAR": "CF"}


def country_in_text(text: str, votes: dict[str, float]) -> Country | None:
    """``country_named`` for a place name, with a shared name ("Congo") read as the country
    the article's evidence (``votes``: alpha2 -> weight) favours, and an abbreviation that the
    evidence supports ("CAR" beside Bangui) as its country."""
    options = shared_name(text)
    if options and (country_named(text) is not None or _fold(text) in SHARED_NAMES):
        return country_by_code(pick_shared(options, votes))
    bare = _POSSESSIVE.sub("", " ".join(text.split()).removeprefix("the "))
    abbreviated = CONTEXT_ABBREVIATIONS.get(bare)
    if abbreviated is not None and votes.get(abbreviated, 0.0) > 0:
        return country_by_code(abbreviated)
    return country_named(text)


def split_possessor(name: str) -> tuple[Country, str] | None:
    """("Syria", "Idlib") for "Syria's Idlib" / "Syrias Idlib"; None when no country owns it."""
    words = name.split()
    for k in range(1, min(4, len(words))):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if not (_POSSESSIVE.search(head) or head.endswith("s")):
            continue
        country = country_named(head)
        if country is not None and rest.strip(" ,-"):
            return country, rest.strip(" ,-")
    return None


def country_by_code(alpha2: str) -> Country | None:
    """The country of an alpha-2 code, in any case ("XK", "sy"), or None."""
    found = _registry().get(alpha2.upper())
    return found[0] if found is not None else None


@cache
def _by_numeric() -> dict[int, Country]:
    return {c.numeric: c for c, _ in _registry().values() if c.numeric is not None}


def known_codes() -> tuple[str, ...]:
    """The alpha-2 code of every country this module knows (ISO 3166-1's and XK)."""
    return tuple(_registry())


def country_by_numeric(numeric: int) -> Country | None:
    """The country of an ISO 3166-1 numeric code (ACLED's `iso` column), or None."""
    return _by_numeric().get(numeric)


def location_alpha2(name: str | None, numeric: int | None) -> str | None:
    """The alpha-2 of a geocoded location's country, from its ISO numeric or, for a country
    without one (Kosovo) or an older record, its name."""
    if numeric is not None and (found := country_by_numeric(numeric)) is not None:
        return found.alpha2
    found = country_named(name) if name else None
    return found.alpha2 if found is not None else None


@cache
def _short_names() -> dict[str, str]:
    """alpha-2 -> the table's "short" name (the first, if several)."""
    found: dict[str, str] = {}
    for alpha2, kind, spelling in _spellings():
        if kind == "short":
            found.setdefault(alpha2, spelling)
    return found


@lru_cache(maxsize=4096)  # a handful of distinct values, shown on every page that names them
def short_name(country: str | None) -> str | None:
    """The name to show for a country given by its alpha-2 code or any of its names: the
    table's short name ("Russian Federation", "RU" -> "Russia"; "Congo, The Democratic Republic
    of the" -> "DR Congo"), else pycountry's common or ISO name; the value itself when it names
    no country (and None for None)."""
    if not country:
        return country
    code = country.strip().upper() if len(country.strip()) == 2 else None
    found = country_by_code(code) if code else country_named(country)
    if found is None:
        return country
    return _short_names().get(found.alpha2, found.name)


# --- the article's country -------------------------------------------------------------------

# Weights of the evidence: a dateline says where the report was filed, usually the country it is
# about; each mention of a name, adjective, capital or admin area counts once.
DATELINE_WEIGHT = 3.0
MENTION_WEIGHT = 1.0
# A wire dateline: a city in capitals, an optional country or state, then a date, an agency or a
# dash ("MAIDUGURI, Nigeria, Feb 10, 2020 -", "KABUL (Reuters) -", "KHARTOUM, May 23, 2023 -").
# A hyphen inside a name ("PORT-AU-PRINCE", "Guinea-Bissau") is no dash: the dash that ends a
# dateline is followed by a space or the text, never by a letter.
# Capitals with the accented Latin-1 ones ("PÉTION-VILLE", "SUÁREZ"); a video's caption closes
# its place with " / " or " | " ("ERBIL, KURDISTAN REGION / 15 September 2021": session 27).
# Group 1 is the town, group 2 the country or state (geocode.context reads the town too).
_UPPER = "A-ZÀ-ÖØ-Þ"
DATELINE = re.compile(
    rf"\s*([{_UPPER}][{_UPPER}'’. -]{{2,40}}?)\s*"
    rf"(?:,\s*([{_UPPER}][{_UPPER}a-zà-öø-ÿ'’. -]{{2,40}}?))?\s*"
    r"(?:,|\(|-(?![A-Za-z])|–|—|/(?=\s)|\|)"
)
# A dateline in the text's own case (issue 9, session 17): a note that opens with its date and
# then its place ("On 18 April 2024, Dapaong (Savanes): ...", "Around 3 May 2023 (week of),
# Goma. ..."), where the place is the event's; or a town in title case closed by a period, a
# colon or a dash ("Cotonou. Protesters ...", "Goma - Gunmen ..."), where the report was filed.
# A note may name its town with the local unit it heads ("On 30 January 2024, commune of
# Bocaranga: ...", "municipality of X:"): a commune or municipality bears its seat town's name.
# A bracketed parent may open in lower case ("Durban (eThekwini) - ...").
_CASED_PLACE = (
    r"(?:(?:the\s+)?(?:commune|municipality|town|city)\s+of\s+)?"
    r"(?P<city>[A-Z][\w'’-]+(?:\s+(?:(?:de|del|des|du|la|el|al)\s+)?[A-Z][\w'’-]+){0,2})"
    r"(?:\s*\((?P<parents>(?:[A-Z]|[a-z]{1,3}[A-Z])[^()]{1,60})\))?\s*(?::|\.|\s[-–—])\s"
)
_NOTE_DATELINE = re.compile(
    r"\s*[A-Z][^,.:;()\n]{0,40}?\b(?:1[89]|20)\d\d(?:\s*\([a-z ]{1,20}\))?,\s*" + _CASED_PLACE
)
_TITLE_DATELINE = re.compile(r"\s*(?=[A-Z][a-z])" + _CASED_PLACE)
# Capitalised runs of up to four words: where admin areas and capitals are looked for.
# A lower-case link word is whole ("Niamey demanding" is no run "Niamey de": issue 9, notesc).
# Portuguese, Italian and French links ("da", "do", "dos", "das", "di", "du") only before a
# capitalised word: "Mocimboa da Praia" (Mozambique) is one name, not Cabo Verde's capital
# "Praia" (issue 9, session 25, mtmail25), while "Kabul do not" stays "Kabul".
_CAPITALISED = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|(?:al|el|de|del|la|of)\b"
    r"|(?:da|do|dos|das|di|du)(?= [A-Z]))){0,3}"
)
# An item's label in capitals at the head of its line, before a colon or a dash ("SOMALIA:",
# "* KUNAR:", "1) GAO REGION:", "NORTH KIVU - "): a digest's or a brief's way of placing each
# item (session 24, digests24). Capitals elsewhere are a headline's, no place list.
ITEM_LABEL = re.compile(
    r"^[ \t]*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?([A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,3})"
    r"(?: \([A-Z][A-Z ,'\u2019.-]*\))?(?::| [-\u2013\u2014] )",
    re.M,
)
# Admin names that are also everyday English or news words: never evidence of a country.
_NOT_EVIDENCE = frozenset(
    {"central", "north", "south", "east", "west", "capital", "federal", "coast", "lakes",
     "upper", "lower", "middle", "islands", "national", "western", "eastern", "northern",
     "southern", "northeast", "northwest", "southeast", "southwest", "interior", "border",
     "security", "police", "army", "government", "city", "centre", "center", "sport",
     "victoria", "george", "alexandria", "santa", "san", "saint", "bay", "river", "lake",
     "islamic", "state", "president", "minister", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "mon", "colon", "independence", "liberty"}
)  # fmt: skip


_UNIT_WORDS = frozenset(
    {"province", "state", "county", "region", "district", "governorate", "department",
     "oblast", "prefecture", "division", "territory"}
)  # fmt: skip


# People whose nationality a report gives as victims or bystanders ("two Chinese workers were
# killed", "shops run by Nigerian and Somali traders", "four US citizens"): foreigners in the
# country the report is about, so their nationality is no evidence of it (issue 9: a British
# journalist shot in Brazil made the report British). Armed nouns ("Nigerian troops") still
# count. A modifier may stand between ("Chinese construction workers", "Turkish aid workers").
FOREIGN_PEOPLE = frozenset(
    {"worker", "workers", "trader", "traders", "citizen", "citizens", "national", "nationals",
     "journalist", "journalists", "reporter", "reporters", "tourist", "tourists", "migrant",
     "migrants", "engineer", "engineers", "hostage", "hostages", "pilgrim", "pilgrims",
     "student", "students", "fishermen", "sailors", "seafarers", "crew", "expatriates",
     "expats", "businessman", "businessmen", "contractor", "contractors", "missionary",
     "missionaries", "priest", "nun", "volunteer", "volunteers", "employee", "employees",
     "miners", "truckers", "drivers", "passengers", "refugees", "visitors", "diplomat",
     "diplomats", "shopkeepers", "merchants", "nurse", "doctor", "doctors", "teacher",
     # visitors and bystanders caught up in an event abroad, and speakers of a language (the
     # nationality words of session 47: "a Finnish bystander" shot in Copenhagen, "two
     # Swedish football fans" in Brussels, "a French family" by a road in Mauritania, "Russian
     # speakers" in Riga)
     "bystander", "bystanders", "fan", "fans", "family", "families", "couple",
     "holidaymakers", "backpackers", "hikers", "speakers"}
)  # fmt: skip
_PEOPLE_MODIFIERS = frozenset(
    {"aid", "construction", "oil", "mining", "humanitarian", "road", "health", "rail",
     "factory", "gold", "medical", "charity", "ngo", "un", "mine", "railway", "dual",
     "football", "soccer"}
)  # fmt: skip
# Forces that serve outside their own country by what they are: a peacekeeping contingent is
# sent by a troop-contributing country to a mission abroad (UN peacekeeping; the AU's and
# ECOWAS's missions alike), so "Nigerian peacekeepers were ambushed near Kidal" says whose
# contingent it is, not where (places43). The places the text names decide, as for foreign
# people. A text about the country in other words still names it.
DEPLOYED_FORCES = frozenset(
    {"peacekeeper", "peacekeepers", "peacekeeping", "contingent", "contingents"}
)  # fmt: skip
# What follows a nationality word: more coordinated ones ("Nigerian and Somali"), then words.
_AFTER_NATIONALITY = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)[A-Z][\w'’-]+)*\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?"
)


def names_foreigners(text: str, end: int) -> bool:
    """Does the nationality word ending at ``end`` qualify foreign people ("Chinese workers",
    "Nigerian and Somali traders", ``FOREIGN_PEOPLE``) rather than a country's forces or
    places?"""
    after = _AFTER_NATIONALITY.match(text, end)
    if after is None:
        return False
    first, second = after.group(1), after.group(2)
    if first in FOREIGN_PEOPLE or first in DEPLOYED_FORCES:
        return True
    return first in _PEOPLE_MODIFIERS and second in FOREIGN_PEOPLE


# A country's name or adjective that begins or ends a longer place name ("Spanish Town" in
# Jamaica, "Port of Spain" in Trinidad, "Benin City" in Nigeria, "English Bazar" in India,
# "New Mexico" in the US) is a word of that name: the name is read whole (issue 9, places43:
# "Laventille, east Port of Spain" voted Spain, "a march in Spanish Town" Spain). The name counts
# when a town of TOWN_POPULATION+ (its own name), a big city, a capital or a first-level unit is
# so named and none of them lies in the word's country ("Kuwait City", "Panama City", "Gaza
# City" keep their country's vote). Words joined by spaces, hyphens or "of", as
# ``_CAPITALISED`` runs them, up to four.
_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*|\bof\b")


def within_a_name_abroad(text: str, start: int, end: int) -> bool:
    """Is the country word at ``text[start:end]`` part of a longer place name of another
    country (see ``_NAME_WORD``)?"""
    word = text[start:end]
    before = [m for m in _NAME_WORD.finditer(text, max(0, start - 40), start) if m.end() <= start]
    left = _joined_back(text, before, start)
    right = _joined_on(text, list(_NAME_WORD.finditer(text, end, end + 40)), end)
    for i in range(len(left) + 1):
        for j in range(len(right) + 1):
            if (i == 0 and j == 0) or i + j > 3:
                continue
            lo = left[i - 1].start() if i else start
            hi = right[j - 1].end() if j else end
            if name_abroad(text[lo:hi], word):
                return True
    return False


# A country word between a title and a capitalised name is a person's name, or a town named
# after one: "Datu Saudi Ampatuan" (a Maguindanao town; reports dev ri026 made Saudi Arabia the
# main country of a Philippine army release), "Defence Minister Israel Katz". Up to one given
# name may stand between the title and the word; the word must be followed by a name, so
# "President of Chad" and "the Minister, Israel said" still vote.
# "Datu", the Moro and Malay chief's title (Wikipedia, "Datu"), heads people's names and the
# towns of Maguindanao named after them ("Datu Saudi Ampatuan", "Datu Piang"); here only, not
# in PERSON_TITLE: geocode must still read "Datu Hoffer Ampatuan" as a town's name (reports
# dev rn025 lost its place when it was there).
_TITLED = re.compile(rf"(?<![\w-])(?:{PERSON_TITLE}|Datu)\s+(?:[A-Z][\w'’.-]*\s+)?\Z")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


# A name of two to four capitalised words after a title or a trade ("the journalist Mech Dara"):
# a person's, and every other mention of it in the text too ("Mech Dara's arrest drew ..."),
# where its last word may spell an admin area ("Dara", Syria's Daraa: a VOA story from Phnom
# Penh went to Syria, session 47). The title is read once per text; its name is then known.
_TITLED_NAME = re.compile(
    rf"(?<![\w-]){PERSON_TITLE}\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){{1,3}})"
)


def titled_names(text: str) -> frozenset[str]:
    """The names of two to four words the text writes after a title (``_TITLED_NAME``),
    without a possessive ("Mech Dara's" -> "Mech Dara"), and their last words alone, as a
    story names the person again ("[Mech] Dara's work")."""
    names = {_POSSESSIVE.sub("", m.group(1)) for m in _TITLED_NAME.finditer(text)}
    return frozenset(names | {n.split()[-1] for n in names})


def in_a_titled_name(text: str, start: int, end: int) -> bool:
    """Is the country word at ``text[start:end]`` inside a titled person's name (see
    ``_TITLED``)?"""
    if _NAME_AFTER.match(text, end) is None:
        return False
    return _TITLED.search(text[max(0, start - 60) : start]) is not None


def name_abroad(name: str, word: str) -> bool:
    """Is ``name`` the whole name of a town, big city, capital or first-level unit, none of
    them in the country that ``word`` (a country's name or adjective inside it) names?
    "Spanish Town" and "Port of Spain" are; "Kuwait City" is not (see ``_NAME_WORD``). A
    word that names no country ("English") leaves any such name abroad."""
    owners = place_name_countries(name)
    country = country_named(word, adjective=True)
    return bool(owners) and (country is None or country.alpha2 not in owners)


def place_name_countries(name: str) -> frozenset[str]:
    """The countries with a town (TOWN_POPULATION+, own name), big city, capital or
    first-level unit of this name of two or more words ("Port of Spain": TT)."""
    from ceasewatch.knowledge.gazetteer import name_key
    from ceasewatch.knowledge.world import (
        admin1_by_key,
        big_cities,
        capitals,
        plain_key,
        towns_named,
        units_by_key,
    )

    parts = name.split()
    if len(parts) < 2 or "of" in (parts[0], parts[-1]):
        return frozenset()
    key = plain_key(name)
    owners = {*towns_named().get(key, ()), *big_cities().get(key, ())}
    owners |= {*capitals().get(key, ()), *admin1_by_key().get(key, ())}
    # a unit's names and variants ("Mount Lebanon", Lebanon's Mont-Liban; also a town of
    # Pennsylvania): the codes begin with the country's ("LB.05")
    owners |= {code.split(".")[0] for code in units_by_key().get(name_key(name), ())}
    return frozenset(owners)


def _joined_back(text: str, words: list[re.Match[str]], start: int) -> list[re.Match[str]]:
    """The name words right before ``start``, nearest first, each joined to the next by one
    space or hyphen."""
    out: list[re.Match[str]] = []
    edge = start
    for m in reversed(words):
        if text[m.end() : edge] not in (" ", "-"):
            break
        out.append(m)
        edge = m.start()
    return out


def _joined_on(text: str, words: list[re.Match[str]], end: int) -> list[re.Match[str]]:
    """The name words right after ``end``, nearest first, joined as ``_joined_back``'s."""
    out: list[re.Match[str]] = []
    edge = end
    for m in words:
        if text[edge : m.start()] not in (" ", "-"):
            break
        out.append(m)
        edge = m.end()
    return out


@dataclass(frozen=True)
class CountryEvidence:
    """How strongly a text is about a country, and why (strongest evidence first)."""

    alpha2: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class TextCountries:
    """What a report's text says of countries, read in one pass (``text_countries``)."""

    ranked: tuple[CountryEvidence, ...]  # ``article_countries``
    located: str | None  # ``located_country``


def article_countries(text: str) -> list[CountryEvidence]:
    """The countries a report is about, ranked: its dateline (city and country), the country
    names and adjectives it uses ("Nigerian troops"), the capitals and first-level admin areas
    it names (Michoacan -> Mexico, Middle Shabelle -> Somalia; only names that belong to one
    country). A report can span countries: every country with evidence is listed.

    Shared by geocode (place disambiguation) and resolve (generic actors: "the army")."""
    return list(text_countries(text).ranked)


def located_country(text: str) -> str | None:
    """The country of the places a coder's chain of bracketed parents names ("Petare (Sucre,
    Miranda)", "Ganja (Azerbaijan)"), when the chains name one country: where the event was,
    said outright."""
    return text_countries(text).located


# Resolve and then geocode read the same article's text: the second reading is a cache hit
# (the bracketed chains were read twice per article before, issue 9). A few texts suffice:
# the pipeline runs one article through every stage before the next.
TEXT_CACHE_SIZE = 16


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def text_countries(text: str) -> TextCountries:
    """``article_countries`` and ``located_country`` of one text, in one pass over it."""
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}

    def vote(alpha2: str, weight: float, why: str) -> None:
        scores[alpha2] = scores.get(alpha2, 0.0) + weight
        said = reasons.setdefault(alpha2, [])
        if why not in said:
            said.append(why)

    dateline_end, filed = _dateline_evidence(text)
    grievances = grievance_spans(text)

    def grieved(start: int) -> bool:
        return any(a <= start < b for a, b in grievances)

    shared: list[tuple[tuple[str, ...], float, str]] = []  # read last: see SHARED_NAMES
    for alpha2, why in filed:
        if alpha2 in SHARED_NAMES:  # the dateline named a shared name: alpha2 holds its key
            shared.append((SHARED_NAMES[alpha2], DATELINE_WEIGHT, why))
        else:
            vote(alpha2, DATELINE_WEIGHT, why)
    for match in _country_words().finditer(text):
        if names_foreigners(text, match.end()):
            continue  # "two Chinese workers were killed": victims' nationality (FOREIGN_PEOPLE)
        if text[max(0, match.start() - 4) : match.start()].casefold() == "pan-":
            continue  # "the Pan-American highway", "Pan-African": no country (places16)
        if _STANCE.search(text, max(0, match.start() - 6), match.start()):
            continue  # "a pro-Palestine encampment", "anti-French protests": a stance (places35)
        if grieved(match.start()):
            continue  # "rallied to protest Israeli attacks on Gaza": the cause, not the scene
        if within_a_name_abroad(text, match.start(), match.end()):
            continue  # "Spanish Town", "Port of Spain", "Benin City": one name, not the country
        if in_a_titled_name(text, match.start(), match.end()):
            continue  # "Datu Saudi Ampatuan", "Minister Israel Katz": a person's name (stories45)
        if options := shared_name(match.group(1)):
            shared.append((options, MENTION_WEIGHT, f'names "{match.group(1)}"'))
        elif (country := country_named(match.group(1), adjective=True)) is not None:
            vote(country.alpha2, MENTION_WEIGHT, f'names "{match.group(1)}"')
    people = titled_names(text)
    for match in _CAPITALISED.finditer(text):
        if match.start() < dateline_end or match.group(0).isupper():
            continue  # the dateline was read above; a headline in capitals is no place list
        if _POSSESSIVE.sub("", match.group(0)) in people:
            continue  # "Mech Dara's arrest", the journalist's: no admin area "Dara"
        if names_foreigners(text, match.end()):
            continue  # "Somali traders" (also Ethiopia's Somali region): foreigners
        if grieved(match.start()):
            continue  # "in solidarity with the people of Gaza": the cause, not the scene
        found = _place_evidence(match.group(0))
        if found is not None and _linked_alias(text, match.start(), match.group(0), found[0]):
            continue  # "Stefan cel Mare" (a street, a prince): Malé's alias "Mare" (reach46)
        if found is not None:
            vote(*found)
    located: set[str] = set()
    for match in ITEM_LABEL.finditer(text):  # "SOMALIA: ...", "* KUNAR: ...", "NORTH KIVU - ..."
        if match.start() < dateline_end:
            continue
        label = match.group(1).strip().title()
        country = country_named(label)
        found = (
            (country.alpha2, MENTION_WEIGHT, f'labels an item "{match.group(1).strip()}"')
            if country is not None
            else _place_evidence(label)
        )
        if found is not None:
            vote(*found)
    for match in _BRACKETED.finditer(text):
        if match.start() > 0 and text[match.start() - 1] in OPENING_QUOTES:
            continue  # "'Wagner' (Russian instructors)": a quoted label, no place and its units
        found = _bracket_evidence(match.group(1), match.group(2))
        if found is not None:
            vote(*found)
            located.add(found[0])
    for match in _COMMA_PARENT.finditer(text):
        # the parent's admin word, written in lower case after it: "Mamove, Beni territory"
        word = _NEXT_WORD.match(text, match.end())
        own = word is not None and word.group(0).strip() in _PARENT_WORDS
        parent = match.group(2) + (word.group(0) if word and own else "")
        if _OWN_BRACKET.match(text, word.end() if word and own else match.end()):
            continue  # "Plaza X, Santiago (Region Metropolitana)": a town with its own parents
        found = _bracket_evidence(match.group(1), parent, admin1_only=True)
        if found is not None:
            vote(*found)
    settled = dict(scores)  # a shared name follows the evidence, not its own mentions
    for options, weight, why in shared:
        vote(pick_shared(options, settled), weight, why)
    ranked = sorted(scores, key=lambda c: (-scores[c], c))
    return TextCountries(
        ranked=tuple(CountryEvidence(c, scores[c], tuple(reasons[c])) for c in ranked),
        located=located.pop() if len(located) == 1 else None,
    )


# A country written after "pro-" or "anti-" names a side taken, not where it is taken: a
# "pro-Palestine encampment" at a university in Texas, "anti-French protests" in Niamey,
# "pro-Russian separatists" in Ukraine (issue 9, places35; a US campus protest was read as
# Palestine's, one country name against one state name). The country stays evidence when
# written alone elsewhere in the text.
_STANCE = re.compile(r"(?<![\w-])(?:pro|anti)[-\u2010\u2011]$", re.I)


# The cause a protest is for or against, when it lies elsewhere (issue 9, places34; the
# scene/cause reading of extract.eventplaces.said_of_people, session 33): in a sentence that
# tells of a protest, the names that follow "in solidarity with" / "in support of" (the people
# of) and those a harm done to them governs ("Israeli attacks on Gaza", "the war in Sudan")
# are the grievance, not where the crowd was: they do not vote for the article's country. A
# sentence telling of no protest keeps them ("Israeli attacks on Gaza killed 20").
_PROTEST_WORD = re.compile(
    r"\b(?:[Pp]rotest\w*|[Rr]all(?:y|ies|ied|ying)|march(?:ed|ers?|es|ing)?|[Mm]archers?|"
    r"[Dd]emonstrat\w+|[Ss]it-ins?|[Vv]igils?|[Ss]olidarity)\b"
)  # "march" in lower case only: "On March 3, strikes on Gaza killed 20" tells of no protest
_NAME_RUN = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}"
_GRIEVANCE = re.compile(
    r"\b(?i:(?:solidarity|support)\s+(?:with|of|for)\s+(?:the\s+)?"
    r"(?:(?:people|civilians|victims|residents|children|women)\s+(?:of|in)\s+)?)"
    rf"(?:{_NAME_RUN})"
    r"|(?:\b[A-Z][\w'’-]+\s+)?\b(?i:(?:air\s*)?(?:attacks?|strikes?|war|bombings?|bombardments?|"
    r"offensives?|genocide|killings?|siege|occupation|aggression|massacres?|invasion|"
    r"blockade)\s+(?:on|in|of|against)\s+(?:the\s+)?)"
    rf"(?:{_NAME_RUN})"
    # the name as the issue's own modifier: "against the government's Gaza policy", "over the
    # Ukraine war" (places37: "Gaza" voted the scene of a march in The Hague)
    rf"|(?:{_NAME_RUN})(?=\s+(?i:polic(?:y|ies)|war|conflict|crisis|ceasefire|truce|deal|"
    r"genocide|blockade|offensive|invasion|occupation)\b)"
    # ties to a state opposed: "against normalisation with Israel"
    r"|\b(?i:normali[sz](?:ation|ing)\s+(?:of\s+(?:ties|relations)\s+)?with\s+)"
    rf"(?:{_NAME_RUN})"
    # whom the crowd is for: "marchers in Turin rallied for Gaza", "crowds marching for Gaza
    # reached Tahrir Square" (places40: "Gaza" voted the scene of a march in Italy)
    r"|\b(?i:(?:rall(?:y|ies|ied|ying)|march(?:ed|es|ing)?|protest(?:s|ed|ing)?|"
    r"demonstrat(?:e|es|ed|ing)|vigils?)\s+for\s+(?:the\s+)?)"
    rf"(?:{_NAME_RUN})"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def grievance_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_GRIEVANCE`` phrases inside sentences that tell of a protest."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end_match in (*_SENTENCE_END.finditer(text), None):
        end = end_match.end() if end_match is not None else len(text)
        if _PROTEST_WORD.search(text, start, end):
            spans.extend(m.span() for m in _GRIEVANCE.finditer(text, start, end))
        start = end
    return spans


def article_country(text: str) -> CountryEvidence | None:
    """The one country a report is most about, when one leads; None when none or a tie."""
    return leading(article_countries(text))


def leading(ranked: list[CountryEvidence]) -> CountryEvidence | None:
    """The first of ``article_countries``'s ranking when it leads alone; None when none or a tie
    (for a stage that has the ranking already)."""
    if not ranked or (len(ranked) > 1 and ranked[0].score == ranked[1].score):
        return None
    return ranked[0]


# Languages a header names ("in French 0700 gmt", "Russian service", "(Somali; translated)")
# that are spoken in several countries: in a title they name the broadcast's language, not the
# country it reports on (the official and national languages of more than one state: CIA World
# Factbook, "Languages" field; session 25, transcripts25). Only the ones whose adjective is a
# country's in ``country_named`` matter.
TITLE_LANGUAGES = frozenset(
    {"arabic", "chinese", "english", "french", "german", "portuguese", "russian", "somali"}
    | {"spanish", "turkish"}
)


# Resolve (generic actors) and then geocode (the article's context) ask for the same article's
# title: the second asking is a cache hit, as for the text (``text_countries``).
@lru_cache(maxsize=TEXT_CACHE_SIZE)
def title_country(title: str | None) -> CountryEvidence | None:
    """The one country a report's title names (a country, its adjective, its capital or an
    admin area: ``article_countries``), for a text that names none itself: a broadcast
    transcript's header ("EVENING NEWS - RUSH TRANSCRIPT - 30 August 2019 (Filipino and
    English)") names the station's city or language while the speakers name only towns. A
    widely spoken language (``TITLE_LANGUAGES``) is no evidence; None when the title names no
    country or two tie. The reasons say they are the title's."""
    if not title:
        return None
    ranked = []
    for found in article_countries(title):
        reasons = tuple(
            f"the title {why}"
            for why in found.reasons
            if not any(why == f'names "{w}"' for w in _casings(TITLE_LANGUAGES))
        )
        if reasons:
            ranked.append(CountryEvidence(found.alpha2, found.score, reasons))
    ranked.sort(key=lambda e: -e.score)
    return leading(ranked)


def _casings(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(c for w in words for c in (w, w.capitalize(), w.upper()))


# A lower-case link word inside a person's or a street's name, after a capitalised word:
# Romanian "cel" ("Ștefan cel Mare", Stephen the Great), Romance "de/da/di/du/la/le", Dutch
# and German "van/von/der", Arabic "bin/ibn/ben".
_NAME_LINK_BEFORE = re.compile(
    r"[A-Z][\w'’-]*\s+(?:cel|de|del|da|di|du|la|le|van|von|der|bin|ibn|ben)\s+$"
)


def _linked_alias(text: str, start: int, run: str, alpha2: str) -> bool:
    """Is the run one word joined to a capitalised word before it by a lower-case link word
    (``_NAME_LINK_BEFORE``), and a capital's evidence only through an alternate name, not
    the capital's own ("Stefan cel Mare in Chișinău": GeoNames lists "Mare" for Malé,
    which made the Maldives tie with Moldova; session 46, notezi)? Then it is the tail of a
    longer name. A capital by its own name keeps its vote ("Ciudad de Panamá")."""
    from ceasewatch.knowledge.world import capital_names, plain_key

    if " " in run.strip() or not _NAME_LINK_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    return plain_key(run) not in {plain_key(n) for n in capital_names(alpha2)}


def place_evidence(name: str) -> str | None:
    """The one country whose capital or admin area ``name`` is ("Gaza": the Palestinian
    territory), else None."""
    found = _place_evidence(name)
    return found[0] if found is not None else None


@lru_cache(maxsize=65536)  # runs recur across reports ("Aleppo", "Free Syrian Army")
def _place_evidence(run: str) -> tuple[str, float, str] | None:
    """(alpha2, weight, reason) for the longest part of a capitalised run that is a capital or
    an admin area of one country only."""
    from ceasewatch.knowledge.world import admin1_by_key, capitals, plain_key

    for words in _sub_runs(run):
        key = plain_key(words)
        if key in _NOT_EVIDENCE or len(key) < 4 or country_named(words) is not None:
            continue
        for table, what in ((capitals(), "capital"), (admin1_by_key(), "admin area")):
            owners = table.get(key, ())
            if len(owners) == 1:
                return owners[0], MENTION_WEIGHT, f'names the {what} "{words}"'
    return None


# A place with its parents in brackets, as coders write them: "Jiilaale village (Balcad, Middle
# Shabelle)", "Kirni sector (Poonch district, J&K)", "Saqqez (Kurdistan)". The parents are admin
# units, read jointly: the country whose units hold the most of the names (the place and its
# parents) wins; "Dahyan (Majz, Saada)" is Yemen, where Saada holds Majz, not Mayotte, which has
# a commune Sada. A chain of two or more names is as strong as a dateline (it says where the
# event was); one name alone less so (a bracket may hold a short name or gloss).
CHAIN_WEIGHT = DATELINE_WEIGHT
ONE_PARENT_WEIGHT = 2.0
# A quotation mark before a name: a label the writer quotes (a group, a unit), no place (also
# read by geocode's sentence fallbacks)
OPENING_QUOTES = "'\"‘“"
_BRACKETED = re.compile(
    r"([A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|(?:al|el|de|del|da|do|dos|la|of|and)\b)){0,4})"
    r"(?:\s+[a-z]+){0,2}\s*\(([^()]{3,80})\)"
)
# A place and its admin1 after a comma, as notes and wires write them: "Faisalabad, Punjab",
# "El Paso, Texas", "Kupwara, Jammu and Kashmir" (issue 9, notesc). Looser than brackets (a
# comma also lists places), so it counts only when the last name is an admin1 of the country.
_COMMA_PARENT = re.compile(
    r"([A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|(?:al|el|de|del|da|do|dos|la)\b)){0,3}),\s+"
    r"([A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|(?:al|el|de|del|da|do|dos|la|of|and)\b)){0,3})"
    r"(?![\w'’-]|\s+[A-Z])"
)
# Words after a parent's name that say what kind of unit or settlement it is ("Kyiv oblast").
_PARENT_WORDS = _UNIT_WORDS | {
    "oblast", "raion", "rayon", "municipality", "subdistrict", "sub-district", "zone", "woreda",
    "tehsil", "township", "lga", "town", "city", "village", "area", "sector", "commune",
    "kebele", "governorate", "province", "emirate", "wilaya",
}  # fmt: skip


_NEXT_WORD = re.compile(r"\s+[a-z-]+\b")
# A bracket right after a comma's parent: the parent is a town placed by its own bracket,
# which ``_BRACKETED`` reads; the comma's looser admin1 reading is not made of it
_OWN_BRACKET = re.compile(r"\s*\(")


def _bracket_evidence(
    name: str, inside: str, *, admin1_only: bool = False
) -> tuple[str, float, str] | None:
    """(alpha2, weight, reason) for a place and its bracketed parents, when the admin units of
    one country hold more of the names than those of any other (``admin1_only``: and the last
    parent is that country's admin1, for the looser "Faisalabad, Punjab")."""
    from ceasewatch.knowledge.world import unit_words_clash, units_by_key, world_units

    names = inside.split(",")
    # a bracket only: "Russia, Ukraine and Belarus" is a list, "Ganja (Azerbaijan)" is not
    said = None if admin1_only else country_named(bare_parent(names[-1]))
    if said is not None and len(names) > 1:
        names = names[:-1]  # "Jiilaale (Balcad, Somalia)": the units are read in that country
    elif said is not None:  # "Ganja (Azerbaijan)": the country, said outright
        return said.alpha2, CHAIN_WEIGHT, f'names "{name} ({inside.strip()})", a country'
    parts = [_parent_name(p) for p in names]
    if not all(parts) or len(parts) > 4:
        return None  # not a list of names ("(SNA)", "(2 killed)", "(per local sources)")
    table = units_by_key()
    # alpha2 -> admin1 code -> the names it holds: (index, key), index 0 the place itself
    held: dict[str, dict[str, set[tuple[int, str]]]] = {}
    units = world_units()
    written = [name, *names]
    for index, part in enumerate([_parent_name(name), *parts]):
        for code in table.get(part, ()) if part else ():
            country, admin1 = code.split(".")[0], ".".join(code.split(".")[:2])
            if said is not None and country != said.alpha2:
                continue
            if index > 0 and unit_words_clash(written[index], units[code].name):
                continue  # "Mamove, Beni territory" is not in Bolivia's "Beni Department"
            held.setdefault(country, {}).setdefault(admin1, set()).add((index, part))
    # the last parent first: coders end the chain with the admin1, so "Petare (Sucre, Miranda)"
    # is Venezuela's state Miranda, not Colombia's Cauca, which has towns Sucre and Miranda
    # (issue 9, notesc); then the parents: they are admin units by their place in the text,
    # where the place's own name may be a town that a unit abroad shares ("Pamplona (Negros
    # Oriental)")
    last = (len(parts), parts[-1])
    best = {
        c: max(
            (
                last in names and admin1 in table.get(parts[-1], ()),
                sum(i > 0 for i, _ in names),
                len(names),
            )
            for admin1, names in units.items()
        )
        for c, units in held.items()
    }
    ranked = sorted(best.items(), key=lambda cs: cs[1], reverse=True)
    if said is not None and not ranked:  # units the gazetteer lacks, in the country it names
        return said.alpha2, CHAIN_WEIGHT, f'names "{name} ({inside.strip()})", a country'
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    country, (top_level, _, count) = ranked[0]
    if admin1_only and not top_level:
        return None
    weight = CHAIN_WEIGHT if count > 1 else ONE_PARENT_WEIGHT
    return country, weight, f'names "{name} ({inside.strip()})", in its admin units'


def _parent_name(phrase: str) -> str:
    """The gazetteer key of a parent as written ("Poonch district" -> "ponch"); "" for what is
    no place name (lower case, an acronym, a number, a common word)."""
    from ceasewatch.knowledge.gazetteer import name_key

    words = bare_parent(phrase).split()
    while words and words[-1].casefold() in _PARENT_WORDS:
        words = words[:-1]
    if not words or not words[0][:1].isupper() or any(c.isdigit() for c in phrase):
        return ""
    bare = " ".join(words)
    if (bare.isupper() and len(bare) <= 5) or bare.casefold() in _NOT_EVIDENCE:
        return ""
    if _acronym(bare):
        return ""  # "The Malian Armed Forces (FAMa)": the name's initials, no place (stories45)
    key = name_key(bare)
    return key if len(key.replace(" ", "")) >= 4 else ""


def _acronym(word: str) -> bool:
    """Is ``word`` an acronym written in mixed case ("FAMa", Forces Armées Maliennes; "MoD",
    "FARDCs")? Two or more capitals in one short word, at least half its letters: reports dev
    rg003 read "(FAMa)" as Brazil's municipality Fama, tying Brazil with Mali. Names with a
    second capital have it once, among more small letters ("McAllen", "DeKalb")."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return " " not in word and len(letters) <= 6 and capitals >= 2 and 2 * capitals >= len(letters)


# A part of a parent, in lower case: "Lashio (northern Shan)" is in Shan (issue 9, notesc).
# Capitalised, the word belongs to the name ("South Kivu", "Northern Samar"). The one word set
# for both readers of parents (this module's country evidence, ``geocode.containment``).
_DIRECTION = re.compile(
    r"^\s*(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+(?=[A-Z])"
)


def bare_parent(phrase: str) -> str:
    """A parent without a lower-case direction before it ("northern Shan" -> "Shan")."""
    return _DIRECTION.sub("", phrase).strip()


# A facility a town names and holds ("Kabul International Airport", "Mosul University",
# "Sanaa Central Prison"): the town's name is before it and counts as a mention of the town
_TOWN_FACILITY = re.compile(
    r"(?<=\w)\s+(?:International\s+)?(?:Airport|University|(?:Central\s+)?Prison)$"
)


_OWNER = re.compile(r"['’]s\b\s*")  # not ``_POSSESSIVE`` (which it shadowed, places46)


def _sub_runs(run: str) -> list[str]:
    """The names a capitalised run may be, longest first: each part between "of"/"and", that
    part without its first word (a sentence's first word: "Residents", "Gunmen") and without
    a trailing unit word ("Mandera County")."""
    out: list[str] = []
    # "Kyiv's outskirts", "Kyiv's Darnytskyi district": the owner is a name of its own (the
    # run read "Kyiv's" whole, no capital's key: places46)
    parts = [p for piece in _OWNER.split(run) for p in re.split(r"\s+(?:of|and)\s+", piece)]
    for part in filter(None, parts):
        words = _TOWN_FACILITY.sub("", part).split()
        if words and words[-1].casefold() in _UNIT_WORDS:
            words = words[:-1]
        for variant in (words, words[1:]):
            if variant and variant[0][:1].isupper():
                out.append(" ".join(variant))
    return list(dict.fromkeys(out))


def _dateline_evidence(text: str) -> tuple[int, list[tuple[str, str]]]:
    """(where the dateline ends, [(alpha2, reason)]) from a dateline's country and city (a
    capital or an admin area)."""
    from ceasewatch.knowledge.world import admin1_by_key, plain_key

    match = DATELINE.match(text)
    if match is None or not match.group(1).strip(" .-").isupper():
        return _cased_evidence(text)
    city, named = match.group(1).strip(" .-"), (match.group(2) or "").strip()
    found: list[tuple[str, str]] = []
    country = country_named(named) if named else None
    if named and shared_name(named):
        found.append((plain_key(named), f'the dateline names "{named}"'))
    elif country is not None:
        found.append((country.alpha2, f'the dateline names "{named}"'))
    elif named and len(owners := admin1_by_key(shared=True).get(plain_key(named), ())) == 1:
        # "SOUTHPORT, England", "MORELIA, Michoacan": a state or province of one country
        found.append((owners[0], f'the dateline names "{named}", an admin area'))
    owner = _one_country_town(city)
    if owner is not None:
        found.append((owner[0], f'the dateline city "{city.title()}" is {owner[1]}'))
    return match.end(), found


def _one_country_town(city: str) -> tuple[str, str] | None:
    """(country, what it is) of a dateline town that is a capital, an admin area or a city of
    100,000+ of one country only, checked in that order; None otherwise."""
    from ceasewatch.knowledge.world import admin1_by_key, big_cities, capitals, plain_key

    tables = (
        (capitals(), "a capital"),
        (admin1_by_key(), "an admin area"),
        (big_cities(), "a city of 100,000+ people of that country only"),
    )
    for table, what in tables:
        owners = table.get(plain_key(city), ())
        if len(owners) == 1:
            return owners[0], what
    return None


def cased_dateline(text: str) -> tuple[str, str | None, bool, int] | None:
    """(town, its bracketed parents, stated, end) of a dateline in the text's own case: a
    note's "On 18 April 2024, Dapaong (Savanes): ..." (``stated``: the note gives the event's
    place) or a report's "Cotonou. ..." (where it was filed); None when the text opens with
    neither."""
    for pattern, stated in ((_NOTE_DATELINE, True), (_TITLE_DATELINE, False)):
        match = pattern.match(text)
        if match is not None and country_named(match.group("city")) is None:
            return match.group("city"), match.group("parents"), stated, match.end()
    return None


def _cased_evidence(text: str) -> tuple[int, list[tuple[str, str]]]:
    """``_dateline_evidence`` for a dateline in the text's own case (``cased_dateline``): a
    capital, an admin area or a city of 100,000+ of one country, else its bracketed parents'
    admin area of one country ("Dapaong (Savanes)": Togo)."""
    from ceasewatch.knowledge.world import admin1_by_key, plain_key

    found = cased_dateline(text)
    if found is None:
        return 0, []
    city, parents, _, end = found
    owner = _one_country_town(city)
    if owner is not None:
        return end, [(owner[0], f'the dateline town "{city}" is {owner[1]}')]
    last = parents.split(",")[-1].strip() if parents else ""
    owners = admin1_by_key().get(plain_key(last), ()) if last else ()
    if len(owners) == 1:
        return end, [(owners[0], f'the dateline town "{city}" lies in "{last}", an admin area')]
    return 0, []


@cache
def _country_words() -> re.Pattern[str]:
    # Every name starts with one of a few letters: the lookahead (a class, which the regex engine
    # tests at once) turns most positions down before the long alternation is tried there, the
    # same matches ~4x faster (issue 9; the alternation alone was ~1 % of a report's time).
    firsts = "".join(sorted({re.escape(spelling[0]) for _, _, spelling in _spellings()}))
    return re.compile(rf"\b(?=[{firsts}])({name_pattern()})\b")


__all__ = [
    "CONTEXT_ABBREVIATIONS",
    "DATELINE",
    "PERSON_TITLE",
    "THE_COUNTRY",
    "Country",
    "CountryEvidence",
    "TextCountries",
    "article_countries",
    "article_country",
    "bare_parent",
    "cased_dateline",
    "country_by_code",
    "country_by_numeric",
    "country_in_text",
    "country_named",
    "in_a_titled_name",
    "known_codes",
    "leading",
    "located_country",
    "location_alpha2",
    "name_abroad",
    "name_pattern",
    "names_foreigners",
    "pick_shared",
    "place_name_countries",
    "shared_name",
    "short_name",
    "split_possessor",
    "territories_of",
    "text_countries",
    "within_a_name_abroad",
]
