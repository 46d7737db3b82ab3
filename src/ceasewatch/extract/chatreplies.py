"""A chat export's post denied by a reply to it tells no event (session 26, telegram26).

In a Telegram group or channel a member asks about a rumour or shares a video ("Is it true the
bridge was hit?", "Someone sent a video of burning cars, is it today?") and another answers it
with Telegram's reply, which the export records (``reply_to_message_id``; clean keeps it in
``Article.messages``): "No, the administration says the bridge is intact", "No, that video is
from 2021", "Fake". The post answered so tells no event: its events are dropped. Only when the
reply opens on a denial (``DENIAL``) and the post replied to comes earlier in the same export;
the reply's own words are read as any message's (a denial opening a sentence tells no event in a
thread: extract/posts.py ``thread_non_event``). Source: the reply habit of local groups and
news channels (Telegram Desktop's export format, tdesktop ``export_output_json.cpp``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ceasewatch.model import Article, Event

DENIAL = re.compile(
    r"^\W*(?:no\b(?!\s+(?:one|body|more|longer|less|fewer))|nope\b|fake\b|false\b|untrue\b"
    r"|not\s+true\b|that(?:'s|\s+is)\s+(?:old|fake|false|not\s+(?:true|today|from\s+today)))",
    re.I,
)


def denied(article: Article) -> list[tuple[int, int]]:
    """The spans of ``article``'s messages that a later reply answers with a denial."""
    by_id = {m.id: m for m in article.messages if m.id is not None}
    out = []
    for m in article.messages:
        target = by_id.get(m.reply_to) if m.reply_to is not None else None
        if target is None or target.start >= m.start:
            continue
        if DENIAL.match(article.text[m.words : m.end]):
            out.append((target.start, target.end))
    return out


def without_denied(events: Iterable[Event], article: Article) -> list[Event]:
    """``events`` less those told in a post a reply denies."""
    spans = denied(article) if article.messages else []
    if not spans:
        return list(events)

    def told_in_denied(e: Event) -> bool:
        at = e.sentence.start if e.sentence is not None else None
        return at is not None and any(start <= at < end for start, end in spans)

    return [e for e in events if not told_in_denied(e)]


__all__ = ["DENIAL", "denied", "without_denied"]
