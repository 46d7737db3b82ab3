"""A learned model over extracted events: its type recorded beside the rules', and the policy.

The learned sub-event type replaces the rules' only when the classifier's probability is at
least ``learn.override_min_probability`` and the two differ; event type and disorder type then
follow the sub-event. Either way both types and their scores are kept on the event
(``Event.learned``), and the evidence spans stay as the rules found them.
"""

from __future__ import annotations

from typing import Literal

from ceasewatch.learn.folder import LearnedModel
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
