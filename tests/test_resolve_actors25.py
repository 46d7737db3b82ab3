"""actor1 (issue 9, session 25): a state's security service or paramilitary branch named as
ACLED names it, a unit of the country's police or military ("Police Forces of Russia (2000-)
Federal Security Service"), while the country's plain police and military stay the role.

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def _first(text: str, resources: Resources) -> str | None:
    events = report_events(text, resources)
    assert events, text
    return events[0].actor1.name if events[0].actor1 else None


def test_security_service_is_a_unit_of_the_police(resources: Resources) -> None:
    text = "On 4 May 2022, FSB officers detained a businessman in Kazan (Tatarstan) on treason charges."
    assert _first(text, resources) == "Police Forces of Russia (2000-) Federal Security Service"
    plain = "On 4 May 2022, police detained 40 people protesting in Kazan (Tatarstan)."
    assert _first(plain, resources) != "Police Forces of Russia (2000-) Federal Security Service"


def test_national_guard_in_tunisia_is_tunisias(resources: Resources) -> None:
    text = "On 9 March 2024, National Guard units arrested a lawyer at his home in Sfax (Sfax)."
    assert _first(text, resources) == "Police Forces of Tunisia National Guard"
    police = "On 9 March 2024, Tunisian police arrested a lawyer at his home in Sfax (Sfax)."
    assert _first(police, resources) == "Police Forces of Tunisia"


def test_taliban_intelligence_is_the_gdi(resources: Resources) -> None:
    text = "On 2 June 2024, Taliban intelligence officers detained a journalist in Herat (Herat)."
    assert _first(text, resources) == (
        "Military Forces of Afghanistan (2021-) General Directorate of Intelligence"
    )
    army = "On 2 June 2024, Taliban forces detained a journalist in Herat (Herat)."
    assert _first(army, resources) == "Military Forces of Afghanistan (2021-)"


def test_sebin_is_a_unit_of_venezuelas_police(resources: Resources) -> None:
    # session 44: ACLED names Venezuela's intelligence police after the police and its period
    text = "On 3 May 2024, SEBIN agents detained a student leader at his home in Merida (Merida)."
    assert _first(text, resources) == (
        "Police Forces of Venezuela Bolivarian National Intelligence Service"
    )
    police = "On 3 May 2024, police detained a student leader at his home in Merida (Merida)."
    assert _first(police, resources) == "Police Forces of Venezuela"


def test_a_unit_is_never_the_countrys_role(resources: Resources) -> None:
    kb = resources.actors
    on = dt.date(2024, 6, 2)
    police = {
        "RU": "Police Forces of Russia",
        "TN": "Police Forces of Tunisia",
    }
    for country, name in police.items():
        actor = kb.role_actor("police", country, on)
        assert actor is not None and actor.name == name
    military = kb.role_actor("military", "AF", on)
    assert military is not None and military.name == "Military Forces of Afghanistan (2021-)"


def test_occupation_forces_are_the_owners_forces(resources: Resources) -> None:
    text = (
        "On 5 May 2024, Russian occupation forces detained two teachers in Melitopol "
        "(Zaporizhia) and took them to an unknown location."
    )
    assert _first(text, resources) == "Military Forces of Russia"
