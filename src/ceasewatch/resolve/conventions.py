"""ACLED's naming conventions the resolver applies to the words of a report.

Identity militias named by the words of a report: ACLED's "{Group} Ethnic Militia (X)",
"{Clan} Clan Militia (X)" and "{Name} Communal Militia (X)" for groups the knowledge base does
not list yet.

The knowledge base makes these actors for the groups it lists (``conventions.yaml``); a report
may name another group in so many words ("Galjeel clan militia", "Bassa community militia").
Then the name is ACLED's for the article's country and the reference has no id (method
"convention"): the curator's queue shows it, and adding the group to the table gives it one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.conventions import country_name, fill
from ceasewatch.model import ACTOR_TYPES, ActorRef

SCORE_CONVENTION = 0.8
_KINDS = {"clan": "clan-militia", "ethnic": "ethnic-militia", "communal": "communal-militia"}
_KINDS["community"] = "communal-militia"
_KINDS["tribal"] = "tribal-militia"
_NAMED = re.compile(
    r"^(?:the |an? )?(?P<group>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) "
    r"(?P<kind>clan|ethnic|communal|community|tribal) "
    r"(?:militia|militias|militiamen|fighters|gunmen)$"
)
# the group after the noun: "tribal fighters of the Aqidat", "clan militia of the Abgaal"
_NAMED_AFTER = re.compile(
    r"^(?:the |an? )?(?P<kind>clan|ethnic|communal|community|tribal) "
    r"(?:militia|militias|militiamen|fighters|gunmen) of (?:the )?"
    r"(?P<group>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})$"
)


def identity_militia(words: str, kb: ActorKB, country: str | None) -> dict[str, Any] | None:
    """ActorRef fields for "<Group> clan/ethnic/communal militia" in ``country``, or None."""
    text = " ".join(words.split())
    found = _NAMED.match(text) or _NAMED_AFTER.match(text)
    if found is None or country is None:
        return None
    role = kb.descriptors.roles.get(_KINDS[found.group("kind")])
    cname = country_name(country, kb.descriptors)
    if role is None or cname is None:
        return None
    return {
        "name": fill(role.name, cname, found.group("group")),
        "id": None,
        "type": role.type,
        "inter": ACTOR_TYPES[role.type],
        "method": "convention",
        "score": SCORE_CONVENTION,
    }


def people_of(words: str, kb: ActorKB, on: dt.date | None) -> dict[str, Any] | None:
    """ActorRef fields for a country's people named by a plural demonym ("Afghans", "five
    Malians"), which the owner table does not read as forces: its civilians, whatever the
    article's country (ACLED codes victims by their own nationality)."""
    key = normalize_name(words).split()
    if len(key) != 1 or not key[0].endswith("s"):
        return None
    for alpha2, names in kb.descriptors.countries.items():
        if any(normalize_name(d) + "s" == key[0] for d in names.demonyms):
            actor = kb.role_actor("civilians", alpha2, on)
            if actor is None:
                return None
            fields = {"name": actor.name, "id": actor.id, "type": actor.type}
            return {
                **fields,
                "inter": actor.inter,
                "method": "convention",
                "score": SCORE_CONVENTION,
            }
    return None


# What a government does as such: a state named in these events stays its government.
CIVIL_SUB_EVENTS = frozenset({"Arrests", "Change to group/activity"})
# Words that say the government itself acts ("Russia's government", "the Kremlin"), not the state.
_GOVERNING = frozenset(
    [
        "government",
        "administration",
        "authorities",
        "cabinet",
        "ministry",
        "minister",
        "president",
        "presidency",
        "kremlin",
        "parliament",
        "officials",
        "official",
        "junta",
        "council",
        "leader",
        "leaders",
        "prime",
    ]
)


