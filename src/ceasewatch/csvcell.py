"""One rule for every CSV cell the project writes: scraped text never runs as a formula.

Kept apart from ``export`` (which reads the data model) so that the CLI's light table printer
can use it without loading pydantic; ``--help`` must stay fast.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Numbers alone, or several separated by spaces ("-26.64170 153.04960", a point the gazetteer
# prints): a spreadsheet computes nothing from them, and an apostrophe would spoil a negative
# longitude. Anything with another character (an operator, a letter, a bracket) is neutralised.
NUMBERS = re.compile(r"[-+]?\d+(?:\.\d+)?(?: [-+]?\d+(?:\.\d+)?)*")


def csv_safe(text: str) -> str:
    """A text cell a spreadsheet will show as text: one starting with = + - @ (or a tab or
    carriage return, which some strip before looking) would be run as a formula, so a scraped
    outlet name like ``=HYPERLINK(...)`` gets a leading apostrophe (OWASP's advice)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(text: str) -> str:
    """``csv_safe`` for a column that mixes text and numbers (the CLI's tables): a cell that is
    numbers alone stays as it is."""
    return text if NUMBERS.fullmatch(text) else csv_safe(text)


__all__ = ["FORMULA_STARTS", "NUMBERS", "csv_cell", "csv_safe"]
