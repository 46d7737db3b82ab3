"""Every file of the reports set (data/eval/world/reports/reportsX.jsonl) is valid gold: the record
format, the codebook and the map, event dates told by the text within the week before the
article's date, background older than that week, and no event sharing a date and country with
another set (tests/reports_gold.py; each file's shape in SHAPES)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.reports_gold import (
    MIXES,
    REPORTS,
    SHAPES,
    Shape,
    article_text,
    check_dates,
    check_format,
    check_gold,
    check_mix,
    check_no_collision,
    rows,
)

ROWS = [(shape, row) for shape in SHAPES.values() for row in rows(shape.path)]


def test_every_file_has_a_shape() -> None:
    assert sorted(p.stem for p in REPORTS.glob("*.jsonl")) == sorted(SHAPES)


@pytest.mark.parametrize("shape", SHAPES.values(), ids=lambda s: s.stem)
def test_records_have_the_format(shape: Shape) -> None:
    check_format(shape)


@pytest.mark.parametrize(("shape", "row"), ROWS, ids=lambda x: getattr(x, "stem", None) or x["id"])
def test_gold_follows_the_codebook_and_the_map(shape: Shape, row: dict[str, Any]) -> None:
    check_gold(row)


@pytest.mark.parametrize(("shape", "row"), ROWS, ids=lambda x: getattr(x, "stem", None) or x["id"])
def test_dates_agree_with_the_weekday_words(shape: Shape, row: dict[str, Any]) -> None:
    check_dates(row, shape)


@pytest.mark.parametrize("shape", SHAPES.values(), ids=lambda s: s.stem)
def test_no_event_shares_a_date_and_country_with_another_set(shape: Shape) -> None:
    check_no_collision(shape)


@pytest.mark.parametrize("stem", sorted(MIXES))
def test_the_mix_is_what_the_readme_claims(stem: str) -> None:
    check_mix(SHAPES[stem], MIXES[stem])


def test_reportsc_has_the_forms_its_brief_asked_for() -> None:
    """An article without a dateline, a live blog with times, a site's "Published" line."""
    found = rows(SHAPES["reportsc"].path)
    assert any(re.match(r"\d{2}:\d{2} - ", p) for r in found for p in r["text"].split("\n\n"))
    assert any(r["text"].startswith("Published ") for r in found)


def test_reportsh_pages_have_the_forms_its_brief_asked_for() -> None:
    """Saved web pages only: a <time datetime> byline, a WordPress "Posted on", an "Updated ...
    GMT" line, a date only in article:published_time beside "days ago", a live page's times, a
    cookie banner, readers' comments and a correction note."""
    found = rows(SHAPES["reportsh"].path)
    assert all("html" in r and "text" not in r for r in found)
    pages = [r["html"] for r in found]
    for form in (
        r"<time datetime=",
        r"Posted on [A-Z][a-z]+ \d{1,2}, \d{4}",
        r"Updated \d{2}:\d{2} GMT, \d{1,2} [A-Z][a-z]+ \d{4}",
        r'property="article:published_time".*\d days? ago',
        r'class="ts">\d{2}:\d{2}<',
        r"cookie",
        r'class="comment"',
        r"Correction, ",
    ):
        assert any(re.search(form, page, re.S) for page in pages), form
    assert all(2_000 <= len(page.encode()) <= 12_000 for page in pages)


def test_reportsj_has_the_channel_forms_its_brief_asked_for() -> None:
    """Channel-days: every feed a run of time-stamped posts; rising tolls, corrections, forwards,
    old footage re-shared, a date only in the first post and a date on every post."""
    found = rows(SHAPES["reportsj"].path)
    stamp = re.compile(r"(\d{1,2}:\d{2}( UTC| AM| PM)?\b)")
    for row in found:
        posts = row["text"].split("\n\n")[1:]
        assert sum(1 for p in posts if stamp.search(p[:40])) >= 4, row["id"]
    texts = [r["text"] for r in found]
    for form in (
        r"UPDATE: death toll rises to \d",
        r"Correction: ",
        r"Forwarded from ",
        r"from 2022, not today",
        r"^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} - ",
        r"\d{2}:\d{2} UTC",
    ):
        assert any(re.search(form, t, re.M) for t in texts), form


def test_reportsl_digests_have_the_mail_forms_its_brief_asked_for() -> None:
    """E-mail digests saved as text: every one opens with mail headers; forwarded blocks, "> "
    quoted replies, "View this email in your browser", unsubscribe footers, "Read more" links."""
    found = rows(SHAPES["reportsl"].path)
    for row in found:
        assert re.match(r"From: .+\nSent: [A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}", row["text"])
        assert "\nSubject: " in row["text"], row["id"]
    texts = [r["text"] for r in found]
    for form in (
        r"---------- Forwarded message ---------",
        r"^> ",
        r"View this email in your browser",
        r"[Uu]nsubscribe",
        r"Read more: https://",
        r"Subject: RE: ",
        r"\[image: ",
    ):
        assert any(re.search(form, t, re.M) for t in texts), form