def state_forces(ref: ActorRef, sub_event: str | None, kb: ActorKB, on: dt.date | None) -> ActorRef:
    """A state named by its name alone in a fight, a strike, a prisoner swap or a truce is its
    armed forces, as ACLED codes them: "Russia launched 40 missiles" and "Russia and Ukraine
    exchanged prisoners of war" are Military Forces of Russia, not its government. Arrests and
    changes of activity, and words that name the government ("Russia's government", "the
    Kremlin"), keep the Government of X."""
    actor = kb.get(ref.id) if ref.id else None
    if actor is None or actor.country is None or sub_event is None or sub_event in CIVIL_SUB_EVENTS:
        return ref
    if ref.id not in kb.roles.get(("government", actor.country), ()):
        return ref
    words = set(normalize_name(ref.surface or ref.name).replace("'s", " ").split())
    if words & _GOVERNING:
        return ref
    forces = kb.role_actor("military", actor.country, on)
    if forces is None:
        return ref
    update = {"name": forces.name, "id": forces.id, "type": forces.type, "inter": forces.inter}
    return ref.model_copy(update=update)


# ACLED's "Sole Perpetrator (X)": one attacker, acting alone, in an attack on civilians. The
# words that say one person ("a gunman", "a lone attacker", "a man armed with a knife"); a
# qualifier that says the attacker is not known ("an unidentified gunman") or belongs to a
# force ("a suicide bomber", "a soldier") keeps ACLED's Unidentified Armed Group reading.
SOLE_SUB_EVENTS = frozenset({"Attack"})
_LONE = re.compile(
    r"(?:^|\b(?:an?|one|the|lone)\s+)(?P<quals>(?:[\w-]+\s+){0,3}?)"
    r"(?:(?:gunman|shooter|knifeman|attacker|assailant|perpetrator)\b(?!\s+(?:and|or)\b)"
    r"|(?:man|woman|teenager|youth|boy)\s+(?:armed\s+with|wielding|brandishing)\b)",
    re.IGNORECASE,
)
_NOT_LONE = frozenset(
    ["unidentified", "unknown", "masked", "suicide", "armed", "militant", "rebel", "jihadist"]
)


# Two more ways a report says one person, read only in the subject of the sentence's first
# clause (so never the victim: "gunmen killed a former soldier", "a man with a knife wound"):
# a person with a hand weapon ("a man with a homemade gun shot ..."), and a former member of a
# force ("a former police officer killed ..."): ACLED codes a force by its members acting for
# it; a former member acting alone is a sole perpetrator, not the force.
_WEAPON = r"(?:gun|rifle|shotgun|pistol|handgun|revolver|knife|machete|axe|sword|crossbow)s?"
_LONE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*)(?:an?|one|the)\s+(?P<quals>(?:[\w-]+\s+){0,2}?)"
    r"(?:(?:man|woman|teenager|youth|boy)\s+with\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_WEAPON}\b(?![\s-]+(?:wounds?|injur\w*|licen[cs]es?|shop|store)\b)"
    r"|(?P<former>(?:former|ex-|retired)\s*(?:army\s+|police\s+|military\s+)?"
    r"(?:soldier|policeman|policewoman|police\s+officer|officer|serviceman|servicewoman|marine"
    r"|guard|conscript)\b))"
    r"(?!\s+(?:and|or|was|were|is|had\s+been|has\s+been)\b)",
    re.IGNORECASE,
)
# an actor slot's words that name a person and nothing more: the sentence says who
_PERSON = frozenset(["man", "woman", "a man", "a woman", "teenager", "a teenager"])


def lone_subject(sentence: str) -> re.Match[str] | None:
    """One person with a hand weapon, or a former member of a force, written as the subject of
    the sentence's first clause ("On 4 June, a man with a hunting rifle shot ...", "a former
    police officer killed ..."); None otherwise."""
    for found in _LONE_SUBJECT.finditer(sentence):
        if set(normalize_name(found.group("quals")).split()) & _NOT_LONE:
            continue
        return found
    return None


