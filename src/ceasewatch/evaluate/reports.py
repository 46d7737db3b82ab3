"""The reports set (data/eval/world/reports/*.jsonl): whole articles with every event they report.

The world and notes sets have one event per item, so they cannot show what goes wrong on a real
article: a statement or threat coded as an attack, an old massacre recalled in the fifth
paragraph coded on today's date, a detention told as a state coded as a new arrest, a figurative
"battle", a speaker's city taken for the event's place. Here an article carries a list of gold
events (every event an ACLED coder would code from it, each with its own date and place; empty
for an article that reports none) and a list of *background* events (mentioned, but older than
the reporting window, so a coder would not code them from this article).

Each article is fed exactly as a user would feed it (``world.read_as_user``: a text file read
through ingest and clean). Per article, predicted and gold events are paired one to one
(``pair``): a pair must match (``world.matches``: date within ``DATE_WINDOW_DAYS``, place within
``PLACE_KM`` km or the same admin1); among candidates the same sub-event type, then the same
event type, then the nearer point wins. Scores:

- events: precision = predicted events paired with a gold event / predicted events that are not
  background (a predicted event that matches a background event at its own date is neither a hit
  nor a false positive; one dated today is a false positive); recall = gold events paired;
- the same with any date (pairing by place alone), so that date and place errors can be told
  apart;
- over gold events (an unpaired gold event is wrong on each): event type, sub-event weighted F1,
  actor1 found, fatalities exact;
- non-event articles with no event (precision).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ceasewatch.errors import InputError
from ceasewatch.evaluate.harness import Run, require, run_pipeline
from ceasewatch.evaluate.metrics import Counts, classification_scores, select, tally
from ceasewatch.evaluate.report import FieldScore, SetReport, from_classes, from_counts, from_tally
from ceasewatch.evaluate.world import (
    DATE_WINDOW_DAYS,
    NO_EVENT,
    Gold,
    fatalities_ok,
    find_world,
    matches,
    place_ok,
    read_as_user,
    same_actor,
)
from ceasewatch.geo import km_between
from ceasewatch.model import Event
from ceasewatch.pipeline import Resources

NAME = "world_reports"
DESCRIPTION = (
    "Whole articles with every event they report, fed as text files: event precision and"
    " recall, type, sub-event, actor1, toll."
)
REPORTS_DIR = "reports"  # data/eval/world/reports/*.jsonl: one file per writer


@dataclass(frozen=True)
class Background:
    """An event the article recalls but a coder would not code from it (too old)."""

    date: dt.date | None  # None: the text gives no date for it
    gold: Gold  # its place (and sub-event type) in the gold event's shape


@dataclass(frozen=True)
class Report:
    key: str
    id: str
    text: str  # the article as the user saved it: plain text, or the page's HTML (suffix .html)
    golds: tuple[Gold, ...]  # empty: the article reports no event
    background: tuple[Background, ...]
    suffix: str = ".txt"  # the file the user has: ``<id>.txt``, ``<id>.html`` for a saved page,
    # or the record's own ``suffix`` (``.csv``, ``.tsv``: a spreadsheet exported as text; ``.json``:
    # a messaging app's export, e.g. Telegram Desktop's machine-readable chat history; ``.srt``,
    # ``.vtt``: a video's subtitles, SubRip or WebVTT)


# the files a ``text`` record may be
TEXT_SUFFIXES = frozenset({".txt", ".csv", ".tsv", ".json", ".srt", ".vtt"})


# --- loading ------------------------------------------------------------------------------------


def _float(value: Any) -> float:
    """A coordinate, or NaN when the gold has none (then only admin1 can match the place)."""
    return math.nan if value is None else float(value)


def _gold(event: dict[str, Any], date: dt.date | None = None) -> Gold:
    return Gold(
        date=date or dt.date.fromisoformat(event["event_date"]),
        event_type=event.get("event_type") or "",
        sub_event_type=event["sub_event_type"],
        actor1=event.get("actor1") or "",
        country=event["country"],
        admin1=event.get("admin1") or "",
        latitude=_float(event.get("latitude")),
        longitude=_float(event.get("longitude")),
        fatalities=event.get("fatalities"),
    )


def _background(event: dict[str, Any]) -> Background:
    date = dt.date.fromisoformat(event["event_date"]) if event.get("event_date") else None
    return Background(date=date, gold=_gold(event, date or dt.date.min))


def _report(row: dict[str, Any], where: str) -> Report:
    """A record holds the article as ``text`` (a plain-text file) or as ``html`` (a web page as
    a browser saves it, menus, bylines and related links included), never both. A ``text`` may
    name the file's ``suffix`` when the user's file is no ``.txt`` (``.csv``, ``.tsv``: an
    incident log exported from a spreadsheet; ``.json``: a chat app's export; ``.srt``, ``.vtt``: a
    video's subtitles); it is fed under that name, as the user would."""
    try:
        if ("text" in row) == ("html" in row):
            raise KeyError("exactly one of 'text' and 'html'")
        page = "html" in row
        suffix = ".html" if page else row.get("suffix", ".txt")
        if suffix not in TEXT_SUFFIXES | {".html"} or (page and "suffix" in row):
            raise ValueError(f"suffix {row.get('suffix')!r}: text in {sorted(TEXT_SUFFIXES)}")
        return Report(
            key=f"{NAME}:{row['id']}",
            id=row["id"],
            text=row["html"] if page else row["text"],
            golds=tuple(_gold(e) for e in row["events"]),
            background=tuple(_background(e) for e in row.get("background") or ()),
            suffix=suffix,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(where, f"malformed reports-set record: {exc}") from exc


def load_reports(folder: Path) -> list[Report]:
    """Every ``*.jsonl`` of ``folder`` in name order; an id used twice is an error naming both
    places."""
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        raise InputError(str(folder), f"{NAME} set: no *.jsonl files in this folder")
    reports: list[Report] = []
    seen: dict[str, str] = {}
    for path in files:
        require(path, f"{NAME} set ({path.name})")
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                report = _report(json.loads(line), f"{path}:{number}")
                if report.id in seen:
                    raise InputError(
                        str(path), f"id {report.id!r} already used in {seen[report.id]}"
                    )
                seen[report.id] = path.name
                reports.append(report)
    return reports


# --- pairing ------------------------------------------------------------------------------------


def _km(event: Event, gold: Gold) -> float:
    loc = event.location
    if loc is None or loc.latitude is None or loc.longitude is None or math.isnan(gold.latitude):
        return math.inf
    return km_between(loc.latitude, loc.longitude, gold.latitude, gold.longitude)


def pair(
    golds: Sequence[Gold], events: Sequence[Event], ok: Callable[[Event, Gold], bool] = matches
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, event index) of events that ``ok`` accepts: greedily, the
    same sub-event type first, then the same event type, then the nearer point."""
    candidates = sorted(
        (
            (
                events[e].sub_event_type != g.sub_event_type,
                events[e].event_type != g.event_type,
                _km(events[e], g),
                gi,
                e,
            )
            for gi, g in enumerate(golds)
            for e in range(len(events))
            if ok(events[e], g)
        ),
    )
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_event: set[int] = set()
    for *_, gi, e in candidates:
        if gi not in used_gold and e not in used_event:
            pairs.append((gi, e))
            used_gold.add(gi)
            used_event.add(e)
    return sorted(pairs)


def recalled(event: Event, background: Background) -> bool:
    """A predicted event that is a background event at the background event's own date. An
    undated background event excuses nothing: coded at all, it can only carry a date the text
    does not give it (mostly the article's own)."""
    return (
        background.date is not None
        and place_ok(event, background.gold)
        and event.event_date is not None
        and abs((event.event_date - background.date).days) <= DATE_WINDOW_DAYS
    )


@dataclass(frozen=True)
class ReportOutcome:
    """One article compared."""

    report: Report
    events: tuple[Event, ...]
    answers: tuple[Event | None, ...]  # per gold event: its paired prediction (None: missed)
    placed: int  # gold events paired by place alone (any date)
    excused: int  # unpaired predictions that are background events at their own date

    @property
    def hits(self) -> int:
        return sum(1 for a in self.answers if a is not None)

    @property
    def false_positives(self) -> tuple[Event, ...]:
        paired = {id(a) for a in self.answers if a is not None}
        spare = [e for e in self.events if id(e) not in paired]
        return tuple(e for e in spare if not any(recalled(e, b) for b in self.report.background))


def compare_report(report: Report, events: Sequence[Event]) -> ReportOutcome:
    pairs = dict(pair(report.golds, events))
    answers = tuple(events[pairs[gi]] if gi in pairs else None for gi in range(len(report.golds)))
    placed = len(pair(report.golds, events, place_ok))
    paired = set(pairs.values())
    spare = [e for i, e in enumerate(events) if i not in paired]
    excused = sum(1 for e in spare if any(recalled(e, b) for b in report.background))
    return ReportOutcome(
        report=report, events=tuple(events), answers=answers, placed=placed, excused=excused
    )


# --- scores -------------------------------------------------------------------------------------


def _counts(outcomes: Sequence[ReportOutcome], found: Callable[[ReportOutcome], int]) -> Counts:
    tp = sum(found(o) for o in outcomes)
    golds = sum(len(o.report.golds) for o in outcomes)
    counted = sum(len(o.events) - o.excused for o in outcomes)
    return Counts(tp=tp, fp=max(0, counted - tp), fn=golds - tp)


def score_reports(outcomes: Sequence[ReportOutcome]) -> list[FieldScore]:
    pairs = [(a, g) for o in outcomes for a, g in zip(o.answers, o.report.golds, strict=True)]
    subs = classification_scores(
        [g.sub_event_type for _, g in pairs],
        [NO_EVENT if a is None else a.sub_event_type for a, _ in pairs],
    )
    quiet = [not o.events for o in outcomes if not o.report.golds]
    return [
        from_counts(
            "events (matched by date and place)",
            _counts(outcomes, lambda o: o.hits),
            note="precision counts every predicted event but recalled background; recall every"
            " gold event",
        ),
        from_counts("events (matched by place, any date)", _counts(outcomes, lambda o: o.placed)),
        from_tally(
            "event type",
            tally(a is not None and a.event_type == g.event_type for a, g in pairs),
            aim=0.90,
        ),
        *from_classes("sub-event:", subs, aim=0.80),
        from_tally(
            "actor1 found",
            tally(
                a is not None and a.actor1 is not None and same_actor(a.actor1.name, g.actor1)
                for a, g in pairs
            ),
            aim=0.80,
        ),
        from_tally("fatalities exact", tally(fatalities_ok(a, g) for a, g in pairs), aim=0.80),
        from_tally("non-event articles with no event (precision)", tally(quiet)),
    ]


def report_notes(outcomes: Sequence[ReportOutcome], run: Run) -> tuple[str, ...]:
    golds = sum(len(o.report.golds) for o in outcomes)
    background = sum(len(o.report.background) for o in outcomes)
    predicted = sum(len(o.events) for o in outcomes)
    wrong = Counter(e.sub_event_type for o in outcomes for e in o.false_positives)
    missed = Counter(
        g.sub_event_type
        for o in outcomes
        for a, g in zip(o.answers, o.report.golds, strict=True)
        if a is None
    )
    return (
        f"{len(outcomes)} articles ({sum(1 for o in outcomes if not o.report.golds)} with no"
        f" event): {golds} gold events, {background} background events recalled in the text;"
        f" {predicted} predicted, {sum(o.excused for o in outcomes)} of them background at"
        " their own date.",
        "False positives by sub-event: "
        + (", ".join(f"{k} ×{n}" for k, n in wrong.most_common(6)) or "none")
        + ".",
        "Missed gold events by sub-event: "
        + (", ".join(f"{k} ×{n}" for k, n in missed.most_common(6)) or "none")
        + ".",
        f"{len(run.failures)} article(s) failed in the pipeline (scored as no event).",
    )


# --- running ------------------------------------------------------------------------------------


def run_reports(reports: Sequence[Report], resources: Resources) -> tuple[Run, list[ReportOutcome]]:
    """Every article read as a user's file, the pipeline run once over them all, each compared."""
    with tempfile.TemporaryDirectory(prefix="ceasewatch-reports-") as tmp:
        by_key = read_as_user(reports, Path(tmp))
    run = run_pipeline([by_key[r.key] for r in reports if r.key in by_key], resources)
    outcomes = [
        compare_report(r, run.events(by_key[r.key].id) if r.key in by_key else ()) for r in reports
    ]
    return run, outcomes


def evaluate_world_reports(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    """``world_reports``: data/eval/world/reports/*.jsonl, split dev/test by key as ``world``."""
    folder = find_world(data_dir, REPORTS_DIR) / REPORTS_DIR
    everything = load_reports(folder)
    chosen = select(everything, [r.key for r in everything], split, limit)
    run, outcomes = run_reports(chosen, resources)
    return SetReport(
        name=NAME,
        description=DESCRIPTION,
        split=split,
        items=len(chosen),
        total_items=len(everything),
        seconds=run.seconds,
        fields=tuple(score_reports(outcomes)),
        failures=tuple(run.failures),
        notes=report_notes(outcomes, run),
    )
