"""Session 32 (recall32): events the triggers missed. Hand-built sentences ("Kalo", "Mbeti"),
never eval items.

- the trigger lookup reads the entries of every form of a word (written form and lemma), the
  longer phrase first and, at equal length, the written form's before the lemma's;
"""

from __future__ import annotations

from dataclasses import replace

from ceasewatch.extract import Extractor
from ceasewatch.extract.lexicon import Trigger
from ceasewatch.extract.triggers import candidates
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return [e.sub_event_type for e in x.events]


def test_an_inflected_key_is_not_hidden_by_its_lemma(extractor: Extractor) -> None:
    lex = extractor.lexicon
    index = dict(lex.trigger_index)
    index["enforce"] = (Trigger(words=("enforce",), sub="Change to group/activity"),)
    doc = extractor.nlp("Kalo's police enforced disappearances of students.")
    at = next(t.i for t in doc if t.lower_ == "enforced")
    found = candidates(doc, at, replace(lex, trigger_index=index))
    assert [c.words for c in found][:2] == [("enforced", "disappearance"), ("enforce",)]


def test_the_written_form_goes_before_the_lemma_at_equal_length(extractor: Extractor) -> None:
    lex = extractor.lexicon
    index = dict(lex.trigger_index)
    index["shelled"] = (Trigger(words=("shelled",), sub="Attack"),)
    doc = extractor.nlp("Troops shelled Kalo.")
    found = candidates(doc, 1, replace(lex, trigger_index=index))
    assert found[0].words == ("shelled",) and any(c.words == ("shell",) for c in found)
