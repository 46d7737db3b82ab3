"""Speed-ups that must give the same answers as the plain code they replace (session 29).

Each test checks a cached or indexed look-up against the plain definition it replaced, on the
built-in data; speed itself is measured by bench/bench_extract.py (docs/PERFORMANCE.md), never
in a unit test.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasewatch.extract import modality, posts, quiet
from ceasewatch.extract.background import NonEventWords
from ceasewatch.extract.lexicon import load_lexicon
from ceasewatch.extract.tokens import token_table
from ceasewatch.extract.triggers import upgrade
from ceasewatch.knowledge import ActorKB, load_actors, world
from ceasewatch.resolve.matching import written_count

D = dt.date
DAYS = (D(2011, 1, 1), D(2016, 8, 1), D(2018, 1, 11), D(2018, 6, 1), D(2023, 4, 15), D(2025, 3, 1))


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


def test_members_on_is_every_actor_whose_parents_name_it(kb: ActorKB) -> None:
    parents = {m.parent for a in kb for m in a.memberships} | {"no-such-parent", "hts"}
    assert len(parents) > 20
    for parent in sorted(parents):
        for day in DAYS:
            plain = [a.id for a in kb.actors.values() if parent in kb.parents_on(a.id, day)]
            assert kb.members_on(parent, day) == plain, (parent, day)


def test_town_tables_are_those_of_every_row_read_one_by_one() -> None:
    """``_town_tables`` keeps only the two tables (not the rows with their alternates): the same keys,
    in the same order, with the same countries in the same order as read from the rows."""
    rows = [
        (r["country"], int(r["population"] or 0), (r["name"], *r["alternates"].split("|")))
        for r in world.read_rows(world.PLACES_FILE)
        if int(r["population"] or 0) >= world.TOWN_POPULATION
    ]
    named: dict[str, set[str]] = {}
    big: dict[str, dict[str, None]] = {}
    for country, population, names in rows:
        if key := world.plain_key(names[0]):
            named.setdefault(key, set()).add(country)
        for name in names if population >= world.BIG_CITY_POPULATION else ():
            if key := (world.plain_key(name) if name else ""):
                big.setdefault(key, {})[country] = None
    assert list(world.towns_named().items()) == [(k, frozenset(v)) for k, v in named.items()]
    assert list(world.big_cities().items()) == [(k, tuple(v)) for k, v in big.items()]


# --- sentence tests read from the Doc's token table (extract/tokens.py), not token by token ---

TEXTS = (
    '"We will storm the town tomorrow," a commander said. Q: Are the rebels still attacking '
    "convoys?  \n\nSoldiers paraded tanks and fired rockets in a military exercise on Monday.",
    "07:12 - Rumours of a massacre in Goma are false, police deny.\n\n07:40 - General strike "
    "tomorrow across the province.\n\n08:10 - CORRECTION: the blast hit the market, not the "
    "mosque.",
    "Nine militants were killed over the past week in air strikes. Camps have been hit by "
    "shelling in recent weeks, and on Tuesday gunmen shot dead two guards.",
    "\u201cThey burned the houses,\u201d he said, \u201cand killed everyone.\u201d Drills and "
    "parades were held; a grenade was thrown at the parade, wounding three.",
)


@pytest.fixture(scope="module")
def heads() -> list[Any]:
    from ceasewatch.extract.nlp import load_model, parse_many, speed_up

    pairs = [(str(k), text) for k, text in enumerate(TEXTS)]
    return [tok for _, chunk in parse_many(speed_up(load_model()), pairs) for tok in chunk.doc]


def _plain_quoted_talk(head: Any) -> bool:
    sent = head.sent
    marks = [t.i for t in sent if t.text in modality.QUOTES]
    before = [i for i in marks if i < head.i]
    if len(before) % 2 == 0:
        return False
    start = before[-1]
    after = [i for i in marks if i > head.i]
    end = after[0] if after else sent.end
    if end - start - 1 < modality.SPEECH_MIN:
        return False
    cur = head
    while start < cur.i < end:
        if cur.pos_ in ("VERB", "AUX") and modality._past(cur, start, end):
            return False
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return True


def _plain_asked(head: Any) -> bool:
    last = [t for t in head.sent if not t.is_space]
    return bool(last) and last[-1].text == "?"


def _plain_display(head: Any, event_type: str, words: NonEventWords) -> bool:
    if event_type not in modality.VIOLENT_TYPES:
        return False
    sent = head.sent
    shows = [t for t in sent if t.pos_ == "NOUN" and modality._in(t, words.display_nouns)]
    if not shows or any(modality._in(t, words.harm_words) for t in sent):
        return False
    return not any(t.dep_ == "pobj" and t.head.lower_ in modality.AT_PREPS for t in shows)


def _plain_corrected_or_denied(head: Any) -> bool:
    text = head.sent.text
    return bool(
        posts.CORRECTION.match(text) or (posts.RUMOUR.match(text) and posts.DENIED.search(text))
    )


def _plain_announced(head: Any) -> bool:
    sent = head.sent
    if not posts.TOMORROW.search(sent.text) or any(t.tag_ in posts.PAST_TAGS for t in sent):
        return False
    return posts.in_post(sent)


def test_sentence_tests_read_from_the_table_answer_as_the_tokens(heads: list[Any]) -> None:
    words = load_lexicon().background.non_events
    seen = {"asked": 0, "display": 0, "corrected": 0, "announced": 0, "quoted": 0}
    for head in heads:
        assert modality.asked(head) == _plain_asked(head)
        seen["asked"] += modality.asked(head)
        assert modality.quoted_talk(head) == _plain_quoted_talk(head)
        seen["quoted"] += modality.quoted_talk(head)
        for event_type in ("Battles", "Protests"):
            got = modality.display(head, event_type, words)
            assert got == _plain_display(head, event_type, words), head
            seen["display"] += got
        assert posts.corrected_or_denied(head) == _plain_corrected_or_denied(head)
        seen["corrected"] += posts.corrected_or_denied(head)
        assert posts.announced(head) == _plain_announced(head)
        seen["announced"] += posts.announced(head)
        sent = head.sent
        plain_day = any(t.lower_ in quiet._DAY_WORDS for t in sent)
        table = token_table(head.doc)
        assert any(w in quiet._DAY_WORDS for w in table.lower[sent.start : sent.end]) == plain_day
    assert all(seen.values()), seen  # every test said yes somewhere: the texts exercise them


# --- acronyms counted with str.find (resolve/matching.py), not a lookbehind regex ---


def _regex_count(form: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text))


@pytest.mark.parametrize(
    ("form", "text"),
    [
        ("IS", "IS fighters; ISIS and IS-K. This IS it, _IS, IS_, IS2 or 2IS, ÉIS and ISé"),
        ("U.S.", "U.S. forces, U.S.U.S., (U.S.) and AU.S."),
        ("AA", "AAA AA AAAA AA-AA"),
        ("a a", "a a a a a"),
        ("SDF", ""),
        ("", "ab c"),
    ],
)
def test_written_count_is_the_regex_count(form: str, text: str) -> None:
    assert written_count(form, text) == _regex_count(form, text)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="aAI S._-é2\u0663\u00b2", min_size=0, max_size=4),
    st.text(alphabet="aAI S._-é2\u0663\u00b2\n", max_size=40),
)
def test_written_count_is_the_regex_count_on_any_text(form: str, text: str) -> None:
    assert written_count(form, text) == _regex_count(form, text)


# --- sub-event upgrades test the rule's types first (extract/triggers.py) ---


def test_upgrade_answers_as_before_for_every_type_and_phrase() -> None:
    lex = load_lexicon()

    def plain(sub: str, lemma_text: str) -> str:
        for rule in lex.upgrades:
            fires = any(f" {p} " in lemma_text for p in rule.phrases)
            if (
                sub in rule.from_subs
                and fires
                and not any(f" {p} " in lemma_text for p in rule.unless)
            ):
                return rule.to
        return sub

    subs = sorted({s for r in lex.upgrades for s in r.from_subs} | {"Armed clash"})
    phrases = [p for r in lex.upgrades for p in (*r.phrases, *r.unless)]
    texts = [" ", *(f" x {p} y " for p in phrases), f" {' '.join(phrases)} "]
    assert len(subs) > 2 and len(texts) > 10
    for sub in subs:
        for text in texts:
            assert upgrade(sub, text, lex) == plain(sub, text), (sub, text)
