"""Words of the local press kept by machine translation (issue 9, session 25, wip/mtmail25):
"the occupation forces" / "the occupiers" read through the article's country, the Russian
press's "APU" for Ukraine's army, the French calque "interpellated" for arrested, and a labour
"strike committee" that is no air strike. Texts written for these tests, not taken from any
evaluation set."""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def _actor1(text: str, resources: Resources) -> list[str | None]:
    return [e.actor1.name if e.actor1 else None for e in report_events(text, resources)]


def test_occupation_forces_in_the_west_bank_are_israels_army(resources: Resources) -> None:
    text = (
        "NABLUS, West Bank, 19 September 2023 - The occupation army arrested five young men "
        "in the town of Beita south of Nablus at dawn on Tuesday."
    )
    events = report_events(text, resources)
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert events[0].actor1 is not None
    assert events[0].actor1.name.startswith("Military Forces of Israel")


def test_the_occupiers_in_ukraine_are_russias_army(resources: Resources) -> None:
    text = (
        "KHARKIV, 19 September 2023 - This morning the occupiers shelled Kupiansk with "
        "artillery. A 64-year-old man was killed."
    )
    names = _actor1(text, resources)
    assert names and names[0] is not None and names[0].startswith("Military Forces of Russia")


def test_occupation_elsewhere_is_not_israel_or_russia(resources: Resources) -> None:
    # the word names another state in other countries' media: kept generic, never guessed
    text = (
        "MANBIJ, 19 September 2023 - Occupation forces shelled villages near Manbij on "
        "Wednesday, killing two civilians."
    )
    for name in _actor1(text, resources):
        assert not (name or "").startswith(
            ("Military Forces of Israel", "Military Forces of Russia")
        )


def test_apu_is_ukraines_army(resources: Resources) -> None:
    text = (
        "BELGOROD, 19 September 2023 - The APU shelled the village of Glotovo on Monday "
        "evening. A private house was damaged."
    )
    names = _actor1(text, resources)
    assert names and names[0] is not None and names[0].startswith("Military Forces of Ukraine")


def test_interpellated_is_arrested(resources: Resources) -> None:
    text = (
        "DAKAR, 19 September 2023 - Twelve opposition activists were interpellated by the "
        "gendarmerie in Dakar on Tuesday."
    )
    assert [e.sub_event_type for e in report_events(text, resources)] == ["Arrests"]


def test_a_parliament_interpellating_a_minister_is_no_arrest(resources: Resources) -> None:
    text = (
        "DAKAR, 19 September 2023 - Opposition deputies interpellated the interior minister "
        "in the National Assembly in Dakar on Tuesday."
    )
    assert all(e.sub_event_type != "Arrests" for e in report_events(text, resources))


def test_a_strike_committee_is_no_air_strike(resources: Resources) -> None:
    text = (
        "PUNO, 12 December 2016 - In Ilave, the police captured on Monday the leader of the "
        "strike committee, who had an order of detention."
    )
    assert all(e.sub_event_type != "Air/drone strike" for e in report_events(text, resources))
    text = (
        "SANAA, 12 December 2016 - A strike hit a house in Sanaa on Monday, killing four civilians."
    )
    assert [e.sub_event_type for e in report_events(text, resources)] == ["Air/drone strike"]


def test_a_capital_inside_a_longer_portuguese_name_is_no_capital() -> None:
    from ceasewatch.knowledge.countries import article_countries

    def countries(text: str) -> list[str]:
        return [e.alpha2 for e in article_countries(text)]

    assert "CV" not in countries("Insurgents attacked Mocimboa da Praia on Saturday.")
    assert countries("Protesters gathered in Praia on Saturday.") == ["CV"]
    assert countries("Residents of Kabul do not know who fired.") == ["AF"]
