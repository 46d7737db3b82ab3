"""Stage 2, clean: raw bytes -> an ``Article`` with clean text and honest metadata.

1. decode the bytes (UTF-8, UTF-16 with BOM, else a confident legacy-encoding guess)
2. HTML: main text and page metadata through trafilatura; a spreadsheet's incident log
   (.csv/.tsv): one paragraph a row, the title rows' date (clean/sheet.py); plain text copied
   out of a PDF:
   hard wraps joined, running headers/footers, section headings, key-figure rows out
   (clean/pdf.py); a chat app's export (Telegram Desktop's result.json): one paragraph or more
   a message, each a dated entry, the last message's day (clean/telegram.py), not scraped; a
   video's subtitles (.srt/.vtt): cues as the spoken text, captions apart (clean/subtitles.py)
3. scraped-page debris out (widgets, crumbs, metadata line, captions, credits), metadata in
4. publication date: container hint, page metadata or the site's line, day/month resolved
   from the body's dateline when ambiguous; with none of them, the body's own dateline
   ("KHARTOUM, May 23, 2023 -", "Wed 05 Apr 2017", clean/dateline.py), else an editor's note
   at its head ("Originally published by ..., 13 February 2024.") or the title's closing date
5. language, word counts, hashes, a stable id
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ceasewatch.chatexport import KIND as CHAT_KIND
from ceasewatch.clean.dateline import (
    EARLIEST,
    Dateline,
    read_dateline,
    read_note_date,
    read_title_date,
)
from ceasewatch.clean.dates import ResolvedDate, resolve_date
from ceasewatch.clean.decode import decode
from ceasewatch.clean.desk import NOTE as DESK_NOTE
from ceasewatch.clean.html import extract_html
from ceasewatch.clean.liveblog import LiveText, read_liveblog
from ceasewatch.clean.pdf import unwrap_pdf
from ceasewatch.clean.scrape import Scraped, scrape
from ceasewatch.clean.sheet import SHEET_TYPES, Sheet, read_sheet
from ceasewatch.clean.subtitles import SubtitleText, read_cues, truecased
from ceasewatch.clean.telegram import ChatText, read_chat
from ceasewatch.errors import InputError
from ceasewatch.language import read_language
from ceasewatch.model import Article, ChatMessage, RawDocument, SheetRow, SubtitleCue
from ceasewatch.settings import setting
from ceasewatch.subtitles import KINDS as SUBTITLE_KINDS
from ceasewatch.subtitles import read_subtitles

# v3: session 17 (other stories' headline lists and credited photo captions are not report text)
# v4: session 19 (a dateline alone on the first line heads the body; two-city datelines; a
# dateline without a date takes the lead's full date)
# v5: session 20 (site date lines: "Last updated ... | Published ...", "By <desk>, <date>",
# "Updated: <date> <time>"; a date line below the head as a last resort)
# v6: session 21 (a title that ends on a date or a period dates a report whose body prints none;
# "as of" date lines)
# v7: session 22 (a saved page's copy of its headline and the labels above it go; an editor's
# note, a statement's sign-off, a lead below a kicker date a report)
# v8: session 23 (text copied out of a PDF: hard wraps, break hyphens, running headers and footers,
# headings and key-figure rows (clean/pdf.py); cover-block periods; a channel's header dates its
# time-stamped posts and their stamps, labels, emoji and hashtags go (clean/posts.py); correction
# notes)
# v9: session 23, late (a PDF table's serial-number cells out; a row ending on a count is no footer;
# a release's headline over its first full line out)
# v11: session 25 (log rows recorded, desk-typed non-events; social-media threads and chat
# exports; human-rights documents' numbering and entries; more broadcast headers)
# v12: session 26 (Telegram Desktop JSON exports read as dated messages; security-desk alerts and
# sitreps: date-time groups, short dates, nights and line clocks written out, the title's date)
# v13: session 27 (video subtitles, .srt/.vtt, read as spoken text with captions and cue offsets;
# official statements' letterheads, reference lines and closing blocks out)
# v14: session 28 (a statement's issuer noted; a clip dated by a day and month whose year the clip
# fixes, sentences at pauses in unpunctuated auto-captions, lower-case acronyms; live pages read
# entry by entry, each dated by its stamp, the key-events box out)
STAGE = "clean.v15"
WORD = re.compile(r"\w+(?:['’-]\w+)*")
DAY = dt.timedelta(days=1)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(content_hash: str) -> str:
    """Stable id from the cleaned text: the same story text always gets the same id."""
    return content_hash[:16]


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def _publication(
    raw_date: str | None, hinted: str | None, body: str, line: Dateline
) -> ResolvedDate:
    """The input's own date first (container, page metadata, site line), else the body's
    dateline ``line``; never a date outside 1900..tomorrow."""
    if hinted:
        date = resolve_date(hinted, body)
        return _bounded(ResolvedDate(date.date, f"from the input's metadata: {date.how}"))
    if raw_date:
        date = _bounded(resolve_date(raw_date, body))
        if date.date is not None:
            return date
        if line.date is not None:
            return ResolvedDate(line.date, f"{date.how}; from the body instead: {line.how}")
        return date
    if line.date is not None:
        return ResolvedDate(line.date, f"no publication date in the input; {line.how}")
    return ResolvedDate(None, f"no publication date in the input, and {line.how}")


def _bounded(date: ResolvedDate) -> ResolvedDate:
    if date.date is None or EARLIEST <= date.date <= dt.datetime.now(dt.UTC).date() + DAY:
        return date
    return ResolvedDate(
        None, f"{date.how}, but {date.date.isoformat()} is outside 1900..tomorrow: left unknown"
    )


def clean(raw: RawDocument) -> Article:
    """Clean one raw document. Raises ``InputError`` naming the input when it is not a report."""
    text, encoding = decode(raw.origin, raw.data, raw.hints.get("charset"))  # 1
    hints = dict(raw.hints)
    page_date = None
    live: LiveText | None = None
    if raw.media_type == "text/html":  # 2e: a news site's live page (clean/liveblog.py)
        live = read_liveblog(raw.origin, text)
        if live is not None and live.published and not hints.get("published"):
            hints["published"] = live.published.isoformat()
    if raw.media_type == "text/html" and live is None:  # 2
        page = extract_html(raw.origin, text)
        text = page.text
        hints.setdefault("title", page.title or "")
        hints.setdefault("source", page.sitename or "")
        hints.setdefault("author", page.author or "")
        hints.setdefault("url", page.url or "")
        page_date = page.date
    hints = {k: v for k, v in hints.items() if v}
    layout: list[str] = []
    sheet = read_sheet(text, raw.origin) if raw.media_type in SHEET_TYPES else None
    if sheet is not None:  # 2a: a spreadsheet's incident log, one paragraph a row (clean/sheet.py)
        text = "\n\n".join(sheet.paragraphs)
        layout.extend(sheet.notes)
        if sheet.title:
            hints.setdefault("title", sheet.title)
        if sheet.published:
            hints.setdefault("published", sheet.published.isoformat())
    chat = read_chat(raw.origin, text) if raw.media_type == CHAT_KIND else None
    subs = None
    if live is not None:
        # written entry by entry from the page's markup: its chrome is already out, and an
        # entry's short line is no title or caption to drop
        doc = Scraped(lines=live.paragraphs, title=hints.get("title") or live.title)
        doc.notes.extend(live.notes)
    elif raw.media_type in SUBTITLE_KINDS:  # 2d: a video's subtitles (clean/subtitles.py)
        subs = truecased(read_cues(read_subtitles(raw.origin, text, raw.media_type)))
        if subs.published and not hints.get("published"):
            hints["published"] = subs.published.isoformat()
        # written cue by cue: no page debris to scrape, and a caption is no title to drop
        doc = Scraped(lines=subs.paragraphs, title=hints.get("title"))
        doc.notes.extend(subs.notes)
    elif chat is not None:  # 2c: a chat export, its messages as dated entries (clean/telegram.py)
        if chat.published and not hints.get("published"):
            hints["published"] = chat.published.isoformat()
        # written by clean/telegram.py line by line: no page debris to scrape, and a channel's
        # repeated post or unpunctuated headline is no caption or title to drop
        doc = Scraped(lines=chat.paragraphs, title=hints.get("title") or chat.title)
        doc.notes.extend(chat.notes)
    else:
        if raw.media_type != "text/html":  # 2b: text copied out of a PDF (clean/pdf.py)
            text = unwrap_pdf(text, layout)
        doc = scrape(text, title_hint=hints.get("title"))  # 3
        doc.notes[:0] = layout
    if not doc.lines and doc.title and not hints.get("title"):
        # A one-paragraph report without a final full stop (a JSONL snippet) is the report,
        # not its own headline: scrape took its only line as the title.
        doc.lines, doc.title = [doc.title], None
        doc.notes.append("the only line is the report, not a title")
    body = "\n\n".join(doc.lines)
    if count_words(body) < setting("clean.min_words"):
        raise InputError(raw.origin, f"no report text after cleaning ({count_words(body)} words)")
    url = hints.get("url") or (raw.origin if raw.origin.startswith("http") else None)
    # a log's rows and a chat's messages open on their own dates: none is the document's dateline
    if sheet is not None or chat is not None or live is not None:
        kind = "a log's rows" if sheet is not None else "a chat's messages"
        line = Dateline(None, kind if live is None else "a live page's entries", "")
    elif subs is not None and not subs.dateline:  # no caption dates the video
        line = Dateline(None, "a video's subtitles with no dated caption", "")
    else:
        line = read_dateline(body, url=url)
    if doc.date_raw and any(n.startswith(DESK_NOTE) for n in doc.notes):
        # a security desk's title dates it; its first line ("DTG: 1 April 2024") is an
        # incident's day, no dateline (clean/desk.py)
        line = Dateline(None, "a security desk's document, dated by its title", "")
    dated = line
    if line.date is None:  # no date in the body's head: an editor's note that ends on one
        # ("Originally published by a Bamako daily, 13 February 2024."), else the title's
        # (a live blog's "..., August 23, 2025")
        later = read_note_date(body) or read_title_date(doc.title, body)
        if later is not None:
            dated = Dateline(later.date, f"{line.how}; {later.how}", "")
    date = _publication(doc.date_raw or page_date, hints.get("published"), body, dated)  # 4
    date = _bounded(date)
    notes = [*doc.notes, f"published: {date.how}"]
    if encoding != "utf-8":
        notes.append(f"decoded as {encoding}")
    rows = _rows(body, sheet) if sheet is not None else ()
    messages = _messages(body, chat) if chat is not None else ()
    cues = _cues(body, subs) if subs is not None else ()
    content_hash = sha256(body.encode("utf-8"))  # 5
    language = read_language(body)
    return Article(
        id=article_id(content_hash),
        origin=raw.origin,
        title=doc.title,
        published=date.date,
        published_resolution=date.how,
        source=hints.get("source") or doc.outlet,
        original_source=hints.get("original_source") or doc.original_source,
        author=hints.get("author") or doc.author,
        url=url,
        language=str(language),
        word_count=count_words(body),
        site_word_count=doc.site_word_count,
        text=body,
        content_hash=content_hash,
        raw_hash=sha256(raw.data),
        media_type=raw.media_type,
        notes=tuple(notes),
        # a dated caption written first is the clip's dateline whole (clean/subtitles.py)
        dateline_end=len(doc.lines[0]) if subs and subs.dateline else dateline_end(body, line),
        # given only when there are rows: passing the empty default made ingest's memory grow
        # with the lines read (~200 bytes an article, allocated at this call by tracemalloc's
        # account, alive after the batch; which object holds them was not found: no article's
        # own field set survives). tests/test_ingest_streaming.py's flat-memory test fails else.
        **({"rows": rows} if rows else {}),
        **({"messages": messages} if messages else {}),
        **({"cues": cues} if cues else {}),
        stage=STAGE,
    )


def _rows(body: str, sheet: Sheet) -> tuple[SheetRow, ...]:
    """Each row's paragraph found in ``body`` (in order; one that scraping changed is left
    out), with the cells it does not write."""
    rows = []
    at = 0
    for paragraph, cells in zip(sheet.paragraphs, sheet.cells, strict=True):
        start = body.find(paragraph, at)
        if start < 0 or (start > 0 and body[start - 1] != "\n"):
            continue
        at = start + len(paragraph)
        rows.append(
            SheetRow(
                start=start,
                end=at,
                words=start + cells.head,
                killed=cells.killed,
                perpetrator=cells.perpetrator,
                target=cells.target,
            )
        )
    return tuple(rows)


def _messages(body: str, chat: ChatText) -> tuple[ChatMessage, ...]:
    """Each written message's paragraphs found in ``body`` (in order), with its export id."""
    out = []
    at = 0
    for w in chat.written:
        first = body.find(w.paragraphs[0], at)
        if first < 0:
            continue
        end = first
        for paragraph in w.paragraphs:
            found = body.find(paragraph, end)
            end = found + len(paragraph) if found >= 0 else end
        at = end
        m = w.message
        out.append(
            ChatMessage(
                id=m.id,
                start=first,
                end=end,
                words=first + len(w.head),
                date=m.date,
                forwarded_from=m.forwarded_from,
                reply_to=m.reply_to,
            )
        )
    return tuple(out)


def _cues(body: str, subs: SubtitleText) -> tuple[SubtitleCue, ...]:
    """Each cue's span in ``body`` (clean/subtitles.py wrote the paragraphs ``body`` joins, so
    the spans are the body's own; one that does not fit is left out)."""
    return tuple(
        SubtitleCue(**s.__dict__) for s in subs.spans if 0 <= s.start <= s.end <= len(body)
    )


def dateline_end(body: str, line: Dateline) -> int | None:
    """Where ``line``, the dateline that opens a paragraph of the body's head, ends, or None.

    The date it prints (or the place alone) was read as metadata; the words must not be read
    again as report ("KHARTOUM, May 23, 2023 - Residents said ..." would make "KHARTOUM" the
    residents' name and the claimant of every event)."""
    words = line.words.strip()
    if not words:
        return None
    at = body.find(words)
    if at < 0 or (at > 0 and body[at - 1] != "\n"):
        return None
    return at + len(words)


__all__ = ["clean"]
