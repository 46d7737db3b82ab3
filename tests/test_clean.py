"""Cleaning scraped reports: the seed end to end, then each rule on hand-built inputs."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.clean import clean
from ceasewatch.clean.dates import resolve_date
from ceasewatch.clean.scrape import scrape
from ceasewatch.errors import InputError
from ceasewatch.model import RawDocument


def raw(text: str | bytes, media_type: str = "text/plain", **hints: str) -> RawDocument:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return RawDocument(
        origin="test-input",
        data=data,
        media_type=media_type,
        fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        hints=hints,
    )


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
