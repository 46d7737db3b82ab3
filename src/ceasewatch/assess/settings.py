"""Every threshold of the assess stage, in one table: name, value and why.

docs/AGREEMENTS.md reproduces this table; a test fails when a setting is missing there. Change
a value here only with its rationale, and re-run tests/test_assess.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    value: float
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "window_days",
        14,
        "Rolling window of the status. Two weeks spans a typical offensive's first phase (the "
        "seed's counter-offensive, the 2017-18 Abu al-Duhur campaign) without letting one "
        "incident a month keep an agreement 'strained' forever.",
    ),
    Setting(
        "baseline_days",
        90,
        "Days before the agreement entered into force whose breaches-to-be give the baseline "
        "(the violence the agreement was meant to reduce). Three months smooths single battles.",
    ),
    Setting(
        "fatality_weight",
        1.0,
        "Weight of log2(1 + fatalities) added to a breach's own weight of 1: 1 dead adds 1, "
        "15 dead add 4, 1000 dead add 10. Logarithmic, because tolls are claims that vary by "
        "outlet by an order of magnitude; an unknown toll adds nothing (never a guess).",
    ),
    Setting(
        "joint_operation_weight",
        1.0,
        "Weight of a joint operation with an excluded group against a bound party, relative to "
        "a plain violation: the bound party attacks another bound party either way.",
    ),
    Setting(
        "place_weight",
        0.5,
        "Added per distinct place beyond the first in the window: fighting on a wide front "
        "means more than one repeated incident.",
    ),
    Setting(
        "party_weight",
        0.5,
        "Added per distinct bound actor beyond the two that any breach involves: more groups "
        "joining means the arrangement is failing for more of its parties.",
    ),
    Setting(
        "strained_score",
        2.0,
        "Window score from which an agreement is 'strained': two breaches, or one that killed "
        "someone. One bare incident is noise every ceasefire absorbs.",
    ),
    Setting(
        "collapsed_score",
        8.0,
        "Window score from which an agreement is 'collapsed', with 'collapsed_min_places': e.g. "
        "five breaches in three places with a dozen dead. A coordinated offensive, not a skirmish.",
    ),
    Setting(
        "collapsed_min_places",
        3,
        "Distinct places a collapse needs: one very deadly incident strains an agreement, "
        "fighting at three places at once ends it.",
    ),
    Setting(
        "strained_baseline_ratio",
        0.25,
        "With a baseline, 'strained' also needs a quarter of the pre-agreement level: a zone "
        "that was a battlefield before is not strained by what was routine there.",
    ),
    Setting(
        "collapsed_baseline_ratio",
        0.75,
        "With a baseline, 'collapsed' also needs three quarters of the pre-agreement level: "
        "violence back at about what the agreement was meant to stop.",
    ),
    Setting(
        "radius_precision_1_km",
        2.0,
        "Uncertainty radius of a geo_precision 1 point (the named town) when geocode gave none: "
        "a Syrian village and its fields.",
    ),
    Setting(
        "radius_precision_2_km",
        10.0,
        "Uncertainty radius of a geo_precision 2 point ('near', 'outskirts of') when geocode gave "
        "none. A precision 3 point without a radius is always undetermined.",
    ),
    Setting(
        "core_share_min",
        0.5,
        "Share of an event's uncertainty disk that must lie in the fully covered units when the "
        "rest lies in units a zone covers only in part (and none beyond): the line runs through "
        "those units, so the event is then more likely inside than not. Across a real edge "
        "(into ground certainly outside) any overlap makes the event undetermined.",
    ),
    Setting(
        "date_slack_precision_2_days",
        3,
        "Days either side of a week-precision date (ACLED codes the middle of the week).",
    ),
    Setting(
        "date_slack_precision_3_days",
        15,
        "Days either side of a month-precision date (ACLED codes the middle of the month).",
    ),
    Setting(
        "link_min_score",
        3.0,
        "Score a report's agreement mention needs to be linked to a known agreement: a name or "
        "alias match (3), or place (2) with kind (1), guarantors (1 each, up to 3).",
    ),
)

_BY_NAME = {s.name: s.value for s in SETTINGS}


def settings_table() -> str:
    """The Markdown table docs/AGREEMENTS.md carries (a test keeps the two equal)."""
    rows = [f"| `{s.name}` | {s.value:g} | {s.help} |" for s in SETTINGS]
    return "\n".join(["| name | value | why |", "|---|---|---|", *rows])


def setting(name: str) -> float:
    """The value of one setting; KeyError names a setting that does not exist."""
    return _BY_NAME[name]


__all__ = ["SETTINGS", "Setting", "setting", "settings_table"]