def _one_person(ref: ActorRef, sentence: str, subject: re.Match[str] | None) -> bool:
    """Do the slot's words, or the sentence's subject (``subject``: ``lone_subject``'s reading
    of the sentence) when they say no more than a person (or are that subject's own words),
    name one attacker acting alone?"""
    if lone_attacker(ref.surface or sentence):
        return True
    surface = normalize_name(ref.surface or "")
    if surface and surface not in _PERSON and not _former(ref, subject):
        return False
    return subject is not None


def _former(ref: ActorRef, found: re.Match[str] | None) -> bool:
    """Are the slot's words those of a former member of a force written as the sentence's
    subject (``found``: ``lone_subject``'s reading; "a former police officer killed ...": the
    slot may hold "police officer")?"""
    words = (ref.surface or "").strip().casefold()
    return (
        found is not None
        and found.group("former") is not None
        and bool(words)
        and words in found.group(0).casefold()
    )


def lone_attacker(words: str) -> bool:
    """Do ``words`` name one attacker acting alone ("a white supremacist gunman", "a man
    armed with a knife"; not "an unidentified gunman", "a suicide bomber", "gunmen")?"""
    found = _LONE.search(words)
    if found is None:
        return False
    quals = set(normalize_name(found.group("quals")).split())
    return not quals & _NOT_LONE


def sole_perpetrator(
    ref: ActorRef | None,
    sentence: str,
    sub_event: str | None,
    kb: ActorKB,
    country: str | None,
    on: dt.date | None,
) -> ActorRef | None:
    """ACLED's Sole Perpetrator (X) for an attack on civilians by one person the report does
    not tie to a group: actor1 is unresolved words naming one attacker ("a white supremacist
    gunman"), or the unidentified armed group read from such words (or put in an empty slot,
    when the sentence names the lone attacker: "a man armed with a knife stabbed six people").
    Any other actor1, or no country, leaves ``ref`` as it is."""
    if ref is None or sub_event not in SOLE_SUB_EVENTS or country is None:
        return ref
    unidentified = ref.id is not None and ref.id in kb.roles.get(
        ("unidentified-armed-group", country), ()
    )
    subject = lone_subject(sentence)
    if (
        ref.method != "unresolved"
        and not unidentified
        and ref.id != "generic-unidentified-armed-group"
        and not _former(ref, subject)
    ):
        return ref
    if not _one_person(ref, sentence, subject):
        return ref
    actor = kb.role_actor("sole-perpetrator", country, on)
    if actor is None:
        return ref
    update = {"name": actor.name, "id": actor.id, "type": actor.type, "inter": actor.inter}
    return ref.model_copy(update={**update, "method": "convention", "score": SCORE_CONVENTION})


# Armed men described by the uniform they wore ("men in Burkinabe army uniform", "gunmen
# dressed as soldiers", "attackers wearing military fatigues"). ACLED codes what the report
# establishes: a uniform alone does not identify a force (armed groups wear stolen or copied
# uniforms), so the men are an Unidentified Armed Group (X); when the report says who they
# were ("survivors said the killers were soldiers"), the force it names.
_UNIFORM = re.compile(
    r"^\s*(?:,\s*)?(?:who\s+(?:were|was)\s+)?(?:in|wearing|wore|dressed\s+(?:in|as)|disguised\s+as)"
    r"\s+(?:(?:the|an?)\s+)?(?P<owner>[A-Z][\w'’-]*\s+)?"
    r"(?:(?P<force>army|military|police|security[- ]forces?|soldiers['’]?|policemen['’]?)\s*)?"
    r"(?:uniforms?|fatigues|camouflage|soldiers|troops|policemen|police\s+officers)\b"
)
_SAID_TO_BE = re.compile(
    r"\b(?:said|say|says|confirmed|identified|admitted|acknowledged)\s+(?:that\s+)?"
    r"(?:the\s+)?(?:killers|attackers|assailants|gunmen|perpetrators|men|they|them)\s+"
    r"(?:were|was|as)\s+(?:(?:[\w-]+\s+){0,2})?(?P<force>soldiers|troops|army|military|"
    r"policemen|police(?:\s+officers)?|gendarmes)\b",
    re.IGNORECASE,
)
_POLICE_WORDS = ("police", "policemen", "police officers", "gendarmes")


