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
  ("the Russians", "regime"). Each owner names its sources.

The resolve stage reads a reference through these tables (``resolve/matching.py``); the loader
here only validates and merges them. Actor ids are checked against the knowledge base by
``load_actors``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError

from ceasewatch.errors import KnowledgeError
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.files import line_of
from ceasewatch.model import Model

KIND = "descriptors"


class Owner(Model):
    """Owner words and the actors they denote (first active on the event date wins)."""

    words: tuple[str, ...] = Field(min_length=1)  # "Russian", "Russia's", "pro-regime"
    bare: tuple[str, ...] = ()  # forms that denote the actor with no unit noun ("Russians")
    actors: tuple[str, ...] = Field(min_length=1)  # KB ids, in date order
    country: str | None = None  # ISO alpha-2: "Iraqi government forces" read through IQ
    note: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)


class DescriptorFile(Model):
    """One ``descriptors:`` file as written."""

    units: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    modifiers: tuple[str, ...] = ()
    filler: tuple[str, ...] = ()
    owners: tuple[Owner, ...] = ()


@dataclass(frozen=True)
class Descriptors:
    """The merged tables, keyed by normalised words (``normalize_name``)."""

    units: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    filler: frozenset[str] = frozenset()
    owners: dict[str, Owner] = field(default_factory=dict)  # owner words -> owner
    bare: dict[str, Owner] = field(default_factory=dict)  # bare form -> owner
    longest: int = 1  # most words in any unit, owner or bare phrase

    @classmethod
    def merge(cls, files: Iterable[DescriptorFile]) -> Descriptors:
        """One table from several files; a later file's owner words replace earlier ones."""
        units: set[str] = set()
        modifiers: set[str] = set()
        filler: set[str] = set()
        owners: dict[str, Owner] = {}
        bare: dict[str, Owner] = {}
        for f in files:
            units.update(_keys(w for words in f.units.values() for w in words))
            modifiers.update(_keys(f.modifiers))
            filler.update(_keys(f.filler))
            for owner in f.owners:
                owners.update(dict.fromkeys(_keys(owner.words), owner))
                bare.update(dict.fromkeys(_keys(owner.bare), owner))
        longest = max((len(k.split()) for k in (*units, *owners, *bare)), default=1)
        return cls(frozenset(units), frozenset(modifiers), frozenset(filler), owners, bare, longest)

    def actor_ids(self) -> set[str]:
        """Every actor id an owner names (for the knowledge base's reference check)."""
        return {i for o in (*self.owners.values(), *self.bare.values()) for i in o.actors}


def _keys(words: Iterable[str]) -> list[str]:
    return [k for k in (normalize_name(w) for w in words) if k]


def read_descriptor_file(path: Path) -> DescriptorFile:
    """One descriptors file; raises KnowledgeError listing every problem with its line."""
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
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


__all__ = ["KIND", "DescriptorFile", "Descriptors", "Owner", "read_descriptor_file"]
