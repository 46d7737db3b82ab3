"""Metric arithmetic for the evaluation harness: counts in, scores out.

Everything here is pure and small so that it can be unit-tested with hand-built inputs
(tests/test_evaluate_metrics.py). A score over zero items is ``None`` (undefined), never 0 or 1:
an empty denominator must not look like a perfect or a failed result.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

# Mean Earth radius (IUGG), km: the usual constant for great-circle distances.


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one detection task."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # 2tp / (2tp + fp + fn): the harmonic mean of P and R, and 0 (not undefined) when the
        # system predicted nothing while gold had spans, as scikit-learn's zero_division=0.
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True)
class Tally:
    """Correct out of total, for accuracy-like fields."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> Tally:
        return Tally(self.correct + int(ok), self.total + 1)

    @property
    def value(self) -> float | None:
        return ratio(self.correct, self.total)


def tally(outcomes: Iterable[bool]) -> Tally:
    result = Tally()
    for ok in outcomes:
        result = result.add(ok)
    return result


@dataclass(frozen=True)
class ClassScores:
    """Multi-class scores as in scikit-learn's classification report.

    ``macro_f1`` and ``weighted_f1`` average over the gold labels only (a predicted label that
    never occurs in the gold adds false positives to nobody's F1 but lowers accuracy), which is
    how the CASE 2021 task 2 scorer averaged.
    """

    accuracy: float | None
    macro_f1: float | None
    weighted_f1: float | None
    per_label: dict[str, Counts]
    support: dict[str, int]
    n: int


def classification_scores(gold: Sequence[str], predicted: Sequence[str]) -> ClassScores:
    """Accuracy, macro F1 and support-weighted F1 of paired label sequences."""
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} labels but predicted has {len(predicted)}")
    support = Counter(gold)
    per_label: dict[str, Counts] = {}
    for label in sorted(support):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != label and p == label)
        per_label[label] = Counts(tp=tp, fp=fp, fn=support[label] - tp)
    f1s = {label: counts.f1 or 0.0 for label, counts in per_label.items()}
    n = len(gold)
    return ClassScores(
        accuracy=ratio(sum(1 for g, p in zip(gold, predicted, strict=True) if g == p), n),
        macro_f1=sum(f1s.values()) / len(f1s) if f1s else None,
        weighted_f1=sum(f1s[label] * support[label] for label in f1s) / n if n else None,
        per_label=per_label,
        support=dict(support),
        n=n,
    )


@dataclass(frozen=True, order=True)
class LabeledSpan:
    """A character span ``[start, end)`` with a label (a role, an entity type)."""

    start: int
    end: int
    label: str = ""

    def overlaps(self, other: LabeledSpan) -> bool:
        return self.start < other.end and other.start < self.end


def match_spans(
    gold: Iterable[LabeledSpan],
    predicted: Iterable[LabeledSpan],
    *,
    overlap: bool = False,
    use_labels: bool = True,
) -> Counts:
    """Count span matches one to one.

    Exact mode matches equal offsets; overlap mode lets any shared character count (the lenient
    score, fair when gold and system disagree only on "the" or a title). Each gold span is used
    at most once, so two predictions on one gold span give one tp and one fp. Duplicate
    predictions (the same actor in several events) are collapsed first.
    """
    gold_list = sorted(set(gold))
    unused = list(gold_list)
    tp = fp = 0
    for span in sorted(set(predicted)):
        hit = next((g for g in unused if _same(g, span, overlap, use_labels)), None)
        if hit is None:
            fp += 1
        else:
            tp += 1
            unused.remove(hit)
    return Counts(tp=tp, fp=fp, fn=len(unused))


def _same(gold: LabeledSpan, pred: LabeledSpan, overlap: bool, use_labels: bool) -> bool:
    if use_labels and gold.label != pred.label:
        return False
    if overlap:
        return gold.overlaps(pred)
    return (gold.start, gold.end) == (pred.start, pred.end)


def bio_spans(tags: Sequence[str], offsets: Sequence[tuple[int, int]]) -> list[LabeledSpan]:
    """CoNLL BIO tags + token character offsets -> labelled character spans.

    An ``I-X`` that does not continue an ``X`` span starts a new one (the conlleval convention).
    """
    spans: list[LabeledSpan] = []
    start = end = -1
    label = ""
    for tag, (tok_start, tok_end) in zip(tags, offsets, strict=True):
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and kind == label and start >= 0:
            end = tok_end
            continue
        if start >= 0:
            spans.append(LabeledSpan(start, end, label))
            start = -1
        if prefix in ("B", "I"):
            start, end, label = tok_start, tok_end, kind
    if start >= 0:
        spans.append(LabeledSpan(start, end, label))
    return spans


# The dev/test split: "dev" is for error analysis (reading items), "test" is only ever read as
# a number; "all" is both. An item's half is fixed by its key alone (never by file order, which
# changes when a set is re-exported), so every engineer and every run agrees on it.
SPLITS = ("dev", "test", "all")


def split_of(key: str) -> str:
    """``"dev"`` or ``"test"``: the half an item belongs to, by sha256 of its key.

    Keys are ``"<set>:<item id>"`` (e.g. ``"case2021:512"``), so the set name is part of what is
    hashed. Dev is an even first digest byte, test an odd one: about half of each set.
    """
    return "dev" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def select(items: Sequence[T], keys: Sequence[str], split: str, limit: int | None) -> list[T]:
    """The items of ``split`` (``"all"``: every item), then at most ``limit`` of them.

    The limit applies inside the split (``stable_sample``), so ``--split dev --limit 100`` is
    100 dev items, the same every run.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    chosen = [i for i, key in enumerate(keys) if split == "all" or split_of(key) == split]
    return stable_sample([items[i] for i in chosen], [keys[i] for i in chosen], limit)


def stable_sample(items: Sequence[T], keys: Sequence[str], limit: int | None) -> list[T]:
    """A deterministic subset of ``limit`` items, spread over the whole set.

    Items are ordered by a hash of their key, not taken from the head of the file, because eval
    files are often sorted (by source, by label) and the head would be a biased sample.
    """
    if limit is None or limit >= len(items):
        return list(items)
    order = sorted(
        range(len(items)), key=lambda i: hashlib.sha256(keys[i].encode("utf-8")).hexdigest()
    )
    chosen = sorted(order[:limit])
    return [items[i] for i in chosen]
