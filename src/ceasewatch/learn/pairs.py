"""Confusable sub-event groups: a learned reader asked only where the rules are known to waver.

The default reader (``learn.reader``) chooses among all 25 sub-event types and overrules the
rules on wire text it reads worse than they do (docs/QUALITY.md, issue 9, wip/learn9). A
narrower question carries better in principle: when the rules chose a type of one of the
groups below, which member of *that group* does the sentence describe? The groups are the
distinctions coders and the rules confuse most (ACLED's codebook draws each line by one fact:
who fired back, how the weapon arrived, what the crowd did, who held the town afterwards,
whether a state took the person). Types outside every group are never second-guessed.

``decide_within`` is the decision; the classifiers are fitted by ``fit_groups`` on the
training corpus only (``data/train``), one per group, over the event's sentence. The
measured verdict (scripts/pair_sweep.py; docs/QUALITY.md, issue 9, wip/learn10) is that no
recipe of this kind carried to both fresh writers' unread halves with the corpus as it is,
so nothing here runs inside the pipeline yet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ceasewatch.learn.classifier import build

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

# Disjoint on purpose: a rules' type maps to at most one question. "Armed clash" sits with
# attack (did anyone fire back?) and with the territory types (did the town change hands?),
# so those two distinctions are one group.
GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "Armed clash",
        "Attack",
        "Non-state actor overtakes territory",
        "Government regains territory",
    ),
    ("Shelling/artillery/missile attack", "Air/drone strike"),
    ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade"),
    (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
    ),
    ("Arrests", "Abduction/forced disappearance"),
)
GROUP_OF: dict[str, tuple[str, ...]] = {sub: group for group in GROUPS for sub in group}


@dataclass(frozen=True)
class Within:
    """The decision inside one group: the type chosen, its probability, and whether it won."""

    sub_event_type: str
    probability: float
    overrides: bool


def within(table: Mapping[str, float], rule: str) -> dict[str, float] | None:
    """``table`` (a probability per type) restricted to the rules' type's group and summed to
    one; None when the rules' type is in no group or the table gives the group nothing."""
    group = GROUP_OF.get(rule)
    if group is None:
        return None
    kept = {sub: table.get(sub, 0.0) for sub in group}
    total = sum(kept.values())
    if total <= 0.0:
        return None
    return {sub: p / total for sub, p in kept.items()}


def decide_within(
    table: Mapping[str, float], rule: str, min_probability: float, max_rule_probability: float
) -> Within | None:
    """The group's most probable type overrides the rules' only when it has at least
    ``min_probability`` within the group and the rules' type at most ``max_rule_probability``;
    None when the rules' type is in no group (nothing to ask)."""
    inside = within(table, rule)
    if inside is None:
        return None
    best = max(sorted(inside), key=lambda sub: inside[sub])
    wins = (
        best != rule
        and inside[best] >= min_probability
        and inside.get(rule, 0.0) <= max_rule_probability
    )
    return Within(best, inside[best], wins)


def fit_groups(texts: Sequence[str], labels: Sequence[str]) -> dict[tuple[str, ...], Pipeline]:
    """One classifier per group, fitted on the rows whose type is in the group; a group with
    fewer than two of its types in the rows gets none (it cannot be asked)."""
    models: dict[tuple[str, ...], Pipeline] = {}
    for group in GROUPS:
        rows = [(t, label) for t, label in zip(texts, labels, strict=True) if label in group]
        if len({label for _, label in rows}) < 2:
            continue
        pipeline = build()
        pipeline.fit([t for t, _ in rows], [label for _, label in rows])
        models[group] = pipeline
    return models
