"""Country votes that a story's own names must not cast (session 45, stories45): a country
word inside a titled person's name, a mixed-case acronym read as a place in its bracket.
Texts written here."""

from __future__ import annotations

from ceasewatch.knowledge.countries import _acronym, in_a_titled_name, text_countries


def _votes(text: str) -> dict[str, float]:
    return {e.alpha2: e.score for e in text_countries(text).ranked}


def test_a_country_word_in_a_titled_name_casts_no_vote() -> None:
    text = "An IED exploded along the highway in Datu Saudi Ampatuan as a military truck passed."
    assert "SA" not in _votes(text)
    start = text.index("Saudi")
    assert in_a_titled_name(text, start, start + len("Saudi"))


def test_a_minister_named_like_a_country_casts_no_vote() -> None:
    assert "IL" not in _votes("Defence Minister Israel Katz visited the border town on Monday.")


def test_the_country_word_outside_a_name_still_votes() -> None:
    assert "SA" in _votes("Saudi jets struck the port on Monday, witnesses said.")
    assert "IL" in _votes("Speaking to the Minister, Israel said the talks would resume.")


def test_a_mixed_case_acronym_in_a_bracket_is_no_place() -> None:
    text = "The Malian Armed Forces (FAMa) said they repelled an attack on their post in Mali."
    assert "BR" not in _votes(text)  # Brazil's municipality Fama
    assert _acronym("FAMa") and _acronym("MoD")
    assert not _acronym("McAllen") and not _acronym("DeKalb") and not _acronym("Fama")
