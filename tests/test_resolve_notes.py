"""actor1 of short reports from many countries, read through the whole pipeline as a user
feeds them (one JSONL line each): the phenomena of coder's notes and wire copy that the world
dev half lacks (issue 9, session 9): a people's name before a generic armed noun ("Kuki
militants", "Baloch separatists"), supporters of a party rioting, a group qualifying its
fighters as a nominal modifier ("Amhara Fano militia fighters"), "gunmen from <a gang>",
acronyms as coders write them, passive voice, a device's planter.

Every report is written for this file in the team's own words (no evaluation item is used);
names follow ACLED's conventions (data/eval/world/README.md).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import user_article
from ceasewatch.evaluate.world import same_actor
from ceasewatch.pipeline import Resources, process_article
from tests.event_builders import report_main_event

CASES = [
    # a people's name before a generic armed noun: the group's ethnic militia in the country
    (
        "On 10 June 2023, Kuki militants opened fire on villagers in Khamenlok (Imphal East, "
        "Manipur), killing nine people.",
        "Kuki Ethnic Militia (India)",
    ),
    (
        "Kuki militants torched a dozen houses in a village of Bishnupur district in Manipur "
        "on Friday, killing three men, Indian police said.",
        "Kuki Ethnic Militia (India)",
    ),
    (
        "QUETTA, Pakistan, Aug. 26, 2024 - Baloch separatists shot dead 23 passengers after "
        "pulling them off lorries on a highway in Musakhel district, officials said.",
        "Baloch Ethnic Militia (Pakistan)",
    ),
    # a named group hung on its fighters as a nominal modifier
    (
        "On 2 August 2023, Amhara Fano militia fighters clashed with ENDF soldiers in Lalibela "
        "town (North Wollo, Amhara). Casualties unknown.",
        "Fano Militia",
    ),
    # supporters of a party burning property: rioters of the country
    (
        "On 12 March 2024, supporters of the opposition PTI party set fire to two police vans "
        "in Lahore (Punjab), Pakistan, after the arrest of a local leader.",
        "Rioters (Pakistan)",
    ),
    (
        "NAIROBI, Kenya, July 7, 2023 - Supporters of opposition leader Raila Odinga hurled "
        "stones at police and burned tyres in the Kibera area, police said.",
        "Rioters (Kenya)",
    ),
    # "gunmen from <group>": the group
    (
        "On 9 December 2023, gunmen from the Tren de Aragua gang shot dead two men in Maracay "
        "(Aragua), Venezuela.",
        "Tren de Aragua",
    ),
    # acronyms as coders write them, read in the article's country
    (
        "On 3 January 2023, Al Shabaab militants attacked an SNA base in Jiilaale village "
        "(Balcad, Middle Shabelle). Three soldiers were killed.",
        "Al Shabaab",
    ),
    (
        "On 15 April 2023, RSF fighters clashed with SAF troops around Merowe airport "
        "(Northern state). At least 20 fatalities were reported.",
        "Rapid Support Forces",
    ),
    (
        "On 20 May 2024, FARDC soldiers clashed with M23 rebels near Sake (Masisi, "
        "Nord-Kivu). Five fighters were killed.",
        "Military Forces of the Democratic Republic of Congo",
    ),
    (
        "On 5 December 2022, PDF fighters ambushed a Myanmar military convoy near Kani "
        "township (Sagaing). Seven soldiers were killed.",
        "People's Defence Force",
    ),
    (
        "On 30 January 2023, a TTP suicide bomber blew himself up inside a mosque in the "
        "police lines of Peshawar (Khyber Pakhtunkhwa), killing 84 people.",
        "TTP: Tehreek-i-Taliban Pakistan",
    ),
    (
        "On 9 May 2023, CJNG gunmen killed four police officers in an ambush in Tepalcatepec "
        "(Michoacan).",
        "Jalisco New Generation Cartel",
    ),
    (
        "On 17 January 2019, the ELN detonated a car bomb at a police academy in Bogota, "
        "killing 22 cadets.",
        "ELN: National Liberation Army",
    ),
    (
        "On 5 June 2024, ADF rebels attacked Masala village (Beni, Nord-Kivu), killing 42 "
        "civilians with machetes.",
        "Allied Democratic Forces",
    ),
    (
        "On 10 July 2024, JNIM militants ambushed a FAMa convoy near Niono (Segou). Twelve "
        "soldiers were killed.",
        "JNIM: Group for Support of Islam and Muslims",
    ),
    (
        "On 25 July 2024, Wagner fighters and FAMa soldiers clashed with CSP-DPA rebels near "
        "Tinzaouaten (Kidal). Dozens were killed.",
        "Military Forces of Mali",
    ),
    # passive voice and the planter of a device
    (
        "On 22 September 2023, three soldiers were killed by suspected militants in an ambush "
        "near Tillia (Tahoua), Niger.",
        "Unidentified Armed Group (Niger)",
    ),
    (
        "On 6 May 2024, villagers in Lubero (Nord-Kivu) were killed by ADF fighters; 18 "
        "bodies were found.",
        "Allied Democratic Forces",
    ),
    (
        "On 14 May 2024, an IED planted by unidentified militants exploded near a police "
        "vehicle in Dera Ismail Khan (Khyber Pakhtunkhwa), killing two policemen.",
        "Unidentified Armed Group (Pakistan)",
    ),
    # an air strike named by its owner; generic words framed by the country
    (
        "On 6 October 2023, a Myanmar military air strike hit a displacement camp near Laiza "
        "(Kachin), killing 29 civilians.",
        "Military Forces of Myanmar (2021-)",
    ),
    (
        "NIAMEY, Niger, March 2, 2024 - Unidentified assailants shot dead a village chief in "
        "Tera (Tillaberi), residents said.",
        "Unidentified Armed Group (Niger)",
    ),
    (
        "On 19 February 2024, farmers protested outside the agriculture ministry in Warsaw, "
        "Poland, against EU farm policy.",
        "Protesters (Poland)",
    ),
    (
        "On 8 August 2024, police arrested 40 protesters in Kampala during a march against "
        "corruption.",
        "Protesters (Uganda)",
    ),
    (
        "On 1 September 2024, separatist fighters attacked a gendarmerie post in Kumbo, "
        "Cameroon. Two gendarmes were killed.",
        "Ambazonian separatists",
    ),
    # a coder's suspect in a sentence of its own; a tie written "identified as"
    (
        "On 2 February 2024, a female suicide bomber blew herself up at a market in Konduga "
        "(Konduga, Borno), Nigeria, killing 9 people. Suspected Boko Haram militants.",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    ),
    (
        "On 4 July 2023, gunmen later identified as ADF rebels killed 14 farmers near Oicha "
        "(Beni, Nord-Kivu), DR Congo.",
        "Allied Democratic Forces",
    ),
    # a component folded into a coalition is coded as the coalition
    (
        "On 9 September 2022, Katiba Macina fighters killed 11 villagers near Djenne (Mopti), "
        "Mali.",
        "JNIM: Group for Support of Islam and Muslims",
    ),
    # "security forces" at a protest are the police; lone unidentified men are unidentified
    (
        "On 20 October 2022, security forces opened fire on demonstrators in N'Djamena, Chad, "
        "killing 50 people.",
        "Police Forces of Chad",
    ),
    (
        "On 2 November 2023, an unidentified man threw a grenade into a bar in Tulua (Valle "
        "del Cauca), Colombia, wounding 4 people.",
        "Unidentified Armed Group (Colombia)",
    ),
    # who fired a named weapon; an owner before "tank fire"
    (
        "On 12 April 2024, Russian forces fired Grad rockets at Nikopol (Dnipropetrovsk), "
        "Ukraine, damaging a school.",
        "Military Forces of Russia",
    ),
    (
        "On 5 November 2023, Israeli tank fire hit a car near Aitaroun (Bint Jbeil, Nabatiye), "
        "Lebanon, killing three girls and their grandmother.",
        "Military Forces of Israel",
    ),
]


@pytest.mark.parametrize(
    ("text", "actor1"), CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(CASES)]
)
def test_actor1_of_a_short_report(text: str, actor1: str, resources: Resources) -> None:
    event = report_main_event(text, resources)
    got = event.actor1.name if event.actor1 is not None else None
    assert same_actor(got, actor1), (got, event.sub_event_type)


def test_a_place_before_militants_is_no_group(resources: Resources) -> None:
    """ "Kidal militants": a place's name qualifies the noun; the militants stay unnamed."""
    event = report_main_event(
        "On 3 May 2024, Kidal militants attacked a convoy near Anefis, Mali.", resources
    )
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Mali)"


