"""Session 46 (reach46): a capital's alias at the tail of a person's or street's name casts no
vote ("Stefan cel Mare": GeoNames lists "Mare" for Malé). Sentences invented."""

from __future__ import annotations

from ceasewatch.knowledge.countries import article_countries


def _codes(text: str) -> set[str]:
    return {e.alpha2 for e in article_countries(text) if e.score > 0}


def test_a_capitals_alias_after_a_link_word_is_no_vote() -> None:
    text = "Police blocked a march on Stefan cel Mare in Chișinău on Monday."
    assert _codes(text) == {"MD"}


def test_a_capitals_alias_alone_still_votes() -> None:
    # the same word, not joined to a name before it, is the Maldives' capital as before
    assert "MV" in _codes("Police blocked a march in Mare on Monday.")
