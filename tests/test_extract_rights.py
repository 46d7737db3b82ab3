"""Human-rights documentation (session 25, helper hrdocs25): incidents told months late keep their
own day; recaps, tallies, replies and legal qualifications frame them and tell none. Texts
written for these tests (invented places and bodies)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.documentation import is_documentation
from ceasewatch.extract import Extractor
from ceasewatch.extract.rights import PERIOD, named_sub, requalified, rights_words
from tests.test_extract_events import run

REPORT = """Northern Watch - Findings on the events in Kalto district (extract)

Published 14 March 2024

21. The Panel documented that on 3 November 2023, armed men in military uniform attacked the \
village of Dorvani, Kalto district, killing 9 civilians. Witness C, a 52-year-old teacher, told \
the Panel that the attackers came at dawn.

22. Two days later, soldiers detained a 30-year-old trader at a checkpoint in Dorvani. His \
family has received no news of him. The Panel qualifies the case as an enforced disappearance.

23. The Panel recalls that the unrest began on 2 May 2023 over land reform.

24. Between June and December 2023, the Panel recorded at least 140 civilians killed in Kalto \
district.

25. The Ministry of Interior denied that soldiers had detained anyone in Dorvani.

26. Recommendations. The Panel recommends an independent inquiry and calls on the authorities \
to bring those responsible to justice.
"""

NEWS = """KALTO, March 14, 2024 - Gunmen killed five people in the village of Dorvani on Tuesday, \
police said. On 3 November 2023, an attack on the same village killed nine people. Human \
rights groups have documented abuses in the district."""


def test_the_form_is_told_by_its_wording_and_layout_not_by_one_word() -> None:
    assert is_documentation(REPORT)
    assert not is_documentation(NEWS)
    # numbered findings without the form's wording are a list, not documentation
    assert not is_documentation("1. Prices rose.\n\n2. Rain fell in the north.\n\n3. More.")


def test_incidents_told_months_later_keep_their_day(extractor: Extractor) -> None:
    _, x = run(REPORT, extractor, published=dt.date(2024, 3, 14))
    dates = sorted({e.event_date for e in x.events})
    assert dates == [dt.date(2023, 11, 3), dt.date(2023, 11, 5)], [
        (e.event_date, e.sub_event_type, e.sentence.text if e.sentence else "") for e in x.events
    ]


def test_a_qualification_names_the_incident_and_is_no_event(extractor: Extractor) -> None:
    _, x = run(REPORT, extractor, published=dt.date(2024, 3, 14))
    fifth = [e for e in x.events if e.event_date == dt.date(2023, 11, 5)]
    assert [e.sub_event_type for e in fifth] == ["Abduction/forced disappearance"]


def test_recaps_tallies_and_replies_make_no_event(extractor: Extractor) -> None:
    _, x = run(REPORT, extractor, published=dt.date(2024, 3, 14))
    told = " ".join(e.sentence.text for e in x.events if e.sentence)
    assert "recalls" not in told and "Between June" not in told and "denied" not in told


def test_news_still_recalls_an_old_day_as_background(extractor: Extractor) -> None:
    _, x = run(NEWS, extractor, published=dt.date(2024, 3, 14))
    assert all(e.event_date != dt.date(2023, 11, 3) for e in x.events)


def test_periods_and_qualifications() -> None:
    assert PERIOD.search("Between January and October 2021, the office recorded")
    assert PERIOD.search("6,700 detentions between 9 and 12 August")
    assert not PERIOD.search("clashes between the army and rebels on 9 August")
    words = rights_words()
    assert named_sub("Qualification: unlawful killing.", words) == "Attack"
    assert named_sub("The Panel qualifies the case as an enforced disappearance.", words) == (
        "Abduction/forced disappearance"
    )
    assert requalified("Arrests", "qualifies the case as an enforced disappearance") == (
        "Abduction/forced disappearance"
    )
    assert requalified("Armed clash", "considers the killing extrajudicial") == "Attack"
    # a protest's event keeps its type; arbitrary detention confirms an arrest
    assert requalified("Excessive force against protesters", "extrajudicial killing") is None
    assert requalified("Attack", "qualifies his detention as arbitrary detention") is None


def test_method_and_demands_paragraphs_and_later_days_tell_no_incident() -> None:
    from ceasewatch.extract.rights import frame_paragraph

    assert frame_paragraph("1.4 Limitations. No finding is made on any single arrest.")
    assert frame_paragraph("Recommendations:\n1. Release all detainees.")
    assert frame_paragraph("Methodology. The Panel interviewed 30 people.")
    assert not frame_paragraph("Findings. On 3 May 2023, soldiers burned the market.")
    assert not frame_paragraph("21. On 3 May 2023, soldiers burned the market.")


def test_a_qualification_sentence_is_no_event_of_its_own(extractor: Extractor) -> None:
    text = REPORT + "\n27. The Panel qualifies his detention as arbitrary.\n"
    _, x = run(text, extractor, published=dt.date(2024, 3, 14))
    assert all("qualifies" not in (e.sentence.text if e.sentence else "") for e in x.events)


def test_a_release_from_detention_is_no_agreement_in_a_rights_document(
    extractor: Extractor,
) -> None:
    text = REPORT + (
        "\n28. On 9 November 2023, detainees released from the Dorvani police station told the "
        "Panel they had been beaten.\n"
    )
    _, x = run(text, extractor, published=dt.date(2024, 3, 14))
    assert all(e.sub_event_type != "Agreement" for e in x.events)


def test_a_witness_recalling_or_describing_tells_the_incident(extractor: Extractor) -> None:
    text = (
        "Northern Watch - testimony file\n\nPublished 14 March 2024\n\n"
        "1. The Panel documented abuses and recommends an inquiry into extrajudicial killings.\n\n"
        "2. Witness D recalls that on 3 November 2023 soldiers shot dead four farmers in the "
        "village of Dorvani.\n\n"
        "3. On 6 November 2023, police responded by firing live rounds at mourners in Dorvani, "
        "killing two.\n"
    )
    _, x = run(text, extractor, published=dt.date(2024, 3, 14))
    dates = {e.event_date for e in x.events}
    assert dt.date(2023, 11, 3) in dates and dt.date(2023, 11, 6) in dates


def test_a_reply_joined_to_an_act_still_tells_the_act(extractor: Extractor) -> None:
    text = (
        "Northern Watch - findings\n\nPublished 14 March 2024\n\n"
        "1. The Panel documented abuses and recommends an inquiry into extrajudicial killings.\n\n"
        "2. On 6 November 2023, police in Dorvani rejected the marchers' demands and fired "
        "live rounds at them, killing two.\n\n"
        "3. The Ministry of Interior denied that police had fired at anyone.\n"
    )
    _, x = run(text, extractor, published=dt.date(2024, 3, 14))
    told = [e.sentence.text for e in x.events if e.sentence]
    assert any("rejected" in t for t in told) and not any("denied" in t for t in told)
