"""One rule for every CSV cell the project writes: scraped text never runs as a formula.

Kept apart from ``export`` (which reads the data model) so that the CLI's light table printer
can use it without loading pydantic; ``--help`` must stay fast.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    """A text cell a spreadsheet will show as text: one starting with = + - @ (or a tab or
    carriage return, which some strip before looking) would be run as a formula, so a scraped
    outlet name like ``=HYPERLINK(...)`` gets a leading apostrophe (OWASP's advice)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


__all__ = ["FORMULA_STARTS", "csv_safe"]