def uniformed(after: str, text: str) -> tuple[str | None, str] | None:
    """For armed men whose mention ``after`` starts with the uniform they wore: (the owner word
    of the uniform or None, the role ACLED codes them as: "unidentified-armed-group", or
    "military"/"police" when ``text`` says the men were soldiers or police); else None."""
    found = _UNIFORM.match(after)
    if found is None:
        return None
    owner = found.group("owner").strip() if found.group("owner") else None
    said = _SAID_TO_BE.search(text)
    if said is None:
        return owner, "unidentified-armed-group"
    force = said.group("force").casefold()
    return owner, "police" if force.startswith(_POLICE_WORDS) else "military"


# A commander's or strongman's own armed men ("forces loyal to Gen. X", "fighters under
# warlord X", "militiamen led by X"): ACLED's "Militia (X)", a political militia (inter 3),
# when X is a person and not a group the knowledge base lists (the caller tries the base
# first: "forces loyal to Khalifa Haftar" are the LNA). A person is told by a title before the
# name or by a name of two to four capitalised words; a place or a state is no person.
_TITLES = (
    r"(?:Gen\.?|General|Lt\.?\s*Gen\.?|Maj\.?\s*Gen\.?|Brig\.?\s*Gen\.?|Brigadier|Col\.?|Colonel"
    r"|Maj\.?|Major|Capt\.?|Captain|Cmdr\.?|Commander|commander|warlord|strongman|militia\s+leader"
    r"|rebel\s+leader|renegade\s+(?:general|colonel|officer)|former\s+(?:general|colonel|minister"
    r"|governor|officer)|ex-general|self-styled\s+general)"
)
_PERSON_LINK = re.compile(
    r"^\s+(?:(?:who\s+(?:are|were)\s+)?loyal\s+to|under(?:\s+the\s+command\s+of)?|led\s+by"
    r"|commanded\s+by)\s+(?:the\s+)?(?P<title>" + _TITLES + r"\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|ben|ould|wa|de|da|van)[- ])?[A-Z][\w'’-]+){0,3})"
)
_OWNED_BY = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})['’]s?\s+"
    r"(?:men|forces|fighters|militia|militiamen|troops|loyalists|gunmen)$"
)
PERSONAL_MILITIA = "Militia ({person})"


def personal_militia(
    words: str, after: str, is_other: Callable[[str], bool]
) -> dict[str, Any] | None:
    """ActorRef fields for a person's own armed men: the mention ``words`` ("forces") and the
    text right ``after`` it ("loyal to Gen. Asaminew Tsige ..."), or words of the form "X's
    men"; None when no person is named, or when ``is_other`` says the name is a known actor,
    a place or a state."""
    found = _PERSON_LINK.match(after)
    titled = found is not None and found.group("title") is not None
    if found is None:
        found = _OWNED_BY.match(" ".join(words.split()))
    if found is None:
        return None
    name = found.group("name").rstrip(".")
    if (not titled and " " not in name) or is_other(name):
        return None
    return {
        "name": PERSONAL_MILITIA.format(person=name),
        "id": None,
        "type": "political militia",
        "inter": ACTOR_TYPES["political militia"],
        "method": "convention",
        "score": SCORE_CONVENTION,
    }


__all__ = [
    "CIVIL_SUB_EVENTS",
    "PERSONAL_MILITIA",
    "SCORE_CONVENTION",
    "SOLE_SUB_EVENTS",
    "identity_militia",
    "lone_attacker",
    "people_of",
    "personal_militia",
    "sole_perpetrator",
    "state_forces",
    "uniformed",
]
