"""An event's own place is no evidence of its namesake's country (session 45, stories45;
reports dev rl017's shape). Contexts built by hand."""

from __future__ import annotations

from ceasewatch.geocode.context import ArticleContext


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
