"""What the sub-event readings share: the ACLED sub-events they give or test, the kinds of
words they read on the parse, data/subtypes.yaml's word lists, and the test of an armed side
(which extract/events.py's fight rules read too)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ceasewatch.extract.lexicon import lower_words
from ceasewatch.extract.mentions import Mention

CLASH = "Armed clash"
ATTACK = "Attack"
SHELLING = "Shelling/artillery/missile attack"
AIR_STRIKE = "Air/drone strike"
REMOTE_MEANS = frozenset({SHELLING, AIR_STRIKE})
CAPTURES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
DISRUPTED = "Disrupted weapons use"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Pronouns of people, as a verb's subject or object ("pushed them out", "took them away")
PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her"})
DATA = Path(__file__).parent.parent / "data" / "subtypes.yaml"


@dataclass(frozen=True)
class Words:
    """data/subtypes.yaml (its header says what each list is)."""

    withdrawal_verbs: frozenset[str]
    fired_on_verbs: frozenset[str]
    equipment_words: frozenset[str]
    vehicle_words: frozenset[str]
    support_verbs: frozenset[str]
    riot_words: frozenset[str]


@cache
def words(path: Path = DATA) -> Words:
    """The typing readings' words, read once."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Words(**{key: lower_words(doc.get(key)) for key in Words.__dataclass_fields__})


def armed(m: Mention | None) -> bool:
    """A side of state forces or of armed people."""
    return m is not None and m.cls in ("state", "armed")
