"""An official statement's numbered paragraphs and its own voice (clean/statement.py read the
text as one).

An army's, a ministry's or a police release tells its incidents one numbered paragraph each
("1. In the North East, troops ... 2. On Sunday, the Air Component ..."), each in its own
place: the place a paragraph before named does not carry into the next (as a log's row,
clean/sheet.py), and a paragraph whose opening sentence names several places ("Police in
<city> on Tuesday dispersed ... at <crossroads>") is placed by its first for the sentences
after it that name none (statements27, session 27).

The issuer's own voice tells no incident (``no_incident``): a sentence whose main verb is
what the issuer does as it speaks, in the present ("The Ministry warns that any violent action
will be met ...", "The PNH condemns this act", "Police request the people to share
information", "The Government extends its condolences", "A person detained last week remains
in custody"), one whose main verb is modal ("Anyone found engaging in criminality under the
guise of demonstrations will face the full force of the law"), and the ongoing situation told in
the present ("Units ... continue to destroy the remnants ... in the Kursk region", as a
security desk's, extract/desk.py). Words in ``data/statement.yaml``.

A claim that names no place, in its sentence or its paragraph, tells no event (``placed``): a
front's daily tally ("In the past 24 hours, units ... inflicted losses on ... The enemy lost up
to 465 servicemen"), "in recent weeks, several bases have been destroyed". ACLED codes an
event at a place; a release's paragraphs each name theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch.model import STATEMENT_NOTE, Event

DATA = Path(__file__).with_name("data") / "statement.yaml"
PRESENT = ("VBZ", "VBP")

# A numbered paragraph opens a line: "1. ", "2) ", "(3) "
POINT = re.compile(r"(?m)^\(?\d{1,2}[.)]\s+(?=\S)")


def read_as_statement(notes: Sequence[str]) -> bool:
    """Did clean read the text as a statement (its note)? Not clean/statement.py's
    ``is_statement``, which reads the lines to decide it."""
    return any(n.startswith(STATEMENT_NOTE) for n in notes)


def point_starts(text: str) -> tuple[int, ...]:
    """Where the numbered paragraphs of a statement start in ``text`` (the caller reads them
    only in a text clean read as a statement, ``read_as_statement``)."""
    return tuple(m.start() for m in POINT.finditer(text))


@cache
def _words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items()}


def no_incident(sent: Any) -> bool:
    """A statement's sentence in the issuer's own voice, a modal one, or the ongoing situation
    (see the module's docstring)."""
    root = sent.root
    w = _words()
    if root.pos_ not in ("VERB", "AUX"):
        return False
    if root.tag_ in PRESENT and root.lemma_.lower() in w["speaking_verbs"]:
        return True
    if any(c.dep_ == "aux" and c.lower_ in w["modals"] for c in root.children):
        return True
    return root.lemma_.lower() == "continue" and root.tag_ in PRESENT


def placed(events: list[Event]) -> list[Event]:
    """A statement's events that have a place (see the module's docstring)."""
    return [e for e in events if e.location is not None]
