"""A saved page's body repeats its headline under the site's section label (issue 9, session 22:
saved web pages). The title is the page's; its copy in the body, and the short labels printed
above it, are not report text. Every text is written for this file (no evaluation item)."""

from __future__ import annotations

from ceasewatch.clean.scrape import scrape

HEADLINE = "Troops clash with rebels near Varnesk; protesters block the coast road"
REPORT = (
    "Soldiers and rebel fighters exchanged fire near Varnesk on Monday, officials said.\n"
    "In Ostrava Bay, hundreds of fishermen blocked the coast road on Tuesday."
)


def lines(text: str, hint: str | None = HEADLINE) -> list[str]:
    return scrape(text, title_hint=hint).lines


def test_the_headline_copy_under_a_section_label_goes_with_the_label() -> None:
    doc = scrape(f"Politics\n{HEADLINE}\n{REPORT}", title_hint=HEADLINE)
    assert doc.lines == REPORT.split("\n") and doc.title == HEADLINE
    assert "removed 1 label line(s) above the headline" in doc.notes


def test_two_labels_and_a_sentence_case_headline() -> None:
    assert lines(f"Press release\nSituation update\n{HEADLINE.lower()}\n{REPORT}") == (
        REPORT.split("\n")
    )


def test_a_sentence_above_the_headline_keeps_everything() -> None:
    # a live page's closing line stands above the headline: not a label, so nothing goes
    text = f"That is all from us today. Thanks for following.\n{HEADLINE}\n{REPORT}"
    assert lines(text)[0].startswith("That is all")


def test_a_headline_copy_deep_in_the_body_is_not_touched() -> None:
    text = f"{REPORT}\nOne more line of report text here.\n{HEADLINE}"
    assert lines(text)[-1] == HEADLINE


def test_a_dateline_line_is_no_label() -> None:
    text = f"VARNESK, 4 March 2024 -\n{HEADLINE}\n{REPORT}"
    assert lines(text)[0] == "VARNESK, 4 March 2024 -"
