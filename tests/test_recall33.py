"""Session 33 (recall33): events the triggers missed. Hand-built sentences ("Kalo", "Mbeti"),
never eval items.

- the owner of a site ("the Prime Minister's palace") tells whose place it is, not who
  gathered: the entry's sentence vetoes do not read it;
- market words veto "rally" as its subject ("shares rallied"), not as what people rallied
  over; people who rally at a square or a seat of power gather there as a body;
- an "encounter" with militants or security forces (South Asian security reporting) is an
  Armed clash; a close encounter with an elephant is none.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.extract.triggers import _site_owners
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return sorted({e.sub_event_type for e in x.events})


def test_a_sites_owner_is_read_as_the_owner(extractor: Extractor) -> None:
    doc = extractor.nlp("Farmers gathered in front of the Prime Minister's palace in Kalo.")
    verb = next(t for t in doc if t.lower_ == "gathered")
    assert _site_owners(verb) == {"prime", "minister"}


def test_the_owner_said_again_elsewhere_still_counts(extractor: Extractor) -> None:
    doc = extractor.nlp("Ministers gathered in front of the Prime Minister's palace in Kalo.")
    verb = next(t for t in doc if t.lower_ == "gathered")
    assert "minister" not in _site_owners(verb)


def test_people_gathered_outside_an_officials_palace_protest(extractor: Extractor) -> None:
    text = (
        "On 5 May 2024, hundreds of farmers gathered outside the Prime Minister's palace in Kalo."
    )
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_ministers_gathered_at_a_palace_is_no_protest(extractor: Extractor) -> None:
    text = "On 5 May 2024, ministers gathered outside the Prime Minister's palace in Kalo."
    assert _subs(text, extractor) == []


def test_residents_who_rallied_over_prices_protest(extractor: Extractor) -> None:
    text = "On 5 May 2024, residents of Kalo rallied on the central square over bread prices."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_shares_and_prices_that_rallied_are_markets(extractor: Extractor) -> None:
    assert _subs("On 5 May 2024, shares rallied on the Kalo exchange.", extractor) == []
    assert _subs("On 5 May 2024, oil prices rallied in Kalo.", extractor) == []


def test_an_encounter_with_militants_is_a_clash(extractor: Extractor) -> None:
    text = "On 5 May 2024, two soldiers were killed in an encounter with militants near Kalo."
    assert _subs(text, extractor) == ["Armed clash"]


def test_an_encounter_with_security_forces_is_a_clash(extractor: Extractor) -> None:
    text = "On 5 May 2024, three rebels died in an encounter with security forces in Kalo."
    assert _subs(text, extractor) == ["Armed clash"]


def test_a_close_encounter_with_an_elephant_is_none(extractor: Extractor) -> None:
    text = "On 5 May 2024, a tourist had a close encounter with an elephant near Kalo."
    assert _subs(text, extractor) == []
