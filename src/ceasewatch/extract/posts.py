"""A channel's post that puts an earlier post right (session 23, helper channels23).

Channels correct and deny in posts of their own: "Correction: the shell fell in the north
district, not in the market as we wrote", "Rumour that the mosque was set on fire is false,
police say", "Rumours of a second blast are false". A correction tells again an event an
earlier post told (its place or figure put right; the event is the one first told, and ACLED
codes it once); a denied rumour tells none. Both open the post, right after its clock
(``clean/posts.py`` writes every post as "HH:MM - ..."; only there): a trigger in such a
sentence is no new event. Sources: the corrections and rumour denials of news channels on
Telegram and X (a "Correction:" post, "Rumours of ... are false"); words by the ceasewatch
team, 2026-12.
"""

from __future__ import annotations

import re
from typing import Any

from ceasewatch import datefrag as df
from ceasewatch.extract.nlp import doc_text
from ceasewatch.extract.tokens import span_text

# Only in a post: the sentence opens with its entry's clock (a wire's "Rumours of ... were
# denied" and an article's correction note are left as they were).
_CLOCK = rf"{df.CLOCK}(?:\s*(?:{df.AMPM}|utc|gmt))?\s*[-\u2013\u2014:|]?\s*"
CORRECTION = re.compile(
    rf"^\W*{_CLOCK}(?:correction|correcting|clarification)\b\s*[:\-\u2013\u2014|]", re.I
)
RUMOUR = re.compile(rf"^\W*{_CLOCK}(?:rumou?rs?|reports?\s+circulating)\b", re.I)
DENIED = re.compile(
    r"\b(?:false|fake|untrue|not\s+true|baseless|unfounded|deni(?:ed|es)|deny|debunked)\b", re.I
)


# A post's head: its date perhaps ("15 Sep 2021, "), then its clock (clean/posts.py).
POST_HEAD = re.compile(rf"^\W*(?:\d{{1,2}}\s+[A-Za-z]{{3,9}}\.?\s+\d{{4}},?\s*)?{_CLOCK}", re.I)
# A post that updates what an earlier post told (session 23, feeds23b): channels head it
# "UPDATE" ("UPDATE: death toll rises to 3", "UPDATE Kalo: ...") or give the toll again ("Toll
# now 5", "the death toll in Kalo rises to 4"). Source: the update posts of news channels on
# Telegram and X; words by the ceasewatch team, 2026-12.
UPDATE_HEAD = re.compile(rf"{POST_HEAD.pattern}(?:update|updated)\b", re.I)
TOLL = re.compile(r"\btolls?\b", re.I)
# A figure told again as grown, or a victim who died later (session 28, liveblog28: a live
# page's entry updating an earlier one: "the number of dead ... has risen to 32", "a fourth
# person has died in hospital"). Words by the ceasewatch team, 2026-12. The text's words, beside
# extract/risen.py's reading of the parse (its qualifier is ``risen.RISEN``).
RISEN_WORDS = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:risen|rose|rises|climbed|climbs|jumped|reached)\s+to\s+\d"
    r"|\bdied\s+(?:later\s+)?(?:in\s+hospital|of\s+(?:his|her|their)\s+(?:wounds|injuries))",
    re.I,
)


UPDATE_TAG = re.compile(rf"{POST_HEAD.pattern}updated?\s+([^:.]{{2,40}}):", re.I)


def update_tag(text: str) -> frozenset[str]:
    """The names (lower case) an update post's head gives before its colon ("UPDATE Kalo
    front: ..." -> {"kalo"}): what it updates, though the parser may find no place there."""
    found = UPDATE_TAG.match(text)
    if found is None:
        return frozenset()
    return frozenset(
        w.lower() for w in re.findall(r"[^\W\d_][\w'-]{2,}", found[1]) if w[0].isupper()
    )


def post_head(text: str) -> bool:
    """The sentence opens a post: its entry's clock (perhaps after its date) comes first."""
    return bool(POST_HEAD.match(text))


def updates(text: str) -> bool:
    """The post (its opening sentence, ``text``) updates an earlier post: "UPDATE" after its
    clock, or a toll it gives again ("Toll now 5")."""
    return bool(UPDATE_HEAD.match(text) or TOLL.search(text) or RISEN_WORDS.search(text))


def corrected_or_denied(head: Any) -> bool:
    """The trigger ``head`` stands in a post that corrects an earlier one or denies a rumour."""
    text = span_text(head.sent)
    return bool(CORRECTION.match(text) or (RUMOUR.match(text) and DENIED.search(text)))


