"""actor1 (issue 9, session 27): a numbered army formation nothing else names ("the 5th
Brigade", "soldiers of the 20th Infantry Battalion"), a clash "between two armed groups", and a
shelling, rocket or missile attack nobody is named for (the side that fires into the country
it hit).

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from ceasewatch.resolve.units import numbered_unit
from tests.event_builders import report_events


def _first(text: str, resources: Resources) -> str | None:
    events = report_events(text, resources)
    assert events, text
    return events[0].actor1.name if events[0].actor1 else None


def test_numbered_unit_words() -> None:
    assert numbered_unit("the 5th Brigade")
    assert numbered_unit("22nd Infantry Division")
    assert numbered_unit("Infantry Battalion", before="Soldiers of the 20th ")
    assert numbered_unit("soldiers of the third Mechanized Battalion")
    # no ordinal: a named brigade or a bare noun is no numbered formation
    assert not numbered_unit("Infantry Battalion", before="Soldiers of an ")
    assert not numbered_unit("Brigade")
    assert not numbered_unit("Hamza Division")
    assert not numbered_unit("444 Brigade")


def test_a_numbered_formation_is_the_countrys_military(resources: Resources) -> None:
    text = (
        "On 3 March 2023, soldiers of the 14th Infantry Battalion clashed with Al Shabaab "
        "militants near Afgoye (Lower Shabelle), Somalia, killing four of them."
    )
    assert (_first(text, resources) or "").startswith("Military Forces of Somalia")
    text = (
        "On 9 June 2023, the 16th Infantry Division shelled a village near El Obeid "
        "(North Kordofan), Sudan, killing three civilians."
    )
    assert (_first(text, resources) or "").startswith("Military Forces of Sudan")


def test_a_clash_between_two_armed_groups(resources: Resources) -> None:
    text = (
        "On 2 May 2023, fighting broke out in the centre of Zliten, Libya, between two armed "
        "groups after a quarrel at a checkpoint; two fighters were killed."
    )
    assert _first(text, resources) == "Unidentified Armed Group (Libya)"


def test_an_unclaimed_shelling_by_the_country_it_hit(resources: Resources) -> None:
    iraq = "On 3 March 2023, two rockets landed near the airport of Kirkuk, Iraq, hurting nobody."
    assert _first(iraq, resources) == "Unidentified Armed Group (Iraq)"
    somalia = (
        "On 3 March 2023, mortar shells landed near the port of Mogadishu, Somalia, wounding "
        "two people."
    )
    assert _first(somalia, resources) == "Al Shabaab"
    russia = (
        "On 3 March 2023, the town of Shebekino in Belgorod region came under shelling; a "
        "man was wounded."
    )
    assert (_first(russia, resources) or "").startswith("Military Forces of Ukraine")
    ukraine = (
        "On 3 March 2023, artillery shells fell on the outskirts of Kherson, Ukraine, killing "
        "two civilians."
    )
    assert (_first(ukraine, resources) or "").startswith("Military Forces of Russia")


def test_no_default_where_no_side_is_known(resources: Resources) -> None:
    # before the invasion, shelling across Donbas's line is nobody's the words name
    donbas = (
        "On 3 March 2018, shells fell on the outskirts of Horlivka (Donetsk), Ukraine, "
        "damaging two houses."
    )
    assert not (_first(donbas, resources) or "").startswith("Military Forces of Russia")
    # a country with no reading keeps no actor
    sudan = "On 3 March 2023, shells fell on a market in El Fasher (North Darfur), Sudan."
    assert _first(sudan, resources) is None


def test_a_clash_told_without_sides_takes_the_articles_one_pair(resources: Resources) -> None:
    text = (
        "On 3 March 2023, Ukrainian troops fought off a Russian assault on positions near "
        "Kreminna (Luhansk). The fighting around Bilohorivka continued for a third day, the "
        "general staff said, without giving losses."
    )
    events = report_events(text, resources)
    sides = {
        (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
        for e in events
        if e.sub_event_type == "Armed clash"
    }
    assert len(events) == 2
    assert all(a and b for a, b in sides), sides
    # no named pair in the article: the clash keeps no actor
    alone = (
        "On 3 March 2023, gunmen killed four villagers in Djibo (Soum), Burkina Faso. Clashes "
        "were reported near Arbinda the same day."
    )
    clash = [e for e in report_events(alone, resources) if e.sub_event_type == "Armed clash"]
    assert clash and clash[0].actor1 is None
