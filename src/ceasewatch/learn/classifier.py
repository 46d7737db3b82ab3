"""The sub-event classifier: TF-IDF word and character n-grams + logistic regression.

Word 1-2-grams carry the wording of an export's notes ("regained control", "shelled");
character 3-5-grams inside words carry inflections and transliterations the words miss
("re-took", "al-Sham"). Logistic regression gives calibrated-enough probabilities for the
override policy (``learn.override_min_probability``) and trains in seconds on 10^4 rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline

from ceasewatch.model import SUB_EVENT_TO_TYPE

FOLDS = 5


def build(c: float = 10.0, balanced: bool = False) -> Pipeline:
    """The pipeline; ``c`` the inverse regularisation, ``balanced`` weighs each label by the
    inverse of its frequency (the default reader's recipes, ``learn.reader.RECIPES``)."""
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
                ),
            ),
        ]
    )
    # C=10: light regularisation; the notes of one theatre repeat their wording closely.
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced" if balanced else None)
    return Pipeline([("features", features), ("model", model)])


def fit(texts: Sequence[str], labels: Sequence[str]) -> Pipeline:
    pipeline = build()
    pipeline.fit(list(texts), list(labels))
    return pipeline


def cross_validate(texts: Sequence[str], labels: Sequence[str], seed: int = 0) -> dict[str, Any]:
    """Cross-validated scores of ``build()`` on the rows: sub-event and event-type weighted F1,
    macro F1, accuracy and per-label F1. Stratified folds when every label has at least
    ``FOLDS`` rows, else plain shuffled folds (said in ``folds``)."""
    counts = Counter(labels)
    if len(counts) < 2 or len(labels) < FOLDS * 2:
        return {"rows": len(labels), "skipped": "too few rows or labels to cross-validate"}
    stratified = min(counts.values()) >= FOLDS
    splitter = (StratifiedKFold if stratified else KFold)(FOLDS, shuffle=True, random_state=seed)
    try:
        predicted = cross_val_predict(build(), list(texts), list(labels), cv=splitter)
    except ValueError as exc:  # a fold left with one label (a label of one or two rows)
        return {"rows": len(labels), "skipped": f"cross-validation failed: {exc}"}
    truth = list(labels)
    per_label = f1_score(truth, predicted, labels=sorted(counts), average=None, zero_division=0)
    return {
        "rows": len(labels),
        "folds": f"{FOLDS} {'stratified' if stratified else 'shuffled (a label has < 5 rows)'}",
        "sub_event_weighted_f1": round(_f1(truth, predicted), 4),
        "sub_event_macro_f1": round(_f1(truth, predicted, "macro"), 4),
        "sub_event_accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "event_type_weighted_f1": round(
            _f1([SUB_EVENT_TO_TYPE[t] for t in truth], [SUB_EVENT_TO_TYPE[p] for p in predicted]),
            4,
        ),
        "per_label": {
            label: {"f1": round(float(f), 4), "support": counts[label]}
            for label, f in zip(sorted(counts), per_label, strict=True)
        },
    }


def _f1(truth: Sequence[str], predicted: Sequence[str], average: str = "weighted") -> float:
    return float(f1_score(truth, predicted, average=average, zero_division=0))


def predict(pipeline: Pipeline, texts: Sequence[str]) -> list[tuple[str, float]]:
    """The most probable sub-event type of each text and its probability."""
    if not texts:
        return []
    probabilities = pipeline.predict_proba(list(texts))
    classes = pipeline.classes_
    best = probabilities.argmax(axis=1)
    return [(str(classes[i]), float(probabilities[k, i])) for k, i in enumerate(best)]
