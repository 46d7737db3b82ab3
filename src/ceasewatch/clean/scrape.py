"""Scraped-page debris out, page metadata in.

Archive pages and copy-pasted reports carry more than the article: a date-picker widget,
navigation crumbs, a metadata line ("11-1-2018 < Global Research 66 354 words"), image captions
that repeat the headline, image credits. Each rule removes one kind of debris and records what it
removed in ``Scraped.notes``; what the debris tells us (outlet, word count, original source) is
kept as metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ceasewatch.clean.chrome import drop_captions as drop_photo_captions
from ceasewatch.clean.chrome import drop_corrections, drop_lists
from ceasewatch.clean.dateline import is_dateline
from ceasewatch.clean.desk import read_desk
from ceasewatch.clean.mail import read_mail
from ceasewatch.clean.posts import read_posts
from ceasewatch.clean.rights import read_rights_document
from ceasewatch.clean.statement import kind_line, read_statement
from ceasewatch.clean.thread import read_thread
from ceasewatch.clean.transcript import read_transcript
from ceasewatch.clean.translated import drop_translation_credits
from ceasewatch.settings import setting

_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
WIDGET_LINES = (
    re.compile(r"^(?:select|pick|choose)\s+(?:a\s+)?date:?$", re.I),
    re.compile(rf"^{_MONTH}\s+\d{{4}}$", re.I),  # "June 2024" (calendar month header)
    re.compile(rf"^(?:{_WEEKDAY}\s*){{5,7}}$", re.I),  # "Mon Tue Wed Thu Fri Sat Sun"
    re.compile(r"^(?:\d{1,2}\s+){4,}\d{1,2}$"),  # a row of day numbers
    re.compile(r"^(?:«|»|‹|›|<|>|prev(?:ious)?|next|today)$", re.I),
)
# "Home > World > Middle East": short items joined by two or more crumb separators.
CRUMBS = re.compile(
    r"^(?:[\w'’&.-]+(?:\s[\w'’&.-]+){0,3}\s*[>›»/|]\s*){2,}[\w'’&.-]+(?:\s[\w'’&.-]+){0,3}$"
)
# "11-1-2018 < Global Research 66 354 words": date, separator, outlet, an optional count
# (comments or shares on the archive site; its meaning is not printed, so we only keep it as a
# note), the site's word count.
META_LINE = re.compile(
    r"^(?P<date>\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\s*[<|·•–—-]\s*(?P<outlet>.+?)"
    r"(?:\s+(?P<count>\d+))?\s+(?P<words>\d+)\s+words$",
    re.I,
)
BYLINE = re.compile(r"^[Bb]y\s+(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$")
CREDIT_PATTERNS = (
    re.compile(
        r"^all\s+(?:images|photos|pictures)\s+in\s+this\s+article\s+(?:are\s+)?(?:from|by|courtesy\s+of)\s+(?P<who>.+?)\.?$",
        re.I,
    ),
    re.compile(
        r"^(?:featured\s+)?(?:image|photo|picture)s?\s*(?:credit|source)?\s*[:–-]\s*(?P<who>.+?)\.?$",
        re.I,
    ),
    re.compile(r"^\(?(?:photo|image)s?\s*(?:credit|source)?\s*:\s*(?P<who>[^)]+)\)?$", re.I),
)
ORIGIN_PATTERNS = (
    re.compile(
        r"^(?:this\s+article\s+was\s+)?(?:originally|first)\s+published\s+(?:on|by|at|in)\s+(?P<who>.+?)\.?$",
        re.I,
    ),
    re.compile(r"^source\s*:\s*(?P<who>.+?)\.?$", re.I),
)
HEADLINE_MAX_CHARS = 300
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class Scraped:
    """What scraping found; filled step by step by ``scrape``."""

    lines: list[str]
    title: str | None = None
    date_raw: str | None = None
    outlet: str | None = None
    site_word_count: int | None = None
    author: str | None = None
    original_source: str | None = None
    notes: list[str] = field(default_factory=list)


def is_headline_like(line: str) -> bool:
    """Title-cased, no sentence-final punctuation, not too long."""
    if len(line) > HEADLINE_MAX_CHARS or line.rstrip().endswith((".", "!", "?", ":", ";", ",")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def drop_widgets(doc: Scraped) -> None:
    kept = [ln for ln in doc.lines if not any(p.match(ln) for p in WIDGET_LINES)]
    # a line that prints a year is a document's cover line ("Monthly | May 2022 | Published
    # 15 May 2022"), never a site's crumbs
    kept2 = [ln for ln in kept if not CRUMBS.match(ln) or YEAR_IN.search(ln)]
    if len(kept) < len(doc.lines):
        doc.notes.append(
            f"removed {len(doc.lines) - len(kept)} date-picker/calendar widget line(s)"
        )
    if len(kept2) < len(kept):
        doc.notes.append(f"removed {len(kept) - len(kept2)} navigation crumb line(s)")
    doc.lines = kept2


def take_meta_line(doc: Scraped) -> None:
    for index, line in enumerate(doc.lines[:6]):
        match = META_LINE.match(line)
        if match:
            doc.date_raw = match.group("date")
            doc.outlet = match.group("outlet").strip()
            doc.site_word_count = int(match.group("words"))
            if match.group("count"):
                doc.notes.append(
                    f"metadata line carries an unlabelled count {match.group('count')}"
                )
            doc.notes.append(f"metadata line read: {line!r}")
            del doc.lines[index]
            return


LABEL_MAX_WORDS = 5  # a section label printed above a page's headline ("Iraq", "Press release")
TITLE_COPY_AT_MOST = 3  # the body's copy of the headline stands among its first lines


def _label(line: str) -> bool:
    """A short line with no sentence end that is not a dateline: a section's or a page type's
    name ("Politics", "Situation update", "STATEMENT TO PUBLIC OPINION")."""
    return (
        len(line.split()) <= LABEL_MAX_WORDS
        and not line.rstrip().endswith((".", "!", "?", ";", ","))
        and not is_dateline(line)
    )


def take_title(doc: Scraped, hinted: str | None) -> None:
    """The hinted title wins, and its copy at the head of the body goes, with the section labels
    a page prints above its headline; else the first headline-like line before the body."""
    if doc.lines and hinted:
        for index, line in enumerate(doc.lines[:TITLE_COPY_AT_MOST]):
            if fuzz.ratio(line.lower(), hinted.lower()) >= 90:
                if all(_label(above) for above in doc.lines[:index]):
                    if index:
                        doc.notes.append(f"removed {index} label line(s) above the headline")
                    del doc.lines[: index + 1]
                break
    if hinted:
        doc.title = hinted
        return
    # a dateline alone on the first line ("Gusau, 14 September 2023 -") heads the body
    if (
        doc.lines
        and len(doc.lines[0]) <= HEADLINE_MAX_CHARS
        and not doc.lines[0].endswith(".")
        and not is_dateline(doc.lines[0])
    ):
        doc.title = doc.lines.pop(0)


def take_byline(doc: Scraped) -> None:
    for index, line in enumerate(doc.lines[:3]):
        match = BYLINE.match(line)
        if match:
            doc.author = match.group("author")
            del doc.lines[index]
            return


def drop_captions(doc: Scraped) -> None:
    counts = Counter(doc.lines)
    threshold = setting("clean.caption_similarity")
    title = (doc.title or "").lower()

    def is_caption(line: str) -> bool:
        # a statement's kind line ("Police Control Room Kashmir - Press Note") shares the
        # letterhead's words: clean/statement.py reads it
        if not is_headline_like(line) or kind_line(line):
            return False
        similar = bool(title) and fuzz.token_set_ratio(line.lower(), title) >= threshold
        return similar or counts[line] > 1

    kept = [ln for ln in doc.lines if not is_caption(ln)]
    if len(kept) < len(doc.lines):
        doc.notes.append(
            f"removed {len(doc.lines) - len(kept)} caption line(s) repeating the headline"
        )
    doc.lines = kept


def take_credits(doc: Scraped) -> None:
    kept = []
    for line in doc.lines:
        credit = next((m for p in CREDIT_PATTERNS if (m := p.match(line))), None)
        origin = next((m for p in ORIGIN_PATTERNS if (m := p.match(line))), None)
        if credit and len(line) < 200:
            who = credit.group("who").strip()
            doc.notes.append(f"image credit removed: {line!r}")
            doc.original_source = doc.original_source or who
        elif origin and len(line) < 200:
            doc.original_source = origin.group("who").strip()
            doc.notes.append(f"origin line removed: {line!r}")
        else:
            kept.append(line)
    doc.lines = kept


def scrape(text: str, *, title_hint: str | None = None) -> Scraped:
    """Run the debris rules in order over the text's non-empty lines.

    0. an e-mail's frame: headers, quoted lines, footers, signatures, notices (clean/mail.py;
    the subject is the title); then a machine translation's credit and the source's menu beside
    it (clean/translated.py)
    1. widgets and crumbs   2. the site's metadata line   3. the title (hint, or first line)
    4. a byline             5. captions repeating the headline   6. image credits and origin lines
    7. other stories' headline lists ("Related News", "Read more")   8. photo captions closed by a
    wire credit ("... (AFP Photo)"); both in clean/chrome.py   9. correction notes ("Correction:
    An earlier version of this story said ..."; clean/chrome.py)   10. a channel's time-stamped
    posts: stamps, labels, emoji and hashtags out (clean/posts.py), after a social-media
    thread's or chat export's frame lines, senders and system messages (clean/thread.py) and a
    broadcast transcript's speaker labels, caption time codes, stage directions, headlines and
    repeats (clean/transcript.py), and a security desk's DTGs and "2x" counts (clean/desk.py,
    whose title dates the document), and an official statement's letterhead, kind, reference
    and headline lines, signature and closing boilerplate (clean/statement.py)
    11. human-rights documentation: paragraph numbers out, a
    database's incident entries written as a log's rows (clean/rights.py)
    """
    doc = Scraped(lines=[ln.strip() for ln in text.splitlines() if ln.strip()])
    doc.lines, subject = read_mail(doc.lines, doc.notes)  # 0
    title_hint = title_hint or subject
    doc.lines = drop_translation_credits(doc.lines, doc.notes)  # 0
    drop_widgets(doc)  # 1
    take_meta_line(doc)  # 2
    take_title(doc, title_hint)  # 3
    take_byline(doc)  # 4
    drop_captions(doc)  # 5
    take_credits(doc)  # 6
    doc.lines = drop_lists(doc.lines, doc.notes)  # 7
    doc.lines = drop_photo_captions(doc.lines, doc.notes)  # 8
    doc.lines = drop_corrections(doc.lines, doc.notes)  # 9
    doc.lines, day = read_thread(doc.lines, doc.title, doc.notes)  # 10
    if day is not None and not doc.date_raw:
        doc.date_raw = day.isoformat()
    doc.lines, day = read_desk(doc.lines, doc.title, doc.notes)  # 10
    if day is not None and not doc.date_raw:
        doc.date_raw = day.isoformat()
    doc.lines = read_statement(doc.lines, doc.title, doc.notes)  # 10
    doc.lines = read_transcript(doc.lines, doc.notes)  # 10
    doc.lines = read_posts(doc.lines, doc.notes)  # 10
    doc.lines = read_rights_document(doc.lines, doc.notes)  # 11
    return doc
