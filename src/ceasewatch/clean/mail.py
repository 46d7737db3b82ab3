"""An e-mail saved as text: the mail's frame out, its text read as paragraphs of report.

Users save digests, briefs, forwards and newsletters from their mail client ("Save as text", a
copy of the message): a header block (``From:``, ``Sent:``, ``To:``, ``Subject: RE: FW: ...``),
forwarded blocks with their own header (``---------- Forwarded message ---------``, ``Date:``),
replies quoted with ``> ``, a newsletter's "View this email in your browser" and ``[image:
logo]`` lines, signatures with the office's address and telephone, unsubscribe and
confidentiality footers, and items that are notices (``JOBS:``, ``EVENTS:``). Left in, every
later stage reads them as report: the subject as a sentence of its own ("Subject: FW: FLASH -
<city> explosions" an explosion on the mail's day), the signature's city as a place.

When at least ``min_headers`` header lines (``clean/data/mail.yaml``) stand among the first
``head_lines`` lines, the text is a mail and, in order:

- the header lines go, but for the date fields (``Sent:``, ``Date:``: the first dates the mail,
  a forward's dates its block; clean/dateline.py and extract read them as before); the first
  subject, without its ``RE:``/``FW:`` prefixes, is the title;
- quoted lines (``> ``, ``>> ``) go with the "On <date>, <name> wrote:" line above them: they
  are the earlier mail a reply answers, whose news was told when it was sent;
- frame lines go (the forward's opening separator, web-view and image placeholders, footers);
- a signature goes: the lines after a ``--`` separator, a closing ("Regards,") with the few
  short lines after it, a line printing a telephone number or an e-mail address;
- a notice item goes (a paragraph opened by a notice label in capitals, "JOBS:", "4.
  VACANCIES:", with the bullets under it);
- a teaser's link goes from its line ("Read more: https://...", "<https://...>").

Words are only removed: what stays is the user's text. What was removed is noted. Any other
text is unchanged. A forward's closing separator ("---------- End of forwarded message") stays:
extract/events.py reads the forward's ``Date:``/``Sent:`` line as the day its words count from
("this afternoon", "on Sunday"), up to that line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ceasewatch.daynames import phrase_alternation

DATA = Path(__file__).with_name("data") / "mail.yaml"

FIELD = re.compile(r"^(?P<quote>(?:>\s*)*)(?P<field>[A-Za-z][A-Za-z-]{1,15})\s*:\s*(?P<value>.*)$")
QUOTE = re.compile(r"^(?:>\s?)+")
SIGNATURE_MARK = re.compile(r"^--\s*$")
PHONE = re.compile(r"(?<![\w/])\+\s?\d{1,4}(?:[\s./-]?\d){5,}")
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = re.compile(
    r"\s*(?:\b(?:read more|more|register|link|details|full story|source)\s*:\s*)?"
    r"<?https?://[^\s>]+>?",
    re.I,
)
WROTE = re.compile(r"\bwrote:\s*$", re.I)
BULLET = re.compile(r"^[-*•·]\s+")
SENTENCE_WORDS = 12  # a signature line holds no sentence longer than this
NAME_WORDS = 4  # a name or a title under a closing ("Ana P.", "Senior Analyst, West Africa")


@dataclass(frozen=True)
class Mail:
    """The words of ``mail.yaml``, compiled."""

    min_headers: int
    head_lines: int
    drop_fields: frozenset[str]
    date_fields: frozenset[str]
    subject_prefix: re.Pattern[str]
    frame: re.Pattern[str]
    frame_words: re.Pattern[str]
    closing: re.Pattern[str]
    signature_lines: int
    notice: re.Pattern[str]
    forward_end: re.Pattern[str]


@cache
def mail(path: Path = DATA) -> Mail:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Mail(
        min_headers=int(doc["min_headers"]),
        head_lines=int(doc["head_lines"]),
        drop_fields=frozenset(str(w).lower() for w in doc["drop_fields"]),
        date_fields=frozenset(str(w).lower() for w in doc["date_fields"]),
        subject_prefix=re.compile(
            rf"^(?:(?:{phrase_alternation(doc['subject_prefixes'])})\s*(?:\[\d+\])?\s*:\s*)+", re.I
        ),
        frame=re.compile(rf"^(?:{phrase_alternation(doc['frame_openings'])})", re.I),
        frame_words=re.compile(rf"\b(?:{phrase_alternation(doc['frame_words'])})\b", re.I),
        closing=re.compile(rf"^(?:{phrase_alternation(doc['closings'])})\s*[,.!]?\s*$", re.I),
        signature_lines=int(doc["signature_lines"]),
        forward_end=re.compile(rf"^(?:{phrase_alternation(doc['forward_ends'])})", re.I),
        notice=re.compile(
            rf"^(?:\d{{1,2}}[.)]\s*)?(?:{phrase_alternation(doc['notice_labels'])})\s*(?::|\s[-\u2013\u2014]\s)",
            re.I,
        ),
    )


def _field(line: str) -> str | None:
    m = FIELD.match(line)
    return m.group("field").lower() if m else None


def is_mail(lines: list[str]) -> bool:
    """At least ``min_headers`` header lines among the first ``head_lines`` lines."""
    words = mail()
    known = words.drop_fields | words.date_fields
    head = lines[: words.head_lines]
    return sum(1 for line in head if _field(line) in known) >= words.min_headers


def _frame(line: str, words: Mail) -> bool:
    return bool(words.frame.match(line) or words.frame_words.search(line))


def _signature_line(line: str) -> bool:
    """An office's line: a telephone number or an e-mail address, and no sentence."""
    if not (PHONE.search(line) or ADDRESS.search(line)):
        return False
    return all(len(part.split()) <= SENTENCE_WORDS for part in re.split(r"[.|;]", line))


