"""The extraction rules a domain expert tunes, read from ``extract/data/*.yaml``.

Each YAML file carries a header naming its source and date; this module only types them, so that
the rest of the package reads fields, not dict keys. Loaded once per ``Extractor``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch.errors import KnowledgeError
from ceasewatch.extract.background import BackgroundWords, read_words
from ceasewatch.model import SUB_EVENT_TO_TYPE

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Trigger:
    """One trigger entry of triggers.yaml (see its header for the meaning of each field)."""

    words: tuple[str, ...]
    sub: str
    strength: float = 0.7
    pos: frozenset[str] = frozenset()
    needs_any: frozenset[str] = frozenset()
    unless_any: frozenset[str] = frozenset()
    kind: str | None = None
    objects_any: frozenset[str] = frozenset()
    # prepositions whose objects count as the trigger's objects too ("fired at a patrol",
    # "set up at the air base"); empty: only the usual object words (triggers.object_words)
    via: frozenset[str] = frozenset()
    # dependency labels the trigger's head must have ("advcl": "marched, demanding ...")
    deps: frozenset[str] = frozenset()
    # a security desk's abbreviation ("SAF", "IDF"): a trigger only in a desk's document that
    # reads it as fire, written in capitals (extract/desk.py)
    desk: bool = False
    # a verb reading only without a direct object ("nurses struck over pay", never "a minibus
    # struck a device"): ``object: none`` in triggers.yaml
    no_object: bool = False
    # words that veto the entry only as its subject ("shares rallied", "prices rallied"), not
    # anywhere in the sentence ("residents rallied over fuel prices"): ``subject_not``
    # (recall33, session 33)
    subject_not: frozenset[str] = frozenset()
    # words that veto the entry only as the head noun of its subject, never as a compound of it:
    # "the administration pulled out" is a civil body's act, "Government troops withdrew" the
    # troops' (``subject_head_not``; story41, session 41)
    subject_head_not: frozenset[str] = frozenset()
    # nouns that veto the entry as what its verb leaves ("withdrew from the treaty", "pulled out
    # of the talks"): an agreement, a negotiation or a race is no ground (``left_not``; story41)
    left_not: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Upgrade:
    from_subs: frozenset[str]
    to: str
    phrases: tuple[str, ...]
    # phrases that keep the rule from applying ("dispersed without incident")
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelativeDate:
    days: int | None
    month: int | None
    precision: int


@dataclass(frozen=True)
class Lexicon:
    """All rule tables; every collection is lower case unless said otherwise."""

    triggers: tuple[Trigger, ...]
    precedence: dict[str, int]
    sentence_vetoes: frozenset[str]
    negations: frozenset[str]
    continuation_words: frozenset[str]
    upgrades: tuple[Upgrade, ...]
    disorder: dict[str, str]
    disorder_by_sub: dict[str, str]
    actor_nouns: dict[str, str]  # noun lemma -> class (state, armed, civilians, protesters)
    state_modifiers: frozenset[str]
    means_nouns: frozenset[str]
    military_objects: frozenset[str]
    gathering_objects: frozenset[str]
    civilian_holders: frozenset[str]
    means_kinds: frozenset[str]
    # Words of number and order before an actor noun that are not part of its name ("the last
    # French troops" are French troops); a lexicon built without them skips nothing.
    phrase_fillers: frozenset[str]
    group_people: frozenset[str]
    faction_words: frozenset[str]
    death_words: frozenset[str]
    injury_words: frozenset[str]
    person_nouns: frozenset[str]
    subset_words: frozenset[str]
    subset_pronouns: frozenset[str]
    qualifiers: dict[str, str]
    vague: dict[str, int]
    loss_items: frozenset[str]
    # numbers.yaml ``unknown_toll``: a toll said to be unknown ("Fatalities unknown.")
    unknown_toll: re.Pattern[str]
    # its one-word words ("unknown", "unclear"), which extract/subtypes.py reads on the parse
    # beside a harm word ("casualties were unclear"); the text pattern needs them side by side
    unknown_words: frozenset[str]
    loss_outcomes: dict[str, str]
    hedges: tuple[str, ...]
    hedging_verbs: frozenset[str]
    neutral_verbs: frozenset[str]
    blaming_verbs: frozenset[str]
    vague_sources: frozenset[str]
    source_nouns: frozenset[str]
    place_preps: frozenset[str]
    prep_qualifiers: dict[str, str]
    before_of: dict[str, str]
    after_name: dict[str, str]
    directions: frozenset[str]
    name_connectors: frozenset[str]
    not_places: frozenset[str]  # as written (capitalised)
    item_label_words: frozenset[str]  # words of a digest's section labels (lower case)
    route_words: frozenset[str]  # "the Goma-Sake road": a route named by its ends (lower case)
    title_nouns: frozenset[str]  # heads of titles a preposition continues ("Group on ...")
    relations: dict[str, Any]
    agreements: dict[str, Any]
    relative_dates: dict[str, RelativeDate]
    background: BackgroundWords
    trigger_index: dict[str, tuple[Trigger, ...]] = field(default_factory=dict)
    # Fighting words whose event keeps its Armed clash type when shelling is reported with it,
    # and initiator nouns that make violence Mob violence (triggers.yaml).
    battle_words: frozenset[str] = frozenset()
    mob_nouns: frozenset[str] = frozenset()
    # "east of X": a town given by a bearing, read when a sentence names no place otherwise
    bearings: frozenset[str] = frozenset()
    # before_of words that head a name when capitalised inside a sentence ("the Centre of X")
    name_heads: frozenset[str] = frozenset()
    # Plural words for a body of people that, as a verb's subject, are a crowd acting
    # (actors.yaml ``crowd_doers``; extract/crowds.py)
    crowd_doers: frozenset[str] = frozenset()
    # actors.yaml ``military_services``: a service's noun -> the words that make it the
    # armed forces' ("military intelligence"; extract/mentions.py)
    military_services: dict[str, frozenset[str]] = field(default_factory=dict)
    # Weapons of a street fight and words of arms that rule one out (triggers.yaml
    # ``street_weapons``, ``arms_words``): a fight waged only with the former is a mob's
    street_weapons: frozenset[str] = frozenset()
    # Nouns that name people (``person_nouns`` and every ``actor_nouns`` key), built once: the
    # place framing reads them per sentence (``eventplaces.said_of_people``)
    people_nouns: frozenset[str] = frozenset()
    arms_words: frozenset[str] = frozenset()
    # The ``actor_nouns`` of the state class (police, soldier, troop), built once: a crowd
    # acting "with" them met them, they are not its arms (extract/crowds.py)
    force_nouns: frozenset[str] = frozenset()
    # Means of fighting that the sentence's syntax decides between (triggers.yaml
    # ``syntax_decides``): the one nearest the main verb is the event, not the first in
    # ``precedence`` ("killed in an air strike as shelling continued": the air strike).
    syntax_decides: frozenset[str] = frozenset()
    # What an event answered or was about (triggers.yaml ``causes``): "protests after his
    # arrest", "arrested in connection with the bombing" report the protest and the arrest.
    cause_preps: frozenset[str] = frozenset()
    cause_nouns: frozenset[str] = frozenset()
    # Sentence words of a diplomatic act (triggers.yaml ``causes.diplomatic``): an attack named
    # as what sanctions or an expulsion answered is no event, even alone in the sentence.
    diplomatic_words: frozenset[str] = frozenset()
    # verbs whose object is what a gathering demands or denounces (triggers.yaml causes.demands)
    demand_verbs: frozenset[str] = frozenset()
    # Bare explosion words (triggers.yaml ``generic_blasts``): they name no device, so any
    # specific means in the same event decides ("three missiles exploded" is the missiles).
    generic_blasts: frozenset[str] = frozenset()
    # Words of shooting (triggers.yaml ``gun_words``): bombs used by attackers who also shoot
    # are their attack, not a remote explosive (triggers.py ``assault``).
    gun_words: frozenset[str] = frozenset()
    # Aircraft as a violence word's doer, verbs that fire a projectile (triggers.yaml
    # ``aircraft_doers``, ``firing_verbs``; extract/subtypes.py)
    aircraft_doers: frozenset[str] = frozenset()
    firing_verbs: frozenset[str] = frozenset()
    # Verbs that push a side back out (triggers.yaml ``repelling_*``; subtypes ``repelled``)
    repelling_verbs: frozenset[str] = frozenset()
    repelling_phrasal: frozenset[str] = frozenset()
    repelling_particles: frozenset[str] = frozenset()
    # An interception of a part, and harm beside it (triggers.yaml; subtypes ``got_through``)
    partial_words: frozenset[str] = frozenset()
    harm_words: frozenset[str] = frozenset()
    debris_words: frozenset[str] = frozenset()
    # First words of the plain taking triggers (triggers.yaml ``plain_takings``): a person
    # taken by state forces this way is arrested (extract/events.py ``_taken_by``).
    plain_takings: frozenset[str] = frozenset()
    # Words that a person taken has vanished (triggers.yaml ``disappearance_words``): a taking
    # trigger that needs them is a forced disappearance, whoever took the person.
    disappearance_words: frozenset[str] = frozenset()
    # Words of harm done to a person besides the death and injury words (triggers.yaml
    # ``person_harm_words``): a raid told with none of them is on property (subtypes
    # ``property_only``).
    person_harm_words: frozenset[str] = frozenset()
    # Words of an industrial or accidental blast (triggers.yaml ``accident_words``): an
    # article that tells of one reports no explosion or injury attack after it either.
    accident_words: frozenset[str] = frozenset()
    # Words of a transport accident or a natural disaster (triggers.yaml ``accident_scenes``):
    # a sentence with no trigger that names one makes the bare tolls after it that accident's.
    accident_scenes: frozenset[str] = frozenset()
    # Lemmas of outcomes other than death and injury (numbers.yaml ``other_outcome_words``):
    # "dozens abducted" counts the abducted, never the dead.
    other_outcome_words: frozenset[str] = frozenset()
    # Verbs that kill the people they act on (numbers.yaml ``killing_verbs``): one person named
    # as their victim ("shot dead a coordinator", "killing him") is a toll of one.
    killing_verbs: frozenset[str] = frozenset()
    # Singular nouns that name many people (numbers.yaml ``collective_nouns``): "killed a
    # family" is no toll of one.
    collective_nouns: frozenset[str] = frozenset()
    # Verbs whose subject is the dead (numbers.yaml ``dying_verbs``): "a 3-year-old girl died"
    dying_verbs: frozenset[str] = frozenset()
    # Verbs that kill when they act on a person (numbers.yaml ``burning_verbs``): "burned
    # alive two men" is a toll of two, "burned houses" none.
    burning_verbs: frozenset[str] = frozenset()
    # Verbs whose counted victims are the dead when the sentence tells no death or injury
    # (numbers.yaml ``counted_shooting_verbs``): "gunmen shot 4 men outside a shop"
    counted_shooting_verbs: frozenset[str] = frozenset()
    # ... unless the sentence says the shot wounded (numbers.yaml ``non_lethal_shot_words``)
    non_lethal_shot_words: frozenset[str] = frozenset()
    # Words that make a figure a country's or a region's total (numbers.yaml ``scope_words``)
    scope_words: frozenset[str] = frozenset()
    scope_nouns: frozenset[str] = frozenset()
    # A toll told again as grown (numbers.yaml ``risen_verbs`` ...; tolls43): "the toll has
    # risen to 14", "bringing the toll to five"; a running total's words keep it a figure.
    risen_verbs: frozenset[str] = frozenset()
    raising_verbs: frozenset[str] = frozenset()
    toll_nouns: frozenset[str] = frozenset()
    running_words: frozenset[str] = frozenset()
    # Veto words a protest word under them ignores (triggers.yaml ``protest_joinable``):
    # "thousands joined the march" is the march, "joined the battle" adds a side to a fight.
    protest_joinable: frozenset[str] = frozenset()
    # What a gathering presses for, read by the parse (triggers.yaml ``pressed_demands``; recall32):
    # the verbs of a participle clause ("stood ..., asking for exchanges") and the nouns after
    # "for" ("rallied for the release of ...")
    press_verbs: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()
    press_not_by: frozenset[str] = frozenset()
    # the nouns a grievance is "over" or "against" ("gathered over fuel prices", "marched
    # against the evictions"): recall36
    press_grievances: frozenset[str] = frozenset()
    # triggers.yaml ``festive_words``: a crowd's festivity or sport, no demonstration (the
    # gathering triggers' unless_any splice it; extract/unprompted.py ``no_crowd`` reads it)
    festive_words: frozenset[str] = frozenset()

    @property
    def saying_verbs(self) -> frozenset[str]:
        """Verbs that tell an act or lay it on someone, neutral, hedging or blaming ("police
        say", "the army claims", "locals blame"): a clause told before one is the act, its
        source after (numbers ``clause_before_saying``, unprompted ``act_head``)."""
        return self.neutral_verbs | self.hedging_verbs | self.blaming_verbs


@cache
def any_phrase(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for ``\\bphrase\\b`` of each of ``phrases``: it finds something exactly
    when one phrase's own pattern would, in one pass (issue 9: hedges and relative dates were
    searched phrase by phrase in every sentence, ~70,000 searches per 200 FA-KES articles).
    No phrases: a pattern that finds nothing."""
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile("|".join(rf"\b{re.escape(phrase)}\b" for phrase in phrases))


# libyaml when built in, as the actor base and learn/guard.py read theirs: the same objects as
# ``yaml.safe_load`` (checked on every YAML file of the package), ~6x faster; the trigger
# tables were ~0.35 s of every process's start (speed48)
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(str(path), [str(exc)]) from exc
    if not isinstance(doc, dict):
        raise KnowledgeError(str(path), ["top level must be a mapping"])
    return doc


def lower_words(values: Any) -> frozenset[str]:
    """A YAML word list as a lower-case set (absent or null: empty): the one reader of word
    lists, used by every table of extract/data (background.py, continuation.py too)."""
    return frozenset(str(v).lower() for v in values or ())


_lower = lower_words


def _spliced(values: Any, doc: dict[str, Any]) -> frozenset[str]:
    """A trigger's word list in which "@name" stands for the file's top-level list ``name``
    ("@festive_words"): one list read in many places. An unknown name is a KnowledgeError."""
    out: set[str] = set()
    for value in values or ():
        word = str(value).lower()
        if not word.startswith("@"):
            out.add(word)
        elif isinstance(doc.get(word[1:]), list):
            out |= _lower(doc[word[1:]])
        else:
            raise KnowledgeError(str(DATA_DIR / "triggers.yaml"), [f"no word list {word[1:]!r}"])
    return frozenset(out)


def _triggers(doc: dict[str, Any]) -> tuple[Trigger, ...]:
    triggers, problems = [], []
    for i, entry in enumerate(doc.get("triggers", [])):
        if entry.get("sub") not in SUB_EVENT_TO_TYPE:
            problems.append(f"trigger {i} {entry.get('words')}: unknown sub-event type")
            continue
        if entry.get("only_in") not in (None, "desk"):
            problems.append(f"trigger {i} {entry.get('words')}: only_in names no document kind")
            continue
        triggers.append(
            Trigger(
                words=tuple(str(w).lower() for w in entry["words"]),
                sub=entry["sub"],
                strength=float(entry.get("strength", 0.7)),
                pos=frozenset(entry.get("pos", ())),
                needs_any=_lower(entry.get("needs_any")),
                unless_any=_spliced(entry.get("unless_any"), doc),
                kind=entry.get("kind"),
                objects_any=_lower(entry.get("objects_any")),
                via=_lower(entry.get("via")),
                deps=frozenset(entry.get("deps", ())),
                desk=entry.get("only_in") == "desk",
                no_object=entry.get("object") == "none",
                subject_not=_lower(entry.get("subject_not")),
                subject_head_not=_lower(entry.get("subject_head_not")),
                left_not=_lower(entry.get("left_not")),
            )
        )
    for key in ("precedence", "syntax_decides"):
        for sub in doc.get(key, []):
            if sub not in SUB_EVENT_TO_TYPE:
                problems.append(f"{key}: unknown sub-event type {sub!r}")
    if problems:
        raise KnowledgeError(str(DATA_DIR / "triggers.yaml"), problems)
    return tuple(triggers)


def _index(triggers: tuple[Trigger, ...]) -> dict[str, tuple[Trigger, ...]]:
    index: dict[str, list[Trigger]] = {}
    for trig in triggers:
        index.setdefault(trig.words[0], []).append(trig)
    # Longer phrases first, so "suicide car bomb" is tried before "suicide".
    return {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in index.items()}


def _relative(doc: dict[str, Any]) -> dict[str, RelativeDate]:
    return {
        phrase: RelativeDate(rule.get("days"), rule.get("month"), int(rule["precision"]))
        for phrase, rule in doc.get("relative", {}).items()
    }


def _unknown_toll(doc: dict[str, Any]) -> re.Pattern[str]:
    """ "toll unknown", "casualties not known": a toll noun, then a word for not known."""
    nouns = "|".join(re.escape(str(w)) for w in doc.get("nouns", ()))
    words = "|".join(re.escape(str(w)) for w in doc.get("words", ()))
    if not nouns or not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{nouns})\s+(?:{words})\b", re.I)


