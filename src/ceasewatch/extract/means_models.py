"""Weapons named by their model read as the means noun they are (issue 9, session 17).

"Russian Su-34s bombed the village", "an F-16 struck a depot", "a Bayraktar TB2 hit the convoy":
the tagger takes the model for a proper noun (often an organisation), so no trigger table saw an
aircraft, a drone or a missile, and no owner was read through it. A pipeline component, run last,
gives each model token the lemma of its means noun (data/means_models.yaml: "Su-34s" ->
"warplane", "TB2" -> "drone", "Iskanders" -> "missile") and the part of speech NOUN, and takes
it out of any entity the model tagged ("Israeli F-35s" as an organisation). Everything that
reads lemmas then sees "Russian warplanes bombed": the trigger tables, the means nouns whose
owner is the initiator (mentions._owned_means), the demonym owner. Text and offsets are
unchanged.

A model that modifies another noun is left alone: "F-16 fighter jets" already names its means,
and "the F-35 sale", "Su-25 pilots" are no weapon in use; only "bomber" and "fighter" after a
model ("a Tu-22M3 bomber", "F-16 fighters") read as "warplane", not as people. The maker's
country is never the attacker (the same models fly for many states); the owner comes from the
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from ceasewatch.errors import KnowledgeError
from ceasewatch.memo import WORD_MEMO_LIMIT, Memo

PIPE = "ceasewatch_means_models"
DATA = Path(__file__).parent / "data" / "means_models.yaml"
MEANS = frozenset({"warplane", "helicopter", "drone", "missile"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# Nouns that are people elsewhere and aircraft after a model's name.
AIRCRAFT_KINDS = frozenset({"bomber", "fighter"})


@dataclass(frozen=True)
class Models:
    """One regular expression per means noun, over whole lower-case tokens; ``written``, over
    whole tokens as written (a designation that is also a name in lower case: "KAB", "Kab
    Elias")."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    written: tuple[tuple[str, re.Pattern[str]], ...] = ()

    def means(self, word: str) -> str | None:
        lower = word.lower()
        found = next((noun for noun, p in self.patterns if p.fullmatch(lower)), None)
        return found or next((noun for noun, p in self.written if p.fullmatch(word)), None)


@cache
def load_models(path: Path = DATA) -> Models:
    rows = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("models") or []
    by_means: dict[str, list[str]] = {}
    as_written: dict[str, list[str]] = {}
    for row in rows:
        if row.get("means") not in MEANS or not (row.get("pattern") or row.get("written")):
            raise KnowledgeError(
                str(path), [f"bad model row {row!r}: means one of {sorted(MEANS)}"]
            )
        key, table = ("pattern", by_means) if row.get("pattern") else ("written", as_written)
        table.setdefault(row["means"], []).append(f"(?:{row[key]})")
    return Models(_compiled(by_means), _compiled(as_written))


def _compiled(by_means: dict[str, list[str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((noun, re.compile("|".join(ps))) for noun, ps in by_means.items())


class MeansModels:
    """The pipeline component: model tokens in use read as their means noun."""

    def __init__(self, models: Models) -> None:
        self.models = models
        # each written form's answer, by its string id: a text repeats its words, and every
        # token was a Token object and four patterns before (issue 9 speed)
        self.memo: Memo[int, str | None] = Memo(WORD_MEMO_LIMIT)

    def _means(self, orth: int, strings: Any) -> str | None:
        if orth in self.memo:  # a hit stays inline: this runs for every token
            return self.memo[orth]
        text = strings[orth]
        return self.memo.keep(orth, self.models.means(text) if text[:1].isalnum() else None)

    def __call__(self, doc: Doc) -> Doc:
        found: set[int] = set()
        retyped: set[int] = set()  # "fighters" after a model, also when the KB named it
        strings = doc.vocab.strings
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            noun = self._means(orth, strings)
            if noun is None:
                continue
            tok = doc[i]
            found.add(tok.i)
            if tok.dep_ in MODIFIER_DEPS:
                if tok.head.lower_.rstrip("s") in AIRCRAFT_KINDS and tok.head.i > tok.i:
                    # "a Tu-22M3 bomber", "F-16 fighters": aircraft, not a suicide bomber or
                    # militants
                    tok.head.lemma_ = "warplane"
                    retyped.add(tok.head.i)
                continue
            tok.lemma_ = noun
            tok.pos_ = "NOUN"
            tok.tag_ = "NNS" if tok.lower_.endswith("s") else "NN"
        if found:
            # the tagger's "Israeli F-35s" or "Turkish F-16" organisation names nobody: the
            # demonym before the weapon is its owner (mentions._demonym_owners), as in "Israeli
            # warplanes"
            doc.ents = [
                e
                for e in doc.ents
                if not any(i in retyped for i in range(e.start, e.end))
                and (e.ent_id_ or not any(i in found for i in range(e.start, e.end)))
            ]
        return doc


@Language.factory(PIPE)
def _make_means_models(nlp: Language, name: str) -> Any:
    return MeansModels(load_models())


__all__ = ["PIPE", "MeansModels", "load_models"]
