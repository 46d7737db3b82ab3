"""English cardinal numbers written as words, one home for every reader of them.

A toll ("three soldiers", "twenty-one civilians"), a spoken year ("twenty nineteen"), a count
that names nobody ("five people"): the words are English's cardinal numerals (Oxford English
Grammar, "cardinal numbers"). Ordinals, the spoken days of a month, live with the dates
(``ceasewatch.daynames``).
"""

from __future__ import annotations

UNITS: tuple[str, ...] = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS: tuple[str, ...] = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS: tuple[str, ...] = (
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
)
# word -> value, zero to ninety by the tens, and "hundred"
CARDINALS: dict[str, int] = {
    "zero": 0,
    **{w: i for i, w in enumerate(UNITS, start=1)},
    **{w: i for i, w in enumerate(TEENS, start=10)},
    **{w: 10 * i for i, w in enumerate(TENS, start=2)},
    "hundred": 100,
}

__all__ = ["CARDINALS", "TEENS", "TENS", "UNITS"]
