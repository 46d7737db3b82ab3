"""ACLED's actors by event type (resolve/roles.py), claimed and blamed perpetrators
(resolve/claims.py) and the article's country from its geography when no actor names one.

Sentences are hand-written for these tests (no evaluation item is used); the knowledge base
is the built-in one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import SUB_EVENT_TO_TYPE, ActorRef, Event, Extraction, Span
from ceasewatch.resolve import resolve
from ceasewatch.resolve.claims import find_claims
from ceasewatch.resolve.context import article_country
from ceasewatch.resolve.matching import matcher_for
from ceasewatch.resolve.roles import apply_roles
from tests.test_resolve import article

D = dt.date
ON = D(2024, 3, 9)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


def ref(words: str) -> ActorRef:
    return ActorRef(name=words, surface=words)


def event(
    sub: str,
    actor1: str | None,
    actor2: str | None = None,
    fatalities: int | None = None,
    at: int = 0,
) -> Event:
    return Event(
        id="e1",
        article_id="a1",
        event_date=ON,
        time_precision=1,
        disorder_type="Political violence",
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        actor1=ref(actor1) if actor1 else None,
        actor2=ref(actor2) if actor2 else None,
        fatalities=fatalities,
        sentence=Span(start=at, end=at + 10, text="x" * 10),
    )


def one(text: str, e: Event, kb: ActorKB) -> Event:
    return resolve(Extraction(article_id="a1", events=(e,)), article(text, ON), kb).events[0]


def names(e: Event) -> tuple[str | None, str | None]:
    return (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)


KENYA = "NAIROBI, Kenya, March 9, 2024 - "


# --- protests and riots ----------------------------------------------------------------------


def test_people_in_a_protest_are_protesters(kb: ActorKB) -> None:
    got = one(KENYA + "Workers marched.", event("Peaceful protest", "workers"), kb)
    assert names(got) == ("Protesters (Kenya)", None)
    assert got.actor1 is not None and got.actor1.method == "convention"
    assert got.actor1.surface == "workers"  # the report's words are kept


def test_a_protest_with_no_actor_gets_protesters(kb: ActorKB) -> None:
    got = one(KENYA + "Thousands rallied.", event("Peaceful protest", None), kb)
    assert names(got) == ("Protesters (Kenya)", None)


def test_protesters_in_a_riot_are_rioters(kb: ActorKB) -> None:
    got = one(KENYA + "Protesters burned cars.", event("Violent demonstration", "protesters"), kb)
    assert names(got)[0] == "Rioters (Kenya)"


def test_a_people_named_by_its_demonym_is_the_crowd(kb: ActorKB) -> None:
    text = "NAIROBI, March 9, 2024 - Kenyans rallied against the tax bill."
    got = one(text, event("Peaceful protest", "Kenyans"), kb)
    assert (got.sub_event_type, names(got)) == ("Peaceful protest", ("Protesters (Kenya)", None))


def test_a_named_organiser_is_an_associated_actor(kb: ActorKB) -> None:
    got = one(KENYA + "Al Shabaab marched.", event("Peaceful protest", "Al Shabaab"), kb)
    assert (got.sub_event_type, names(got)[0]) == ("Peaceful protest", "Protesters (Kenya)")
    assert [a.name for a in got.assoc_actors1] == ["Al Shabaab"]


def test_police_dispersing_protesters_is_a_protest_with_intervention(kb: ActorKB) -> None:
    text = KENYA + "Police fired tear gas at protesters."
    got = one(text, event("Peaceful protest", "police", "protesters"), kb)
    assert (got.sub_event_type, got.event_type) == ("Protest with intervention", "Protests")
    assert got.disorder_type == "Demonstrations"
    assert names(got) == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_police_clashing_with_rioters_without_deaths_stays_a_riot(kb: ActorKB) -> None:
    text = KENYA + "Police clashed with protesters who threw stones."
    got = one(text, event("Violent demonstration", "police", "protesters"), kb)
    assert got.sub_event_type == "Violent demonstration"
    assert names(got) == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_police_killing_protesters_is_excessive_force(kb: ActorKB) -> None:
    text = KENYA + "Police shot dead three protesters."
    got = one(text, event("Violent demonstration", "police", "protesters", fatalities=3), kb)
    assert got.sub_event_type == "Excessive force against protesters"
    assert got.disorder_type == "Political violence; Demonstrations"
    assert names(got) == ("Police Forces of Kenya", "Protesters (Kenya)")


def test_rioters_attacking_police_stay_a_riot(kb: ActorKB) -> None:
    text = KENYA + "Rioters attacked the police."
    got = one(text, event("Violent demonstration", "rioters", "police"), kb)
    assert got.sub_event_type == "Violent demonstration"
    assert names(got) == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_without_a_country_nothing_is_made(kb: ActorKB) -> None:
    got = one("Workers marched on Saturday.", event("Peaceful protest", "workers"), kb)
    assert got.actor1 is not None and got.actor1.method != "convention"


# --- unnamed perpetrators and victims --------------------------------------------------------


def test_an_unclaimed_bomb_is_an_unidentified_armed_group(kb: ActorKB) -> None:
    text = KENYA + "A bomb exploded at a bus stop, killing two people."
    got = one(text, event("Remote explosive/landmine/IED", None, "two people"), kb)
    assert names(got) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_an_attack_names_civilians_as_its_victims(kb: ActorKB) -> None:
    got = one(KENYA + "Gunmen attacked a bus.", event("Attack", "gunmen"), kb)
    assert names(got) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_civilians_are_never_the_initiators(kb: ActorKB) -> None:
    text = KENYA + "Twenty passengers died in the attack on the bus."
    got = one(text, event("Attack", "Twenty passengers"), kb)
    assert names(got) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    assert got.actor2 is not None and got.actor2.surface == "Twenty passengers"


def test_an_unclaimed_shelling_gets_no_default(kb: ActorKB) -> None:
    got = one(KENYA + "Shells hit a market.", event("Shelling/artillery/missile attack", None), kb)
    assert got.actor1 is None


# --- claims and blame --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "actor_id"),
    [
        ("Al Shabaab claimed responsibility.", "so-al-shabaab"),
        ("The police blamed Al Shabaab for the attack.", "so-al-shabaab"),
        ("Officials accused a faction of Al Shabaab of the attack.", "so-al-shabaab"),
        ("Al Shabaab later said its fighters carried out the attack.", "so-al-shabaab"),
    ],
)
def test_a_claim_names_the_unnamed_bomber(kb: ActorKB, claim: str, actor_id: str) -> None:
    text = KENYA + "A suicide bomber blew himself up in a market. " + claim
    got = one(text, event("Suicide bomb", "a suicide bomber", at=len(KENYA)), kb)
    assert got.actor1 is not None and got.actor1.id == actor_id
    assert got.actor1.method == "claim"


def test_a_claim_does_not_replace_a_named_perpetrator(kb: ActorKB) -> None:
    text = KENYA + "Kenyan troops raided a camp. Al Shabaab claimed responsibility."
    got = one(text, event("Armed clash", "Kenyan troops", at=len(KENYA)), kb)
    assert names(got)[0] == "Military Forces of Kenya"


def test_a_claim_long_after_the_event_does_not_reach_it(kb: ActorKB) -> None:
    text = KENYA + "Gunmen attacked a bus. " + "Nothing else was said. " * 40
    text += "Al Shabaab claimed an attack last year."
    got = one(text, event("Attack", "gunmen", at=len(KENYA)), kb)
    assert names(got)[0] == "Unidentified Armed Group (Kenya)"


def test_a_generic_claimant_names_nobody(kb: ActorKB) -> None:
    matcher = matcher_for(kb)
    assert find_claims("Militants claimed responsibility.", lambda w: None) == []
    text = KENYA + "Gunmen attacked a bus. Militants claimed responsibility."
    got = one(text, event("Attack", "gunmen", at=len(KENYA)), kb)
    assert names(got)[0] == "Unidentified Armed Group (Kenya)"
    assert matcher is not None


def test_a_movement_claiming_names_its_branch_in_the_country(kb: ActorKB) -> None:
    text = (
        "KABUL, Aug. 3, 2024 - A suicide bomber struck a mosque. Islamic State claimed the attack."
    )
    got = one(text, event("Suicide bomb", "a suicide bomber", at=22), kb)
    assert got.actor1 is not None and got.actor1.id == "iskp"


def test_a_dateline_is_not_the_claimant(kb: ActorKB) -> None:
    text = "MOGADISHU, Oct. 3, 2024 - The U.S. military said it carried out an air strike."
    got = one(text, event("Air/drone strike", None, at=0), kb)
    assert got.actor1 is not None and got.actor1.name.startswith("Military Forces of the United")


# --- the article's country from its geography -------------------------------------------------


def test_geography_decides_when_no_actor_names_a_country(kb: ActorKB) -> None:
    matcher = matcher_for(kb)
    assert article_country("Soldiers raided villages in Magway region on Sunday.", matcher) == "MM"
    got = one(
        "Soldiers raided villages in Magway region on Sunday.",
        event("Attack", "Soldiers", "villagers"),
        kb,
    )
    assert names(got)[0] is not None and names(got)[0].startswith("Military Forces of Myanmar")


# --- a state force acting on people protesting -------------------------------------------------


def _said(e: Event, text: str) -> Event:
    return e.model_copy(update={"sentence": Span(start=0, end=len(text), text=text)})


def test_arrests_of_people_gathered_to_protest_are_a_protest_with_intervention(
    kb: ActorKB,
) -> None:
    text = "MOSCOW - Police detained hundreds of people who gathered in a square to protest."
    got = one(text, _said(event("Arrests", "Police"), text), kb)
    assert got.sub_event_type == "Protest with intervention"
    assert got.actor1 is not None and got.actor1.name == "Protesters (Russia)"
    assert got.actor2 is not None and got.actor2.name.startswith("Police Forces of Russia")


def test_stun_grenades_fired_at_protesters_with_deaths_are_excessive_force(kb: ActorKB) -> None:
    text = "MINSK - Riot police fired stun grenades at people protesting, killing one man."
    got = one(text, _said(event("Grenade", "Riot police", fatalities=1), text), kb)
    assert got.sub_event_type == "Excessive force against protesters"
    assert got.actor1 is not None and got.actor1.name.startswith("Police Forces of Belarus")


def test_an_arrest_of_a_protest_organiser_stays_an_arrest(kb: ActorKB) -> None:
    text = "MOSCOW - Police arrested the opposition leader ahead of planned protests."
    got = one(text, _said(event("Arrests", "Police", "the opposition leader"), text), kb)
    assert got.sub_event_type == "Arrests"


def test_protesters_burning_property_are_a_violent_demonstration(kb: ActorKB) -> None:
    text = "KATHMANDU - Protesters set fire to the parliament building on Tuesday."
    got = one(text, _said(event("Looting/property destruction", "Protesters"), text), kb)
    assert got.sub_event_type == "Violent demonstration"
    assert got.actor1 is not None and got.actor1.name == "Rioters (Nepal)"


def test_a_claim_is_read_on_the_events_date_not_the_reports(kb: ActorKB) -> None:
    text = (
        "A chemical attack on the town of Khan Shaykhun in Idlib province killed 80 people, "
        "doctors said, blaming government warplanes for dropping the gas."
    )
    e = _said(event("Chemical weapon", None, fatalities=80), text)
    e = e.model_copy(update={"event_date": D(2017, 4, 4)})
    x = Extraction(article_id="a1", events=(e,))
    got = resolve(x, article(text, D(2026, 12, 2)), kb).events[0]
    assert got.actor1 is not None and got.actor1.name == "Military Forces of Syria (2000-2024)"


def test_a_joint_operation_is_coded_to_the_home_forces(kb: ActorKB) -> None:
    rwanda = ActorRef(name="Military Forces of Rwanda", surface="Rwandan", id="rw-military")
    home = ActorRef(
        name="Military Forces of Mozambique", surface="Mozambican troops", id="mz-military"
    )
    raid = event("Government regains territory", None).model_copy(
        update={"actor1": rwanda, "assoc_actors1": (home,)}
    )
    got = apply_roles(raid, kb, "MZ")
    assert got.actor1 is not None and got.actor1.id == "mz-military"
    assert [r.id for r in got.assoc_actors1] == ["rw-military"]
    unchanged = apply_roles(raid, kb, "RW")  # in Rwanda's report its forces lead
    assert unchanged.actor1 is not None and unchanged.actor1.id == "rw-military"


# --- issue 9: a strike the sentence gives to the armed forces ----------------------------------


def test_a_military_air_strike_without_an_actor_is_the_countrys_military() -> None:
    kb = load_actors()

    def strike(text: str) -> Event:
        return Event(
            id="e1",
            article_id="a1",
            event_date=dt.date(2023, 4, 11),
            time_precision=1,
            actor1=None,
            actor2=None,
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            disorder_type="Political violence",
            sentence=Span(start=0, end=len(text), text=text),
        )

    told = apply_roles(strike("A military air strike on a gathering killed 100 people."), kb, "MM")
    assert told.actor1 is not None and told.actor1.name.startswith("Military Forces of Myanmar")
    # session 19: an air strike nobody is named for is the air force's that strikes there
    # (resolve/roles.py AIR_POWER): the country's own, none where several states' fly
    said = apply_roles(strike("The military said an air strike killed 100 people."), kb, "MM")
    assert said.actor1 is not None and said.actor1.name.startswith("Military Forces of Myanmar")
    plain = apply_roles(strike("An air strike on a market killed 40 civilians."), kb, "SD")
    assert plain.actor1 is not None and plain.actor1.name.startswith("Military Forces of Sudan")
    shared = apply_roles(strike("An air strike on a market killed 40 civilians."), kb, "SO")
    assert shared.actor1 is None
