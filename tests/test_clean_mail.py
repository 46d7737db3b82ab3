"""An e-mail saved as text (session 24, helper digests24): the mail's frame (headers but its
date lines, quoted replies, footers, signatures, notices, teasers' links) is no report text, the
subject is the title, and a forward's own date line dates its block (clean/mail.py,
extract/events.py). Texts written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

from ceasewatch.clean import clean
from ceasewatch.clean.mail import is_mail, read_mail
from ceasewatch.extract import Extractor
from tests.event_builders import raw_document
from tests.test_extract_events import run

raw = partial(raw_document, fetched=dt.date(2025, 1, 1))

MAIL = """From: Valley Monitor <news@valley-example.org>
Sent: Monday, 3 March 2025 08:15
To: subscribers
Subject: RE: FW: Valley weekly - #12

View this email in your browser <https://valley-example.org/12>

[image: logo]

KALO - Gunmen attacked a market in the town of Kalo on Saturday, killing five people. Read more: https://valley-example.org/a/1

JOBS: Field officer, deadline 30 March.
- Driver (two posts)

> On Fri, 28 Feb 2025, Ana wrote:
> Any news from the north? The army shelled a village there last month.

Regards,
Ana P.
Analyst | Valley Monitor | 1 Example Road | +999 10 000 000
You are receiving this email because you subscribed. Unsubscribe
"""


def test_a_mail_is_told_by_its_headers() -> None:
    assert is_mail(MAIL.splitlines())
    article = "Gunmen attacked a market in Kalo.\nFrom: the north.\nSubject: none."
    assert not is_mail(article.splitlines())


def test_a_mails_frame_goes_and_its_text_stays() -> None:
    notes: list[str] = []
    lines = [ln.strip() for ln in MAIL.splitlines() if ln.strip()]
    kept, subject = read_mail(lines, notes)
    assert subject == "Valley weekly - #12"
    assert kept == [
        "Sent: Monday, 3 March 2025 08:15",
        "KALO - Gunmen attacked a market in the town of Kalo on Saturday, killing five people.",
    ]
    assert notes and "e-mail" in notes[0]


def test_other_text_is_left_as_it_was() -> None:
    lines = ["Gunmen attacked a market in Kalo on Saturday.", "Regards,", "From: a reader"]
    notes: list[str] = []
    assert read_mail(lines, notes) == (lines, None)
    assert notes == []


def test_a_cleaned_mail_has_its_subject_for_title_and_its_sent_date() -> None:
    article = clean(raw(MAIL))
    assert article.title == "Valley weekly - #12"
    assert article.published == dt.date(2025, 3, 3)
    assert "Subject" not in article.text and "Unsubscribe" not in article.text
    assert "wrote" not in article.text and "+999" not in article.text


FORWARD = (
    "Sent: Monday, 3 March 2025 11:40\n\n"
    "Forwarding the flash from the northern office.\n\n"
    "Sent: Thursday, 27 February 2025 16:10\n\n"
    "Two bombs exploded in a minibus in Kalo this afternoon, killing five passengers.\n\n"
)
LATER = "Gunmen attacked a market in Bara on Sunday, killing two people."


def _dates(text: str, extractor: Extractor) -> list[dt.date | None]:
    _, extraction = run(text, extractor, published=dt.date(2025, 3, 3))
    return [e.event_date for e in extraction.events]


def test_a_forwards_date_dates_its_block(extractor: Extractor) -> None:
    assert _dates(FORWARD, extractor) == [dt.date(2025, 2, 27)]


def test_a_forwards_date_ends_with_the_forward(extractor: Extractor) -> None:
    # inside the forward, "Sunday" is the one before its Thursday; after its end, the mail's
    assert _dates(FORWARD + LATER, extractor) == [dt.date(2025, 2, 23)]
    ended = FORWARD + "[end of forwarded message]\n\n" + LATER
    assert _dates(ended, extractor) == [dt.date(2025, 3, 2)]


def test_a_digests_item_label_places_it(extractor: Extractor) -> None:
    text = (
        "Sent: Tuesday, 4 March 2025 08:00\n\n"
        "* SANANDAJ: Security forces fired live ammunition at protesters on Monday, killing one"
        " man.\n\n"
        "UPDATE: Security forces fired live ammunition at protesters on Monday, killing two men."
    )
    _, extraction = run(text, extractor, published=dt.date(2025, 3, 4))
    names = {e.location.name for e in extraction.events if e.location is not None}
    assert "SANANDAJ" in names and "UPDATE" not in names


def test_a_label_outside_a_mail_is_no_place(extractor: Extractor) -> None:
    text = "ANCHOR: Security forces fired live ammunition at protesters on Monday, killing one man."
    _, extraction = run(text, extractor, published=dt.date(2025, 3, 4))
    names = {e.location.name for e in extraction.events if e.location is not None}
    assert "ANCHOR" not in names