def test_reportsn_logs_have_the_spreadsheet_forms_its_brief_asked_for() -> None:
    """Incident logs exported from a spreadsheet: 20 .csv and 10 .tsv files, each a title row
    above a header and dated rows; the log's own date forms (25/03/2024, 03/25/2024, 2024-03-25,
    25-Mar-24), a quoted cell with a line break, a totals row, a repeated header after a blank
    separator row."""
    found = rows(SHAPES["reportsn"].path)
    assert sorted(r["suffix"] for r in found).count(".csv") == 20
    assert sorted(r["suffix"] for r in found).count(".tsv") == 10
    for row in found:
        delimiter = "\t" if row["suffix"] == ".tsv" else ","
        header = row["text"].split("\n")[1]
        assert header.count(delimiter) >= 6, row["id"]
    texts = [r["text"] for r in found]
    for form in (
        r"^\d{2}/\d{2}/\d{4},",
        r"^(0\d|1[0-2])/(1[3-9]|2\d|3[01])/\d{4},",
        r"^\d{4}-\d{2}-\d{2}\t",
        r"^\d{2}-[A-Z][a-z]{2}-\d{2}[,\t]",
        r"^\d{2}\.\d{2}\.\d{4}\t",
        r',"[^"\n]*\n[^"]*",',
        r"TOTAL",
        r"\n\nDate\t",
    ):
        assert any(re.search(form, t, re.M) for t in texts), form


