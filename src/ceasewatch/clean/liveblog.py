"""A news site's live page saved as HTML: each time-stamped entry read as an entry of its day.

A live page (a war's, a coup's or a protest's running coverage) holds, under its headline block,
a box repeating the main entries in one line each ("Key events", "Summary", "What we know so
far"), then 8-20 entries newest first, each with its own stamp ("14:32 GMT", "21:35 (Kyiv
time)", "Posted 2:32 p.m. EAT", "2h ago" beside a ``<time datetime>``), day separators
("Wednesday 16 October") where the entries cross midnight, pinned posts, embedded officials'
posts with their own dates, video captions, "Read more:" links and a sign-off. trafilatura reads
such a page as one article: the stamps, the separators and sometimes the box's lines come out
as loose paragraphs, and every entry takes the page's first publication date.

Here the page is read from its markup, before trafilatura (``read_liveblog``):

1. the feed: the element whose children hold the most time stamps (a ``<time>`` element or a
   short element whose whole text is a stamp); at least ``min_entries`` of them with a sentence
   of prose (``clean/data/liveblog.yaml``) make a live page, unless the run is readers'
   comments (its classes say so) or the page holds more prose outside the run than in it (an
   article with a list of stamped items); else the page is read as any page. Only the feed
   is read: the headline block, the key-events box, menus, most-read lists and the footer lie
   outside it (one incident, one event: the box's one-liners are not coded again beside their
   entries); a box line whose names and figures no entry holds (an incident only the box
   tells) is written after the entries, under the page's day.
2. each entry's day and clock: a ``<time datetime>`` gives the instant, the clock it shows
   beside it the local time (the difference is the page's zone), so an entry after midnight
   belongs to the new day; a bare clock takes the day of the separator above it, else the
   page's day, and a clock later than the entry above it on a newest-first page is the day
   before; "2h ago" counts back from the page's own modified time (meta tags), never from
   today's clock. No entry is later than the page's day.
3. the entries written oldest first (a page printed newest first is turned round, so that an
   entry updating an earlier one follows it, as a channel's posts do: extract/continuation.py
   rule 9), each day opened by its header ("Thursday, 31 October 2024") and each entry by its
   clock ("02:05 - <its paragraphs>"): extract reads the header as the day of the entries
   under it, and an entry's own words ("on Wednesday evening") as their date (a date written
   into every entry would be the sentence's first date and hide them); its heading goes when the
   entry has prose (it repeats it); captions, "Read more" links, share buttons and pinned
   labels go; an embedded post is its own paragraph, a quotation dated by its own stamp
   ('<author> posted on 31 October 2024: "<text>"'); furniture paragraphs (a sign-off, a
   link line) go.

The page's day (its last update) dates the article. Offsets: the article text is the written
entries, and every evidence span indexes it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.html
import yaml
from lxml import etree

from ceasewatch import datefrag as df
from ceasewatch.clean.html import block_lines
from ceasewatch.daynames import FULL_WEEKDAYS, MONTHS
from ceasewatch.model import LIVE_NOTE

DATA = Path(__file__).with_name("data") / "liveblog.yaml"

NOTE = LIVE_NOTE
_STAMP_MAX = 48
# The whole text of a stamp element: an optional label, an optional day and month, the clock
# (24-hour with ":" or ".", or 12-hour with am/pm), an optional zone ("GMT", "BST", "EAT",
# "GMT+3", "(Kyiv time)", "local time").
_ZONE = (
    r"(?:[A-Z]{2,5}(?:\s*[+\u2212-]\s*\d{1,2})?|\([^()]{1,30}\)|local\s+time"
    r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?(?:\s+time)?)"
)
STAMP = re.compile(
    r"^(?:(?:posted|updated|published|last\s+updated)\s*:?\s*(?:at\s+)?)?"
    rf"(?:(?:{df.month('smonth')})\.?\s+(?P<sday>{df.DAY}),?\s+(?:at\s+)?"
    rf"|(?P<sday2>{df.DAY})\s+(?:{df.month('smonth2')})\.?,?\s+(?:at\s+)?)?"
    rf"(?P<hour>{df.HOUR})[:.](?P<minute>{df.MINUTE})"
    rf"(?:\s*(?P<ampm>{df.ci(df.AMPM)}))?(?:\s*{_ZONE})?$",
    re.I,
)
RELATIVE = re.compile(
    r"^(?:(?:posted|updated)\s+)?(?P<n>\d{1,3}|an?|one)\s*"
    r"(?P<unit>s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago$",
    re.I,
)
JUST_NOW = re.compile(r"^just\s+now$", re.I)
DAY_HEADING = re.compile(
    rf"^(?:(?:{df.WEEKDAY}|{df.WEEKDAY_ABBR})\.?,?\s+)?"
    rf"(?:(?P<day>{df.DAY})(?:{df.ORDINAL})?\s+{df.month()}\.?"
    rf"|{df.month('month2')}\.?\s+(?P<day2>{df.DAY})(?:{df.ORDINAL})?)"
    rf"(?:,?\s+(?P<year>{df.YEAR}))?$",
    re.I,
)
_INSTANT_ATTRS = ("datetime", "data-ts", "data-timestamp", "data-time", "data-datetime")
_SENTENCE = re.compile(r"\w[^.!?]{20,}[.!?]")
_DROP = (
    *("script", "style", "noscript", "iframe", "svg", "button", "form", "nav", "figure"),
    *("figcaption", "video", "audio", "picture", "img"),
)
_BLOCKS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_EMBED = re.compile(r"twitter|tweet|x-post|instagram|facebook|telegram|embed|social-post", re.I)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_MONTH_NUMBER = {name.lower(): number for name, number in MONTHS.items()}
# a box line's day or month names are no marks of its incident ("Monday's clash")
_CALENDAR = frozenset(_MONTH_NUMBER) | frozenset(d.lower() for d in FULL_WEEKDAYS)


@dataclass(frozen=True)
class Words:
    min_entries: int
    furniture: re.Pattern[str]
    furniture_class: re.Pattern[str]


@cache
def words(path: Path = DATA) -> Words:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    classes = "|".join(re.escape(str(c)) for c in doc["furniture_classes"])
    return Words(
        min_entries=int(doc["min_entries"]),
        furniture=re.compile("(?:" + "|".join(doc["furniture"]) + ")", re.I),
        furniture_class=re.compile(rf"(?:{classes})", re.I),
    )


@dataclass(frozen=True)
class Stamp:
    """What an entry's stamp says: an instant, a clock, a day, or a time before the save."""

    instant: dt.datetime | None = None  # from <time datetime>, as written
    clock: tuple[int, int] | None = None  # the local clock shown
    day: tuple[int, int] | None = None  # (month, day) shown with the clock
    ago: dt.timedelta | None = None


