"""Session 47 (zj47): the adjectives of the countries and territories that had none
(countries.tsv's rows from the Wikipedia list of adjectival and demonymic forms), the names
written without accents, and nationality words of visitors, bystanders and a language's
speakers read as foreigners. Sentences invented."""

from __future__ import annotations

import pytest

from ceasewatch.knowledge.countries import article_countries, country_named


def _codes(text: str) -> set[str]:
    return {e.alpha2 for e in article_countries(text) if e.score > 0}


@pytest.mark.parametrize(
    ("word", "alpha2"),
    [
        ("Icelandic", "IS"),
        ("Maltese", "MT"),
        ("Bhutanese", "BT"),
        ("Estonian", "EE"),
        ("Réunionese", "RE"),
        ("Guamanian", "GU"),
        ("Puerto Rican", "PR"),
        ("Sammarinese", "SM"),
        ("Guinean", "GN"),
        ("Bissau-Guinean", "GW"),
        ("Papua New Guinean", "PG"),
    ],
)
def test_an_adjective_names_its_country(word: str, alpha2: str) -> None:
    country = country_named(word, adjective=True)
    assert country is not None and country.alpha2 == alpha2


def test_an_adjective_alone_is_no_place() -> None:
    # as before: a bare adjective is evidence of the article's country, never its place
    assert country_named("Icelandic") is None
    found = country_named("Maltese territory")
    assert found is not None and found.alpha2 == "MT"


@pytest.mark.parametrize(
    ("name", "alpha2"),
    [("Reunion", "RE"), ("Curacao", "CW"), ("Macau", "MO"), ("Cape Verde", "CV")],
)
def test_names_without_accents_and_short_names(name: str, alpha2: str) -> None:
    country = country_named(name)
    assert country is not None and country.alpha2 == alpha2


def test_an_adjective_votes_for_its_country() -> None:
    assert _codes("Maltese soldiers and police restored order at the barracks.") == {"MT"}


def test_the_longer_adjective_of_another_guinea_is_read_whole() -> None:
    assert _codes("Bissau-Guinean troops patrolled the border.") == {"GW"}


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot a Finnish bystander outside the bar.",
        "A gunman shot two Swedish football fans before the match.",
        "Gunmen shot a French family picnicking by the road.",
        "A few dozen Russian speakers laid flowers at the monument.",
    ],
)
def test_visitors_bystanders_and_speakers_are_no_evidence(text: str) -> None:
    assert _codes(text) == set()


def test_a_nationality_before_troops_still_votes() -> None:
    assert _codes("Finnish troops fired across the line.") == {"FI"}
