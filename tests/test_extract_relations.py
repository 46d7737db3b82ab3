"""Relations and agreement mentions on hand-built sentences (not from the seed)."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


def test_declaration_from_each_listed_group(extractor: Extractor) -> None:
    text = (
        "Kataib Hezbollah, Asaib Ahl al-Haq and the Badr Organization declared their readiness "
        "to help the Iraqi army on Monday."
    )
    _, x = run(text, extractor)
    decl = [r for r in x.relations if r.type == "declaration"]
    assert len(decl) == 3
    assert {r.target.name for r in decl if r.target} == {"Iraqi army"}
    assert all(r.what == "readiness to help" for r in decl)


def test_supply_passive_with_pronoun_recipient(extractor: Extractor) -> None:
    _, x = run("Ansar Allah uses drones supplied to it by Iran.", extractor)
    supply = [r for r in x.relations if r.type == "supply"]
    assert len(supply) == 1
    rel = supply[0]
    assert rel.source.name == "Iran" and rel.target is not None and "Ansar Allah" in rel.target.name
    assert rel.what == "drones"


def test_supply_active_voice(extractor: Extractor) -> None:
    _, x = run("Qatar supplied anti-tank missiles to the Hamza Division last year.", extractor)
    rel = next(r for r in x.relations if r.type == "supply")
    assert rel.source.name == "Qatar" and rel.target is not None
    assert "Hamza Division" in rel.target.name and rel.what == "missiles"


def test_support_phrase(extractor: Extractor) -> None:
    text = "An offensive launched by the Sultan Murad Division in support of the Turkish army began near Afrin."
    _, x = run(text, extractor)
    rel = next(r for r in x.relations if r.type == "support")
    assert "Sultan Murad" in rel.source.name
    assert rel.target is not None and "Turkish army" in rel.target.name


def test_hedged_relation_keeps_the_hedge(extractor: Extractor) -> None:
    text = "Jaysh al-Izza reportedly declared its support for the National Liberation Front."
    _, x = run(text, extractor)
    rel = next(r for r in x.relations if r.type == "declaration")
    assert rel.hedged is True


def test_agreement_mention_parties_guarantors_excluded_status(extractor: Extractor) -> None:
    text = (
        "The Tripoli truce was agreed in Moscow by Russia and Turkey. Under the agreement, "
        "fighting should stop between the Government of National Accord and the Libyan National "
        "Army. The Wagner Group is excluded from the truce. Observers say the truce has collapsed."
    )
    _, x = run(text, extractor)
    assert len(x.agreement_mentions) == 1
    mention = x.agreement_mentions[0]
    assert mention.kind == "truce" and mention.name and "Tripoli" in mention.name
    assert {p.name for p in mention.parties} >= {"Russia", "Turkey"}
    assert any("Wagner" in e.name for e in mention.excluded)
    assert any("National Accord" in p.name for p in mention.parties)
    assert mention.status_claim == "collapsed" and mention.claimed_by == "Observers"


def test_deescalation_zone_guarantors_and_outlet_claim(extractor: Extractor) -> None:
    text = (
        "The Daraa de-escalation zone was agreed by the United States, Jordan and Russia. "
        "The zone has collapsed."
    )
    _, x = run(text, extractor)
    mention = x.agreement_mentions[0]
    assert mention.kind == "de-escalation zone" and mention.place == "Daraa"
    assert {g.name for g in mention.guarantors} >= {"Jordan", "Russia"}
    assert mention.status_claim == "collapsed"
    assert mention.claimed_by == "Test Wire"  # the article's outlet asserts it
