"""A security desk's document: the parts that give guidance and tell no incident.

Only in a text ``clean/desk.py`` read as a desk's flash alert, incident report, sitrep or
advisory (its note). Such a document mixes incidents with guidance for staff ("Movement: no
road travel ...", "Avoid the city centre during announced gatherings", a "Guidance" section's
bullets) and the desk's assessment ("Assessment: the ELN is consolidating control ..."); read
as report, a curfew, a planned march or a warning of attacks becomes an event. Words in
``data/desk.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch import datefrag as F
from ceasewatch.model import DESK_NOTE

DATA = Path(__file__).parent / "data" / "desk.yaml"
# clean/desk.py's note on an article it read as a desk's document
NOTE = DESK_NOTE
# what may open a bullet before its label: a dash, a short date ("16/11", datefrag's figures), a
# clock ("approx. 0600hrs", "1600 LT")
_LEAD = (
    rf"^[\s\-–•*]*(?:{F.FIG2}/{F.FIG2}\b[\s:,]*)?"
    r"(?:(?:approx\.?\s*)?\d{3,4}\s?(?:hrs|LT)\b[\s:,]*)?"
)
HEADING_WORDS = 6
# doc.user_data key: the abbreviations a desk's document reads as fire (triggers.find_hits)
DESK_KEY = "ceasewatch_desk_fire"


@dataclass(frozen=True)
class Words:
    label: re.Pattern[str]
    heading: re.Pattern[str]
    abbreviations: tuple[str, ...]
    norms: dict[str, str]  # abbreviation -> the word it stands for (the parser's norm)
    fire: dict[str, tuple[str, ...]]  # abbreviation -> the words that make it a force
    imperatives: frozenset[str]


@cache
def words(path: Path = DATA) -> Words:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = "|".join(doc["guidance_labels"])
    headings = "|".join(doc["guidance_headings"])
    return Words(
        label=re.compile(rf"{_LEAD}(?:{labels})\s*:", re.I),
        heading=re.compile(rf"^\s*(?:{headings})\s*:?\s*$", re.I),
        abbreviations=tuple(str(w) for w in doc["period_abbreviations"]),
        norms={str(k): str(v) for k, v in doc.get("abbreviation_norms", {}).items()},
        fire={k: tuple(v["unless"]) for k, v in doc["fire_abbreviations"].items()},
        imperatives=frozenset(str(w).lower() for w in doc["imperatives"]),
    )


def period_abbreviations() -> tuple[str, ...]:
    return words().abbreviations


def abbreviation_norm(word: str) -> str | None:
    """The word an abbreviation stands for ("incl." -> "including"), if desk.yaml gives one."""
    return words().norms.get(word)


def read_as_desk(notes: tuple[str, ...] | list[str]) -> bool:
    """Did clean read the text as a desk's document (its note)? Not clean/desk.py's
    ``is_desk``, which reads the lines to decide it."""
    return any(n.startswith(NOTE) for n in notes)


def guidance_heading(paragraph: str) -> bool:
    """A heading that opens a section of guidance ("Guidance", "Recommendations")."""
    return bool(words().heading.match(paragraph))


def heading(paragraph: str) -> bool:
    """Any section's heading: a short line that is no sentence and no bullet ("MARIB",
    "Recent incidents", "SOUTH-WEST")."""
    text = paragraph.strip()
    return (
        bool(text)
        and not re.match(r"^[\-–•*]", text)
        and len(text.split()) <= HEADING_WORDS
        and not re.search(r"[.;!?]$", text)
    )


def fire_abbreviations(text: str) -> frozenset[str]:
    """The fire abbreviations ("SAF", "IDF") a desk's document uses as fire: those it writes
    and whose force or country it does not name ("IDF = Israel Defense Forces in this report",
    a Lebanon sitrep's "Israeli airstrike")."""
    found = set()
    for abbreviation, unless in words().fire.items():
        if not re.search(rf"\b{abbreviation}\b", text):
            continue
        if any(re.search(rf"\b{re.escape(w)}\b", text) for w in unless):
            continue
        found.add(abbreviation)
    return frozenset(found)


def drop_fire_entities(doc: Any, fire: frozenset[str]) -> None:
    """The actor base's entities on the fire abbreviations go ("IDF impacts reported" names
    no army)."""
    if fire and any(e.text in fire for e in doc.ents):
        for tok in doc:
            if tok.text in fire:
                tok.ent_id_ = ""
        doc.ents = [e for e in doc.ents if e.text not in fire]
    doc.user_data[DESK_KEY] = fire


def guidance(sentence: str) -> bool:
    """A sentence that opens on a guidance label ("Movement: ...", "Assessment: ...")."""
    return bool(words().label.match(sentence))


def no_incident(sent: Any) -> bool:
    """A desk's sentence that tells no incident: one opening on a guidance, field or
    unconfirmed label; an order to staff ("Expect searches at TCPs", "Avoid the centre"); the
    ongoing situation in the present ("fighting between A and B continues in rural X")."""
    if guidance(sent.text):
        return True
    root = sent.root
    if any(
        t.lemma_.lower() == "continue"
        and t.tag_ in ("VBZ", "VBP")
        and t.dep_ not in ("advcl", "relcl", "ccomp", "xcomp")
        and (t.dep_ != "acl" or t.head.i == root.i)  # after a label: "Summary: ... continues"
        for t in sent
    ):
        return True  # "Summary: fighting ... continues in several zones"
    first = next((t for t in sent if t.is_alpha and not t.like_num), None)
    return (
        first is not None
        and first.i == root.i
        and first.tag_ == "VB"
        and first.lower_ in words().imperatives
    )


__all__ = [
    "DESK_KEY",
    "NOTE",
    "drop_fire_entities",
    "fire_abbreviations",
    "guidance",
    "guidance_heading",
    "heading",
    "no_incident",
    "period_abbreviations",
    "read_as_desk",
]
