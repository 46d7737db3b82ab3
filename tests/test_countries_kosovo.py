"""Kosovo (XK) as a country, session 40 (kosovo40): ISO 3166-1 has no Kosovo, so the countries
the product's sources code and ISO lacks come from ``countries_outside_iso.tsv``, read through
``knowledge.countries`` by every path that keys on a country. Hand-written sentences and
events, never evaluation items.

- the names ("Kosovo", "Republic of Kosovo"), the adjective ("Kosovar"), the code XK; no ISO
  numeric (None), so paths key on alpha-2;
- a Pristina dateline gives the article's country; a town in Kosovo is placed in country
  Kosovo with its admin1, by a report from Pristina or from Belgrade, and gets Kosovo's
  convention actors;
- an agreement may name XK; its scope holds a Kosovo event;
- the map flags a point abroad of a Kosovo report and not the report's own points; the
  export's and the desk's country columns say Kosovo.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from textwrap import dedent

import pytest

from ceasewatch.assess.scope import Scope, country_code
from ceasewatch.export import event_row
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.knowledge.agreements import read_agreement_file
from ceasewatch.knowledge.countries import (
    article_country,
    country_by_code,
    country_by_numeric,
    country_named,
    known_codes,
    location_alpha2,
    short_name,
)
from ceasewatch.model import Agreement, Event, Location
from ceasewatch.pipeline import Resources
from ceasewatch.serve.views.mapcore import outside_named_country
from tests.event_builders import make_event, report_events

# --- the country ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Kosovo", "Republic of Kosovo", "the Republic of Kosovo"])
def test_kosovo_is_a_country_by_its_names(text: str) -> None:
    found = country_named(text)
    assert found is not None and (found.alpha2, found.name) == ("XK", "Kosovo")


def test_kosovo_has_its_code_its_adjective_and_no_iso_numeric() -> None:
    kosovo = country_by_code("XK")
    assert kosovo is not None and kosovo.name == "Kosovo" and kosovo.numeric is None
    assert country_by_code("xk") == kosovo
    assert country_named("Kosovar", adjective=True) == kosovo
    assert country_named("Kosovar") is None  # a bare adjective is no place
    assert country_named("Kosovo's") == kosovo
    assert "XK" in known_codes() and short_name("XK") == "Kosovo"


def test_iso_countries_keep_their_names_and_numerics() -> None:
    syria = country_by_code("SY")
    assert syria is not None and (syria.name, syria.numeric) == ("Syria", 760)
    assert country_by_numeric(688) == country_by_code("RS")
    assert country_by_code("ZZ") is None  # user-assigned, named by no source here


def test_a_location_in_kosovo_is_keyed_on_its_alpha2() -> None:
    assert location_alpha2("Kosovo", None) == "XK"
    assert location_alpha2("Serbia", 688) == "RS"
    assert location_alpha2(None, None) is None
    assert country_code("Kosovo", None) == "XK"


# --- the article's country and the place ----------------------------------------------------


def test_a_pristina_dateline_gives_the_article_country_kosovo() -> None:
    found = article_country("PRISTINA (Reuters) - Police detained four men on Tuesday.")
    assert found is not None and found.alpha2 == "XK"
    found = article_country("Kosovar police said on Tuesday they had detained four men.")
    assert found is not None and found.alpha2 == "XK"


def _events_at(text: str, town: str, resources: Resources) -> list[Event]:
    events = report_events(text, resources)
    at = [e for e in events if e.location is not None and e.location.name == town]
    assert at, events
    return at


def test_a_town_in_northern_kosovo_is_placed_in_kosovo_with_its_actors(
    resources: Resources,
) -> None:
    text = "Police in Zvecan, northern Kosovo, clashed with protesters on Monday."
    events = report_events(text, resources)
    (event,) = events  # "Kosovo" is the country, no second place
    loc = event.location
    assert loc is not None and loc.name == "Zvecan"
    assert (loc.country, loc.iso, loc.admin1) == ("Kosovo", None, "Mitrovica")
    names = {r.name for r in (event.actor1, event.actor2) if r is not None}
    assert "Police Forces of Kosovo" in names
    assert names & {"Rioters (Kosovo)", "Protesters (Kosovo)"}
    assert event_row(event)["country"] == "Kosovo"  # the export's country column


def test_a_report_from_belgrade_still_places_a_kosovo_town_in_kosovo(
    resources: Resources,
) -> None:
    text = (
        "BELGRADE, Serbia (AP) - Kosovo police clashed with ethnic Serb protesters in the "
        "northern Kosovo town of Zvecan on Monday."
    )
    (event,) = _events_at(text, "Zvecan", resources)
    assert event.location is not None and event.location.country == "Kosovo"


# --- agreements and their scope -------------------------------------------------------------

AGREEMENT = """\
# Source: made up for a test. Licence: Apache-2.0. Date: 2026.
agreements:
  - id: ibar-truce
    name: Ibar truce
    kind: truce
    countries: [XK, RS]
    parties:
      - actors: [rs-police]
    valid_from: 2023-06-01
    sources: [https://example.org/ibar-truce]
"""


def _agreement(tmp_path: Path, countries: str) -> list[Agreement]:
    path = tmp_path / "ibar.yaml"
    path.write_text(dedent(AGREEMENT).replace("[XK, RS]", countries), encoding="utf-8")
    kb = ActorKB(list(load_actors().actors.values()))
    return read_agreement_file(path, kb)


def test_an_agreement_may_name_kosovo_and_its_scope_holds_a_kosovo_event(
    tmp_path: Path,
) -> None:
    [agreement] = _agreement(tmp_path, "[XK, RS]")
    assert agreement.countries == ("XK", "RS")
    where = Location(name="Zvecan", latitude=42.91, longitude=20.84, country="Kosovo",
                     admin1="Mitrovica", geo_precision=1)  # fmt: skip
    event = make_event(event_date=dt.date(2023, 6, 5), location=where)
    assert Scope(agreement).in_place(event)
    elsewhere = where.model_copy(update={"country": "Albania", "iso": 8})
    assert not Scope(agreement).in_place(event.model_copy(update={"location": elsewhere}))


def test_an_agreement_naming_no_country_is_still_refused(tmp_path: Path) -> None:
    from ceasewatch.errors import KnowledgeError

    with pytest.raises(KnowledgeError) as info:
        _agreement(tmp_path, "[XK, QQ]")
    assert any("QQ" in p and "XK" not in p for p in info.value.problems)


# --- the map and the desk -------------------------------------------------------------------


def _placed(event_id: str, country: str, iso: int | None, lat: float, lon: float) -> Event:
    where = Location(name=event_id, latitude=lat, longitude=lon, country=country, iso=iso,
                     geo_precision=1)  # fmt: skip
    return make_event(id=event_id, article_id="kosovo-a1", location=where)


def test_the_map_flags_a_point_abroad_of_a_kosovo_report_and_not_its_own() -> None:
    text = "PRISTINA, Kosovo - Police and protesters clashed in Zvecan on Monday."
    home = _placed("e1", "Kosovo", None, 42.91, 20.84)
    abroad = _placed("e2", "Russia", 643, 55.75, 37.62)
    flagged = outside_named_country([home, abroad], [home, abroad], lambda ids: {"kosovo-a1": text})
    assert flagged == {"e2"}


def test_the_desk_shows_kosovo_by_its_name() -> None:
    assert short_name("Kosovo") == "Kosovo"
    assert short_name("XK") == "Kosovo"
