"""Actor readings of session 47 (roles47). Hand-written sentences, never evaluation items.

- herders no people's name comes before, written as the doers ("armed herders attacked",
  "herders and farmers fought"), are the militia of the country's herding people
  (conventions.yaml ethnic-militia ``herders``: Nigeria's Fulani, Chad's Arabs;
  resolve/identity.py ``herders_acting``); herders who are the victims, or herders in a
  country with no herding people listed, are not read;
- a sentence whose verb the parse hung as a participle on a preposition's noun after the root
  noun ("settlers from an outpost set fire to two cars": "set" an "acl" of "outpost") has the
  root noun as its doer (extract/roles.py ``_root_noun_clause``); a participle with no
  direct object suffers its noun ("men killed in the raid").
"""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from ceasewatch.resolve.identity import herders_acting
from tests.event_builders import report_events


def _actor1(text: str, resources: Resources) -> str | None:
    events = report_events(text, resources)
    assert events, text
    first = events[0].actor1
    return first.name if first else None


def test_armed_herders_in_nigeria_are_the_fulani_militia(resources: Resources) -> None:
    text = "On 2 May 2023, armed herders attacked a farming village near Agatu (Benue). 12 killed."
    assert _actor1(text, resources) == "Fulani Ethnic Militia (Nigeria)"


def test_herders_and_farmers_in_chad_are_the_arab_militia(resources: Resources) -> None:
    text = "On 3 March 2023, herders and farmers clashed near Goundi (Mandoul, Chad) over a field; 5 killed."
    assert _actor1(text, resources) == "Arab Ethnic Militia (Chad)"


def test_herders_as_victims_are_not_the_doers(resources: Resources) -> None:
    kb = resources.actors
    assert herders_acting("Gunmen attacked herders near Agatu.", kb, "NG") is None
    assert herders_acting("Bandits killed 4 herders near Gusau.", kb, "NG") is None
    assert herders_acting("Herders were shot near Gusau.", kb, "NG") is None
    assert herders_acting("The herders' cattle were driven off.", kb, "NG") is None


def test_herders_read_only_where_a_herding_people_is_listed(resources: Resources) -> None:
    kb = resources.actors
    assert herders_acting("Herders attacked a village.", kb, "NG") is not None
    assert herders_acting("Herders attacked a village.", kb, "BJ") is None


def test_a_named_people_comes_first(resources: Resources) -> None:
    text = (
        "On 3 March 2024, Tiv youths and herders clashed near Yelwata (Guma, Benue) over grazing. "
        "5 killed."
    )
    assert _actor1(text, resources) == "Tiv Ethnic Militia (Nigeria)"


def test_a_misparsed_main_verb_has_the_root_noun_as_its_doer(resources: Resources) -> None:
    text = "On 3 May 2024, settlers from an outpost set fire to three cars at Duma (Nablus, West Bank)."
    assert _actor1(text, resources) == "Settlers (Israel)"


def test_root_noun_clause_needs_a_direct_object(resources: Resources) -> None:
    from ceasewatch.extract.roles import _root_noun_clause

    nlp = resources.extractor.nlp
    doc = nlp("Settlers from an outpost set fire to three cars.")
    set_ = next(t for t in doc if t.lower_ == "set")
    if set_.dep_ == "acl":  # the misparse this reads
        found = _root_noun_clause(set_)
        assert found is not None and found.lower_ == "settlers"
    doc = nlp("Bodies of men killed in the raid on the town.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert _root_noun_clause(killed) is None
