"""Human-rights documentation's layout in clean (session 25, helper hrdocs25): paragraph numbers
out, a database's incident entries written as a log's rows. Texts written for these tests."""

from __future__ import annotations

from ceasewatch.clean import clean
from ceasewatch.clean.rights import read_rights_document
from ceasewatch.documentation import NOTE, is_documentation
from tests.event_builders import raw_document

FINDINGS = [
    "Published 2 May 2024",
    "12. The Panel documented that on 3 March 2024, armed men in military uniform attacked "
    "the village of Dorvani, killing 4 civilians. Witness B told the Panel they came at night.",
    "1.3 The Panel interviewed 25 victims and witnesses.",
    "300 people marched in Dorvani on 9 March 2024.",
    "Recommendations: the Panel recommends an inquiry into extrajudicial executions.",
]

ENTRY = [
    "Exported: 2 May 2024",
    "Incident ID: XX-2024-0117",
    "Date: 2024-03-03",
    "Location: Dorvani, Kalto district, Northern division",
    "Alleged perpetrator: members of the security forces",
    "Victims: two men",
    "Type of violation: extrajudicial execution",
    "Summary: Witnesses said the men were shot dead after being taken from their homes.",
    "The documentation centre calls for an independent investigation; human rights "
    "defenders documented the case and interviewed 3 relatives.",
]


def test_paragraph_numbers_go_counts_stay() -> None:
    notes: list[str] = []
    out = read_rights_document(FINDINGS, notes)
    assert out[1].startswith("The Panel documented that on 3 March 2024")
    assert out[2].startswith("The Panel interviewed 25")
    assert out[3].startswith("300 people marched")  # a count, not a paragraph's number
    assert NOTE in notes


def test_an_entry_is_written_as_a_row_with_its_values() -> None:
    notes: list[str] = []
    out = read_rights_document(ENTRY, notes)
    assert out[1] == (
        "3 March 2024 | Dorvani, Kalto district, Northern division: Witnesses said the men "
        "were shot dead after being taken from their homes."
    )
    assert out[2:5] == ["members of the security forces", "two men", "extrajudicial execution"]
    assert not any("XX-2024" in line for line in out)


def test_news_is_left_alone() -> None:
    lines = ["KALO, May 2, 2024 - 12. Gunmen killed 3 people.", "1. Police said."]
    assert read_rights_document(lines, []) == lines


def test_clean_marks_the_form_for_extract() -> None:
    article = clean(raw_document("Northern Watch - findings\n\n" + "\n\n".join(FINDINGS)))
    assert NOTE in article.notes
    assert is_documentation("", article.notes)
    assert "12. The Panel" not in article.text and "The Panel documented" in article.text
