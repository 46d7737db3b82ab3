"""Two groups written with one noun: "members of the Kuki and Meitei ethnic militias",
"Kuki and Meitei militants exchanged fire", "Fulani and Dogon militias clashed".

The extract stage keeps one reference for such words: the second group with the shared noun
("Meitei ethnic militias"), the bare noun ("militants") or the first group's word alone
("Fulani"). ACLED codes each group as its own actor, the first written as actor1: both are
read here, each with the shared noun ("Kuki ethnic militias", "Meitei ethnic militias").
``elided_pair`` gives the two wordings; the resolver keeps them only when the group's word
changes the reading (a named group or an identity militia, not the bare noun's reading).
"""

from __future__ import annotations

import re

from ceasewatch.knowledge.actor_names import leading_runs

_GROUP = r"[A-Z][\w'’-]*"
# the noun the groups share: lower-case words ("ethnic militias", "militants")
_NOUN = re.compile(r"^(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
# "Kuki and " right before a mention "Meitei ethnic militias"
_ONE_BEFORE = re.compile(rf"(?<![\w'’-])(?P<g1>{_GROUP}),?\s+(?:and|&)\s+$")
# "Kuki and Meitei " right before a mention "militants"
_TWO_BEFORE = re.compile(rf"(?<![\w'’-])(?P<g1>{_GROUP}),?\s+(?:and|&)\s+(?P<g2>{_GROUP})\s+$")
# " and Dogon militias" right after a mention "Fulani"
_AFTER = re.compile(
    rf"^,?\s+(?:and|&)\s+(?P<g2>{_GROUP})\s+(?P<noun>(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?:militias?|militiamen|militants?|fighters|gunmen|rebels|insurgents|herdsmen|youths?))\b"
)
REACH = 60  # characters read on either side of the mention
# "gunfire between Kyrgyz and Tajik border guards", "clashes between Kuki and Meitei village
# volunteers": a clash's two sides written with one noun in a sentence whose slots hold none
_BETWEEN = re.compile(
    rf"\bbetween\s+(?:the\s+)?(?P<g1>{_GROUP})\s+(?:and|&)\s+(?:the\s+)?(?P<g2>{_GROUP})\s+"
    r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b"
)


# "RSF and allied Arab militiamen", "the KIA and its allied PDF": the allies' mention with the
# group they are allied to written just before it; ``allied_lead`` reads the lead's words (up
# to four capitalised words, "the" allowed before them).
_ALLIED_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:the\s+)?(?P<lead>{_GROUP}(?:\s+{_GROUP}){{0,3}}),?\s+(?:and|&)\s+"
    r"(?:its\s+|their\s+)?(?:allied|aligned|affiliated)\s+$"
)


def allied_lead(text: str, start: int) -> str | None:
    """The words of the group a mention starting at ``start`` is written as the ally of
    ("RSF and allied Arab militiamen": "RSF"), or None. ACLED codes the group that leads as
    actor1 and its allies as associated actors; the parser may make the allies the subject
    ("allied" read as a verb whose subject is the lead)."""
    found = _ALLIED_BEFORE.search(text[max(0, start - REACH) : start])
    return None if found is None else found.group("lead")


def sides_between(sentence: str) -> list[tuple[str, str]]:
    """The two sides' wordings of "between X and Y <noun>": the lower-case words after them (at
    most three) longest first, then each run's last word ("Kyrgyz border guards near",
    "Kyrgyz border guards", "Kyrgyz border", ..., "Kyrgyz guards"); none when the sentence
    writes no such pair."""
    found = _BETWEEN.search(sentence)
    if found is None:
        return []
    g1, g2, words = found.group("g1"), found.group("g2"), found.group("noun").split()
    runs = leading_runs(words)
    nouns = dict.fromkeys([*runs, *(r.split()[-1] for r in runs)])
    return [(f"{g1} {n}", f"{g2} {n}") for n in nouns]


def elided_pair(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(the first group's words, the second's) when the mention ``text[start:end]`` is one of
    two groups sharing a noun, else None."""
    words = " ".join(text[start:end].split())
    before = text[max(0, start - REACH) : start]
    head, _, rest = words.partition(" ")
    if head[:1].isupper() and rest and _NOUN.match(rest):  # "Meitei ethnic militias"
        found = _ONE_BEFORE.search(before)
        if found is not None:
            return f"{found.group('g1')} {rest}", words
    if _NOUN.match(words):  # "militants"
        found = _TWO_BEFORE.search(before)
        if found is not None:
            return f"{found.group('g1')} {words}", f"{found.group('g2')} {words}"
    if re.fullmatch(_GROUP, words):  # "Fulani"
        after = _AFTER.match(text[end : end + REACH])
        if after is not None:
            noun = after.group("noun")
            return f"{words} {noun}", f"{after.group('g2')} {noun}"
    return None
