"""What every later step needs to know about one sentence, computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ceasewatch.extract.background import background_roots, within
from ceasewatch.extract.eventplaces import event_places
from ceasewatch.extract.lexicon import Lexicon
from ceasewatch.extract.mentions import Mention, by_token, find_mentions
from ceasewatch.extract.places import SentencePlaces, find_places
from ceasewatch.extract.tokens import token_table
from ceasewatch.extract.triggers import Hit, find_hits


@dataclass(frozen=True)
class Tables:
    """The extractor's rule tables and KB-derived lookups, passed to every step."""

    lex: Lexicon
    classes: dict[str, str]  # KB actor id -> class (state, armed, civilians, protesters)
    countries: frozenset[str]  # lower-case KB actor names that are also country names
    stop_verbs: frozenset[str]  # reporting verbs that end the search for an initiator
    relation_cues: frozenset[str] = frozenset()  # lemmas that may signal a relation
    # KB ids of governments ("Government of Iran"): civil offices, no security context
    governments: frozenset[str] = frozenset()
    # owner codes of the descriptors table ("RU", "UA", "UK"): an owner before a unit or weapon
    # noun ("RU infantry attacked") the tagger leaves untagged (mentions._demonym_owners)
    owner_codes: frozenset[str] = frozenset()


@dataclass
class Sentence:
    sent: Any  # spacy Span
    offset: int  # the chunk's offset in Article.text
    index: int  # sentence order in the article
    lemmas: frozenset[str]
    hits: list[Hit]
    background: list[Any] = field(default_factory=list)  # heads of background clauses
    _mentions: list[Mention] | None = field(default=None, repr=False)
    _places: SentencePlaces | None = field(default=None, repr=False)

    @property
    def doc(self) -> Any:
        return self.sent.doc

    @property
    def start_char(self) -> int:
        return int(self.offset + self.sent.start_char)

    def mentions(self, tables: Tables) -> list[Mention]:
        if self._mentions is None:
            self._mentions = find_mentions(
                self.sent, tables.lex, tables.classes, tables.owner_codes
            )
        return self._mentions

    def by_tok(self, tables: Tables) -> dict[int, Mention]:
        return by_token(self.mentions(tables))

    def places(self, tables: Tables) -> SentencePlaces:
        if self._places is None:
            actor_toks = {t.i for t in self.sent if t.ent_id_}
            found = find_places(self.sent, tables.lex, actor_toks, tables.countries)
            self._places = event_places(self.sent, found, tables.lex.people_nouns)
        return self._places


def read_sentence(sent: Any, offset: int, index: int, tables: Tables) -> Sentence:
    """The sentence's lemmas, its triggers and its background clauses; a trigger inside a
    background clause ("a war that has killed 300,000") reports no event."""
    table = token_table(sent.doc)
    lemmas = frozenset(table.lemma[sent.start : sent.end]) | frozenset(
        table.lower[sent.start : sent.end]
    )
    roots = background_roots(sent, lemmas, tables.lex.background)
    hits = [h for h in find_hits(sent, tables.lex, lemmas) if not within(sent.doc[h.head], roots)]
    return Sentence(sent, offset, index, lemmas, hits, roots)
