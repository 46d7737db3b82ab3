"""Session 32 (recall32): events the triggers missed. Hand-built sentences ("Kalo", "Mbeti"),
never eval items.

- the trigger lookup reads the entries of every form of a word (written form and lemma), the
  longer phrase first and, at equal length, the lemma's before the written form's;
- a veto ("denied") does not reach a clause the parse hangs on it across a semicolon;
- people present in public ("stood", "gathered", "rallied") whose own clause presses a demand
  ("asking for", "for the release of"), unless they are armed, state forces or officials;
- shots traded or exchanged; a human chain;
- a verb whose people are none ("Nobody arrested.", "no one was detained") is denied;
- a verbless stretch closed by a semicolon is a clause: its head noun ("march") is its root.
"""

from __future__ import annotations

from dataclasses import replace

from ceasewatch.extract import Extractor
from ceasewatch.extract.lexicon import Trigger
from ceasewatch.extract.triggers import candidates
from tests.test_extract_events import subs as _subs


def test_an_inflected_key_is_not_hidden_by_its_lemma(extractor: Extractor) -> None:
    lex = extractor.lexicon
    index = dict(lex.trigger_index)
    index["enforce"] = (Trigger(words=("enforce",), sub="Change to group/activity"),)
    doc = extractor.nlp("Kalo's police enforced disappearances of students.")
    at = next(t.i for t in doc if t.lower_ == "enforced")
    found = candidates(doc, at, replace(lex, trigger_index=index))
    assert [c.words for c in found][:2] == [("enforced", "disappearance"), ("enforce",)]


def test_the_lemma_goes_before_the_written_form_at_equal_length(extractor: Extractor) -> None:
    lex = extractor.lexicon
    index = dict(lex.trigger_index)
    index["shelled"] = (Trigger(words=("shelled",), sub="Attack"),)
    doc = extractor.nlp("Troops shelled Kalo.")
    found = candidates(doc, 1, replace(lex, trigger_index=index))
    assert found[0].words == ("shell",) and any(c.words == ("shelled",) for c in found)


def test_a_cause_fought_for_is_no_clash(extractor: Extractor) -> None:
    # the verb "fighting" reads the lemma's entry with its exceptions, not the noun's
    assert _subs("On 3 May 2023, everybody in Kalo is fighting for the top jobs.", extractor) == []


def test_the_other_sides_denial_after_a_semicolon_is_a_claim(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, the army reported rebel fire on its positions near Kalo; the rebels denied."
    )
    assert _subs(text, extractor) in (["Armed clash"], ["Attack"])


def test_a_denied_firing_is_still_no_event(extractor: Extractor) -> None:
    assert (
        _subs("On 3 May 2023, the rebels denied firing on army positions near Kalo.", extractor)
        == []
    )


def test_people_standing_with_a_demand_in_their_own_clause(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, mothers of missing and captured soldiers stood with photographs outside "
        "the town hall in Kalo, asking for news of their sons."
    )
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_a_rally_for_a_release(extractor: Extractor) -> None:
    text = "On 3 May 2023, teachers rallied in Kalo for the release of two jailed colleagues."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_officials_or_shares_asking_or_rallying_are_no_protest(extractor: Extractor) -> None:
    assert _subs("On 3 May 2023, the minister stood in Kalo, asking for calm.", extractor) == []
    text = "On 3 May 2023, shares rallied in Kalo for the third day, pressing the index higher."
    assert _subs(text, extractor) == []
    assert _subs("On 3 May 2023, villagers gathered in Kalo to pray for rain.", extractor) == []


def test_shots_traded_are_a_clash(extractor: Extractor) -> None:
    text = "On 3 May 2023, soldiers and rebels traded shots near Kalo."
    assert _subs(text, extractor) == ["Armed clash"]
    text = "On 3 May 2023, soldiers and rebels exchanged shots near Kalo."
    assert _subs(text, extractor) == ["Armed clash"]


def test_prisoners_or_blows_exchanged_are_no_clash(extractor: Extractor) -> None:
    assert "Armed clash" not in _subs(
        "On 3 May 2023, the two sides exchanged prisoners in Kalo.", extractor
    )
    assert _subs("On 3 May 2023, the two leaders exchanged blows in Kalo.", extractor) == []


def test_a_human_chain_is_a_protest(extractor: Extractor) -> None:
    text = "On 3 May 2023, thousands formed a human chain across Kalo against the dam."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_a_human_chain_passing_sandbags_is_a_rescue(extractor: Extractor) -> None:
    text = "On 3 May 2023, residents formed a human chain to pass sandbags along the river in Kalo."
    assert _subs(text, extractor) == []


def test_nobody_arrested_is_no_arrest(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, families blocked the main road in Kalo with photographs, demanding a "
        "search for the missing. Nobody arrested."
    )
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On 3 May 2023, hundreds marched in Kalo against the tax. No one was detained."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_marchers_detained_are_still_an_intervention(extractor: Extractor) -> None:
    text = "On 3 May 2023, hundreds marched in Kalo against the tax. Police detained five marchers."
    assert _subs(text, extractor) == ["Protest with intervention"]


def test_a_verbless_march_before_a_semicolon_heads_its_clause(extractor: Extractor) -> None:
    text = "On 3 May 2023, the 'Bread and Salt' march in Kalo; police detained twelve people, some beaten."
    assert _subs(text, extractor) == ["Protest with intervention"]


def test_a_march_under_a_verb_before_a_semicolon_is_not_the_clause(extractor: Extractor) -> None:
    assert _subs("On 3 May 2023, heavy rain in Kalo; the march was postponed.", extractor) == []
    assert _subs("On 3 May 2023, a military march in Kalo; soldiers paraded.", extractor) == []
