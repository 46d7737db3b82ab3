"""Where a sentence says events happened: place names after "in/near/at/around/outside..."
(lists included: "in A, B, C and near D"), and place entities that are a trigger's object
("shelled Aleppo"). Qualifiers ("near", "outskirts of", "countryside of", "southern") and a
containing region ("in the X area in southern Idlib") are kept for the geocoder.

A name the entity ruler marks as a KB actor, or one headed by a faction word ("Jaish ...",
"Liwa ..."), is an armed group, not a place, even inside a list of places; the refusal is noted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ceasewatch.extract.lexicon import Lexicon

NOT_PLACE_ENTS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP", "EVENT"}
)
OBJECT_PLACE_DEPS = frozenset({"dobj", "nsubjpass"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class PlaceMention:
    start: int  # first token of the name (chunk doc index)
    end: int
    name: str
    qualifier: str | None = None
    within: str | None = None  # a containing region named with it ("southern Idlib")


@dataclass(frozen=True)
class SentencePlaces:
    places: tuple[PlaceMention, ...]
    refused: tuple[str, ...]  # why names in place position were not taken as places


class _Scanner:
    """Reads the list of names after one place preposition."""

    def __init__(self, sent: Any, lex: Lexicon, actor_toks: set[int], countries: frozenset[str]):
        self.doc, self.end, self.lex = sent.doc, sent.end, lex
        self.actor_toks, self.countries = actor_toks, countries
        self.refused: list[str] = []

    def tok(self, j: int) -> Any:
        return self.doc[j] if j < self.end else None

    def skip(self, j: int, words: tuple[str, ...] = ("the",)) -> int:
        while j < self.end and (self.doc[j].is_space or self.doc[j].lower_ in words):
            j += 1
        return j

    def is_name(self, j: int) -> bool:
        tok = self.tok(j)
        return tok is not None and tok.text[:1].isupper() and tok.ent_type_ not in NOT_PLACE_ENTS

    def name_end(self, j: int) -> int:
        k = j
        while k < self.end:
            tok = self.doc[k]
            if self.is_name(k) or (
                (tok.lower_ in self.lex.name_connectors or tok.text in "-‐") and k > j
            ):
                k += 1
                continue
            break
        while k > j and not self.is_name(k - 1):  # no trailing "al" or "-"
            k -= 1
        return k

    def item(self, j: int, qual: str | None) -> tuple[PlaceMention | None, int]:
        """One place at ``j`` (with its qualifier words); (None, j) when there is no name,
        (None, end) when the name there is refused (an actor)."""
        j = self.skip(j)
        tok = self.tok(j)
        nxt = self.tok(self.skip(j + 1, ()))
        if (
            tok is not None
            and tok.lower_ in self.lex.before_of
            and nxt is not None
            and (nxt.lower_ == "of")
        ):
            qual = self.lex.before_of[tok.lower_] or qual
            j = self.skip(nxt.i + 1)
        tok = self.tok(j)
        if tok is not None and tok.lower_ in self.lex.directions and self.is_name(j + 1):
            qual, j = tok.lower_, j + 1
        end = self.name_end(j)
        if end == j:
            return None, j
        after = self.tok(end)
        if after is not None and after.lower_ in self.lex.after_name:
            qual = self.lex.after_name[after.lower_] or qual
            end_words = end + 1
        else:
            end_words = end
        place = self.accept(j, end, qual)
        return place, end_words

    def accept(self, start: int, end: int, qual: str | None) -> PlaceMention | None:
        name = self.doc[start:end].text
        first = self.doc[start].lower_
        if any(i in self.actor_toks for i in range(start, end)):
            if name.lower() not in self.countries:
                self.refused.append(f"{name!r} is a known actor's name, not a place")
                return None
        elif first in self.lex.faction_words:
            self.refused.append(f"{name!r} is headed by a faction word, not a place")
            return None
        if name in self.lex.not_places:
            return None
        return PlaceMention(start, end, name, qual)

    def places_after(self, j: int, qual: str | None) -> tuple[list[PlaceMention], int]:
        items: list[PlaceMention] = []
        while True:
            before = j
            place, j = self.item(j, qual)
            if place is None and self.name_end(self.skip(before)) == self.skip(before):
                break
            if place is not None:
                items.append(place)
            j = self.skip(j, ())
            tok = self.tok(j)
            if tok is None:
                break
            if tok.lower_ in (",", "and", "or"):
                j = self.skip(j + 1, (",", "and", "or"))
                nxt = self.tok(j)
                if nxt is not None and nxt.lower_ in self.lex.place_preps:
                    qual = self.lex.prep_qualifiers.get(nxt.lower_)
                    j += 1
                continue
            if tok.lower_ in ("in", "of") and items:
                region, j = self.item(j + 1, None)
                if region is not None:
                    within = (
                        f"{region.qualifier} {region.name}" if region.qualifier else region.name
                    )
                    items = [p if p.within else _with(p, within) for p in items]
            break
        return items, j


def _with(place: PlaceMention, within: str) -> PlaceMention:
    return PlaceMention(place.start, place.end, place.name, place.qualifier, within)


def find_places(
    sent: Any, lex: Lexicon, actor_toks: set[int], countries: frozenset[str]
) -> SentencePlaces:
    """Places named in a sentence, in text order, each once."""
    scan = _Scanner(sent, lex, actor_toks, countries)
    found: list[PlaceMention] = []
    j = sent.start
    while j < sent.end:
        tok = sent.doc[j]
        of_phrase = (
            tok.lower_ in lex.before_of and j + 1 < sent.end and sent.doc[j + 1].lower_ == "of"
        )
        if of_phrase or (tok.lower_ in lex.place_preps and tok.pos_ in ("ADP", "SCONJ", "ADV")):
            # "the town of X was shelled": a place-type noun opens a place without a preposition.
            start, qual = (j, None) if of_phrase else (j + 1, lex.prep_qualifiers.get(tok.lower_))
            items, nxt = scan.places_after(start, qual)
            found.extend(items)
            j = max(nxt, j + 1)
            continue
        j += 1
    covered = {i for p in found for i in range(p.start, p.end)}
    for ent in sent.ents:
        if (
            ent.label_ in PLACE_ENTS
            and ent.root.dep_ in OBJECT_PLACE_DEPS
            and (ent.start not in covered and not ent.ent_id_)
        ):
            found.append(PlaceMention(ent.start, ent.end, ent.text))
    unique: dict[tuple[str, str | None], PlaceMention] = {}
    for place in sorted(found, key=lambda p: p.start):
        unique.setdefault((place.name, place.qualifier), place)
    return SentencePlaces(tuple(unique.values()), tuple(scan.refused))