# A post that announces what is to come (session 24, forms24): channels post the calls of the
# day before ("Commercial strike and mourning in <town> tomorrow", "General strike tomorrow
# across the province"), and ACLED codes the strike or march on its day, when it is reported
# held, never the call. In a post (its line opens with its clock), a sentence that says
# "tomorrow" and tells nothing done (no verb in the past: "gunmen killed two men; funerals
# tomorrow" keeps its attack) is no event. Source: ACLED Codebook (2023), events are coded on
# the day they happen; the call posts of news channels on Telegram and X.
TOMORROW = re.compile(r"\btomorrow\b", re.I)
PAST_TAGS = frozenset({"VBD", "VBN"})


def in_post(sent: Any) -> bool:
    """The sentence stands in a post: its line opens with the post's clock."""
    text = doc_text(sent.doc)
    return post_head(text[text.rfind("\n", 0, sent.start_char) + 1 : sent.end_char])


def announced(head: Any) -> bool:
    """The trigger ``head`` stands in a post's sentence that calls for tomorrow."""
    sent = head.sent
    if not TOMORROW.search(span_text(sent)) or any(t.tag_ in PAST_TAGS for t in sent):
        return False
    return in_post(sent)


# A thread's or chat's sentence that tells no event of its own (session 25, threads25): members
# put a forwarded video right ("that video is from last year's raid", "The video going around
# ... is from 2019, not today", "That's from the May riots, two weeks ago, not today", "just old
# footage"), answer a rumour with a denial that opens the sentence ("No student has been killed",
# "Nobody was arrested"), say they know nothing ("we have no information on arrests") or quote
# a claim they cannot confirm. ACLED codes what a source reports happening, never an old clip
# shared again nor a denied rumour.
# Only in a text clean/thread.py read as a thread or chat export (``THREAD_KEY`` in the parse's
# user data, set by extract/__init__.py). Source: the forwarded-video and rumour habits of group
# chats (fact-checkers' advice on WhatsApp forwards); words by the ceasewatch team, 2026-12.
THREAD_KEY = "ceasewatch_thread"
_FOOTAGE = r"(?:videos?|clips?|footage|photos?|pictures?|images?|pics?|that|this|it)"
OLD_FOOTAGE = re.compile(
    rf"\b{_FOOTAGE}\b[^.;!?]{{0,80}}?(?:\b(?:is|was|are|were)|'s)\s+(?:an?\s+)?"
    r"(?:old\b|recycled\b|from\s+(?:(?:19|20)\d\d\b|last\s+(?:year|month|week)|an?\s+"
    r"(?:earlier|previous|old)\b|\d+\s+(?:years?|months?|weeks?)\s+ago))"
    r"|\bnot\s+(?:from\s+)?today\b|\bold\s+(?:video|footage|clip|photos?|pictures?)\b",
    re.I,
)
DENIAL_OPENING = re.compile(r"^\W*(?:no|nobody|none|no\s+one)\b(?!\s*[,:.!])", re.I)
NO_NEWS = re.compile(
    r"\bno\s+(?:information|news|confirmation|reports?|word)\s+(?:on|of|about|regarding)\b", re.I
)
# An account quoting another's claim it will not vouch for ('QT @x: "1 killed" -- we cannot
# confirm this yet'): the thread's own toll stands.
UNCONFIRMED = re.compile(r"\b(?:can\s*not|can't|could\s+not|couldn't)\s+(?:yet\s+)?confirm\b", re.I)


def in_thread(head: Any) -> bool:
    return bool(head.doc.user_data.get(THREAD_KEY))


def thread_non_event(head: Any) -> bool:
    """The trigger ``head`` stands, in a thread or chat, in a sentence that puts an old video
    right, opens on a denial, or says nothing is known of it (see ``OLD_FOOTAGE``)."""
    if not in_thread(head):
        return False
    sent = head.sent
    text = sent.text
    body = POST_HEAD.sub("", text, count=1)
    if OLD_FOOTAGE.search(text) or DENIAL_OPENING.match(body) or UNCONFIRMED.search(text):
        return True
    news = NO_NEWS.search(text)
    return news is not None and head.idx - sent.start_char >= news.end()


__all__ = [
    "THREAD_KEY",
    "announced",
    "corrected_or_denied",
    "in_post",
    "in_thread",
    "post_head",
    "thread_non_event",
    "update_tag",
    "updates",
]
