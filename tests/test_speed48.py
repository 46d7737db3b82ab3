"""Session 48 (speed48): set-up and repeated work removed, no output changed. Each test pins
the faster way to what the slower one gave."""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.nlp import ruler_patterns
from ceasewatch.pipeline import Resources


def _pattern_docs(nlp: Any, name: str) -> list[Any]:
    ruler = nlp.get_pipe(name)
    return [doc for docs in ruler.phrase_patterns.values() for doc in docs]


def test_the_rulers_patterns_are_tokenised_only(resources: Resources) -> None:
    """The KB rulers match on ORTH and LOWER, which the tokenizer sets: their pattern Docs are
    not tagged (the tagging cost ~4 s of every start), and hold the tokenizer's own words."""
    nlp = resources.extractor.nlp
    for name, exact in (("acronym_ruler", True), ("entity_ruler", False)):
        assert nlp.get_pipe(name).phrase_matcher_attr == ("ORTH" if exact else "LOWER")
        docs = _pattern_docs(nlp, name)
        assert docs
        assert not any(doc.has_annotation("TAG") for doc in docs), name
        spelt = {d.text for d in docs}
        wanted = {p["pattern"] for p in ruler_patterns(resources.actors, exact=exact)}
        assert spelt == wanted
        for doc in docs[:200]:
            assert [t.orth for t in doc] == [t.orth for t in nlp.make_doc(doc.text)]


def test_the_rulers_still_find_the_names(resources: Resources) -> None:
    """A KB name on lower case and an acronym letter for letter, as before."""
    nlp = resources.extractor.nlp
    doc = nlp("Fighters of hayat tahrir al-sham and HTS shelled the town.")
    ents = [(e.text, e.label_) for e in doc.ents if e.ent_id_]
    assert ("hayat tahrir al-sham", "ORG") in ents
    assert ("HTS", "ORG") in ents
