"""learn.guard: re-typings the event's own facts contradict (who acted, the means), by ACLED's
codebook. Events and sentences invented here; none is an evaluation item."""

from __future__ import annotations

from ceasewatch.learn.apply import Policy, decide_default
from ceasewatch.learn.guard import definitions, refusal
from ceasewatch.model import SUB_EVENT_TO_TYPE, ActorRef, Event
from tests.event_builders import guard_event

STATE = ActorRef(name="Military Forces of Ruritania", type="state forces", inter=1)
REBELS = ActorRef(name="Ruritanian Liberation Front", type="rebel group", inter=2)
RIOTERS = ActorRef(name="Rioters (Ruritania)", type="rioters", inter=5)
PROTESTERS = ActorRef(name="Protesters (Ruritania)", type="protesters", inter=6)
CIVILIANS = ActorRef(name="Civilians (Ruritania)", type="civilians", inter=7)
POLICE = ActorRef(name="Police Forces of Ruritania", type="state forces")  # type, no code


def event(sub: str, actor1: ActorRef | None = None, actor2: ActorRef | None = None) -> Event:
    return guard_event(sub, actor1, actor2, "Political violence")


def test_every_definition_names_a_sub_event_type() -> None:
    assert set(definitions()) <= set(SUB_EVENT_TO_TYPE)


def test_a_state_retaking_is_no_takeover_and_rebels_regain_nothing() -> None:
    took = "Army troops took control of Velka after the insurgents withdrew."
    state = event("Government regains territory", STATE, REBELS)
    why = refusal(state, "Non-state actor overtakes territory", took)
    assert why is not None and "state forces as actor1" in why
    rebels = event("Non-state actor overtakes territory", REBELS, STATE)
    assert refusal(rebels, "Government regains territory", took) is not None
    # a takeover the rules could not attribute stays the reader's to re-type
    nobody = event("Non-state actor overtakes territory")
    assert refusal(nobody, "Government regains territory", took) is None


def test_crowds_are_not_armed_groups_and_armed_groups_are_not_crowds() -> None:
    text = "A crowd torched the party office in Velka and stoned the guards."
    crowd = event("Violent demonstration", RIOTERS, STATE)
    assert refusal(crowd, "Armed clash", text) is not None
    assert refusal(crowd, "Attack", text) is not None
    assert refusal(crowd, "Mob violence", text) is None
    # rioters the rules named by convention count as a crowd only when the words name one
    named = RIOTERS.model_copy(update={"method": "convention", "surface": "an angry mob"})
    assert refusal(event("Mob violence", named), "Attack", text) is not None
    unnamed = RIOTERS.model_copy(update={"method": "convention", "surface": "local vigilantes"})
    assert refusal(event("Mob violence", unnamed, REBELS), "Armed clash", text) is None
    # nor is any other actor named by convention for the rules' type
    air = STATE.model_copy(update={"method": "convention"})
    assert refusal(event("Air/drone strike", air), "Peaceful protest", "Crowds marched.") is None
    gunmen = event("Attack", REBELS, CIVILIANS)
    assert refusal(gunmen, "Mob violence", "Gunmen stormed a market in Velka.") is not None
    # a clash needs two armed sides: gunmen shooting villagers is no clash
    assert refusal(gunmen, "Armed clash", "Gunmen shot villagers in Velka.") is not None


def test_a_demonstration_needs_a_crowd_on_a_side() -> None:
    text = "Police beat demonstrators in Velka square, injuring ten."
    rally = event("Protest with intervention", PROTESTERS, POLICE)
    assert refusal(rally, "Excessive force against protesters", text) is None
    # the police as actor1 of a protest is the rules' order, not a contradiction
    force = event("Excessive force against protesters", POLICE, PROTESTERS)
    assert refusal(force, "Protest with intervention", text) is None
    # marchers the rules read as civilians ("farmers") are a crowd
    farmers = event("Attack", POLICE, CIVILIANS)
    assert (
        refusal(farmers, "Protest with intervention", "Police fired on marching farmers.") is None
    )
    # police on a side is an intervention, a death is more than one
    assert refusal(force, "Peaceful protest", text) is not None
    killed = event("Excessive force against protesters", POLICE, PROTESTERS)
    killed = killed.model_copy(update={"fatalities": 2})
    why = refusal(killed, "Protest with intervention", "Police shot two marchers dead.")
    assert why is not None and "2 dead" in why
    assert refusal(event("Violent demonstration", PROTESTERS), "Peaceful protest", text) is None
    # soldiers fighting rebels are no demonstration
    battle = event("Armed clash", STATE, REBELS)
    why = refusal(battle, "Violent demonstration", "Troops and rebels fought in Velka.")
    assert why is not None and "on a side" in why
    # nor does a side the rules named by convention without a crowd's words ("students")
    students = PROTESTERS.model_copy(update={"method": "convention", "surface": "students"})
    force = event("Excessive force against protesters", POLICE, students)
    assert refusal(force, "Protest with intervention", text) is None
    # an actor the rules did not find refuses nothing
    nobody = event("Attack")
    assert refusal(nobody, "Excessive force against protesters", text) is None


