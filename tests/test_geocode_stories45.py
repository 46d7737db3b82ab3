"""A story's main country (session 45, stories45): an event's own place is no evidence of its
namesake's country (reports dev rl017's shape); an attacker named mostly as forces beside
actors of another country (rh017's); a named overseas territory is home (ru035's). Contexts
and texts built by hand."""

from __future__ import annotations

from dataclasses import replace

from ceasewatch.geocode.context import ArticleContext, mostly_forces


def _update(names: frozenset[str]) -> ArticleContext:
    # a Lebanon security update: "Israeli" twice (the attacker's forces), Beirut once, and
    # "Blida", a village of south Lebanon and a province of Algeria
    return ArticleContext(
        named_countries={"IL": 3.0, "DZ": 1.0, "LB": 1.0},
        country_reasons={
            "IL": ('names "Israeli"',),
            "DZ": ('names the admin area "Blida"',),
            "LB": ('names the capital "Beirut"',),
        },
        forces_only=frozenset({"IL"}),
        event_names=names,
    )


def test_an_event_place_is_no_evidence_of_its_namesakes_country() -> None:
    assert _update(frozenset()).main_country() is None  # Algeria and Lebanon tie
    context = _update(frozenset({"Kafr Kila", "Blida"}))
    assert context.main_country() == "LB"
    assert not context.says_country("DZ", major=True, own=("Blida",))
    assert context.says_country("LB", major=True, own=("Blida",))


def test_an_event_place_alone_still_names_its_country() -> None:
    # "clashes in Idlib" with nothing else: the name is the text's one sign of Syria
    context = ArticleContext(
        named_countries={"SY": 1.0},
        country_reasons={"SY": ('names the admin area "Idlib"',)},
        event_names=frozenset({"Idlib"}),
    )
    assert context.main_country() == "SY"


STATEMENT = (
    "Factions of the so-called Syrian National Army, backed by the Turkish occupation army,"
    " attacked our positions. A Turkish drone targeted a car. The Turkish occupation continues"
    " its attacks. Turkish threats of a new invasion endanger the region."
)


def test_an_attackers_adjective_named_mostly_as_forces_is_no_scene() -> None:
    # "Turkish" four times, three as forces or the occupation; "Syrian" once, in a name
    reasons = {"TR": ('names "Turkish"',), "SY": ('names "Syrian"',)}
    assert mostly_forces(STATEMENT, reasons) == frozenset({"TR"})
    context = ArticleContext(
        named_countries={"TR": 4.0, "SY": 1.0},
        country_reasons=reasons,
        mostly_forces=frozenset({"TR"}),
        actor_countries={"SY": "the text names Syrian National Army, an actor of this country"},
    )
    assert context.main_country() == "SY"
    # with no actor of another country, the text's own count decides
    assert replace(context, actor_countries={}).main_country() == "TR"


def test_a_country_named_as_a_place_is_not_mostly_forces() -> None:
    text = "Turkish drones struck. Turkish officials said the talks in Turkey would resume."
    assert mostly_forces(text, {"TR": ('names "Turkish"', 'names "Turkey"')}) == frozenset()


def test_a_named_territory_of_the_main_country_is_home() -> None:
    context = ArticleContext(
        named_countries={"FR": 4.0, "NC": 1.0},
        country_reasons={
            "FR": ('names "French"', 'names the capital "Paris"'),
            "NC": ('names "New Caledonia"',),
        },
    )
    assert context.main_country() == "FR"
    assert context.territory_named("NC", "FR")
    assert not context.territory_named("PF", "FR")  # French Polynesia: not named
    assert not context.territory_named("NC", "GB")


def test_a_capital_named_for_an_event_abroad_keeps_its_country() -> None:
    # an Iran story with a diaspora march "In Berlin": the capital's name is the city's own
    context = ArticleContext(
        named_countries={"IR": 5.0, "DE": 1.0},
        country_reasons={"IR": ('names "Iranian"',), "DE": ('names the capital "Berlin"',)},
        event_names=frozenset({"Zahedan", "Berlin"}),
    )
    assert context.says_country("DE", major=True, own=("Berlin",))