def _short(line: str) -> bool:
    """A line of a signature: a name ("Ana P."), a title, an office; no sentence."""
    words = len(line.split())
    return words <= NAME_WORDS or (words <= SENTENCE_WORDS and not line.rstrip().endswith("."))


def read_mail(lines: list[str], notes: list[str]) -> tuple[list[str], str | None]:
    """The lines of a mail without its frame, and its subject (see the module's docstring);
    any other text unchanged, with no subject."""
    if not is_mail(lines):
        return lines, None
    words = mail()
    subject: str | None = None
    counts = {"header": 0, "quoted": 0, "frame": 0, "signature": 0, "notice": 0, "link": 0}
    kept: list[str] = []
    in_signature = in_notice = False
    for index, raw in enumerate(lines):
        if QUOTE.match(raw) or WROTE.search(raw):
            counts["quoted"] += 1  # the earlier mail a reply answers
            continue
        unquoted = raw.strip()
        field = _field(unquoted)
        if field in words.date_fields:
            in_signature = in_notice = False  # a forward's block opens
            kept.append(unquoted)
            continue
        if words.forward_end.match(unquoted):
            in_signature = in_notice = False
            kept.append(unquoted)  # extract/events.py: the forward's date ends here
            continue
        if field in words.drop_fields:
            counts["header"] += 1
            if field == "subject" and subject is None:
                value = FIELD.match(unquoted)
                text = words.subject_prefix.sub("", value.group("value") if value else "")
                subject = text.strip() or None
            continue
        if in_signature:
            counts["signature"] += 1
            continue
        if SIGNATURE_MARK.match(unquoted):
            in_signature = True
            counts["signature"] += 1
            continue
        if _frame(unquoted, words):
            counts["frame"] += 1
            continue
        if words.closing.match(unquoted):
            rest = lines[index + 1 : index + 1 + words.signature_lines + 1]
            closing = all(_short(r) or _signature_line(r) or _frame(r, words) for r in rest)
            if closing and len(rest) <= words.signature_lines:
                in_signature = True
                counts["signature"] += 1
                continue
        if _signature_line(unquoted):
            counts["signature"] += 1
            continue
        head = unquoted.split(":", 1)[0].split(" - ", 1)[0]
        if words.notice.match(unquoted) and head.isupper():
            in_notice = True
            counts["notice"] += 1
            continue
        if in_notice and BULLET.match(unquoted):
            counts["notice"] += 1
            continue
        in_notice = False
        unlinked = LINK.sub("", unquoted).strip()
        if unlinked != unquoted:
            counts["link"] += 1
        if unlinked:
            kept.append(unlinked)
    said = ", ".join(f"{n} {what} line(s)" for what, n in counts.items() if n)
    notes.append(f"read as an e-mail: removed or unmarked {said or 'nothing'}")
    return kept, subject


__all__ = ["is_mail", "mail", "read_mail"]