def test_the_police_of_a_demonym_stay_the_police(resources: Resources) -> None:
    """Only armed nouns take the capitalised words before them: "Kenyan police" is read through
    the country as the police, not as a group named "Kenyan"."""
    event = report_main_event(
        "NAIROBI, Kenya, June 25, 2024 - Kenyan police fired tear gas at protesters outside "
        "parliament, killing two people.",
        resources,
    )
    names = {r.name for r in (event.actor1, event.actor2) if r is not None}
    assert "Police Forces of Kenya" in names, names


def test_a_counted_toll_without_its_auxiliary_names_victims(resources: Resources) -> None:
    """ "3 soldiers killed." in a note is a passive without its auxiliary: the soldiers are
    the victims, never the ones who killed."""
    text = (
        "On 8 March 2024, JNIM militants attacked an army post in Dioura (Tenenkou, Mopti), "
        "Mali. 7 soldiers killed."
    )
    article = user_article("t2", {"text": text}, "test:notes")
    events = process_article(article, resources).events  # type: ignore[arg-type]
    for event in events:
        first = event.actor1.name if event.actor1 is not None else ""
        assert "Military Forces of Mali" not in first, (event.sub_event_type, first)


def test_an_identity_groups_mob_is_its_militia_beside_the_rioters(resources: Resources) -> None:
    """ "a Meitei mob": the group's militia; in mob violence ACLED puts the rioters first and
    the militia beside them."""
    event = report_main_event(
        "On 3 June 2023, a Meitei mob set fire to a Kuki church in Imphal West (Manipur), "
        "India, and beat two men.",
        resources,
    )
    assert event.actor1 is not None and event.actor1.name == "Rioters (India)"
    assert [r.name for r in event.assoc_actors1] == ["Meitei Ethnic Militia (India)"]
