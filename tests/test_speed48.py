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


def test_a_filled_ruler_asks_its_size_once(resources: Resources) -> None:
    """The rulers hold patterns, so they no longer count them for every Doc (spaCy's warning
    for an empty ruler is kept for an empty one)."""
    from unittest import mock

    import spacy

    nlp = resources.extractor.nlp
    for name in ("acronym_ruler", "entity_ruler"):
        ruler = nlp.get_pipe(name)
        with mock.patch.object(type(ruler), "__len__", side_effect=AssertionError(name)):
            ruler(nlp.make_doc("HTS shelled the town."))
    empty = spacy.blank("en").add_pipe("entity_ruler")
    assert "_require_patterns" not in vars(empty)


def test_a_sentence_without_the_verb_never_builds_the_actors_pattern() -> None:
    """The verb gates of resolve/handover.py answer as the full patterns do."""
    from ceasewatch.resolve.handover import lost_by, withdrawing

    assert withdrawing("SAF units", "SAF units had withdrawn from the city.")
    assert withdrawing("the army", "the army reportedly pulled out")
    assert not withdrawing("SAF units", "SAF units shelled the city.")
    assert not withdrawing("SAF units", "RSF forces withdrew; SAF units held.")
    found = lost_by("Russian troops", "They cleared Andriivka of Russian troops on Friday.")
    assert found is not None and found.group(0).startswith("cleared")
    assert lost_by("IS", "The army recaptured the town from IS.") is not None
    assert lost_by("IS", "The army shelled the town held by IS.") is None
    with mock_compile() as compiled:
        assert not withdrawing("SAF units", "SAF units shelled the city.")
        assert lost_by("IS", "The army shelled the town held by IS.") is None
    assert compiled == []


class mock_compile:
    """Records the patterns ``re.search`` is asked to compile inside the block."""

    def __enter__(self) -> list[str]:
        import re
        from unittest import mock

        self.seen: list[str] = []
        real = re.search

        def search(pattern: Any, text: str, flags: int = 0) -> Any:
            self.seen.append(str(pattern))
            return real(pattern, text, flags)

        self.patch = mock.patch("ceasewatch.resolve.handover.re.search", search)
        self.patch.start()
        return self.seen

    def __exit__(self, *exc: object) -> None:
        self.patch.stop()


def test_the_lexicon_files_read_as_safe_load_reads_them() -> None:
    """extract/lexicon.py's tables through libyaml: the same objects as the pure loader's."""
    import yaml

    from ceasewatch.extract import lexicon

    names = sorted(p.name for p in lexicon.DATA_DIR.glob("*.yaml"))
    assert "triggers.yaml" in names
    for name in names:
        text = (lexicon.DATA_DIR / name).read_text(encoding="utf-8")
        pure = yaml.safe_load(text)
        if isinstance(pure, dict):
            read = lexicon._read(name)
            assert read == pure and repr(read) == repr(pure), name  # same keys, same order
