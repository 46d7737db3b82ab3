"""Outlet chrome in plain-text bodies (issue 9, session 17): other stories' headline lists
under "Related News" / "Read more" markers and photo captions closed by a wire credit are not
report text (clean/chrome.py). Real paragraphs are never taken for them. Every text is written
for this file (no evaluation item).
"""

from __future__ import annotations

from ceasewatch.clean.scrape import scrape

REPORT = (
    "Shelling killed three civilians in the town of Varnesk on Monday, local officials said.\n"
    "The army denied responsibility and blamed rebel fighters for the attack."
)


def body(text: str) -> str:
    return "\n".join(scrape(text, title_hint="A report").lines)


def test_a_related_list_under_its_marker_goes() -> None:
    text = (
        f"{REPORT}\nRelated News\nThousands of farmers march on the capital\n"
        "Floods leave 40 dead in the north\nWill the talks end the war?"
    )
    assert body(text) == REPORT


def test_the_list_ends_at_the_first_sentence() -> None:
    text = (
        "Read more:\nTanks roll into the border town\n"
        "Clashes in the hills killed two soldiers on Sunday, the ministry said."
    )
    assert body(text) == "Clashes in the hills killed two soldiers on Sunday, the ministry said."


def test_a_read_more_line_goes() -> None:
    text = f"{REPORT}\nREAD MORE: Militants storm a hotel in the capital"
    assert body(text) == REPORT


def test_a_related_list_inside_one_line_goes() -> None:
    line = REPORT.replace("\n", " ")
    text = (
        f"{line} Related News Gunmen kill 12 at a wedding | Election results delayed "
        "Thousands of migrants walk across the border Is the ceasefire holding? Category News "
        "Floods leave 40 dead in the north Talks resume in the capital Follow us on social media."
    )
    assert body(text) == line


def test_prose_that_mentions_related_news_stays() -> None:
    text = (
        "The ministry said it had no related news to share. Shelling killed three civilians "
        "in Varnesk on Monday. More stories of abuse emerged on Tuesday."
    )
    assert body(text) == text


def test_a_dated_photo_caption_and_its_credit_go() -> None:
    text = (
        "Shelling killed three civilians in Varnesk on Monday. A boy sits on the rubble of a "
        "house in Dorvo on June 3 2016. (AFP Photo) The army denied responsibility."
    )
    assert body(text) == (
        "Shelling killed three civilians in Varnesk on Monday. The army denied responsibility."
    )


def test_a_caption_after_the_lead_in_keeps_the_dateline() -> None:
    text = (
        "Published July 4 2016 Men inspect a damaged market in Dorvo on July 3 2016. (Reuters "
        "Photo) Shelling killed three civilians in Varnesk on Monday."
    )
    assert (
        body(text) == "Published July 4 2016 Shelling killed three civilians in Varnesk on Monday."
    )


def test_a_wire_dateline_is_no_credit() -> None:
    text = "VARNESK (Reuters) - Shelling killed three civilians in the town on Monday."
    assert body(text) == text


def test_an_undated_sentence_before_a_bare_credit_stays() -> None:
    text = (
        "Shelling killed three civilians in Varnesk on Monday. The source of the fire was not "
        "confirmed. (AFP) Rebels denied any part in it."
    )
    assert body(text) == (
        "Shelling killed three civilians in Varnesk on Monday. The source of the fire was not "
        "confirmed. Rebels denied any part in it."
    )
