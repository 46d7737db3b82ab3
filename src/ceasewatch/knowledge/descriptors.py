"""Words that describe an actor without naming it: an owner and a noun for its units or weapons.

Reports often name a force by whose it is and what it fights with: "Russian jets", "regime
warplanes", "Turkish artillery", "coalition strikes", "Assad's air force". An analyst codes the
owner's forces (ACLED codes a Russian air strike as "Military Forces of Russia"). These words are
data, in YAML files with the top-level key ``descriptors:`` (built in:
``knowledge/data/actors/descriptors.yaml``; more in any ``--kb`` folder), in three tables:

- ``units``: nouns for a force, its units or its weapons, grouped for the reader (aircraft,
  ground forces, weapons, strikes); "<owner> <unit>" denotes the owner's forces;
- ``modifiers``: words that qualify a unit noun without changing whose it is ("heavy
  shelling", "suspected air strikes");
- ``filler``: words that may stand beside an actor's name without changing who it is ("HTS
  militants", "the SAA and its allies");
- ``owners``: owner words (demonyms, state names, "regime", "coalition") and the actors they
  denote, first one active on the event date; ``bare`` forms denote the actor on their own
  ("the Russians", "regime"). Each owner names its sources;
- ``not_actors``: weapons and vehicles ("VBIED", "UAV", "Jaffar Express") that reports name
  where an actor stands; they are never actors and never go to the curator's queue;
- ``roles`` and ``countries``: ACLED's naming conventions for every country ("Military Forces
  of X", "Civilians (X)", "{Group} Ethnic Militia (X)"), the country names, demonyms and
  capitals they use (see ``knowledge/conventions.py``).

The resolve stage reads a reference through these tables (``resolve/matching.py``); the loader
here only validates and merges them. Actor ids are checked against the knowledge base by
``load_actors``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError

from ceasewatch.errors import KnowledgeError
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.files import line_of
from ceasewatch.model import Model

KIND = "descriptors"
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built in


class Owner(Model):
    """Owner words and the actors they denote (first active on the event date wins)."""

    words: tuple[str, ...] = Field(min_length=1)  # "Russian", "Russia's", "pro-regime"
    bare: tuple[str, ...] = ()  # forms that denote the actor with no unit noun ("Russians")
    actors: tuple[str, ...] = Field(min_length=1)  # KB ids, in date order
    country: str | None = None  # ISO alpha-2: "Iraqi government forces" read through IQ
    # ISO alpha-2 -> KB id: what the word denotes in a report about that country ("the
    # coalition" in Yemen is the Saudi-led one, elsewhere the US-led one); ``actors`` otherwise
    within: dict[str, str] = Field(default_factory=dict)
    note: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)


class Role(Model):
    """One of ACLED's per-country actor names ("Military Forces of {country}") and the generic
    actors read as it in a report about a country."""

    role: str  # "military", "civilians"...
    name: str  # template with "{country}" (and "{group}" for identity militias)
    type: str  # an actor type (model.ACTOR_TYPES)
    reads: tuple[str, ...] = ()  # generic actor ids that denote this role in country X
    # generic id -> countries where it stays generic (the Syrian corpus codes "militants" apart)
    keep: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    groups: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # group -> ISO countries
    # group -> other spellings a report writes ("Karamojong" for ACLED's "Karimojong")
    spellings: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # ISO alpha-2 -> the group whose armed men the country's reports call "herders" or
    # "herdsmen" with no people named ("armed herders attacked", "herders and farmers clashed")
    herders: dict[str, str] = Field(default_factory=dict)
    sources: tuple[str, ...] = Field(min_length=1)


class CountryWords(Model):
    """How a country is named in ACLED actor names and recognised in a report."""

    name: str | None = None  # ACLED's spelling ("Democratic Republic of Congo"); else ISO's
    demonyms: tuple[str, ...] = ()  # "Sudanese"
    capitals: tuple[str, ...] = ()  # "Khartoum": a dateline or capital names the country
    words: tuple[str, ...] = ()  # other names of the state ("Somaliland" is not one)


class DescriptorFile(Model):
    """One ``descriptors:`` file as written."""

    units: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    modifiers: tuple[str, ...] = ()
    filler: tuple[str, ...] = ()
    owners: tuple[Owner, ...] = ()
    not_actors: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    roles: tuple[Role, ...] = ()
    countries: dict[str, CountryWords] = Field(default_factory=dict)


@dataclass(frozen=True)
class Descriptors:
    """The merged tables, keyed by normalised words (``normalize_name``)."""

    units: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    filler: frozenset[str] = frozenset()
    owners: dict[str, Owner] = field(default_factory=dict)  # owner words -> owner
    bare: dict[str, Owner] = field(default_factory=dict)  # bare form -> owner
    longest: int = 1  # most words in any unit, owner or bare phrase
    not_actors: frozenset[str] = frozenset()  # weapons and vehicles (normalised)
    roles: dict[str, Role] = field(default_factory=dict)  # role -> convention
    countries: dict[str, CountryWords] = field(default_factory=dict)  # ISO alpha-2 -> words

    @classmethod
    def merge(cls, files: Iterable[DescriptorFile]) -> Descriptors:
        """One table from several files; a later file's owner words replace earlier ones."""
        units: set[str] = set()
        modifiers: set[str] = set()
        filler: set[str] = set()
        owners: dict[str, Owner] = {}
        bare: dict[str, Owner] = {}
        not_actors: set[str] = set()
        roles: dict[str, Role] = {}
        countries: dict[str, CountryWords] = {}
        for f in files:
            units.update(_keys(w for words in f.units.values() for w in words))
            modifiers.update(_keys(f.modifiers))
            filler.update(_keys(f.filler))
            for owner in f.owners:
                owners.update(dict.fromkeys(_keys(owner.words), owner))
                bare.update(dict.fromkeys(_keys(owner.bare), owner))
            not_actors.update(_keys(w for words in f.not_actors.values() for w in words))
            roles.update({r.role: r for r in f.roles})
            countries.update(f.countries)
        longest = max((len(k.split()) for k in (*units, *owners, *bare)), default=1)
        return cls(
            frozenset(units),
            frozenset(modifiers),
            frozenset(filler),
            owners,
            bare,
            longest,
            frozenset(not_actors),
            roles,
            countries,
        )

    def with_owners(self, extra: Iterable[Owner]) -> Descriptors:
        """This table plus owners for words it does not know yet (explicit owners win)."""
        owners = dict(self.owners)
        for owner in extra:
            owners.update({k: owner for k in _keys(owner.words) if k not in owners})
        longest = max(self.longest, *(len(k.split()) for k in owners), 1)
        return replace(self, owners=owners, longest=longest)

    @cached_property
    def capital_keys(self) -> dict[str, str]:
        """Each country's capitals by normalised name -> ISO alpha-2, built once per table."""
        return {
            normalize_name(c): code
            for code, words in self.countries.items()
            for c in words.capitals
        }

    def actor_ids(self) -> set[str]:
        """Every actor id an owner names (for the knowledge base's reference check)."""
        owners = (*self.owners.values(), *self.bare.values())
        return {i for o in owners for i in (*o.actors, *o.within.values())}


def _keys(words: Iterable[str]) -> list[str]:
    return [k for k in (normalize_name(w) for w in words) if k]


def read_descriptor_file(path: Path) -> DescriptorFile:
    """One descriptors file; raises KnowledgeError listing every problem with its line."""
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.load(text, Loader=LOADER)
        root = yaml.compose(text, Loader=LOADER)
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), [f"{path}: cannot read: {exc}"]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise KnowledgeError(str(path), [f"{path}{line}: YAML syntax: {exc}"]) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get(KIND), dict):
        raise KnowledgeError(str(path), [f"{path}:1: top level must be a mapping '{KIND}:'"])
    node = _child(root, KIND)
    try:
        return DescriptorFile.model_validate(raw[KIND])
    except ValidationError as exc:
        problems = [
            f"{path}:{line_of(node, err['loc']) if node else 1}: descriptors."
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
            for err in exc.errors()
        ]
        raise KnowledgeError(str(path), problems) from exc


def _child(root: Any, key: str) -> yaml.Node | None:
    return next((v for k, v in getattr(root, "value", ()) if k.value == key), None)


__all__ = [
    "KIND",
    "CountryWords",
    "DescriptorFile",
    "Descriptors",
    "Owner",
    "Role",
    "read_descriptor_file",
]