def test_arrests_and_abductions_need_an_actor_who_can_hold_someone() -> None:
    text = "Agents took an activist from his home in Velka; his family does not know where he is."
    arrest = event("Arrests", POLICE, CIVILIANS)
    # a state's forced disappearance is an abduction: the actor does not decide this pair
    assert refusal(arrest, "Abduction/forced disappearance", text) is None
    crowd = event("Mob violence", RIOTERS, CIVILIANS)
    assert refusal(crowd, "Arrests", "A crowd seized a thief in Velka market.") is not None


def test_only_a_means_named_contradicts_a_strike_or_shelling() -> None:
    hit = event("Attack", STATE, REBELS)
    assert refusal(hit, "Air/drone strike", "Troops shelled a convoy near Velka.") is not None
    assert refusal(hit, "Air/drone strike", "A drone fired on a convoy near Velka.") is None
    assert refusal(hit, "Air/drone strike", "Warplanes pounded Velka.") is None
    # no means named: nothing contradicts the reader
    assert refusal(hit, "Air/drone strike", "A strike hit a house in Velka.") is None
    jets = event("Air/drone strike", STATE, REBELS)
    assert refusal(jets, "Shelling/artillery/missile attack", "Jets bombed Velka.") is not None
    assert refusal(jets, "Shelling/artillery/missile attack", "Howitzers hit Velka.") is None
    # missiles an aircraft fired are its air strike; missiles alone decide nothing
    bomber = "A long-range bomber fired cruise missiles at Velka."
    assert refusal(jets, "Shelling/artillery/missile attack", bomber) is not None
    missiles = "Missiles hit the port of Velka."
    assert refusal(jets, "Shelling/artillery/missile attack", missiles) is None
    # a bare "plane" is no launcher
    landed = "Rockets hit the airport as the minister stepped off his plane."
    assert refusal(jets, "Shelling/artillery/missile attack", landed) is None


def test_the_policy_refuses_what_the_facts_contradict_and_says_why() -> None:
    policy = Policy(min_probability=0.3, max_rule_probability=0.1)
    state = event("Government regains territory", STATE, REBELS)
    table = {"Non-state actor overtakes territory": 0.8, "Government regains territory": 0.05}
    kept = decide_default(state, table, "m", policy, "Troops retook Velka.")
    assert kept.sub_event_type == "Government regains territory" and kept.learned is not None
    assert kept.learned.chosen == "rules" and "ACLED's codebook" in kept.learned.reason
    rebels = event("Government regains territory", REBELS, STATE)
    moved = decide_default(rebels, table, "m", policy, "Rebels seized Velka.")
    assert moved.sub_event_type == "Non-state actor overtakes territory"


def test_a_peaceful_protest_is_refused_by_who_held_it_not_by_whom_it_addressed() -> None:
    text = "Teachers marched to the ministry in Velka demanding that the government resign."
    petitioned = event("Protest with intervention", PROTESTERS, STATE)
    assert refusal(petitioned, "Peaceful protest", text) is None
    armed_among = event("Violent demonstration", PROTESTERS).model_copy(
        update={"assoc_actors1": (REBELS,)}
    )
    assert refusal(armed_among, "Peaceful protest", text) is None
    # an armed group holding it is no protest; a death makes it none either
    assert refusal(event("Attack", REBELS, CIVILIANS), "Peaceful protest", text) is not None
    dead = petitioned.model_copy(update={"fatalities": 1})
    assert refusal(dead, "Peaceful protest", text) is not None


def test_a_crowd_looting_in_unrest_is_its_riot_not_a_looting_of_its_own() -> None:
    text = "Looters emptied the grain stores of Velka and set the market hall on fire."
    riot = event("Violent demonstration", RIOTERS, CIVILIANS)
    why = refusal(riot, "Looting/property destruction", text)
    assert why is not None and "rioters as actor1" in why
    assert refusal(event("Mob violence", PROTESTERS), "Looting/property destruction", text)
    # rioters the rules named by convention: a crowd when the words name looters or youths
    for words in ("looters", "masked youths", "an angry crowd"):
        named = RIOTERS.model_copy(update={"method": "convention", "surface": words})
        assert refusal(event("Violent demonstration", named), "Looting/property destruction", text)
    # soldiers or gunmen looting, or nobody the rules found, stay the reader's to re-type
    raid = "Soldiers looted and burned the village of Velka after the fighting."
    assert refusal(event("Attack", STATE, CIVILIANS), "Looting/property destruction", raid) is None
    assert refusal(event("Attack", REBELS), "Looting/property destruction", raid) is None
    assert refusal(event("Violent demonstration"), "Looting/property destruction", text) is None
