"""Confusable sub-event groups (learn.pairs, issue 9, wip/learn10): the groups are codebook
types and disjoint, the decision asks only within the rules' type's group, and a fit per group
learns from that group's rows alone."""

from __future__ import annotations

from ceasewatch.learn.pairs import GROUP_OF, GROUPS, decide_within, fit_groups, within
from ceasewatch.model import SUB_EVENT_TO_TYPE


def test_groups_are_codebook_types_and_disjoint() -> None:
    members = [sub for group in GROUPS for sub in group]
    assert set(members) <= set(SUB_EVENT_TO_TYPE)
    assert len(members) == len(set(members))  # one question per rules' type
    assert all(len(group) >= 2 for group in GROUPS)


def test_within_renormalises_over_the_rules_group() -> None:
    table = {"Air/drone strike": 0.2, "Shelling/artillery/missile attack": 0.2, "Attack": 0.6}
    inside = within(table, "Air/drone strike")
    assert inside == {"Shelling/artillery/missile attack": 0.5, "Air/drone strike": 0.5}
    assert within(table, "Agreement") is None  # outside every group: nothing to ask
    assert within({"Attack": 1.0}, "Arrests") is None  # the table gives the group nothing


def test_decide_within_needs_both_conditions() -> None:
    table = {"Armed clash": 0.1, "Attack": 0.7, "Non-state actor overtakes territory": 0.2}
    sure = decide_within(table, "Armed clash", 0.6, 0.3)
    assert sure is not None and sure.sub_event_type == "Attack" and sure.overrides
    # the rules' type keeps too much weight: the rules stand
    held = decide_within(table, "Armed clash", 0.6, 0.05)
    assert held is not None and not held.overrides
    # the reader is not sure enough
    unsure = decide_within(table, "Armed clash", 0.8, 1.0)
    assert unsure is not None and not unsure.overrides
    # agreeing with the rules never overrides
    same = decide_within(table, "Attack", 0.0, 1.0)
    assert same is not None and same.sub_event_type == "Attack" and not same.overrides
    assert decide_within(table, "Looting/property destruction", 0.0, 1.0) is None


def test_fit_groups_fits_only_groups_with_two_types() -> None:
    texts, labels = [], []
    wording = {
        "Suicide bomb": "A bomber blew himself up at the {p} market.",
        "Remote explosive/landmine/IED": "A roadside bomb hit a patrol near {p}.",
        "Peaceful protest": "Teachers marched through {p} over unpaid wages.",
    }
    for place in ("Abala", "Birni", "Kolo", "Dosso"):
        for sub, text in wording.items():
            texts.append(text.format(p=place))
            labels.append(sub)
    models = fit_groups(texts, labels)
    assert list(models) == [GROUP_OF["Suicide bomb"]]  # protests: one type only, no model
    model = models[GROUP_OF["Suicide bomb"]]
    assert set(model.classes_) == {"Suicide bomb", "Remote explosive/landmine/IED"}
    assert model.predict(["A bomber blew himself up at a checkpoint."])[0] == "Suicide bomb"