def load_lexicon() -> Lexicon:
    """Read every rule file; raises KnowledgeError listing what is malformed."""
    trig, actors, nums = _read("triggers.yaml"), _read("actors.yaml"), _read("numbers.yaml")
    claims, places = _read("claims.yaml"), _read("places.yaml")
    triggers = _triggers(trig)
    nouns = {w.lower(): cls for cls, words in actors["nouns"].items() for w in words}
    return Lexicon(
        triggers=triggers,
        precedence={sub: i for i, sub in enumerate(trig.get("precedence", []))},
        sentence_vetoes=_lower(trig.get("sentence_vetoes")),
        protest_joinable=_lower(trig.get("protest_joinable")),
        press_verbs=_lower(trig.get("pressed_demands", {}).get("verbs")),
        press_nouns=_lower(trig.get("pressed_demands", {}).get("nouns")),
        press_not_by=_lower(trig.get("pressed_demands", {}).get("not_by")),
        press_grievances=_lower(trig.get("pressed_demands", {}).get("grievances")),
        festive_words=_lower(trig.get("festive_words")),
        negations=_lower(trig.get("negations")),
        continuation_words=_lower(trig.get("continuation_words")),
        upgrades=tuple(
            Upgrade(
                frozenset(u["from"]),
                u["to"],
                tuple(str(p).lower() for p in u["any"]),
                tuple(str(p).lower() for p in u.get("unless", ())),
            )
            for u in trig.get("upgrades", [])
        ),
        disorder=dict(trig["disorder"]),
        disorder_by_sub=dict(trig.get("disorder_by_sub", {})),
        actor_nouns=nouns,
        state_modifiers=_lower(actors.get("state_modifiers")),
        means_nouns=_lower(actors.get("means_nouns")),
        military_objects=_lower(actors.get("military_objects")),
        gathering_objects=_lower(actors.get("gathering_objects")),
        civilian_holders=_lower(actors.get("civilian_holders")),
        means_kinds=_lower(actors.get("means_kinds")),
        phrase_fillers=_lower(actors.get("phrase_fillers")),
        group_people=_lower(actors.get("group_people")),
        faction_words=_lower(actors.get("faction_words")),
        death_words=_lower(nums.get("death_words")),
        injury_words=_lower(nums.get("injury_words")),
        other_outcome_words=_lower(nums.get("other_outcome_words")),
        killing_verbs=_lower(nums.get("killing_verbs")),
        collective_nouns=_lower(nums.get("collective_nouns")),
        dying_verbs=_lower(nums.get("dying_verbs")),
        burning_verbs=_lower(nums.get("burning_verbs")),
        counted_shooting_verbs=_lower(nums.get("counted_shooting_verbs")),
        non_lethal_shot_words=_lower(nums.get("non_lethal_shot_words")),
        scope_words=_lower(nums.get("scope_words")),
        scope_nouns=_lower(nums.get("scope_nouns")),
        risen_verbs=_lower(nums.get("risen_verbs")),
        raising_verbs=_lower(nums.get("raising_verbs")),
        toll_nouns=_lower(nums.get("toll_nouns")),
        running_words=_lower(nums.get("running_words")),
        person_nouns=_lower(nums.get("person_nouns")),
        people_nouns=_lower(nums.get("person_nouns")) | frozenset(nouns),
        subset_words=_lower(nums.get("subset_words")),
        subset_pronouns=_lower(nums.get("subset_pronouns")),
        qualifiers={str(k).lower(): str(v) for k, v in nums.get("qualifiers", {}).items()},
        vague={str(k).lower(): int(v) for k, v in nums.get("vague", {}).items()},
        loss_items=_lower(nums.get("loss_items")),
        unknown_toll=_unknown_toll(nums.get("unknown_toll", {})),
        unknown_words=_lower(
            w for w in nums.get("unknown_toll", {}).get("words", ()) if " " not in str(w)
        ),
        loss_outcomes={str(k).lower(): str(v) for k, v in nums.get("loss_outcomes", {}).items()},
        hedges=tuple(str(h).lower() for h in claims.get("hedges", [])),
        hedging_verbs=_lower(claims.get("hedging_verbs")),
        neutral_verbs=_lower(claims.get("neutral_verbs")),
        blaming_verbs=_lower(claims.get("blaming_verbs")),
        vague_sources=_lower(claims.get("vague_sources")),
        source_nouns=_lower(claims.get("source_nouns")),
        place_preps=_lower(places.get("prepositions")),
        prep_qualifiers=dict(places.get("preposition_qualifiers", {})),
        before_of={str(k).lower(): str(v) for k, v in places.get("before_of", {}).items()},
        after_name={str(k).lower(): str(v) for k, v in places.get("after_name", {}).items()},
        directions=_lower(places.get("directions")),
        name_connectors=_lower(places.get("name_connectors")),
        item_label_words=frozenset(str(w).lower() for w in places.get("item_label_words", [])),
        route_words=frozenset(str(w).lower() for w in places.get("route_words", [])),
        title_nouns=_lower(places.get("title_nouns")),
        bearings=_lower(places.get("bearings")),
        name_heads=_lower(places.get("name_heads")),
        not_places=frozenset(
            str(w) for w in (*places.get("not_places", []), *places.get("languages", []))
        ),
        relations=_read("relations.yaml"),
        agreements=_read("agreements.yaml"),
        relative_dates=_relative(_read("dates.yaml")),
        background=read_words(trig.get("background", {})),
        trigger_index=_index(triggers),
        battle_words=_lower(trig.get("battle_words")),
        mob_nouns=_lower(trig.get("mob_nouns")),
        crowd_doers=_lower(actors.get("crowd_doers")),
        military_services={
            str(k).lower(): _lower(v) for k, v in actors.get("military_services", {}).items()
        },
        street_weapons=_lower(trig.get("street_weapons")),
        arms_words=_lower(trig.get("arms_words")),
        force_nouns=frozenset(k for k, v in nouns.items() if v == "state"),
        syntax_decides=frozenset(trig.get("syntax_decides", ())),
        cause_preps=_lower((trig.get("causes") or {}).get("preps")),
        cause_nouns=_lower((trig.get("causes") or {}).get("nouns")),
        diplomatic_words=_lower((trig.get("causes") or {}).get("diplomatic")),
        demand_verbs=_lower((trig.get("causes") or {}).get("demands")),
        generic_blasts=_lower(trig.get("generic_blasts")),
        gun_words=_lower(trig.get("gun_words")),
        aircraft_doers=_lower(trig.get("aircraft_doers")),
        firing_verbs=_lower(trig.get("firing_verbs")),
        repelling_verbs=_lower(trig.get("repelling_verbs")),
        repelling_phrasal=_lower(trig.get("repelling_phrasal")),
        repelling_particles=_lower(trig.get("repelling_particles")),
        partial_words=_lower(trig.get("partial_words")),
        harm_words=_lower(trig.get("harm_words")),
        debris_words=_lower(trig.get("debris_words")),
        plain_takings=_lower(trig.get("plain_takings")),
        disappearance_words=_lower(trig.get("disappearance_words")),
        person_harm_words=_lower(trig.get("person_harm_words")),
        accident_words=_lower(trig.get("accident_words")),
        accident_scenes=_lower(trig.get("accident_scenes")),
    )
