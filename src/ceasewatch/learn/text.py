"""What the reader reads: a description with the words that name *when* and *where* masked.

A report's date, toll count, dateline and the bracketed place after a town say nothing about
the kind of event, yet a classifier fitted on a few hundred descriptions learns them: a month
or a district that happened to go with air strikes in the corpus pulls a new writer's note
toward air strikes. ACLED's codebook types an event by what happened (who did what to whom
with which weapon), so the reader is fitted and asked on the description with these parts
replaced by one placeholder each ("DATE", "NUM") or dropped (datelines, bracketed places,
writers' tags). Names of actors and verbs are kept: they are the reading.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "MAIDUGURI, Nigeria, Feb. 9, 2022 (Reuters) -": a wire dateline, place and day of filing.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]+,[^()\n]{0,60}?\([A-Za-z][\w .&-]*\)\s*[-\u2013\u2014]+\s*"
)
_DATES = re.compile(
    rf"\b(?:{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{4}}|{_WEEKDAY}|(?:19|20)\d{{2}})\b"
)
# "(Sheikan, North Kordofan)", "(SNA)": places and abbreviations the text names elsewhere.
_NAMES_IN_BRACKETS = re.compile(r"\s*\((?:[A-Z][\w'.-]*(?:\s+|,\s*)?)+\)")
_TAGS = re.compile(r"\s*\[[^\]]*\]")
_NUMBERS = re.compile(r"\b\d+(?:[.,]\d+)*\b")
_SPACES = re.compile(r"\s+")


def masked(text: str) -> str:
    """``text`` with its dateline, bracketed names and writers' tags dropped and its dates
    and figures replaced by "DATE" and "NUM"."""
    text = _DATELINE.sub("", text)
    text = _TAGS.sub("", text)
    text = _NAMES_IN_BRACKETS.sub("", text)
    text = _DATES.sub("DATE", text)
    text = _NUMBERS.sub("NUM", text)
    return _SPACES.sub(" ", text).strip()
