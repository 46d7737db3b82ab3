"""The default reader's recall fallback: a note the rules found no event in, that a reader
which learnt the corpus's non-events is sure tells one, gets one event of the reader's type.

The rules miss a writer's words they were never written for ("torched a polling station",
"overran the outpost"); the reader, fitted on many writers' one-event descriptions and their
non-events (recipe ``reader.v2-mask-bal-nonev``), reads them. It speaks only when

1. the text is note-like: at most ``learn.reader_fallback_max_chars`` characters. A coder's
   one-event note is 110-230 characters (95% of notes a-t); a report's body is 480 and more
   (95% of world_reports), and the reader, fitted on single descriptions, cannot say which
   of a report's events it read, nor where;
2. its P(no event) is under ``learn.reader_fallback_max_no_event`` (0.1: on the dev halves of
   notes a-u and world, 15 notes the rules found nothing in and 1 of 182 non-events are under
   it; 0.05, sessions 31-32, let through 2 of those 15; docs/quality/reader31-33.md);
3. the guard (``learn.guard``) does not refuse the type on the event's own facts.

The event's date, place, actors and toll are read by extraction (``extract.unprompted``) and
resolved and geocoded as every event; its confidence is below every rules' event and
``Event.learned`` records the reader, P(no event) and that the rules found none.
"""

from __future__ import annotations

from collections.abc import Sequence

from ceasewatch.learn.reader import NO_EVENT, Reader
from ceasewatch.model import SUB_EVENT_TO_TYPE, Event, LearnedType
from ceasewatch.settings import setting

RULES_NONE = "no event"  # ``LearnedType.rule_sub_event_type`` of an event the rules did not find


def note_like(text: str) -> bool:
    """A short single-event text (rule 1 of the module docstring)."""
    stripped = text.strip()
    return 0 < len(stripped) <= setting("learn.reader_fallback_max_chars")


def sure_types(texts: Sequence[str], reader: Reader) -> list[tuple[str, float, float] | None]:
    """For each text, (type, its probability, P(no event)) when the reader is sure it tells an
    event (rule 2), else None."""
    limit = setting("learn.reader_fallback_max_no_event")
    out: list[tuple[str, float, float] | None] = []
    for table in reader.probabilities(list(texts)):
        quiet = table.get(NO_EVENT, 1.0)
        types = {k: v for k, v in table.items() if k in SUB_EVENT_TO_TYPE}
        if quiet >= limit or not types:
            out.append(None)
            continue
        sub = max(sorted(types), key=lambda k: types[k])
        out.append((sub, types[sub], quiet))
    return out


def why(sub: str, quiet: float) -> str:
    """The note an unprompted event carries: who typed it and how sure it was."""
    return (
        f"the rules found no event; the default reader's fallback read {sub} "
        f"(P(no event) {quiet:.3f})"
    )


def recorded(event: Event, score: float, quiet: float, model: str) -> Event:
    """``event`` (typed by the reader) with the reader's reading recorded."""
    learned = LearnedType(
        sub_event_type=event.sub_event_type,
        event_type=event.event_type,
        score=round(score, 4),
        model=model,
        rule_sub_event_type=RULES_NONE,
        rule_score=0.0,
        chosen="learned",
        reason=why(event.sub_event_type, quiet),
    )
    return event.model_copy(update={"learned": learned})


__all__ = ["RULES_NONE", "note_like", "recorded", "sure_types", "why"]
