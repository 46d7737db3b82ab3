"""Event extraction on hand-built sentences (other places, groups and conflicts than the seed)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from ceasewatch.extract import Extractor, extract
from ceasewatch.model import SUB_EVENT_TO_TYPE, Article, Event, Extraction

# A Wednesday, so that weekday names resolve to known dates.
PUBLISHED = dt.date(2019, 5, 8)


def make_article(
    text: str, published: dt.date | None = PUBLISHED, language: str | None = "en"
) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(
        id=digest[:16],
        origin="test",
        published=published,
        source="Test Wire",
        text=text,
        content_hash=digest,
        raw_hash=digest,
        language=language,
    )


def run(text: str, extractor: Extractor, **kw: object) -> tuple[Article, Extraction]:
    article = make_article(text, **kw)  # type: ignore[arg-type]
    extraction = extract(article, extractor)
    check_spans(article, extraction)
    return article, extraction


def subs(text: str, extractor: Extractor) -> list[str]:
    """The sub-event types the extractor reads in ``text``, in order."""
    _, x = run(text, extractor)
    return [e.sub_event_type for e in x.events]


def check_spans(article: Article, extraction: Extraction) -> None:
    """Every span points at its words in the article text."""
    spans = [s for e in extraction.events for s in e.evidence]
    spans += [s for r in extraction.relations for s in r.evidence]
    spans += [s for m in extraction.agreement_mentions for s in m.evidence]
    for event in extraction.events:
        for ref in (event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2):
            if ref is not None and ref.span is not None:
                spans.append(ref.span)
        if event.location is not None and event.location.span is not None:
            spans.append(event.location.span)
    for span in spans:
        assert article.text[span.start : span.end] == span.text


def only(events: tuple[Event, ...]) -> Event:
    assert len(events) == 1, [(e.sub_event_type, e.location) for e in events]
    return events[0]


def test_passive_shelling_names_shooter_place_and_weekday(extractor: Extractor) -> None:
    _, x = run("On Monday, the town of Kafr Nabl was shelled by government forces.", extractor)
    event = only(x.events)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.event_type == "Explosions/Remote violence"
    assert event.disorder_type == "Political violence"
    assert event.actor1 is not None and "government forces" in event.actor1.name
    assert event.location is not None and event.location.name == "Kafr Nabl"
    assert event.event_date == dt.date(2019, 5, 6) and event.time_precision == 1


def test_one_event_per_place_with_qualifier(extractor: Extractor) -> None:
    text = "Fighting between Houthi rebels and coalition troops was reported in Hodeidah, Zabid and near Hays on Friday."
    _, x = run(text, extractor)
    assert [e.location.name for e in x.events if e.location] == ["Hodeidah", "Zabid", "Hays"]
    assert {e.sub_event_type for e in x.events} == {"Armed clash"}
    assert [e.location.qualifier for e in x.events if e.location] == [None, None, "near"]
    assert len({e.id for e in x.events}) == 3
    assert all(e.event_date == dt.date(2019, 5, 3) for e in x.events)


def test_air_strike_toll_victims_and_source(extractor: Extractor) -> None:
    text = (
        "Russian warplanes carried out air strikes on Maaret al-Numan yesterday, killing at least "
        "12 civilians, according to the Syrian Observatory for Human Rights."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities == 12
    claim = only_claim(event)
    assert (claim.count, claim.qualifier, claim.victims) == (12, "at least", "civilians")
    assert event.claimed_by is not None and "Syrian Observatory" in event.claimed_by
    assert event.event_date == PUBLISHED - dt.timedelta(days=1)
    assert event.civilian_targeting is False or event.actor2 is not None


def only_claim(event: Event):  # type: ignore[no-untyped-def]
    assert len(event.fatality_claims) == 1, event.fatality_claims
    return event.fatality_claims[0]


def test_vague_toll_soldiers_last_week(extractor: Extractor) -> None:
    text = (
        "Dozens of soldiers were killed in clashes with al-Shabaab militants near Baidoa last week."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Armed clash"
    claim = only_claim(event)
    assert (claim.count, claim.qualifier, claim.victims) == (12, "vague", "soldiers")
    assert event.time_precision == 2
    assert event.event_date is not None and event.event_date <= PUBLISHED
    assert event.location is not None and event.location.qualifier == "near"


def test_competing_figures_side_by_side_and_conservative_total(extractor: Extractor) -> None:
    text = (
        "Activists said 30 people were killed in the bombing of Jisr al-Shughur, while state media "
        "said eight people were killed."
    )
    _, x = run(text, extractor)
    claims = [c for e in x.events for c in e.fatality_claims]
    assert sorted(c.count for c in claims if c.count) == [8, 30]
    assert len({c.claimed_by for c in claims}) == 2
    assert min(e.fatalities for e in x.events if e.fatalities) == 8


def test_hedged_abduction(extractor: Extractor) -> None:
    _, x = run("Gunmen reportedly abducted three aid workers in Goma on Tuesday.", extractor)
    event = only(x.events)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.hedged is True
    assert any(s.field == "hedged" and s.text.lower() == "reportedly" for s in event.evidence)


def test_unknown_toll_is_null_not_zero(extractor: Extractor) -> None:
    _, x = run("Turkish artillery shelled positions near Tal Rifaat on Sunday.", extractor)
    event = only(x.events)
    assert event.fatalities is None and event.fatality_claims == ()


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Hundreds of teachers protested in Khartoum on Sunday, but police fired tear gas to disperse them.",
            "Protest with intervention",
        ),
        (
            "Farmers held a peaceful protest in Nairobi on Monday against new taxes.",
            "Peaceful protest",
        ),
        (
            "Security forces opened fire on protesters in Baghdad, killing four demonstrators.",
            "Excessive force against protesters",
        ),
        ("Rioters torched police cars in Lagos on Tuesday.", "Violent demonstration"),
        ("A mob lynched two men accused of theft in Kinshasa.", "Mob violence"),
        (
            "The army recaptured the village of Tal Hamis from Islamic State fighters on Monday.",
            "Government regains territory",
        ),
        (
            "Rebels captured the town of Morek after heavy fighting.",
            "Non-state actor overtakes territory",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint in Kabul, killing six police officers.",
            "Suicide bomb",
        ),
        ("A roadside bomb struck an army patrol near Kirkuk.", "Remote explosive/landmine/IED"),
        ("Assailants threw a grenade into a bar in Bujumbura.", "Grenade"),
        (
            "Residents of Douma reported a chlorine attack by government helicopters.",
            "Chemical weapon",
        ),
        ("Soldiers raped several women in the village of Minova.", "Sexual violence"),
        ("Police arrested 40 opposition activists in Harare on Thursday.", "Arrests"),
        ("Army engineers defused an IED planted on the road to Mosul.", "Disrupted weapons use"),
        ("Fighters looted shops in the market of Bor.", "Looting/property destruction"),
        ("The two factions signed a reconciliation deal in Daraa on Monday.", "Agreement"),
        ("Gunmen killed five villagers in Kaduna on Monday.", "Attack"),
    ],
)
def test_sub_event_types(extractor: Extractor, text: str, sub: str) -> None:
    _, x = run(text, extractor)
    assert x.events, text
    assert x.events[0].sub_event_type == sub
    assert x.events[0].event_type == SUB_EVENT_TO_TYPE[sub]


def test_text_without_events_yields_none(extractor: Extractor) -> None:
    _, x = run("The minister opened a new school in Amman and praised its teachers.", extractor)
    assert x.events == () and x.skipped is None


def test_threat_is_not_an_event(extractor: Extractor) -> None:
    _, x = run("The group threatened to attack the capital if talks fail.", extractor)
    assert x.events == ()


def test_non_english_article_is_skipped(extractor: Extractor) -> None:
    text = "Des affrontements ont eu lieu hier entre l'armée et les rebelles près de Goma, selon des sources locales."
    _, x = run(text, extractor, language=None)
    assert x.events == () and x.skipped is not None and "fr" in x.skipped


def test_no_publication_date_gives_no_date(extractor: Extractor) -> None:
    _, x = run("Clashes erupted in Aden on Tuesday.", extractor, published=None)
    event = only(x.events)
    assert event.event_date is None and "publication" in event.notes


def test_a_date_with_its_year_needs_no_publication_date(extractor: Extractor) -> None:
    text = "Rebels shelled the market of Kadugli on 9 March 2016, killing four traders."
    _, x = run(text, extractor, published=None)
    assert only(x.events).event_date == dt.date(2016, 3, 9)
    _, x = run(
        "Rebels shelled the market of Kadugli on 9 March, killing four.", extractor, published=None
    )
    assert only(x.events).event_date is None


def test_dates_never_after_publication(extractor: Extractor) -> None:
    # a later day of the publication year (a month-day without a year would be last year's,
    # and a date that far back recalls a past event: no event)
    _, x = run("Clashes erupted in Aden on May 20, 2019.", extractor)
    event = only(x.events)
    assert event.event_date is not None and event.event_date <= PUBLISHED


def test_material_losses(extractor: Extractor) -> None:
    _, x = run("Rebels destroyed two tanks and captured a BMP near Hama on Monday.", extractor)
    losses = {(loss.item.lower(), loss.count, loss.outcome) for e in x.events for loss in e.losses}
    assert ("tank", 2, "destroyed") in losses
    assert ("bmp", 1, "captured") in losses


def test_event_ids_are_deterministic(extractor: Extractor) -> None:
    text = "Clashes erupted in Aden and Lahj on Tuesday."
    _, first = run(text, extractor)
    _, second = run(text, extractor)
    assert [e.id for e in first.events] == [e.id for e in second.events]
    assert all(0.0 <= e.confidence <= 1.0 for e in first.events)


def test_faction_in_place_list_is_not_a_place(extractor: Extractor) -> None:
    text = "Clashes were reported in Kafr Zita, Liwa al-Haqq, Latamna and Morek on Monday."
    _, x = run(text, extractor)
    names = [e.location.name for e in x.events if e.location]
    assert names == ["Kafr Zita", "Latamna", "Morek"]
    assert "Liwa al-Haqq" in x.events[0].notes


def test_context_place_when_sentence_names_none(extractor: Extractor) -> None:
    text = (
        "Heavy fighting broke out on Monday in the Jarablus area in northern Aleppo. "
        "Police arrested ten smugglers."
    )
    _, x = run(text, extractor)
    # (a toll told after the fighting would join it: tests/test_extract_continuation.py)
    later = [e for e in x.events if e.sub_event_type == "Arrests"]
    assert later and later[0].location is not None
    assert later[0].location.name == "Jarablus"
    assert "context" in later[0].location.reason


def test_capture_without_actors_is_no_event(extractor: Extractor) -> None:
    _, x = run("The photo was captured from a video posted online.", extractor)
    assert x.events == ()


# --- the sense check: text that reports no ACLED event yields none (data background.non_events)


@pytest.mark.parametrize(
    "text",
    [
        # a natural hazard destroys, nobody attacks
        "Heavy rains and floods destroyed hundreds of houses in Kisumu on Monday.",
        # figurative fights, battles and advances
        "The two countries have been locked in a tariff fight over steel since March.",
        "The family won a long legal battle in the High Court in Lilongwe on Monday.",
        "The start-up made rapid advances in chip design in Shenzhen this year.",
        "The ministry pledged to step up the fight against malaria in Kano on Monday.",
        # a fight word figurative by its own modifier or object, even beside armed words
        "The government and the opposition are locked in a battle over the budget in Accra.",
        "The army chief lost his long battle with cancer in Islamabad on Monday.",
        "Police are fighting a battle against drug addiction in the city, the mayor said.",
        "The two parties fought a fierce election battle in Nairobi on Sunday.",
        "The military government is in a diplomatic battle with ECOWAS over sanctions.",
        # an arrest asked for or ordered is not an arrest made
        "A judge in Sarajevo issued an arrest warrant for the regional leader on Monday.",
        "Prosecutors ordered the arrest of the former minister in Lima on Tuesday.",
        # a trade deal and a handover of sovereignty are no developments of a conflict
        "Kenya and Japan signed a free trade agreement in Nairobi on Monday.",
        "The two governments agreed to hand over control of the islands next year.",
        # a rate, not an incident; a weapon named, not used; a trigger word in a person's name
        "Surveys show high rates of sexual violence against domestic workers in the region.",
        "A guided-missile destroyer of the navy docked in Port Louis on Monday.",
        "Dental work is cheap in Hanoi, said Mike Lynch, a fund manager in the city.",
    ],
)
def test_non_events_yield_no_event(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events == (), [(e.sub_event_type, e.evidence[0].text) for e in x.events]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Police arrested the opposition leader in Lagos on Tuesday.", "Arrests"),
        ("The army and the rebels signed a ceasefire agreement in Juba on Monday.", "Agreement"),
        ("Gunmen raped two women near Goma on Sunday.", "Sexual violence"),
        ("A missile hit a school in Kharkiv on Monday.", "Shelling/artillery/missile attack"),
        ("Rebels burned houses in the village of Kiwanja on Monday.", None),
        ("Troops advanced on the rebel-held town of Kalehe on Monday.", None),
        ("Troops fought a fierce battle with rebels near Goma on Monday.", "Armed clash"),
        ("Soldiers fought with Al Shabaab fighters near Afgoye on Monday.", "Armed clash"),
        # a request reported with the act: the strikes were carried out
        (
            "The junta requested the pilots to carry out strikes on rebels near Kidal on Friday.",
            None,
        ),
    ],
)
def test_same_words_in_a_security_context_stay_events(
    extractor: Extractor, text: str, sub: str | None
) -> None:
    _, x = run(text, extractor)
    assert x.events, text
    if sub is not None:
        assert sub in {e.sub_event_type for e in x.events}


def test_protesters_opening_a_sentence_make_a_security_context(extractor: Extractor) -> None:
    # "stormed" and "set fire" read literally when protesters do it, even capitalised first
    _, x = run("Protesters stormed the governor's office in Bauchi and set fire to it.", extractor)
    assert x.events


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Government troops fought rebels for hours outside Malakal on Tuesday, backed by air strikes.",
            "Armed clash",
        ),
        (
            "Army artillery shelled rebel positions near Malakal on Tuesday while jets carried out air strikes.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Artillery shelling hit Marib on Tuesday as drones circled overhead.",
            "Shelling/artillery/missile attack",
        ),
        # the killing word is typed by its victims; the means named is the drone strike
        ("Five fighters were killed in a drone strike near Marib on Tuesday.", "Air/drone strike"),
    ],
)
def test_the_main_verb_decides_between_means_of_fighting(
    text: str, sub: str, extractor: Extractor
) -> None:
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == [sub]


def test_a_nigerian_wire_report_is_read_as_english(extractor: Extractor) -> None:
    # the language identifier reads this as Nigerian Pidgin ("pcm")
    text = (
        "GUSAU, Nigeria, June 2, 2022 - Gunmen killed 20 villagers in Zamfara state on "
        "Thursday, police said."
    )
    _, x = run(text, extractor, language=None)
    assert x.skipped is None and len(x.events) == 1
