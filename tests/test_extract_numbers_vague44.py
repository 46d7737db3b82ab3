"""A vague quantity written with the article ("a dozen", "a few", "a handful of") counts the
noun after it, as "dozens of" does: "killing a dozen residents" is ACLED's 12 (the fixed
figure of data/numbers.yaml), "a few soldiers were killed" 3 (extract/numbers.py
``_vague_word``; issue 9, session 44). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_numbers_outcome_list import _tolls


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen raided a village near Tera on Sunday, killing a dozen residents.", 12),
        ("Gunmen killed a dozen residents near Tera on Sunday.", 12),
        ("Gunmen raided a village near Tera on Sunday; a dozen residents were killed.", 12),
        ("Gunmen raided a village near Tera on Sunday; a few soldiers were killed.", 3),
        # the form without the article, read before
        ("Gunmen raided a village near Tera on Sunday, killing dozens of residents.", 12),
    ],
)
def test_a_vague_quantity_with_its_article_counts_its_noun(
    text: str, toll: int, extractor: Extractor
) -> None:
    assert _tolls(text, extractor) == [toll]


def test_a_dozen_things_is_no_toll(extractor: Extractor) -> None:
    text = "Drones hit a street in Balakliia on Sunday, damaging a dozen houses; 6 people wounded."
    assert _tolls(text, extractor) == []
