"""Is a text human-rights documentation? The one test clean and extract both make.

Rights groups, UN commissions and missions, courts and documentation databases publish their
incidents months or years after they happened: an NGO report's chapter, a commission's numbered
findings ("41. The Mission has reasonable grounds to believe that on 9 April 2022 ..."), a
judgment's findings of fact, a database's incident entry ("Incident ID / Date / Location /
Alleged perpetrator / Victims / Summary"), a monthly bulletin of dated items, an urgent appeal.
ACLED codes events from such reports with the incidents' own dates; the news rule that a day
told long before publication recalls an old event (extract/events.py ``retrospective``) does not
hold there. The test is the form, not any one word: the wording of documentation (the legal
qualifications, anonymised witnesses, methodology, recommendations, calls for an inquiry, the way
such bodies name perpetrators) seen several times, with the form's publication line ("Published
12 February 2024", "Report of 14 August 2019", "Issued ... | Covers ...", "Date of judgment:") or
numbered paragraphs. Lives outside both stages because a stage never imports another.

Sources: OHCHR, Manual on Human Rights Monitoring (2011), ch. "Reporting" (numbered paragraphs,
"reasonable grounds to believe", qualification of facts, anonymised witnesses); HURIDOCS Events
Standard Formats (2001: event records with date, location, perpetrator, victim and summary
fields); the ceasewatch team's reading of the form (reportso's dev half, session 25).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The form's publication line among its first lines.
PUBLICATION_LINE = re.compile(
    r"^\s*(?:(?:report|bulletin|statement|briefing)\s+)?"
    r"(?:published|issued|compiled|promulgated|report\s+of|report\s+date|exported|"
    r"date\s+of\s+(?:judgment|judgement|decision|ruling|report))\b[^\n]{0,80}\b(?:19|20)\d\d\b",
    re.IGNORECASE | re.MULTILINE,
)
HEAD_LINES = 6

FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class Kind:
    """One kind of documentation wording; a text shows it or not (counted once each).

    ``first``: the letters its wording can start with ("" for a pattern read from a line's start,
    or one the regex engine finds by its literal head): a pattern that opens with \\b is
    otherwise tried in full at every character of the text; the lookahead (a class, tested at
    once) skips the positions no match can start at, the same matches ~2x faster (issue 9; 21
    searches an article). ``words`` (folded): one of them is in every match, so a kind whose
    words the text lacks is not searched (most texts show none: the 21 searches were a fifth
    of a news article's extraction outside the parse, issue 9 speed).
    """

    wording: str  # the regular expression, read with FLAGS
    first: str
    words: tuple[str, ...]
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        guarded = f"(?=[{self.first}])(?:{self.wording})" if self.first else self.wording
        object.__setattr__(self, "pattern", re.compile(guarded, FLAGS))

    def shown(self, text: str, folded: str) -> bool:
        return any(w in folded for w in self.words) and self.pattern.search(text) is not None


KINDS = (
    Kind(r"reasonable grounds to believe", "", ("reasonable grounds",)),
    Kind(r"\b(?:documented|documents)\b", "d", ("document",)),
    Kind(r"\bqualif(?:y|ies|ied)\b[^.\n]{0,80}\bas\b|\bqualification\s*:", "q", ("qualif",)),
    Kind(r"\bextrajudicial\b|\bsummar(?:y|ily) execut", "es", ("extrajudicial", "summar")),
    Kind(r"\benforced disappearances?\b", "e", ("enforced disappearance",)),
    Kind(r"\barbitrar(?:y|ily) (?:detention|detained|arrest)", "a", ("arbitrar",)),
    Kind(
        r"\bwitness [A-Z]\b|\bwitness(?:es)? (?:told|said|testified)|\btestified\b",
        "wt",
        ("witness", "testified"),
    ),
    Kind(
        r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:methodology|recommendations?|findings(?: of fact)?|"
        r"limitations)\b",
        "",
        ("methodology", "recommendation", "findings", "limitations"),
    ),
    Kind(r"\brecommends?\b", "r", ("recommend",)),
    Kind(r"\bhuman rights\b", "h", ("human rights",)),
    Kind(
        r"^\s*(?:incident id|alleged perpetrators?|victims?|case (?:no\.?|number|id))\s*:",
        "",
        ("incident id", "alleged perpetrator", "victim", "case "),
    ),
    Kind(
        r"\burgent (?:action|appeal)|\ballegation letter|\bspecial rapporteurs?\b",
        "uas",
        ("urgent ", "allegation letter", "special rapporteur"),
    ),
    Kind(
        r"\binterview(?:ed|s)\b[^.\n]{0,40}\b(?:\d+|victims|witnesses|survivors|relatives)\b",
        "i",
        ("interview",),
    ),
    Kind(
        r"\bcalls? (?:on|for|upon) [^.\n]{0,60}\b(?:investigat|inquiry|accountab|justice)",
        "c",
        ("call",),
    ),
    Kind(
        r"\b(?:urges?|recalls?|deplores?)\s+(?:also\s+)?(?:that|the)\b",
        "urd",
        ("urge", "recall", "deplore"),
    ),
    Kind(r"^\s*case\s+[a-z0-9][\w/-]*\d\b", "", ("case",)),
    Kind(r"\b(?:state agents|perpetrators?)\b", "sp", ("state agents", "perpetrator")),
    Kind(r"\bill-treatment\b|\btortured?\b", "it", ("ill-treatment", "torture")),
    Kind(
        r"\bunlawful(?:ly)? (?:killing|coercion|detention)|\bpillage\b|\bsexual violence\b",
        "ups",
        ("unlawful", "pillage", "sexual violence"),
    ),
    Kind(
        r"\btestimon(?:y|ies)\b|\bfact-finding\b|\bdocumentation (?:centre|center|project|"
        r"network)\b",
        "tfd",
        ("testimon", "fact-finding", "documentation "),
    ),
    Kind(
        r"\bmilitia allied with\b|\barmed men (?:in|wearing)\b|\bmen in plain clothes\b|"
        r"\bmilitary-style uniforms?\b",
        "am",
        ("militia allied with", "armed men ", "men in plain clothes", "military-style uniform"),
    ),
)
# "14. The Commission documented ...", "1.2 Researchers interviewed ...": a numbered paragraph.
NUMBERED_PARAGRAPH = re.compile(r"^[ \t]*\d{1,3}(?:\.\d{1,2})?\.?[ \t]+(?=[A-Z0-9])", re.MULTILINE)

# clean/rights.py's note on an article it read as documentation (its paragraph numbers, which the
# test counts, are gone from the cleaned text)
NOTE = "read as rights documentation: incidents keep their own days"

KINDS_WITH_FORM = 2  # with a publication line or numbered paragraphs
KINDS_ALONE = 5
NUMBERED_MIN = 2


def kinds_shown(text: str) -> int:
    folded = text.casefold()
    return sum(1 for kind in KINDS if kind.shown(text, folded))


def is_documentation(text: str, notes: tuple[str, ...] | list[str] = ()) -> bool:
    """``text`` is human-rights documentation (module docstring), or clean said so."""
    if NOTE in notes:
        return True
    kinds = kinds_shown(text)
    if kinds >= KINDS_ALONE:
        return True
    if kinds < KINDS_WITH_FORM:
        return False
    head = "\n".join(text.splitlines()[:HEAD_LINES])
    if PUBLICATION_LINE.search(head):
        return True
    return len(NUMBERED_PARAGRAPH.findall(text)) >= NUMBERED_MIN


__all__ = ["NOTE", "NUMBERED_PARAGRAPH", "is_documentation", "kinds_shown"]