def test_reportsr_exports_have_the_telegram_shape() -> None:
    """Telegram Desktop's result.json: every text parses as JSON with a chat's name, type, id and
    messages; each message an id, a type, a local "date" beside its "date_unixtime", a "text"
    that is a string or a list of strings and typed entities, "text_entities" as typed pieces;
    the export's habits occur somewhere: forwards, replies, photos, videos, edits, reactions,
    pinned-message service messages, bold, hashtag, link, text_link and mention entities, both
    indented and one-line files."""
    found = rows(SHAPES["reportsr"].path)
    assert all(r["suffix"] == ".json" for r in found)
    seen: set[str] = set()
    for row in found:
        assert 1_500 <= len(row["text"]) <= 9_000, row["id"]
        export = json.loads(row["text"])
        assert {"name", "type", "id", "messages"} <= set(export), row["id"]
        assert export["type"] in ("public_channel", "public_supergroup", "private_group")
        assert isinstance(export["id"], int) and export["messages"], row["id"]
        seen.add("indented" if row["text"].startswith("{\n") else "one_line")
        ids = [m["id"] for m in export["messages"]]
        assert ids == sorted(set(ids)), row["id"]
        for message in export["messages"]:
            assert message["type"] in ("message", "service"), row["id"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", message["date"])
            assert message["date_unixtime"].isdigit()
            text = message["text"]
            pieces = text if isinstance(text, list) else [text]
            for piece in pieces:
                assert isinstance(piece, str) or {"type", "text"} <= set(piece), row["id"]
                if isinstance(piece, dict):
                    seen.add(piece["type"])
            assert all({"type", "text"} <= set(e) for e in message["text_entities"])
            joined = "".join(p if isinstance(p, str) else p["text"] for p in pieces)
            assert joined == "".join(e["text"] for e in message["text_entities"]), row["id"]
            if "reply_to_message_id" in message:
                assert message["reply_to_message_id"] in ids, row["id"]
            seen |= set(message) & {"forwarded_from", "reply_to_message_id", "photo", "edited"}
            seen |= set(message) & {"reactions", "media_type"}
            if message["type"] == "service":
                seen.add(message["action"])
    for form in ("indented", "one_line", "bold", "hashtag", "link", "text_link", "mention"):
        assert form in seen, form
    for form in ("forwarded_from", "reply_to_message_id", "photo", "edited", "reactions"):
        assert form in seen, form
    assert {"media_type", "pin_message"} <= seen


SRT_TIMING = re.compile(r"(\d{2}):(\d{2}):(\d{2}),(\d{3}) --> (\d{2}):(\d{2}):(\d{2}),(\d{3})")
VTT_TIMING = re.compile(
    r"(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})( .+)?"
)


def _seconds(parts: tuple[str, ...]) -> tuple[float, float]:
    h1, m1, s1, ms1, h2, m2, s2, ms2 = (int(p) for p in parts[:8])
    return h1 * 3600 + m1 * 60 + s1 + ms1 / 1000, h2 * 3600 + m2 * 60 + s2 + ms2 / 1000


def test_reportst_texts_are_subtitle_files() -> None:
    """News videos' subtitles: every .srt text numbered cues with "HH:MM:SS,mmm --> HH:MM:SS,mmm"
    timings, every .vtt text a "WEBVTT" header, NOTE/STYLE blocks and cues with
    "HH:MM:SS.mmm --> ..." timings (optional identifier, optional settings); timings in order and
    every cue one to two lines; the forms the brief asked for occur somewhere."""
    found = rows(SHAPES["reportst"].path)
    assert {r["suffix"] for r in found} == {".srt", ".vtt"}
    assert sum(1 for r in found if r["suffix"] == ".srt") == 24
    seen: set[str] = set()
    for row in found:
        text = row["text"]
        blocks = text.split("\n\n")
        last = -1.0
        if row["suffix"] == ".srt":
            for number, block in enumerate(blocks, 1):
                lines = block.split("\n")
                assert lines[0] == str(number), (row["id"], number)
                timing = SRT_TIMING.fullmatch(lines[1])
                assert timing, (row["id"], lines[1])
                start, end = _seconds(timing.groups())
                assert last <= start < end, (row["id"], number)
                last = end
                assert 1 <= len(lines) - 2 <= 2, (row["id"], number)
        else:
            assert blocks[0].split("\n")[0].startswith("WEBVTT"), row["id"]
            for block in blocks[1:]:
                lines = block.split("\n")
                if lines[0].startswith(("NOTE", "STYLE")):
                    seen.add(lines[0].split()[0])
                    assert not any("-->" in line for line in lines), row["id"]
                    continue
                if "-->" not in lines[0]:  # a cue identifier
                    lines = lines[1:]
                timing = VTT_TIMING.fullmatch(lines[0])
                assert timing, (row["id"], lines[0])
                start, end = _seconds(timing.groups())
                assert last <= start < end, row["id"]
                last = end
                assert 1 <= len(lines) - 1 <= 2, row["id"]
                if timing.group(9):
                    seen.add("settings")
        for form, pattern in (
            ("voice", r"<v [^>]+>"),
            ("class", r"<c\.[a-z]+>"),
            ("italic", r"<i>"),
            ("label", r"^(ANCHOR|REPORTER|PRESENTER|NARRATOR): "),
            ("bracket_speaker", r"^- \["),
            ("chevrons", r"^>> "),
            ("sound", r"\[(gunfire|explosions?|MUSIC|Music|crowd chanting)\]"),
            ("note", r"♪"),
            ("caption", r"SUPER: |\[CAPTION: |LOWER THIRD: |SHOTLIST: "),
            ("archive", r"ARCHIVE FOOTAGE"),
            ("reconstruction", r"RECONSTRUCTION"),
            ("lower_case", r"^[a-z ']{30,}$"),
        ):
            if re.search(pattern, text, re.M):
                seen.add(form)
    for form in ("NOTE", "STYLE", "settings", "voice", "class", "italic", "label"):
        assert form in seen, form
    for form in ("bracket_speaker", "chevrons", "sound", "note", "caption", "archive"):
        assert form in seen, form
    assert {"reconstruction", "lower_case"} <= seen


# a live page's entry stamp: "14:32 GMT", "14.32 GMT", "2:32 p.m. EAT", "2:32 PM EDT", "14:32",
# "9 min ago", "2h ago", "3 hours ago", "Oct 16, 14:32"
LIVE_STAMP = re.compile(
    r"^(Posted )?(\d{1,2}[:.]\d{2}( [ap]\.m\.| [AP]M)?( [A-Z][A-Za-z+0-9é ]*| \([A-Za-z ]+\))?"
    r"|\d{1,2} min ago|\d{1,2}h ago|\d{1,2} hours ago|[A-Z][a-z]{2} \d{1,2}, \d{2}:\d{2})$"
)


def test_reportsu_pages_are_live_pages() -> None:
    """Saved live pages only: every page a headline block with the page's date, a key-events box,
    and at least eight entries each with its own time stamp (a line of its own: clock times with
    or without a zone, "9 min ago", "2h ago"); some pages a machine <time datetime>, day separators
    ("Tuesday 14 March"), embedded posts, video captions, pinned posts, "Read more" links and an
    end-of-coverage line."""
    found = rows(SHAPES["reportsu"].path)
    assert all("html" in r and "text" not in r for r in found)
    for row in found:
        page = row["html"]
        assert 5_000 <= len(page.encode()) <= 16_000, row["id"]
        assert 'property="article:modified_time"' in page, row["id"]
        assert re.search(r'class="key-events', page), row["id"]
        stamps = [p for p in article_text(row).split("\n\n") if LIVE_STAMP.match(p)]
        assert len(stamps) >= 8, (row["id"], len(stamps))
    pages = [r["html"] for r in found]
    for form in (
        r"<time datetime=",
        r'class="day-separator">[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+<',
        r'class="twitter-tweet"',
        r"<figcaption>",
        r"Pinned<",
        r"Read more: ",
        r"\d{1,2} min ago",
        r"\d{1,2}h ago",
        r"That's all",
    ):
        assert any(re.search(form, page) for page in pages), form
