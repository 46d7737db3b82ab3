"""An optional second opinion on each event from a language model the user runs.

``--review-endpoint URL`` sends each extracted event (its sentence, the rules' trace, the
candidate types and actors) to an OpenAI-compatible chat-completions endpoint (llama.cpp
server, vLLM, Ollama) with ACLED's types in our own words and a JSON schema for the answer.
The answer is recorded on the event as ``Event.review`` (verdict, suggested type, reason,
model), beside the rules' and the learned type: it never changes the event's fields or its
evidence. A time-out, an HTTP error, an answer that is not the schema's JSON, or a refusal
records a ``failed`` review with the reason, and the event stays as it was.

The endpoint is the operator's own choice, so ``net.post_json`` allows loopback and private
addresses for it (not for URLs from feeds or pages). Off by default. See docs/LEARNING.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ceasewatch.errors import FetchError
from ceasewatch.model import SUB_EVENT_TO_TYPE, Article, Event, Extraction, Review
from ceasewatch.net import post_json
from ceasewatch.review.definitions import DEFINITIONS

CHAT_PATH = "/v1/chat/completions"
VERDICTS = ("agree", "disagree", "not an event", "unsure")
# After this many endpoint failures in a row (down, timing out), the rest of the run's events
# are not sent: one dead server must not cost a time-out per event.
MAX_FAILURES_IN_A_ROW = 3
MAX_ANSWER_BYTES = 1024 * 1024
MAX_REASON = 500

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "verdict": {"type": "string", "enum": list(VERDICTS)},
        "suggested_sub_event_type": {
            "anyOf": [{"type": "string", "enum": list(SUB_EVENT_TO_TYPE)}, {"type": "null"}]
        },
        "reason": {"type": "string"},
    },
    "required": ["verdict", "suggested_sub_event_type", "reason"],
    "additionalProperties": False,
}


def endpoint_url(url: str) -> str:
    """The chat-completions URL of what the user gave: a full ``.../chat/completions`` URL as
    it is, a server's base URL (``http://127.0.0.1:8080`` or ``.../v1``) completed."""
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return url + "/chat/completions"
    return url + CHAT_PATH


def system_prompt() -> str:
    lines = "\n".join(
        f"- {sub} ({SUB_EVENT_TO_TYPE[sub]}): {text}" for sub, text in DEFINITIONS.items()
    )
    return (
        "You review political violence and protest events coded from news reports in ACLED's "
        "categories. One event is one place, one day, one pair of actors. The sub-event types:\n"
        f"{lines}\n"
        "Read the sentence and the coding. Answer only with JSON matching the schema: verdict "
        '"agree" when the coded sub-event type is right, "disagree" when another type fits '
        'better (give it as suggested_sub_event_type), "not an event" when the sentence '
        'reports no such event (a threat, a denial, a background fact), "unsure" otherwise; '
        "reason in one sentence."
    )


def event_prompt(event: Event) -> dict[str, Any]:
    """What the model is told about one event: the words and what the rules made of them."""
    learned = event.learned
    return {
        "sentence": event.sentence.text if event.sentence else "",
        "coded_sub_event_type": event.sub_event_type,
        "candidate_types": {
            "rules": learned.rule_sub_event_type if learned else event.sub_event_type,
            "learned_model": learned.sub_event_type if learned else None,
        },
        "rule_trace": {
            "notes": event.notes,
            "confidence": event.confidence,
            "evidence": [{"field": s.field, "words": s.text} for s in event.evidence],
        },
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "location": event.location.name if event.location else None,
        "fatalities": event.fatalities,
        "hedged": event.hedged,
    }


@dataclass
class Reviewer:
    """One endpoint and model, with the run's count of failures in a row."""

    endpoint: str
    model: str = "default"
    timeout: float = 60.0
    failures_in_a_row: int = field(default=0, repr=False)
    last_failure: str = field(default="", repr=False)

    def request(self, event: Event) -> dict[str, Any]:
        return {
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": system_prompt()},
                {"role": "user", "content": json.dumps(event_prompt(event), ensure_ascii=False)},
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "acled_event_review", "strict": True, "schema": SCHEMA},
            },
        }

    def review(self, event: Event) -> Review:
        """The endpoint's review of one event, or a ``failed`` review saying why."""
        url = endpoint_url(self.endpoint)
        if self.failures_in_a_row >= MAX_FAILURES_IN_A_ROW:
            return self._failed(
                f"not sent: the endpoint failed {self.failures_in_a_row} times in a row "
                f"(last: {self.last_failure})"
            )
        try:
            answer = post_json(
                url, self.request(event), timeout=self.timeout, max_bytes=MAX_ANSWER_BYTES
            )
        except FetchError as exc:
            self.failures_in_a_row += 1
            self.last_failure = exc.reason
            return self._failed(self.last_failure)
        self.failures_in_a_row = 0
        return read_answer(answer, self.model, url)

    def _failed(self, reason: str) -> Review:
        return Review(verdict="failed", reason=reason[:MAX_REASON], model=self.model,
                      endpoint=endpoint_url(self.endpoint))  # fmt: skip


def read_answer(answer: Any, model: str, url: str) -> Review:
    """A chat-completions answer as a Review; anything unexpected is a ``failed`` review."""

    def failed(reason: str) -> Review:
        return Review(verdict="failed", reason=reason[:MAX_REASON], model=model, endpoint=url)

    try:
        choice = answer["choices"][0]
        message = choice["message"]
    except (KeyError, IndexError, TypeError):
        return failed("malformed answer: no choices[0].message")
    named = str(answer.get("model") or model)
    if message.get("refusal"):
        return failed(f"refused: {str(message['refusal'])[:200]}")
    if choice.get("finish_reason") == "content_filter":
        return failed("refused: the endpoint's content filter stopped the answer")
    try:
        data = json.loads(message.get("content") or "")
    except (TypeError, ValueError):
        return failed("malformed answer: the content is not JSON")
    return _checked(data, named, url) or failed("malformed answer: not the schema's JSON")


def _checked(data: Any, model: str, url: str) -> Review | None:
    if not isinstance(data, dict) or data.get("verdict") not in VERDICTS:
        return None
    suggested = data.get("suggested_sub_event_type")
    if suggested is not None and suggested not in SUB_EVENT_TO_TYPE:
        return None
    reason = data.get("reason")
    return Review(
        verdict=data["verdict"],
        suggested_sub_event_type=suggested,
        reason=str(reason or "")[:MAX_REASON],
        model=model,
        endpoint=url,
    )


def review_extraction(extraction: Extraction, article: Article, reviewer: Reviewer) -> Extraction:
    """The extraction with every event's review recorded (the events otherwise unchanged)."""
    if not extraction.events:
        return extraction
    events = tuple(e.model_copy(update={"review": reviewer.review(e)}) for e in extraction.events)
    return extraction.model_copy(update={"events": events})


__all__ = [
    "SCHEMA",
    "Reviewer",
    "endpoint_url",
    "event_prompt",
    "read_answer",
    "review_extraction",
    "system_prompt",
]
