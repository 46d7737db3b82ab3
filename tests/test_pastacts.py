"""The one past-or-habitual test extract and resolve both make (ceasewatch/pastacts.py).

Words are written by hand for these tests (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.pastacts import past_or_habitual, words_of


@pytest.mark.parametrize(
    "words",
    [
        "last month's bombings",
        "the 2013 chemical attack",
        "previous attacks",
        "similar attacks in the past",
        "has frequently claimed",
        "repeated strikes",
        "responsibility for such attacks",
        "last year's massacre",
    ],
)
def test_past_or_habitual_acts(words: str) -> None:
    assert past_or_habitual(words_of(words))


@pytest.mark.parametrize(
    "words",
    [
        "the attack",
        "Sunday's bombing",
        "last week's attack",  # still the news: dates.py reads it within 30 days
        "the previous day's attack",
        "June 8 2016 air strikes",  # a full date run into a headline, not a lone year
        "responsibility for the blast",
        "the last attack",
    ],
)
def test_current_acts(words: str) -> None:
    assert not past_or_habitual(words_of(words))


def test_words_drop_the_possessive() -> None:
    assert words_of("Last month\u2019s bombings") == ["last", "month", "bombings"]
