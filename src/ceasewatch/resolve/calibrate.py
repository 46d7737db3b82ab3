"""Calibration of the fuzzy-matching threshold on the knowledge base itself (no eval data).

Two kinds of trial over every name of every concrete actor (skeletons of FUZZY_MIN_LENGTH
letters or more):

- positive: the name misspelt the way transliterations and typing differ beyond what the
  skeleton folds (one letter dropped from, or two letters swapped in, its longest word); a hit
  on the actor or its lineage is right, any other hit is wrong;
- negative: the whole actor (with its lineage) is taken out of the index, as an actor the KB
  does not know; any hit is wrong. Names another actor also carries are left out (they are
  ambiguous on purpose, e.g. "Syrian army" before and after December 2024).

For each threshold: hits, right hits, precision and recall over the positives.
``python -m ceasewatch.resolve.calibrate`` prints the table kept in docs/KNOWLEDGE.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.knowledge.actor_names import skeleton
from ceasewatch.resolve.matching import FUZZY_MIN_LENGTH, common_words, fuzzy_best

THRESHOLDS = (75.0, 80.0, 85.0, 88.0, 90.0, 92.0, 95.0)


@dataclass(frozen=True)
class Trial:
    actor_id: str
    query: str  # the skeleton looked up
    positive: bool
    score: float  # best fuzzy score found (0 when nothing)
    right: bool  # the best hit is the actor or its lineage


@dataclass(frozen=True)
class Row:
    threshold: float
    hits: int
    right: int
    positives: int

    @property
    def precision(self) -> float:
        return self.right / self.hits if self.hits else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.positives if self.positives else 0.0


def misspellings(key: str) -> Iterator[str]:
    """One letter dropped from, and two letters swapped in, the middle of the longest word."""
    words = key.split()
    i = max(range(len(words)), key=lambda j: len(words[j]))
    word = words[i]
    if len(word) < 4:
        return
    mid = len(word) // 2
    for variant in (
        word[:mid] + word[mid + 1 :],
        word[: mid - 1] + word[mid] + word[mid - 1] + word[mid + 1 :],
    ):
        if variant != word:
            yield " ".join([*words[:i], variant, *words[i + 1 :]])


def trials(kb: ActorKB, cutoff: float = min(THRESHOLDS)) -> list[Trial]:
    index = {k: ids for k, ids in kb.skeletons().items() if len(k) >= FUZZY_MIN_LENGTH}
    common = common_words(kb.skeletons())
    out: list[Trial] = []
    for actor in kb:
        if actor.generic or actor.id in kb.made:  # made actors are matched exactly only
            continue
        family = {a.id for a in kb.lineage(actor.id)}
        # as the resolver reads a report about the actor's own country (matching._of)
        allowed = _of_country(kb, index, actor.country)
        without = {k: [i for i in ids if i not in family] for k, ids in index.items()}
        without = {k: ids for k, ids in without.items() if ids}
        for key in {skeleton(n) for n in (actor.name, *actor.aliases)}:
            if len(key) < FUZZY_MIN_LENGTH:
                continue
            for query in misspellings(key):
                if query in index:
                    continue  # the skeleton step would find it exactly
                hit = fuzzy_best(query, list(index), common, cutoff, allowed)
                right = hit is not None and bool(family & set(index[hit.key]))
                out.append(Trial(actor.id, query, True, hit.score if hit else 0.0, right))
            if key not in without:
                hit = fuzzy_best(key, list(without), common, cutoff, allowed)
                out.append(Trial(actor.id, key, False, hit.score if hit else 0.0, False))
    return out


def _of_country(
    kb: ActorKB, index: dict[str, list[str]], country: str | None
) -> Callable[[str], bool] | None:
    if country is None:
        return None
    return lambda key: any(kb.actors[i].country in (country, None) for i in index.get(key, ()))


def table(kb: ActorKB, thresholds: Sequence[float] = THRESHOLDS) -> list[Row]:
    done = trials(kb)
    positives = sum(t.positive for t in done)
    return [
        Row(
            th,
            sum(t.score >= th for t in done),
            sum(t.right and t.score >= th for t in done),
            positives,
        )
        for th in thresholds
    ]


def main() -> None:
    rows = table(load_actors())
    print("threshold  hits  right  precision  recall")
    for row in rows:
        print(
            f"{row.threshold:9.0f}  {row.hits:4d}  {row.right:5d}  {row.precision:9.3f}"
            f"  {row.recall:6.3f}   (positives: {row.positives})"
        )


if __name__ == "__main__":
    main()
