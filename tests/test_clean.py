"""Cleaning scraped reports: the seed end to end, then each rule on hand-built inputs."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasewatch.clean import clean
from ceasewatch.clean.dates import resolve_date
from ceasewatch.clean.decode import decode
from ceasewatch.clean.scrape import scrape
from ceasewatch.errors import InputError
from tests.event_builders import raw_document as raw


def test_seed_metadata_and_clean_body(seed_path):
    article = clean(raw(seed_path.read_bytes()))
    assert article.title is not None
    assert article.title.startswith("Idlib De-Escalation Zone Collapses as Free Syrian Army")
    assert article.published == dt.date(2018, 1, 11)
    assert "dateline" in (article.published_resolution or "")
    assert article.source == "Global Research"
    assert article.original_source == "South Front"
    assert article.site_word_count == 354
    assert article.word_count > 150
    assert article.language == "en"
    text = article.text
    assert text.startswith("On January 11,")
    for debris in ("Select date", "June 2024", "Mon Tue Wed", "354 words", "All images"):
        assert debris not in text
    assert "Hurry Up To Help" not in text  # the repeated captions are gone
    assert "Faylaq al-Sham uses vehicles supplied to it by Turkey" in text
    assert text.rstrip().endswith("the de-escalation zone de-facto collapsed.")


def test_html_page_main_text_and_metadata(fixtures):
    page = (fixtures / "ingest" / "kafr-nabl-shelling.html").read_bytes()
    article = clean(raw(page, "text/html"))
    assert article.title == "Artillery shelling kills four in Kafr Nabl"
    assert article.source == "Levant Monitor"
    assert article.author == "Samir Haddad"
    assert article.published == dt.date(2019, 5, 3)
    assert "government artillery shelled the town of Kafr Nabl" in article.text
    for debris in ("cookies", "Most read", "All rights reserved", "About us"):
        assert debris not in article.text


def test_html_without_article_is_refused(fixtures):
    page = (fixtures / "ingest" / "navigation-only.html").read_bytes()
    with pytest.raises(InputError, match="no article"):
        clean(raw(page, "text/html"))


@pytest.mark.parametrize(
    ("printed", "body", "expected"),
    [
        ("3-4-2019", "On April 3, shelling hit the town.", dt.date(2019, 4, 3)),  # month-day
        ("3-4-2019", "On 3 April shelling hit the town.", dt.date(2019, 4, 3)),
        ("3-4-2019", "On March 4, shelling hit the town.", dt.date(2019, 3, 4)),  # day-month
        ("25-12-2019", "No dateline here.", dt.date(2019, 12, 25)),  # unambiguous
        ("12/25/2019", "No dateline here.", dt.date(2019, 12, 25)),
        ("2019-04-03", "On March 4, something.", dt.date(2019, 4, 3)),  # ISO wins
        ("5-5-2019", "No dateline here.", dt.date(2019, 5, 5)),
    ],
)
def test_dates_resolved_from_the_dateline(printed, body, expected):
    assert resolve_date(printed, body).date == expected


def test_ambiguous_date_without_dateline_is_not_guessed():
    resolved = resolve_date("3-4-2019", "Shelling hit the town yesterday.")
    assert resolved.date is None
    assert "ambiguous" in resolved.how and "2019-04-03" in resolved.how


def test_scrape_rules_on_a_hand_built_page():
    page = "\n".join(
        [
            "Select date",
            "March 2021",
            "Mon Tue Wed Thu Fri Sat Sun",
            "1 2 3 4 5 6 7",
            "Home > News > Middle East",
            "Rebels Shell Government Positions Near Hama",
            "9-3-2021 < Levant Monitor 12 480 words",
            "By Maya Saleh",
            "On March 9, rebels shelled army positions north of Hama, a monitor said.",
            "Rebels Shell Army Positions North Of Hama City",
            "The army answered with artillery fire on the villages nearby.",
            "Featured image: Reuters",
            "This article was originally published on Frontline Wire.",
        ]
    )
    doc = scrape(page)
    assert doc.title == "Rebels Shell Government Positions Near Hama"
    assert doc.outlet == "Levant Monitor"
    assert doc.site_word_count == 480
    assert doc.author == "Maya Saleh"
    assert doc.original_source == "Frontline Wire"
    assert doc.lines == [
        "On March 9, rebels shelled army positions north of Hama, a monitor said.",
        "The army answered with artillery fire on the villages nearby.",
    ]
    assert any("caption" in note for note in doc.notes)


def test_headline_cased_sentence_in_the_body_is_kept():
    page = "A Quiet Week In The North\n\nNothing happened this week, residents said.\n\nUnited Nations Envoy Visits Damascus For Talks"
    doc = scrape(page)
    assert "United Nations Envoy Visits Damascus For Talks" in doc.lines


def test_latin1_text_is_decoded_and_noted():
    text = "Le café a rouvert à Alep, selon des témoins qui décrivent une rue animée et des étals pleins."
    article = clean(raw(text.encode("cp1252")))
    assert "café" in article.text
    assert any("decoded as" in note for note in article.notes)
    assert article.language == "fr"


def test_undecodable_bytes_are_refused():
    with pytest.raises(InputError, match="undecodable"):
        clean(raw(bytes(range(128, 256)) * 20))


def test_hints_win_over_guesses():
    article = clean(
        raw(
            "Protesters gathered in the square of Azaz on Friday against bread prices, witnesses said.",
            title="Bread protest in Azaz",
            published="2020-03-13",
            source="Levant Monitor",
        )
    )
    assert article.title == "Bread protest in Azaz"
    assert article.published == dt.date(2020, 3, 13)
    assert article.source == "Levant Monitor"
    assert article.text.startswith("Protesters gathered")


def test_ids_are_stable_and_content_derived(seed_path):
    first = clean(raw(seed_path.read_bytes()))
    second = clean(raw(seed_path.read_bytes()))
    assert first.id == second.id and first.content_hash == second.content_hash
    offsets_ok = first.text[first.text.index("Tell Salmo") :].startswith("Tell Salmo")
    assert offsets_ok


# --- encodings -------------------------------------------------------------------------------

_LATIN_WORDS = {
    "fr": "le cessez-le-feu à Idlib a été violé mardi selon l'Observatoire les forces "
    "gouvernementales ont bombardé la ville où des enfants déplacés vivent près du marché",
    "es": "el alto el fuego en Idlib fue violado según el Observatorio las fuerzas bombardearon "
    "la ciudad niños heridos también según fuentes médicas en Alepo",
    "de": "der Waffenstillstand wurde gebrochen berichten Beobachter die Truppen beschossen die "
    "Stadt größtenteils Flüchtlinge Mädchen über Straße",
    "pt": "o cessar-fogo em Idlib foi violado na terça-feira segundo observadores as forças "
    "bombardearam a cidade crianças feridas também ação",
}


def latin_texts(count: int, seed: int = 7) -> list[str]:
    """Generated Latin-script reports with accents (and, often, typographic quotes)."""
    rng = random.Random(seed)
    texts = []
    for n in range(count):
        words = list(_LATIN_WORDS.values())[n % 4].split()
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(4, 18))).capitalize() + "."
            for _ in range(rng.randint(1, 12))
        ]
        text = " ".join(sentences)
        if n % 3 == 0:
            text += " “Nous avons fui”, a-t-il dit – 25°C, © 2019."
        texts.append(text)
    return texts


def test_latin1_and_cp1252_files_read_right():
    texts = latin_texts(100)
    for n, text in enumerate(texts):
        data = text.encode("cp1252" if n % 3 == 0 else "latin-1")
        decoded, how = decode("test", data)
        assert (decoded, how) == (text, "cp1252")


def test_other_legacy_scripts_keep_their_encoding():
    russian = "Перемирие в Идлибе было нарушено во вторник, сообщают наблюдатели."
    arabic = "انتهكت الهدنة في إدلب يوم الثلاثاء، بحسب المرصد السوري. قصفت القوات الحكومية المدينة."
    assert decode("t", russian.encode("cp1251")) == (russian, "cp1251")
    assert decode("t", arabic.encode("cp1256")) == (arabic, "cp1256")


def test_declared_charset_wins_over_a_guess():
    text = "Šiauliai: the ceasefire monitors met on Tuesday, said Ąžuolas Žemaitis."
    page = b'<html><head><meta charset="windows-1257"></head><body>' + text.encode("cp1257")
    assert decode("t", page)[0].endswith(text)
    assert decode("t", text.encode("cp1257"), declared="windows-1257") == (text, "cp1257")
    # valid UTF-8 stays UTF-8 whatever a page claims (the common mislabel)
    assert decode("t", "café".encode(), declared="iso-8859-1") == ("café", "utf-8")


def test_damaged_utf8_and_random_bytes_are_refused():
    rng = random.Random(3)
    good = ("Shelling hit Kafr Nabl – the café was hit, residents of Ma‘arrat said. " * 30).encode()
    refused = 0
    for _ in range(100):
        data = bytearray(good)
        for _ in range(rng.randint(1, 5)):
            data.insert(rng.randrange(len(data)), rng.choice([0x80, 0xBF, 0xC0, 0xF8, 0xFF]))
        with pytest.raises(InputError, match="invalid UTF-8"):
            decode("t", bytes(data))
        refused += 1
    assert refused == 100
    for size in (100, 1000, 5000):
        noise = bytes(rng.randint(1, 255) for _ in range(size))
        with pytest.raises(InputError, match="undecodable"):
            decode("t", noise)


def test_a_character_cut_off_at_the_end_is_dropped_not_the_file():
    text, how = decode("t", "Shelling hit the café – ".encode() + "é".encode()[:1])
    assert text == "Shelling hit the café – " and "cut off" in how


def test_nul_and_control_characters_are_stripped_everywhere_with_a_note():
    body = "Shelling hit the market of Kafr Nabl on Tuesday, residents said. " * 200
    data = body.encode() + b"\x00\x00Medics\x1b[31m arrived\x07 at noon.\x00"
    assert len(body) > 8192  # past the part ingest sniffs for binary content
    article = clean(raw(data))
    assert not any(c in article.text for c in "\x00\x1b\x07")
    assert article.text.endswith("Medics[31m arrived at noon.")
    assert any("5 NUL or other control character(s) removed" in n for n in article.notes)


def test_html_fragment_and_plain_text_are_both_read():
    fragment = "<p>Shelling hit the market of Kafr Nabl.</p><p>Four civilians were killed.</p>"
    article = clean(raw(fragment, "text/html"))
    assert article.text == "Shelling hit the market of Kafr Nabl.\n\nFour civilians were killed."


# --- properties: any input gives text or a reason ----------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes_decode_to_clean_text_or_a_refusal(data):
    try:
        text, how = decode("t", data)
    except InputError as exc:
        assert exc.reason
        return
    assert not _CONTROL.search(text)
    text.encode("utf-8")  # storable: no unpaired surrogates
    assert how


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=1500), st.sampled_from(["text/plain", "text/html"]))
def test_any_text_cleans_to_an_article_or_a_reason(text, kind):
    try:
        article = clean(raw(text, kind))
    except InputError as exc:
        assert exc.reason
        return
    assert article.text.strip() and not _CONTROL.search(article.text)