@dataclass
class LiveText:
    paragraphs: list[str]
    published: dt.date | None
    title: str | None
    notes: list[str] = field(default_factory=list)


def _text(el: etree._Element) -> str:
    return " ".join(str(el.text_content()).split())


def _read_stamp_text(text: str) -> Stamp | None:
    m = STAMP.match(text)
    if m is not None:
        hour, minute = int(m["hour"]), int(m["minute"])
        if m["ampm"]:
            if hour > 12:
                return None
            hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        day = None
        name = m["smonth"] or m["smonth2"]
        if name:
            month = _MONTH_NUMBER.get(name.lower().rstrip("."))
            if month is not None:
                day = (month, int(m["sday"] or m["sday2"]))
        return Stamp(clock=(hour, minute), day=day)
    m = RELATIVE.match(text)
    if m is not None:
        n = int(m["n"]) if m["n"].isdigit() else 1
        return Stamp(ago=dt.timedelta(seconds=n * _UNITS[m["unit"][0].lower()]))
    if JUST_NOW.match(text):
        return Stamp(ago=dt.timedelta(0))
    return None


def _iso(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _is_stamp(el: etree._Element) -> Stamp | None:
    """The stamp an element is, or None: a <time> with a datetime or a stamp's text, or a short
    element whose whole text is a stamp."""
    if not isinstance(el.tag, str):
        return None
    text = _text(el)
    if el.tag == "time":
        shown = _read_stamp_text(text) if len(text) <= _STAMP_MAX else None
        instant = _iso(el.get("datetime"))
        if instant is None and shown is None:
            return None
        if shown is None:
            return Stamp(instant=instant)
        return Stamp(instant=instant, clock=shown.clock, day=shown.day, ago=shown.ago)
    if len(text) > _STAMP_MAX or not text:
        return None
    shown = _read_stamp_text(text)
    if shown is None:
        return None
    # a stamp's instant in an attribute ("data-ts", "data-timestamp")
    instant = next((_iso(el.get(a)) for a in _INSTANT_ATTRS if el.get(a)), None)
    return Stamp(instant=instant, clock=shown.clock, day=shown.day, ago=shown.ago)


def _inside(el: etree._Element, tag: str) -> bool:
    return any(a.tag == tag for a in el.iterancestors())


def _stamps(root: etree._Element) -> list[etree._Element]:
    """Stamp elements, innermost first kept (a <p> around a <strong> stamp is the same stamp),
    none inside an embedded quote."""
    found = [
        el for el in root.iter() if _is_stamp(el) is not None and not _inside(el, "blockquote")
    ]
    chosen = set(found)
    for el in found:
        for a in el.iterancestors():
            chosen.discard(a)
    return [el for el in found if el in chosen]


def _feed(stamps: list[etree._Element]) -> tuple[etree._Element, dict[int, etree._Element]] | None:
    """The element whose children hold the most stamps, and each such child's first stamp."""
    best: tuple[int, int, etree._Element, dict[int, etree._Element]] | None = None
    holders: dict[etree._Element, dict[int, etree._Element]] = {}
    for stamp in stamps:
        child = stamp
        for parent in stamp.iterancestors():
            kids = holders.setdefault(parent, {})
            index = parent.index(child)
            kids.setdefault(index, stamp)
            child = parent
    for parent, kids in holders.items():
        depth = sum(1 for _ in parent.iterancestors())
        if best is None or (len(kids), depth) > (best[0], best[1]):
            best = (len(kids), depth, parent, kids)
    if best is None:
        return None
    return best[2], best[3]


_BOX = re.compile(r"key|summary|what-we-know|highlights|takeaways|at-a-glance", re.I)
_NAME_OR_FIGURE = re.compile(r"(?<!^)(?<![.:;!?]\s)\b[A-Z][\w'\u2019-]+|\d[\d:.,]*")


def _box_lines(root: etree._Element, feed: etree._Element) -> list[str]:
    """The one-line items of the page's key-events box (outside the feed)."""
    out: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not _BOX.search(el.get("class") or ""):
            continue
        if any(a is feed for a in el.iterancestors()) or el is feed:
            continue
        if any(
            isinstance(a.tag, str) and _BOX.search(a.get("class") or "") for a in el.iterancestors()
        ):
            continue
        out.extend(t for t in (_text(li) for li in el.iter("li")) if t)
    return out


def _told(line: str, entries: str) -> bool:
    """An entry tells the box's line: its names and figures are all in the entries' words (a
    line with none of them cannot be told apart: it counts as told)."""
    marks = [re.sub(r"['\u2019]s$", "", m.rstrip(".,:")) for m in _NAME_OR_FIGURE.findall(line)]
    marks = [m for m in marks if not m.isupper() and m.lower() not in _CALENDAR]
    return all(m in entries for m in marks)


_COMMENTS = re.compile(r"comment|repl(?:y|ies)|discussion|respon[sd]|disqus|forum", re.I)


def _comments(feed: etree._Element) -> bool:
    """The stamped run is readers' comments (the container, an ancestor or its items say so):
    an article's comment thread is no live page."""
    for el in [feed, *feed.iterancestors(), *feed[:3]]:
        if isinstance(el.tag, str) and _COMMENTS.search(
            f"{el.get('class', '')} {el.get('id', '')}"
        ):
            return True
    return False


def _article_beside(root: etree._Element, feed: etree._Element) -> bool:
    """More prose outside the stamped run than inside it: an article with a list of stamped
    items (comments, other stories, a timeline box), not a live page."""
    inside = outside = 0
    for p in root.iter("p"):
        text = _text(p)
        if not _SENTENCE.search(text):
            continue
        words = len(text.split())
        if any(a is feed for a in p.iterancestors()):
            inside += words
        else:
            outside += words
    return outside > inside


def _day_heading(text: str, page_day: dt.date) -> dt.date | None:
    m = DAY_HEADING.match(text)
    if m is None:
        return None
    name = (m["month"] or m["month2"] or "").lower().rstrip(".")
    month = _MONTH_NUMBER.get(name)
    if month is None:
        return None
    day = int(m["day"] or m["day2"])
    year = int(m["year"]) if m["year"] else page_day.year
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not m["year"] and date > page_day:
        date = date.replace(year=year - 1)
    return date


def _meta(root: etree._Element, *names: str) -> dt.datetime | None:
    for name in names:
        for el in root.iter("meta"):
            if name in (el.get("property"), el.get("name"), el.get("itemprop")):
                value = _iso(el.get("content"))
                if value is not None:
                    return value
    return None


def _paragraphs(entry: etree._Element, stamp: etree._Element, w: Words) -> list[str]:
    """An entry's own paragraphs: its stamp, heading (when it has prose), media, links to
    other stories and labels out; an embedded post as a paragraph of its own, dated."""
    entry = _copy(entry, stamp)
    embeds = []
    for quote in list(entry.iter("blockquote")):
        if _EMBED.search(quote.get("class") or "") or quote.find(".//a") is not None:
            embeds.append(_embedded(quote))
            quote.drop_tree()
    for bad in [el for el in entry.iter(*_DROP)] + [
        el
        for el in entry.iter()
        if isinstance(el.tag, str) and w.furniture_class.search(el.get("class") or "")
    ]:
        if bad.getparent() is not None:
            bad.drop_tree()
    whole = lxml.html.fromstring(lxml.html.tostring(entry))
    heads = [h for h in entry.iter(*_HEADINGS)]
    body = [p for p in _blocks(entry, skip=heads) if p]
    if any(_SENTENCE.search(p) for p in body):
        out = body
    else:  # no prose under the heading: the heading is the entry's words
        out = [p for p in _blocks(whole, skip=[]) if p]
    out = [p for p in out if not w.furniture.match(p)]
    return out + [e for e in embeds if e]


def _copy(entry: etree._Element, stamp: etree._Element) -> etree._Element:
    """The entry without its stamp (a copy: the page stays as saved)."""
    path = []
    node = stamp
    while node is not entry and node is not None:
        parent = node.getparent()
        if parent is None:
            break
        path.append(parent.index(node))
        node = parent
    clone = lxml.html.fromstring(lxml.html.tostring(entry))
    target = clone
    for index in reversed(path):
        target = target[index]
    if target is not clone:
        target.drop_tree()
    return clone


def _blocks(root: etree._Element, skip: list[etree._Element]) -> list[str]:
    for el in skip:
        if el.getparent() is not None:
            el.drop_tree()
    return block_lines(root, _BLOCKS)


_SIGNED = re.compile(
    rf"[\u2014\u2013-]\s*(?P<who>[^\u2014\u2013]{{2,80}}?)\s*(?P<date>{df.written_date()})\s*$",
    re.I,
)


def _embedded(quote: etree._Element) -> str:
    """An embedded post as the quotation it is: '<author (@handle)> posted on 31 October 2024:
    "<its words>"'; the signature line ("— Name (@handle) October 31, 2024") gives the author
    and the date. Quoted so, an official's words are read as speech, not as the page's report
    (extract/modality.py: a quotation under a speech verb)."""
    text = _text(quote)
    sign = _SIGNED.search(text)
    date = df.read(sign) if sign is not None else None
    if sign is None or date is None:
        return text
    said = text[: sign.start()].strip()
    said = said.strip('"\u201c\u201d')
    return f'{sign["who"]} posted on {_written(date)}: "{said}"' if said else ""


def _written(date: dt.date) -> str:
    return f"{date.day} {date.strftime('%B')} {date.year}"


def read_liveblog(origin: str, html: str) -> LiveText | None:
    """The page's entries as dated paragraphs, or None when the page is no live page."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    w = words()
    stamps = _stamps(root)
    if len(stamps) < w.min_entries:
        return None
    found = _feed(stamps)
    if found is None:
        return None
    feed, kids = found
    prose = sum(1 for i in kids if _SENTENCE.search(_text(feed[i])))
    if prose < w.min_entries or _comments(feed) or _article_beside(root, feed):
        return None
    modified = _meta(
        root, "article:modified_time", "og:updated_time", "dateModified", "article:published_time"
    )
    instants = [s.instant for s in (_is_stamp(kids[i]) for i in kids) if s and s.instant]
    if modified is None and instants:
        modified = max(instants)
    if modified is None:
        return None
    page_day = modified.date()
    title = root.findtext(".//title")
    h1 = root.find(".//h1")
    headline = _text(h1) if h1 is not None else (title or "").strip() or None

    # 2. each entry's day and clock, in the page's order: the feed's entries, and those of the
    # same kind (tag and class) elsewhere with prose (a page split into "Latest" and "Earlier")
    items = _items(root, feed, [feed[i] for i in kids], set(stamps), page_day)
    nodes = [el for el, _ in items]
    entries: list[tuple[int, Stamp]] = []
    separators: dict[int, dt.date] = {}
    stamp_of: dict[int, etree._Element] = {}
    for index, (_el, found_stamp) in enumerate(items):
        if isinstance(found_stamp, dt.date):
            separators[index] = found_stamp
            continue
        stamp = _is_stamp(found_stamp)
        if stamp is not None:
            entries.append((index, stamp))
            stamp_of[index] = found_stamp
    zone = _zone(entries)
    days = _days(entries, separators, page_day, modified, zone, nodes)

    # 3. the entries written
    paragraphs: list[str] = []
    written = 0
    dated = list(zip(entries, days, strict=True))
    keys = [(day, clock or (0, 0)) for day, clock in days]
    newest_first = sum(a > b for a, b in itertools.pairwise(keys)) > sum(
        a < b for a, b in itertools.pairwise(keys)
    )
    if newest_first:  # written oldest first, as a channel's posts: an update follows its news
        dated.reverse()
    current: dt.date | None = None
    for (index, _stamp), (day, clock) in dated:
        body = _paragraphs(nodes[index], stamp_of[index], w)
        if not body:
            continue
        if day != current:  # the day's header, as a live blog's day separator
            paragraphs.append(f"{day.strftime('%A')}, {_written(day)}")
            current = day
        if clock is not None:
            body[0] = f"{clock[0]:02d}:{clock[1]:02d} - {body[0]}"
        paragraphs.extend(body)
        written += 1
    if not written:
        return None
    # the key-events box: a line no entry tells (its names and figures in none) is kept, under
    # the page's day; a line an entry tells is that entry's incident told again
    told = " ".join(paragraphs)
    box = [line for line in _box_lines(root, feed) if not _told(line, told)]
    if box:  # the page's latest state, after its entries
        if current != page_day:
            paragraphs.append(f"{page_day.strftime('%A')}, {_written(page_day)}")
        paragraphs.extend(box)
    notes = [
        f"{NOTE}: {written} of {len(entries)} time-stamped entries written as dated entries"
        f" ({len(separators)} day separator(s)), {'oldest first' if newest_first else 'in order'};"
        " the page's headline block, key-events box and"
        f" furniture out; dated by its last update, {page_day.isoformat()}"
    ]
    return LiveText(paragraphs, page_day, headline, notes)


def _items(
    root: etree._Element,
    feed: etree._Element,
    sample: list[etree._Element],
    stamps: set[etree._Element],
    page_day: dt.date,
) -> list[tuple[etree._Element, etree._Element | dt.date]]:
    """The page's entries (each with its first stamp) and day separators, in page order."""
    kinds = Counter((el.tag, el.get("class")) for el in sample)
    kind = kinds.most_common(1)[0][0]
    out: list[tuple[etree._Element, etree._Element | dt.date]] = []

    def walk(el: etree._Element) -> None:
        for child in el:
            if not isinstance(child.tag, str) or child.tag in ("blockquote", "script", "style"):
                continue
            stamp = next((d for d in child.iter() if d in stamps), None)
            if stamp is not None and (
                child.getparent() is feed
                or ((child.tag, child.get("class")) == kind and _SENTENCE.search(_text(child)))
            ):
                out.append((child, stamp))
                continue
            text = _text(child)
            day = _day_heading(text, page_day) if len(text) <= 40 else None
            if day is not None:
                out.append((child, day))
                continue
            walk(child)

    walk(root)
    return out


def _zone(entries: list[tuple[int, Stamp]]) -> dt.timedelta | None:
    """The page's zone: the shown clock minus the instant's, where an entry shows both."""
    for _, s in entries:
        if s.instant is not None and s.clock is not None:
            shown = s.clock[0] * 60 + s.clock[1]
            utc = s.instant.hour * 60 + s.instant.minute
            delta = (shown - utc) % (24 * 60)
            if delta > 14 * 60:
                delta -= 24 * 60
            return dt.timedelta(minutes=delta)
    return None


def _days(
    entries: list[tuple[int, Stamp]],
    separators: dict[int, dt.date],
    page_day: dt.date,
    modified: dt.datetime,
    zone: dt.timedelta | None,
    feed: list[etree._Element],
) -> list[tuple[dt.date, tuple[int, int] | None]]:
    clocks = [s.clock for _, s in entries if s.instant is None and s.clock and s.day is None]
    ups = sum(1 for a, b in itertools.pairwise(clocks) if b > a)
    downs = sum(1 for a, b in itertools.pairwise(clocks) if b < a)
    newest_first = downs >= ups
    order = list(range(len(entries))) if newest_first else list(reversed(range(len(entries))))
    out: dict[int, tuple[dt.date, tuple[int, int] | None]] = {}
    day = page_day
    last: tuple[int, int] | None = None
    current: dt.date | None = None
    for k in order:
        index, s = entries[k]
        above = [separators[i] for i in sorted(separators) if i < index]
        if above and above[-1] != current:  # a day separator above the entry sets its day
            current = day = above[-1]
            last = None
        date: dt.date
        clock = s.clock
        if s.instant is not None:
            local = s.instant
            if (
                s.clock is not None
                and zone is not None
                and s.instant.utcoffset() == dt.timedelta(0)
            ):
                local = s.instant + zone
            elif s.clock is None and zone is not None and local.utcoffset() == dt.timedelta(0):
                local = local + zone
            if s.clock is None:
                clock = (local.hour, local.minute)
            date = local.date()
        elif s.day is not None:
            try:
                date = dt.date(page_day.year, *s.day)
            except ValueError:
                date = day
            if date > page_day:
                date = date.replace(year=date.year - 1)
        elif s.ago is not None:
            then = modified - s.ago
            date, clock = then.date(), (then.hour, then.minute)
        elif s.clock is not None:
            if (
                last is not None
                and not _pinned(feed[index])
                and ((newest_first and s.clock > last) or (not newest_first and s.clock < last))
            ):
                day -= dt.timedelta(days=1)
            date = day
            if not _pinned(feed[index]):
                last = s.clock
        else:
            date = day
        out[k] = (min(date, page_day), clock)
    return [out[k] for k in range(len(entries))]


def _pinned(el: etree._Element) -> bool:
    cls = " ".join(str(e.get("class") or "") for e in el.iter() if isinstance(e.tag, str))
    return "pinned" in cls.lower()


__all__ = ["NOTE", "LiveText", "read_liveblog"]
