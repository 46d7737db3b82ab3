"""A news site's live page saved as HTML (session 28, helper liveblog28): each time-stamped
entry is read as its own dated entry, the key-events box and the page furniture are not report
(clean/liveblog.py). Pages written for these tests."""

from __future__ import annotations

import datetime as dt

from ceasewatch.clean import clean
from ceasewatch.clean.liveblog import read_liveblog
from ceasewatch.extract import Extractor, extract
from tests.event_builders import raw_document

HEAD = """<!DOCTYPE html><html><head><title>Live: fighting in the north</title>
<meta property="article:published_time" content="2024-03-13T20:00:00Z">
<meta property="article:modified_time" content="{modified}">
</head><body><nav><ul><li>World</li><li>Sport</li></ul></nav>
<main><h1>Live: fighting in the north</h1><p class="standfirst">Times are local.</p>
<div class="key-events"><h2>Key events</h2><ul>
<li>Shelling kills three in Kalo</li><li>Protest in the capital</li></ul></div>
<div class="feed">{entries}</div>
<p class="end">That's all for today; our coverage continues here.</p></main>
<aside><h2>Most read</h2><ol><li>Markets slip 2h ago</li></ol></aside></body></html>"""

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TEXTS = [
    "Three civilians were killed when artillery shells hit a market in the town of Kalo.",
    "Hundreds of students marched to the ministry of education in the capital on foot.",
    "Officials said the water supply in the eastern district was restored by the evening.",
    "A convoy of aid trucks reached the border crossing after a delay of several hours.",
    "Police said two men were detained after a fight outside a stadium in the port city.",
    "The electricity company said repairs to the main line would take at least a week.",
]


def _entry(stamp: str, text: str, *, title: str = "Update") -> str:
    return (
        f'<div class="entry"><p><strong class="entry-time">{stamp}</strong></p>'
        f'<h4>{title}</h4><p>{text}</p><p class="read-more"><a href="/x">Read more: '
        "How the town copes</a></p></div>"
    )


def _page(entries: list[str], modified: str = "2024-03-14T21:40:00Z") -> str:
    return HEAD.format(modified=modified, entries="".join(entries))


def _lines(page: str) -> list[str]:
    """The written entries, each with the day of the header above it: "14 March 2024, 21:35 -
    ..." (the page writes a header "Thursday, 14 March 2024" over each day's entries)."""
    live = read_liveblog("test", page)
    assert live is not None
    out, day = [], ""
    for paragraph in live.paragraphs:
        if paragraph.split(", ", 1)[0] in DAYS:
            day = paragraph.split(", ", 1)[1]
        elif paragraph[:2].isdigit() and paragraph[2] == ":":
            out.append(f"{day}, {paragraph}")
        else:
            out.append(f"{day} - {paragraph}")
    return out


def test_entries_are_dated_and_one_after_midnight_belongs_to_the_new_day() -> None:
    stamps = ["21:35", "15:10", "09:40", "02:05", "23:50", "21:30"]
    page = _page([_entry(s, t) for s, t in zip(stamps, TEXTS, strict=True)])
    lines = _lines(page)[::-1]  # written oldest first
    assert lines[0].startswith("14 March 2024, 21:35 - Three civilians")
    assert lines[3].startswith("14 March 2024, 02:05 - ")
    assert lines[4].startswith("13 March 2024, 23:50 - ")
    assert lines[5].startswith("13 March 2024, 21:30 - ")
    text = "\n".join(lines)
    # the box, the headline block, the headings, the links and the sign-off are out
    for gone in (
        "Key events",
        "Shelling kills",
        "Times are local",
        "Read more",
        "Update",
        "That's all",
        "Most read",
    ):
        assert gone not in text


def test_a_day_separator_dates_the_entries_under_it() -> None:
    entries = [_entry(s, t) for s, t in zip(["18:00", "10:00", "08:00"], TEXTS, strict=False)]
    older = [_entry(s, t) for s, t in zip(["16:00", "12:00", "07:00"], TEXTS[3:], strict=False)]
    page = _page([*entries, '<h3 class="day">Tuesday 12 March</h3>', *older])
    lines = _lines(page)
    assert [line[:13] for line in lines] == ["12 March 2024"] * 3 + ["14 March 2024"] * 3


def test_time_elements_give_the_local_day_and_relative_stamps_count_from_the_save() -> None:
    entries = [
        f'<article class="post"><time datetime="2024-03-14T{h}:00Z">{shown}</time>'
        f"<p>{t}</p></article>"
        for h, shown, t in zip(
            ["20", "14", "09", "22", "21"],
            ["22.00 EET", "16.00 EET", "11.00 EET", "00.00 EET", "23.00 EET"],
            TEXTS,
            strict=False,
        )
    ]
    entries[3] = entries[3].replace("2024-03-14T22", "2024-03-13T22")
    entries[4] = entries[4].replace("2024-03-14T21", "2024-03-13T21")
    lines = _lines(_page(entries))[::-1]
    assert lines[0].startswith("14 March 2024, 22:00 - ")
    assert lines[3].startswith("14 March 2024, 00:00 - ")  # 22:00 UTC the day before
    assert lines[4].startswith("13 March 2024, 23:00 - ")
    relative = [
        f'<li class="e"><span>{ago}</span><p>{t}</p></li>'
        for ago, t in zip(
            ["5 min ago", "2h ago", "6 hours ago", "20h ago", "23h ago"], TEXTS, strict=False
        )
    ]
    lines = _lines(_page(relative, modified="2024-03-14T19:00:00Z"))[::-1]
    assert lines[2].startswith("14 March 2024, 13:00 - ")
    assert lines[4].startswith("13 March 2024, 20:00 - ")


