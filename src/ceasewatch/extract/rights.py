"""Human-rights documentation: the sentences that frame its incidents (words in data/rights.yaml).

Only in a text ``ceasewatch/documentation.py`` takes for rights documentation (extract/events.py
``Context.documentation``). Such a document tells its incidents late, each by its day, and
frames them with sentences that tell no incident of their own:

- ``recall``: a recap in the body's present ("The Group recalls that the protests began on
  18 April 2018", "We recall also the killings of ..."): background;
- ``tally``: a count over the documented period ("Between January and October 2021, the Office
  recorded at least 570 civilians killed", "... looted across the period");
- ``reply``: the government's reply or denial as the document reports it ("The Ministry replied
  that all arrests complied with the law", "The authorities blamed 'rioters'");
- ``qualification``: the legal qualification of the incident just told ("The Commission
  qualifies the case as an enforced disappearance", "Qualification: unlawful killing", a
  bulletin item's closing label "Extrajudicial killing."). It is no new event; the sub-event it
  names is the incident's (``requalified``): detained, then qualified as an enforced
  disappearance, is an *Abduction/forced disappearance*; an "encounter" the document calls an
  extrajudicial killing is an *Attack*.

A recall, tally or reply sentence makes no event and its dates do not become the document's
date context; a qualification makes no event of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch import datefrag as df

DATA = Path(__file__).parent / "data" / "rights.yaml"

# Sub-events a qualification may correct: the acts a rights group re-reads (a detention that was
# a disappearance, an "encounter" that was an execution). A protest's or a riot's event keeps its
# type; "arbitrary detention" only confirms an arrest.
REQUALIFIABLE = frozenset({"Arrests", "Armed clash", "Attack", "Abduction/forced disappearance"})
KEEPS = {"Abduction/forced disappearance": frozenset({"Attack", "Arrests"})}


@dataclass(frozen=True)
class RightsWords:
    reply_verbs: frozenset[str]
    recall_verbs: frozenset[str]
    recalling_witnesses: frozenset[str]
    period_phrases: tuple[str, ...]
    qualifications: tuple[tuple[str, str], ...]  # longest phrase first
    qualifying_verbs: frozenset[str]
    weighing_verbs: frozenset[str]
    frame_headings: frozenset[str]
    label_max_words: int
    release_words: frozenset[str]


@cache
def rights_words() -> RightsWords:
    doc: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    quals = sorted(doc["qualifications"].items(), key=lambda kv: -len(kv[0]))
    return RightsWords(
        reply_verbs=frozenset(doc["reply_verbs"]),
        recall_verbs=frozenset(doc["recall_verbs"]),
        recalling_witnesses=frozenset(doc["recalling_witnesses"]),
        period_phrases=tuple(p.lower() for p in doc["period_phrases"]),
        qualifications=tuple((k.lower(), v) for k, v in quals),
        qualifying_verbs=frozenset(doc["qualifying_verbs"]),
        weighing_verbs=frozenset(doc["weighing_verbs"]),
        frame_headings=frozenset(doc["frame_headings"]),
        label_max_words=int(doc["label_max_words"]),
        release_words=frozenset(doc["release_words"]),
    )


_MONTH = df.MONTH
# "between January and October 2021", "between 9 and 12 August", "between October 2019 and
# April 2020", "between 18 October and 30 November 2019": a period of a tally.
PERIOD = re.compile(
    rf"\bbetween\s+(?:\d{{1,2}}\s+)?(?:(?:{_MONTH})\b(?:\s+\d{{4}})?|\d{{1,2}})\s+and\s+"
    rf"(?:\d{{1,2}}\s+)?(?:{_MONTH})\b",
    re.IGNORECASE,
)
_QUAL_LABEL = re.compile(r"^\s*qualification\s*:", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'-]*")


def named_sub(text: str, words: RightsWords) -> str | None:
    """The sub-event the first legal qualification in ``text`` names, or None."""
    low = text.lower()
    for phrase, sub in words.qualifications:
        if re.search(rf"\b{re.escape(phrase)}", low):
            return sub
    return None


def _label(text: str, words: RightsWords) -> bool:
    """A bulletin item's closing label: a few words naming a qualification, no verb needed
    ("Extrajudicial killing.", "Property destruction and pillage.", "Abduction.")."""
    count = len(_WORD.findall(text))
    return 0 < count <= words.label_max_words and named_sub(text, words) is not None


def frame(sent: Any) -> str | None:
    """``recall``, ``tally``, ``reply``, ``qualification`` or None for a parsed sentence."""
    words = rights_words()
    text = sent.text.strip()
    root = sent.root
    lemma = root.lemma_.lower()
    if _QUAL_LABEL.match(text):
        return "qualification"
    # a clause joined to an incident ("three were killed; the Group qualifies the killings
    # as ...") leaves the sentence an incident's
    alone = ";" not in text
    if alone and lemma in words.qualifying_verbs:
        return "qualification"
    if alone and lemma in words.weighing_verbs and named_sub(text, words) is not None:
        return "qualification"
    if root.pos_ != "VERB" and root.pos_ != "AUX" and _label(text, words):
        return "qualification"
    if lemma in words.recall_verbs and root.tag_ in {"VBZ", "VBP"}:
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not any(
            t.lemma_.lower() in words.recalling_witnesses for c in subjects for t in c.subtree
        ):
            return "recall"
    # a reply with an act joined to it ("police rejected the demands and fired tear gas")
    # still tells that act
    joined = any(c.dep_ == "conj" and c.pos_ == "VERB" for c in root.children)
    if lemma in words.reply_verbs and root.tag_ in {"VBD", "VBZ", "VBP"} and not joined:
        return "reply"
    low = text.lower()
    if PERIOD.search(text) or any(p in low for p in words.period_phrases):
        return "tally"
    return None


_HEADING = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?([A-Za-z]+)\s*[.:]")


def frame_paragraph(text: str) -> bool:
    """A paragraph opened by a heading of the document's method, limits or demands
    ("Methodology.", "1.4 Limitations.", "Recommendations:"): no incident is told there."""
    m = _HEADING.match(text)
    return m is not None and m.group(1).lower() in rights_words().frame_headings


def released(event: Any) -> bool:
    """An *Agreement* event a release word made: in a rights document the end of a detention."""
    if event.sub_event_type != "Agreement":
        return False
    words = rights_words().release_words
    return any(
        span.field == "sub_event_type" and span.text.lower().split()[0] in words
        for span in event.evidence
        if span.text.split()
    )


def requalified(current: str, text: str) -> str | None:
    """The sub-event a qualification sentence gives the incident coded ``current``, or None
    when it keeps its own (module docstring)."""
    target = named_sub(text, rights_words())
    if target is None or target == current or current not in REQUALIFIABLE:
        return None
    if target == "Arrests" or target in KEEPS.get(current, frozenset()):
        return None
    return target


__all__ = [
    "PERIOD",
    "frame",
    "frame_paragraph",
    "named_sub",
    "released",
    "requalified",
    "rights_words",
]
