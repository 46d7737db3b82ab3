"""The faster attribute ruler and lemmatizer (extract/nlp.py) annotate exactly as the stock ones.

Hand-written text (other conflicts, other names) with the constructions the stock ruler's
exceptions exist for: contractions ("ain't", "gonna", "let's", "y'all"), pronoun case, auxiliary
"do/have", "there is", conjunction "but", whitespace tokens.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from ceasewatch.extract import nlp as nlp_module
from ceasewatch.extract.nlp import (
    LEMMA_PIPE,
    RULER_PIPE,
    FastAttributeRuler,
    MemoLemmatizer,
    doc_text,
    load_model,
    parse_many,
    sentence_ents,
    speed_up,
    split_text,
)

TEXTS = (
    "Militia fighters shelled two villages near Kadugli on Tuesday, killing 4 civilians.",
    "I told them that we ain't gonna leave, the elder said. Let's wait, y'all.",
    "There is no ceasefire.   There were clashes\n\nin Juba, but the army did not respond.",
    "It was the rebels who had seized the bridge; you saw it, and they have admitted it.",
    "Did the commander sign the truce? He does, and so do the others, since nothing changed.",
    "Those who fled said these shells came from that hill, which the government controls.",
    "Everyone knows something: the Sudan People's Liberation Army-North gets arms, got paid.",
    "  \n  ",
    "",
)


def signature(doc: Any) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc
    ]


@pytest.fixture(scope="module")
def models() -> tuple[Any, Any]:
    return load_model(), speed_up(load_model())


def test_fast_components_replace_the_stock_ones(models: tuple[Any, Any]) -> None:
    stock, fast = models
    assert fast.pipe_names == stock.pipe_names  # same names, same order
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), MemoLemmatizer)
    assert fast.get_pipe_meta("attribute_ruler").factory == RULER_PIPE
    assert fast.get_pipe_meta("lemmatizer").factory == LEMMA_PIPE


def test_same_annotations_token_for_token(models: tuple[Any, Any]) -> None:
    stock, fast = models
    for _ in range(2):  # the second pass runs on the lemma memo
        for a, b in zip(stock.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            assert signature(a) == signature(b)


def test_same_annotations_one_text_at_a_time(models: tuple[Any, Any]) -> None:
    stock, fast = models
    for text in TEXTS:
        assert signature(fast(text)) == signature(stock(text))


def test_a_ruler_setting_what_the_fast_one_cannot_is_kept() -> None:
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "truce"}]], {"NORM": "ceasefire"})
    assert not FastAttributeRuler(nlp.vocab).adopt(ruler)
    speed_up(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)


def test_hand_built_ruler_order_and_residual_patterns() -> None:
    """Later patterns win; regex and two-token patterns go through the residual matcher."""
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": ""}]], {"POS": "X"})  # blank model: every tag is missing
    ruler.add([[{"LOWER": {"IN": ["truce", "ceasefire"]}}]], {"POS": "NOUN", "LEMMA": "truce"})
    ruler.add([[{"LOWER": {"REGEX": "^cease"}}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "broke"}, {"LOWER": "down"}]], {"LEMMA": "break"}, index=0)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    text = "The ceasefire broke down  near Abyei; the truce held."
    stock = [(t.pos_, t.lemma_) for t in nlp(text)]
    speed_up(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert [(t.pos_, t.lemma_) for t in nlp(text)] == stock
    assert stock[1] == ("PROPN", "truce") and stock[2][1] == "break"


def test_cached_text_and_sentence_entities_equal_spacy_s(models: tuple[Any, Any]) -> None:
    _, fast = models
    texts = [("a", TEXTS[0] + "\n\n" + TEXTS[6]), ("b", TEXTS[2])]
    chunks = [chunk for _, chunk in parse_many(fast, texts)]
    assert len(chunks) == 4
    for chunk in chunks:
        assert doc_text(chunk.doc) == chunk.doc.text
        for sent in chunk.doc.sents:
            assert sentence_ents(sent) == list(sent.ents)
    plain = fast("Rebels from Kauda met envoys of the African Union in Addis Ababa.")
    assert doc_text(plain) == plain.text  # a Doc parsed outside parse_many
    assert sentence_ents(plain[:]) == list(plain[:].ents)
    assert sentence_ents(plain[0:8]) == list(plain[0:8].ents)  # an entity runs past the end


def test_batches_bounded_by_count_and_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "BATCH_CHARS", 10)
    items = [("abcd", 1), ("efgh", 2), ("ij", 3), ("klmnopqrstuvw", 4), ("x", 5), ("y", 6)]
    batches = list(nlp_module._batches(items, 2))
    assert [[n for _, n in b] for b in batches] == [[1, 2], [3], [4], [5, 6]]


def test_parse_many_keeps_order_and_offsets_across_batches(
    models: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, fast = models
    monkeypatch.setattr(nlp_module, "BATCH_CHARS", 60)
    texts = [(f"r{i}", f"{TEXTS[i]}\n\nSecond paragraph of report {i}.") for i in range(7)]
    chunks = list(parse_many(fast, texts, batch_size=3))
    expected = [key for key, text in texts for _ in split_text(text)]
    assert [key for key, _ in chunks] == expected and len(expected) == 15
    for key, chunk in chunks:
        text = dict(texts)[key]
        assert text[chunk.offset : chunk.offset + len(chunk.doc.text)] == chunk.doc.text


def test_lemma_index_is_read_as_sets(models: tuple[Any, Any]) -> None:
    """The stock lemmatizer's word index, a list per part of speech, is scanned for every form
    of a new word; the fast pipeline holds it as sets, with the same lemmas."""
    stock, fast = models
    table = fast.get_pipe("lemmatizer").stock.lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())
    text = "Gunmen ambushed convoys, looted warehouses and were fleeing across the borders."
    assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in stock(text)]
    assert [t.lemma_ for t in fast(text)][1:4] == ["ambush", "convoy", ","]


def counted_residual(ruler: Any, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of the Docs the ruler's residual Matcher is run on, from now on."""
    calls: list[int] = []
    real = ruler.residual

    class Counting:
        def __call__(self, doc: Any, **kw: Any) -> Any:
            calls.append(len(doc))
            return real(doc, **kw)

    monkeypatch.setattr(ruler, "residual", Counting())
    return calls


def test_residual_matcher_runs_only_where_a_first_token_can_match(
    models: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The multi-token and regex exceptions ("gonna", "y'all", "there is") go to the Matcher
    only for a text holding a token that can start one of them; the others skip it."""
    _, fast = models
    ruler = fast.get_pipe("attribute_ruler")
    assert ruler.gates  # every residual pattern of the stock model has a first-token gate
    calls = counted_residual(ruler, monkeypatch)
    fast("Militia fighters shelled two villages near Kadugli on Tuesday.")
    assert calls == []
    fast("We ain't gonna leave, y'all.")
    assert len(calls) == 1


def test_no_rule_rebuilds_a_docs_text() -> None:
    """``doc.text`` joins every token of the chunk on each call; rules asking once per sentence
    paid it again and again (profiled in session 27: ~30 % of extraction on FA-KES, from three
    newer rules that read the line a sentence stands in). Every stage reads it through
    ``nlp.doc_text``, which keeps it once per Doc."""
    import re
    from pathlib import Path

    import ceasewatch

    root = Path(ceasewatch.__file__).parent
    direct = re.compile(r"\bdoc\.text\b")
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "nlp.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line.split("#")[0]) and '"""' not in line
    ]
    assert found == []
