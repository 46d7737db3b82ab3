"""A learned model over extracted events: its type recorded beside the rules', and the policy.

The learned sub-event type replaces the rules' only when the classifier's probability is at
least ``learn.override_min_probability`` and the two differ; event type and disorder type then
follow the sub-event. Either way both types and their scores are kept on the event
(``Event.learned``), and the evidence spans stay as the rules found them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ceasewatch.learn.folder import LearnedModel
from ceasewatch.learn.guard import refusal
from ceasewatch.learn.reader import Reader
from ceasewatch.model import (
    DISORDER_BY_EVENT_TYPE,
    DISORDER_BY_SUB_EVENT,
    SUB_EVENT_TO_TYPE,
    Article,
    Event,
    Extraction,
    LearnedType,
)
from ceasewatch.settings import setting


def apply_model(extraction: Extraction, article: Article, model: LearnedModel) -> Extraction:
    """The extraction with each event's learned type recorded and the policy applied."""
    events = list(extraction.events)
    texts = [_text(e, article) for e in events]
    todo = [i for i, t in enumerate(texts) if t]
    predictions = model.predict([texts[i] for i in todo])
    threshold = setting("learn.override_min_probability")
    for i, (sub, score) in zip(todo, predictions, strict=True):
        events[i] = decide(events[i], sub, score, model.name, threshold)
    return extraction.model_copy(update={"events": tuple(events)})


def apply_reader(extraction: Extraction, article: Article, reader: Reader) -> Extraction:
    """The extraction with the default reader's type recorded on each event and the policy
    of ``decide_default`` applied (settings ``learn.reader_*``)."""
    return apply_reader_many([(extraction, article)], reader)[0]


def apply_reader_many(
    pairs: Sequence[tuple[Extraction, Article]], reader: Reader
) -> list[Extraction]:
    """``apply_reader`` over several articles' extractions, their events read in one call of
    the reader. A call costs ~2.4 ms whatever its rows (scikit-learn's input checks, the
    feature union, the sparse stacking), more than one event's own reading; each row's
    probabilities are its own (fixed vocabularies and weights, row by row), so every event
    gets the same table as in a call of its own (perf31, docs/PERFORMANCE.md)."""
    texts = [[reader_text(e, article, len(x.events)) for e in x.events] for x, article in pairs]
    # each distinct text read once: the events of one sentence share it (rows are independent)
    distinct = list(dict.fromkeys(t for row in texts for t in row if t))
    table_of = dict(zip(distinct, reader.probabilities(distinct), strict=True))
    policy = Policy(
        min_probability=setting("learn.reader_min_probability"),
        max_rule_probability=setting("learn.reader_max_rule_probability"),
        guard=bool(setting("learn.reader_guard")),
    )
    done = []
    for (extraction, _), row in zip(pairs, texts, strict=True):
        events = list(extraction.events)
        for i, text in enumerate(row):
            if text:
                events[i] = decide_default(events[i], table_of[text], reader.name, policy, text)
        done.append(extraction.model_copy(update={"events": tuple(events)}))
    return done


@dataclass(frozen=True)
class Policy:
    """When the default reader's type wins over the rules' (``decide_default``)."""

    min_probability: float
    max_rule_probability: float
    # refuse a type the event's own facts contradict (``learn.guard``: who acted, the means)
    guard: bool = True


def decide_default(
    event: Event, table: dict[str, float], model: str, policy: Policy, text: str = ""
) -> Event:
    """One event under the default reader's policy: its most probable type ``sub`` replaces
    the rules' type only when the reader is sure of ``sub`` (probability at least
    ``min_probability``) and at the same time finds the rules' type unlikely (at most
    ``max_rule_probability``). Two conditions, not one: the reader was fitted on short
    descriptions and is often torn between two neighbours of the rules' type; it should
    overrule the rules when they chose a type its reading rules out, not when it merely
    leans elsewhere. Last, a type the event's own facts contradict (``learn.guard.refusal``
    on the actors the rules resolved and the means named in ``text``, what the reader read)
    is refused: the reader cannot see who acted, the rules can (session 31; it replaced the
    two fixed pairs of session 30's merge)."""
    rule = event.sub_event_type
    # a reader that learnt the corpus's non-events types events here, never removes one
    table = {k: v for k, v in table.items() if k in SUB_EVENT_TO_TYPE}
    sub = max(sorted(table), key=lambda k: table[k])
    score, against = table[sub], table.get(rule, 0.0)
    chosen: Literal["learned", "rules"] = "rules"
    if sub == rule:
        reason = "the reader agrees with the rules"
    elif score < policy.min_probability:
        reason = f"probability {score:.2f} < {policy.min_probability:g}: the rules' type"
    elif against > policy.max_rule_probability:
        reason = (
            f"the rules' type keeps probability {against:.2f} > "
            f"{policy.max_rule_probability:g}: the rules' type"
        )
    elif policy.guard and (refused := refusal(event, sub, text)) is not None:
        reason = f"{refused}: the rules' type"
    else:
        chosen = "learned"
        reason = (
            f"probability {score:.2f} >= {policy.min_probability:g} and the rules' type "
            f"{against:.2f} <= {policy.max_rule_probability:g}: the reader's type"
        )
    return _recorded(event, sub, score, model, chosen, reason)


def reader_text(event: Event, article: Article, events: int) -> str:
    """What the default reader reads for ``event``: the whole text when the rules found one
    event in it, else the event's sentence. The corpus it was fitted on is whole
    descriptions (a note, or a wire story with background first and the toll last), and a
    text with one event is one description of it; with several, the whole text would give
    each event every other's words. Measured on the dev halves of notesd/e/n/o/p and world
    (docs/QUALITY.md, reader29): the whole note read +0.01 to +0.03 event type over its
    sentence on four of the six, the same on the other two."""
    if events == 1 and article.text.strip():
        return article.text
    return _text(event, article)


def _text(event: Event, article: Article) -> str:
    if event.sentence is not None:
        return event.sentence.text
    return " ".join(s.text for s in event.evidence)


def decide(event: Event, sub: str, score: float, model: str, threshold: float) -> Event:
    """One event with the learned type ``sub`` (probability ``score``) under the policy."""
    rule = event.sub_event_type
    chosen: Literal["learned", "rules"]
    if sub == rule:
        chosen, reason = "rules", "the model agrees with the rules"
    elif score >= threshold:
        chosen, reason = "learned", f"probability {score:.2f} >= {threshold:g}: the model's type"
    else:
        chosen, reason = "rules", f"probability {score:.2f} < {threshold:g}: the rules' type"
    return _recorded(event, sub, score, model, chosen, reason)


def _recorded(
    event: Event,
    sub: str,
    score: float,
    model: str,
    chosen: Literal["learned", "rules"],
    reason: str,
) -> Event:
    """``event`` with the learned type recorded and, when ``chosen`` is "learned", applied."""
    rule = event.sub_event_type
    learned = LearnedType(
        sub_event_type=sub,
        event_type=SUB_EVENT_TO_TYPE[sub],
        score=round(score, 4),
        model=model,
        rule_sub_event_type=rule,
        rule_score=event.confidence,
        chosen=chosen,
        reason=reason,
    )
    update: dict[str, object] = {"learned": learned}
    if chosen == "learned" and sub != rule:
        event_type = SUB_EVENT_TO_TYPE[sub]
        update["sub_event_type"] = sub
        update["event_type"] = event_type
        update["disorder_type"] = DISORDER_BY_SUB_EVENT.get(sub, DISORDER_BY_EVENT_TYPE[event_type])
    return event.model_copy(update=update)
