"""The resolve stage: ActorRefs -> canonical actors, by name, date and context.

Unit tests use a hand-built knowledge base of another conflict (Yemen, with invented-free,
well-known names) so that they do not lean on the Syrian data; end-to-end checks use the seed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import (
    ActorRef,
    AgreementMention,
    Article,
    Event,
    Extraction,
    Relation,
)
from ceasewatch.resolve import resolve, resolve_ref
from ceasewatch.resolve.calibrate import table
from ceasewatch.resolve.matching import FUZZY_THRESHOLD

D = dt.date

YEMEN = """\
# Source: hand-written test data. Licence: Apache-2.0. Date: 2025.
actors:
  - id: ye-houthis
    name: Ansar Allah
    aliases: [Houthis, Houthi movement, al-Houthi]
    type: rebel group
    country: YE
    sources: ["https://en.wikipedia.org/wiki/Houthis"]
  - id: ye-believing-youth
    name: Believing Youth
    aliases: [al-Shabab al-Mu'min]
    type: rebel group
    country: YE
    renamings:
      - successor: ye-houthis
        date: 2004-06-18
    sources: ["https://en.wikipedia.org/wiki/Houthis"]
  - id: ye-army
    name: Military Forces of Yemen
    aliases: [Yemeni army]
    type: state forces
    country: YE
    sources: ["https://en.wikipedia.org/wiki/Yemeni_Armed_Forces"]
  - id: saudi-military
    name: Military Forces of Saudi Arabia
    aliases: [Saudi-led coalition, Saudi forces]
    type: external/other forces
    country: SA
    sources: ["https://en.wikipedia.org/wiki/Saudi_Arabian_Armed_Forces"]
  - id: aqap
    name: Al-Qaeda in the Arabian Peninsula
    aliases: [AQAP, Ansar al-Sharia]
    type: rebel group
    country: YE
    sources: ["https://en.wikipedia.org/wiki/Al-Qaeda_in_the_Arabian_Peninsula"]
  - id: generic-government-forces
    name: government forces
    aliases: [government troops, regime forces]
    type: state forces
    generic: true
    refers_to: {YE: ye-army, SY: syria-saa}
    sources: ["https://acleddata.com/knowledge-base/codebook/"]
"""


# Owner words of the Yemeni war, over the built-in unit nouns ("jets", "artillery"...).
YEMEN_DESCRIPTORS = """\
# Source: hand-written test data. Licence: Apache-2.0. Date: 2026.
descriptors:
  units:
    boats: [speedboats]
  owners:
    - words: [Saudi, Saudi Arabia, Riyadh]
      bare: [Saudis]
      actors: [saudi-military]
      country: SA
      sources: ["https://en.wikipedia.org/wiki/Saudi_Arabian_Armed_Forces"]
    - words: [Emirati, UAE]
      actors: [uae-military]
      country: AE
      sources: ["https://en.wikipedia.org/wiki/United_Arab_Emirates_Armed_Forces"]
    - words: [Yemeni, Yemen]
      actors: [ye-army-saleh, ye-army]
      country: YE
      sources: ["https://en.wikipedia.org/wiki/Yemeni_Armed_Forces"]
"""
YEMEN_MORE = """\
# Source: hand-written test data. Licence: Apache-2.0. Date: 2026.
actors:
  - id: uae-military
    name: Military Forces of the United Arab Emirates
    type: external/other forces
    country: AE
    sources: ["https://en.wikipedia.org/wiki/United_Arab_Emirates_Armed_Forces"]
  - id: ye-army-saleh
    name: Military Forces of Yemen (1990-2012)
    type: state forces
    country: YE
    dissolved: 2012-02-27
    sources: ["https://en.wikipedia.org/wiki/Yemeni_Armed_Forces"]
"""


@pytest.fixture(scope="module")
def yemen_kb(tmp_path_factory: pytest.TempPathFactory) -> ActorKB:
    folder = tmp_path_factory.mktemp("kb")
    (folder / "yemen.yaml").write_text(YEMEN, encoding="utf-8")
    (folder / "yemen-more.yaml").write_text(YEMEN_MORE, encoding="utf-8")
    (folder / "yemen-words.yaml").write_text(YEMEN_DESCRIPTORS, encoding="utf-8")
    return load_actors([folder])


PUBLISHED = D(2016, 3, 1)


def article(text: str, published: dt.date | None = PUBLISHED) -> Article:
    return Article(
        id="a1", origin="test", text=text, published=published, content_hash="x", raw_hash="y"
    )


def event(actor1: ActorRef, actor2: ActorRef | None = None, on: dt.date | None = None) -> Event:
    return Event(
        id="e1",
        article_id="a1",
        event_date=on,
        time_precision=1,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=actor1,
        actor2=actor2,
    )


def ref(name: str, **kw: object) -> ActorRef:
    return ActorRef(name=name, surface=name, **kw)  # type: ignore[arg-type]


# --- one reference -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "actor_id", "method"),
    [
        ("Ansar Allah", "ye-houthis", "exact"),
        ("the Houthis", "ye-houthis", "alias"),
        ("Houthi  Movement", "ye-houthis", "alias"),
        ("Ansar-Allah", "ye-houthis", "exact"),
        ("Ansar Alla", "ye-houthis", "fuzzy"),  # skeleton: final h
        ("Houthi fighters", "ye-houthis", "alias"),  # a known name inside the words
        ("200 Houthi fighters", "ye-houthis", "alias"),
        ("Al-Qaeda in the Arabian Peninsula (AQAP)", "aqap", "exact"),
    ],
)
def test_names_resolve_by_method(yemen_kb: ActorKB, words: str, actor_id: str, method: str) -> None:
    got = resolve_ref(ref(words), yemen_kb, D(2016, 3, 1))
    assert (got.id, got.method) == (actor_id, method)
    assert got.type == "rebel group" and got.inter == 2
    assert got.surface == words
    assert got.score is not None and 0 < got.score <= 1


def test_fuzzy_matching_uses_a_threshold(yemen_kb: ActorKB) -> None:
    near = resolve_ref(ref("Al-Qaeda in the Arabian Peninsular"), yemen_kb, None)
    assert near.id == "aqap" and near.method == "fuzzy"
    assert near.score is not None and near.score >= FUZZY_THRESHOLD / 100
    far = resolve_ref(ref("Al-Qaeda in the Indian Subcontinent"), yemen_kb, None)
    assert far.id is None and far.method == "unresolved"


def test_old_name_resolves_to_what_it_meant_on_the_event_date(yemen_kb: ActorKB) -> None:
    before = resolve_ref(ref("Believing Youth"), yemen_kb, D(2000, 1, 1))
    after = resolve_ref(ref("Believing Youth"), yemen_kb, D(2015, 1, 1))
    assert before.id == "ye-believing-youth" and before.method == "exact"
    assert after.id == "ye-houthis" and after.name == "Ansar Allah" and after.method == "alias"


def test_id_set_upstream_is_completed_and_dated(yemen_kb: ActorKB) -> None:
    got = resolve_ref(
        ref("Shabab", id="ye-believing-youth", method="exact"), yemen_kb, D(2015, 1, 1)
    )
    assert (got.id, got.type, got.inter, got.name) == (
        "ye-houthis",
        "rebel group",
        2,
        "Ansar Allah",
    )
    kept = resolve_ref(ref("Houthis", id="ye-houthis", method="exact"), yemen_kb, D(2015, 1, 1))
    assert (kept.id, kept.method, kept.score) == ("ye-houthis", "exact", 1.0)


def test_generic_reference_is_read_through_the_country(yemen_kb: ActorKB) -> None:
    got = resolve_ref(ref("government troops"), yemen_kb, D(2016, 3, 1), country="YE")
    assert (got.id, got.method, got.inter) == ("ye-army", "context", 1)
    # any other country: ACLED's role convention names its forces
    french = resolve_ref(ref("government troops"), yemen_kb, D(2016, 3, 1), country="FR")
    assert (french.id, french.method) == ("france-military", "context")
    unknown = resolve_ref(ref("government troops"), yemen_kb, D(2016, 3, 1))
    assert (unknown.id, unknown.method) == ("generic-government-forces", "alias")


def test_unknown_names_are_kept_unresolved(yemen_kb: ActorKB) -> None:
    got = resolve_ref(ref("Tihama Resistance"), yemen_kb, D(2016, 3, 1))
    assert got.id is None and got.method == "unresolved" and got.type is None
    assert got.name == "Tihama Resistance" and got.surface == "Tihama Resistance"


# --- descriptions: an owner and a unit noun ----------------------------------------------------


@pytest.mark.parametrize(
    ("words", "actor_id", "method"),
    [
        ("Saudi jets", "saudi-military", "descriptor"),
        ("Saudi Arabia's warplanes", "saudi-military", "descriptor"),
        ("the Saudis", "saudi-military", "descriptor"),
        ("Saudi speedboats", "saudi-military", "descriptor"),  # a unit noun from the --kb
        ("Saudi-led coalition air strikes", "saudi-military", "alias"),  # name + unit nouns
        ("Houthi drones", "ye-houthis", "alias"),
        ("Yemeni army tanks", "ye-army", "descriptor"),
        ("Yemens army", "ye-army", "descriptor"),  # the apostrophe lost in scraping
        ("government helicopters", "ye-army", "context"),  # generic owner, article's country
        ("the artillery of the government", "ye-army", "context"),
        ("the army", "ye-army", "context"),
        ("Yemeni government forces", "ye-army", "descriptor"),  # owner + generic name
        ("Yemeni government warplanes", "ye-army", "descriptor"),  # read through refers_to
        ("Saudi-backed Yemeni army", "ye-army", "alias"),  # the backer is no identity
        ("Riyadh-backed government troops", "ye-army", "context"),
        ("heavy Saudi shelling", "saudi-military", "descriptor"),  # a modifier of the unit
        ("fresh suspected Saudi air raids", "saudi-military", "descriptor"),
        ("Yemeni families", "civilians-ye", "descriptor"),  # owner + a bare civilian word
        ("40 people", "civilians-ye", "context"),  # Civilians (Yemen), ACLED's convention
    ],
)
def test_descriptions_resolve_to_the_owners_forces(
    yemen_kb: ActorKB, words: str, actor_id: str, method: str
) -> None:
    got = resolve_ref(ref(words), yemen_kb, D(2016, 3, 1), country="YE")
    assert (got.id, got.method) == (actor_id, method)
    assert got.surface == words and got.score is not None and got.score < 1


@pytest.mark.parametrize(
    "words",
    [
        "Saudi-backed forces",  # who backs a force does not say who it is
        "Saudi clerics",  # not a unit noun
        "Yemeni",  # an adjective that is no bare form here
        "Saudi jets and Houthi drones",  # a second owner after the unit nouns
    ],
)
def test_descriptions_that_do_not_say_who_stay_unresolved(yemen_kb: ActorKB, words: str) -> None:
    got = resolve_ref(ref(words), yemen_kb, D(2016, 3, 1), country="YE")
    assert got.id is None and got.method == "unresolved"


def test_a_states_name_with_a_unit_noun_names_its_forces() -> None:
    kb = load_actors()
    on = D(2019, 5, 1)
    got = resolve_ref(ref("Israeli air strikes", id="israel", method="exact"), kb, on)
    assert (got.id, got.method) == ("israel-military", "descriptor")
    kept = resolve_ref(ref("Hezbollah fighters", id="hezbollah", method="exact"), kb, on)
    assert kept.id == "hezbollah"  # no description: the upstream id stays


def test_a_fragment_of_a_longer_phrase_is_no_description(yemen_kb: ActorKB) -> None:
    words = ActorRef(name="Saudi", surface="the Saudi port city of Jizan")
    got = resolve_ref(words, yemen_kb, D(2016, 3, 1), country="YE")
    assert got.id is None and got.method == "unresolved"


def test_description_names_the_owners_forces_of_the_event_date(yemen_kb: ActorKB) -> None:
    before = resolve_ref(ref("Yemeni troops"), yemen_kb, D(2011, 6, 1))
    after = resolve_ref(ref("Yemeni troops"), yemen_kb, D(2016, 6, 1))
    assert (before.id, after.id) == ("ye-army-saleh", "ye-army")


def test_two_owners_give_an_associated_actor(yemen_kb: ActorKB) -> None:
    x = Extraction(
        article_id="a1",
        events=(
            event(ref("Saudi and Emirati warplanes"), ref("Houthis"), on=D(2016, 2, 1)),
            event(ref("Saudi Emirati warplanes"), ref("Houthis"), on=D(2016, 2, 1)),
        ),
    )
    first, joint = resolve(x, article("Saudi and Emirati warplanes struck."), yemen_kb).events
    assert first.actor1 is not None and first.actor1.id == "saudi-military"
    assert [(r.id, r.surface) for r in first.assoc_actors1] == [
        ("uae-military", "Saudi and Emirati warplanes")
    ]
    assert joint.actor1 is not None and joint.actor1.id == "saudi-military"
    assert [r.id for r in joint.assoc_actors1] == ["uae-military"]


@pytest.mark.parametrize(
    ("words", "actor_id"),
    [
        ("a rebel", "generic-rebels"),  # singular generic words are bare forms, not aliases
        ("Militant", "generic-militants"),
        ("jihadist shelling", "generic-jihadists"),
        ("armed terrorist groups", "generic-terrorists"),
        ("the opposition", "generic-rebels"),
        ("Islamist rebels", "generic-rebels"),
        ("Islamist militants", "generic-militants"),
    ],
)
def test_generic_words_in_other_forms(words: str, actor_id: str) -> None:
    got = resolve_ref(ref(words), load_actors(), D(2016, 3, 1))
    assert got.id == actor_id


def test_terrorists_is_a_label_without_a_side() -> None:
    kb = load_actors()
    for words in ("terrorists", "Terrorist", "terrorist gangs"):
        got = resolve_ref(ref(words), kb, D(2016, 3, 1), country="SY")
        assert got.id == "generic-terrorists", words
    actor = kb.get("generic-terrorists")
    assert actor is not None and actor.side is None and actor.generic


def test_generic_and_owner_words_in_an_iraqi_report() -> None:
    text = "The Counter Terrorism Service and Kurdish fighters pushed into Hawija."
    x = Extraction(
        article_id="a1",
        events=(
            event(ref("Kurdish fighters"), ref("ISIL tactical units"), on=D(2017, 9, 21)),
            event(ref("government helicopters"), ref("IS fighters"), on=D(2017, 9, 21)),
            event(ref("Iraqi and coalition jets"), ref("Daesh"), on=D(2017, 9, 21)),
        ),
    )
    kurds, helicopters, jets = resolve(x, article(text), load_actors()).events
    assert kurds.actor1 is not None and kurds.actor2 is not None
    # ACLED names the Islamic State by the country it fights in: Islamic State (Iraq)
    assert (kurds.actor1.id, kurds.actor2.id) == ("peshmerga", "is-iraq")
    assert helicopters.actor1 is not None and helicopters.actor1.id == "iraq-isf"
    assert jets.actor1 is not None and jets.actor1.id == "iraq-isf"
    assert [r.id for r in jets.assoc_actors1] == ["cjtf-oir"]


def test_demonyms_tell_the_articles_country() -> None:
    text = "Government troops retook two Iraqi villages; Iraqi officials said us residents fled."
    x = Extraction(
        article_id="a1", events=(event(ref("Government troops"), ref("militants"), on=None),)
    )
    got = resolve(x, article(text), load_actors()).events[0]
    assert got.actor1 is not None and got.actor1.id == "iraq-isf"


# --- a whole extraction ------------------------------------------------------------------------


def test_resolve_fills_every_actor_ref_and_mutates_nothing(yemen_kb: ActorKB) -> None:
    text = "Houthis clashed with government troops near Aden; the Yemeni army said. Saudi forces."
    x = Extraction(
        article_id="a1",
        events=(event(ref("Houthis"), ref("government troops"), on=D(2016, 2, 1)),),
        relations=(
            Relation(
                id="r1",
                article_id="a1",
                type="support",
                source=ref("Saudi forces"),
                target=ref("Yemeni army"),
                what="air cover",
            ),
        ),
        agreement_mentions=(
            AgreementMention(
                article_id="a1",
                text="truce",
                parties=(ref("Ansar Allah"),),
                guarantors=(ref("Kuwait"),),
                excluded=(ref("AQAP"),),
            ),
        ),
    )
    out = resolve(x, article(text), yemen_kb)
    assert x.events[0].actor1 is not None and x.events[0].actor1.id is None  # input untouched
    e = out.events[0]
    assert e.actor1 is not None and e.actor2 is not None
    assert (e.actor1.id, e.actor2.id, e.actor2.method) == ("ye-houthis", "ye-army", "context")
    r = out.relations[0]
    assert r.target is not None
    assert (r.source.id, r.target.id) == ("saudi-military", "ye-army")
    m = out.agreement_mentions[0]
    assert [p.id for p in m.parties] == ["ye-houthis"]
    assert [(g.id, g.method) for g in m.guarantors] == [(None, "unresolved")]
    assert [p.id for p in m.excluded] == ["aqap"]


# --- calibration -------------------------------------------------------------------------------


def test_fuzzy_threshold_makes_no_wrong_match_in_calibration() -> None:
    rows = {row.threshold: row for row in table(load_actors())}
    row = rows[FUZZY_THRESHOLD]
    assert row.precision == 1.0
    assert row.recall > 0.4


# --- the founding report -----------------------------------------------------------------------


SEED_NAMES = [
    ("Free Syrian Army", "fsa"),
    ("the FSA’s 2nd Army", "fsa-2nd-army"),
    ("Faylaq al-Sham", "faylaq-al-sham"),
    ("Nour al-Din al-Zenki", "nour-al-din-al-zenki"),
    ("Jaish al-Nasr", "jaish-al-nasr"),
    ("Jaish al-Nukhba", "jaish-al-nukhba"),
    ("Ahrar al-Sham", "ahrar-al-sham"),
    ("the Turkistan Islamic Party", "tip"),
    ("Hayat Tahrir al-Sham", "hts"),
    ("Jabhat al-Nusra", "hts"),
    ("Jaish al-Ahrar", "jaish-al-ahrar"),
    ("Syrian Arab Army (SAA)", "syria-saa"),
    ("15 SAA troops", "syria-saa"),
    ("“regime forces”", "syria-saa"),
    ("government troops", "syria-saa"),
    ("Turkey", "turkey"),
    ("Russia", "russia"),
    ("Iran", "iran"),
    ("militants", "generic-militants"),
    ("“moderate opposition” groups", "generic-moderate-opposition"),
    ("Pro-opposition sources", "generic-pro-opposition-sources"),
]


def test_every_actor_the_seed_names_resolves_in_the_seed(seed_path: Path) -> None:
    kb = load_actors()
    seed = article(seed_path.read_text(encoding="utf-8"), published=D(2018, 1, 11))
    refs = tuple(ref(name) for name, _ in SEED_NAMES)
    x = Extraction(
        article_id="a1",
        agreement_mentions=(AgreementMention(article_id="a1", text="seed", parties=refs),),
    )
    got = resolve(x, seed, kb).agreement_mentions[0].parties
    assert [(r.surface, r.id) for r in got] == [(n, i) for n, i in SEED_NAMES]
    assert all(r.type is not None and r.inter is not None for r in got)
    assert kb.designated("hts", "UNSC", D(2018, 1, 11))
    assert kb.parents_on("fsa-2nd-army", D(2018, 1, 11)) == ["fsa"]


# --- the curator's queue -------------------------------------------------------------------------


def test_unresolved_names_are_counted_with_examples(yemen_kb: ActorKB) -> None:
    from ceasewatch.model import Span
    from ceasewatch.resolve.review import unresolved_names

    sentence = Span(start=0, end=40, text="Tihama Resistance attacked the Houthis.")
    events = []
    for i, words in enumerate(["Tihama Resistance", "tihama resistance", "Houthis"]):
        e = event(ref(words), on=D(2019, 8, 1)).model_copy(
            update={"id": f"e{i}", "sentence": sentence}
        )
        events.append(
            resolve(Extraction(article_id="a1", events=(e,)), article("x"), yemen_kb).events[0]
        )
    queue = unresolved_names(events)
    assert [(u.name, u.count) for u in queue] == [("Tihama Resistance", 2)]
    assert queue[0].spellings == ["Tihama Resistance", "tihama resistance"]
    assert queue[0].examples == [sentence.text]
    assert queue[0].event_ids == ["e0", "e1"]


def test_queue_leaves_out_references_that_name_nobody_and_hints(yemen_kb: ActorKB) -> None:
    from ceasewatch.resolve.review import unresolved_names

    events = []
    for i, words in enumerate(["3 heavy air strikes", "Tihama Resistance", "Huthi mvmnt"]):
        e = event(ref(words), on=D(2019, 8, 1)).model_copy(update={"id": f"e{i}"})
        events.append(
            resolve(Extraction(article_id="a1", events=(e,)), article("x"), yemen_kb).events[0]
        )
    assert "3 heavy air strikes" in {u.name for u in unresolved_names(events)}  # no KB
    queue = {u.name: u.hint for u in unresolved_names(events, yemen_kb)}
    assert queue == {"Tihama Resistance": None, "Huthi mvmnt": "ye-houthis"}


def test_cli_lists_unresolved_names_from_the_archive(tmp_path: Path, yemen_kb: ActorKB) -> None:
    import json

    from click.testing import CliRunner

    from ceasewatch.cli import main
    from ceasewatch.model import RawDocument
    from ceasewatch.store import open_store

    db = tmp_path / "archive.db"
    text = "Tihama Resistance clashed with the Houthis in Aden."
    art = Article(
        id="a1", origin="t", text=text, published=D(2019, 8, 1), content_hash="h1", raw_hash="r1"
    )
    raw = RawDocument(
        origin="t",
        data=text.encode(),
        media_type="text/plain",
        fetched_at=dt.datetime(2019, 8, 2, tzinfo=dt.UTC),
    )
    x = Extraction(article_id="a1", events=(event(ref("Tihama Resistance"), ref("Houthis")),))
    store = open_store(db)
    stored, _ = store.add_article(art, raw)
    store.save_extraction(resolve(x.model_copy(update={"article_id": stored.id}), art, yemen_kb))
    store.close()
    result = CliRunner().invoke(main, ["actors", "--unresolved", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["name"], r["count"]) for r in rows] == [("Tihama Resistance", 1)]
    assert rows[0]["hint"] is None