def test_an_embedded_post_keeps_its_own_date_and_its_author() -> None:
    post = (
        '<div class="entry"><p><strong>12:10 GMT</strong></p><blockquote class="twitter-tweet">'
        "<p>We will rebuild every school that was damaged.</p>&mdash; A Minister (@minister) "
        '<a href="https://x.com/1">March 14, 2024</a></blockquote></div>'
    )
    entries = [
        _entry(s, t)
        for s, t in zip(["18:00", "15:00", "11:00", "09:00", "08:00"], TEXTS, strict=False)
    ]
    lines = _lines(_page([*entries[:2], post, *entries[2:]]))
    want = '14 March 2024, 12:10 - A Minister (@minister) posted on 14 March 2024: "We will rebuild'
    assert any(line.startswith(want) for line in lines)


def test_a_page_with_few_stamped_entries_is_no_live_page() -> None:
    page = _page([_entry(s, t) for s, t in zip(["18:00", "10:00"], TEXTS, strict=False)])
    assert read_liveblog("test", page) is None
    article = (
        "<html><head><title>A report</title></head><body><article><p>"
        + " ".join(TEXTS)
        + '</p><ul class="related"><li>Story one 2h ago</li><li>Story two 3h ago</li>'
        "<li>Story three 4h ago</li><li>Story four 5h ago</li><li>Story five 6h ago</li>"
        "</ul></article></body></html>"
    )
    assert read_liveblog("test", article) is None


def test_clean_dates_a_live_page_by_its_last_update() -> None:
    stamps = ["21:35", "15:10", "09:40", "02:05", "23:50", "21:30"]
    page = _page([_entry(s, t) for s, t in zip(stamps, TEXTS, strict=True)])
    article = clean(raw_document(page, "text/html", fetched=dt.date(2025, 1, 1)))
    assert article.published == dt.date(2024, 3, 14)
    assert article.text.startswith("Wednesday, 13 March 2024\n\n21:30 - The electricity company")
    assert any(note.startswith("read as a live page") for note in article.notes)


def test_a_page_split_into_latest_and_earlier_blocks_is_read_whole() -> None:
    latest = [
        _entry(s, t)
        for s, t in zip(["21:00", "18:00", "15:00", "12:00", "10:00"], TEXTS, strict=False)
    ]
    earlier = _entry("08:30", TEXTS[5])
    page = _page(latest).replace(
        '<p class="end">',
        f'<section class="earlier"><h2>Earlier</h2><div class="older">{earlier}</div></section>'
        '<p class="end">',
    )
    lines = _lines(page)
    assert lines[0].startswith("14 March 2024, 08:30 - The electricity company")
    assert len(lines) == 6


def test_a_list_of_other_stories_with_stamps_is_no_entry() -> None:
    entries = [
        _entry(s, t)
        for s, t in zip(["21:00", "18:00", "15:00", "12:00", "10:00"], TEXTS, strict=False)
    ]
    page = _page(entries).replace(
        "<li>Markets slip 2h ago</li>",
        '<li class="entry"><span>3h ago</span> Markets slip</li>'
        '<li class="entry"><span>4h ago</span> Heat warning</li>',
    )
    text = "\n".join(_lines(page))
    assert "Markets" not in text and "Heat" not in text


def test_an_entrys_own_weekday_dates_its_event_and_the_box_adds_none(extractor: Extractor) -> None:
    texts = [
        "Gunmen attacked a market in the town of Kalo on Wednesday night, killing five people.",
        *TEXTS[1:5],
    ]
    stamps = ["20:00", "16:00", "12:00", "10:00", "09:00"]
    page = _page([_entry(s, t) for s, t in zip(stamps, texts, strict=True)])
    article = clean(raw_document(page, "text/html", fetched=dt.date(2025, 1, 1)))
    events = extract(article, extractor).events
    kalo = [e for e in events if e.location and e.location.name == "Kalo"]
    # one event (the box's "Shelling kills three in Kalo" is not read), on Wednesday 13 March
    assert len(kalo) == 1
    assert kalo[0].event_date == dt.date(2024, 3, 13)


def test_a_box_line_no_entry_tells_is_kept_after_the_entries() -> None:
    entries = [
        _entry(s, t)
        for s, t in zip(["21:00", "18:00", "15:00", "12:00", "10:00"], TEXTS, strict=False)
    ]
    page = _page(entries).replace(
        "<li>Protest in the capital</li>", "<li>Drone strike on a depot in Varna kills 2</li>"
    )
    live = read_liveblog("test", page)
    assert live is not None
    assert live.paragraphs[-1] == "Drone strike on a depot in Varna kills 2"
    assert "Shelling kills three in Kalo" not in live.paragraphs  # told by the first entry
