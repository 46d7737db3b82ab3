"""Every MISSED gold event and every FALSE prediction of the reports set's DEV half, by cause
(the dates, one-event-told-twice and which-place causes of helper pair19, session 19).

    PYTHONPATH=src python scripts/pair_causes.py [--all-rows]

Dev half only (the test half is numbers only). Causes, first that applies:

FALSE (a prediction paired with no gold event and not excused as background):
- ``no date``: the event has no date (the article's date was not found);
- ``twice: same sentence``: another prediction from the same sentence has the same sub-event
  type (one event read twice: two places of one event, two identical sub-events);
- ``twice: told again``: a paired prediction of the same sub-event type has the same date and
  lies within 25 km (the lead and the detail of one event);
- ``wrong date``: it matches an unpaired gold event by place but not by date;
- ``place (not mine)``: it matches an unpaired gold event by date and sub-event, not by place;
- ``other (not mine)``: none of these (non-events, background: helper prec19).

MISSED: ``no date`` / ``wrong date`` / ``place (not mine)`` by the same tests against the
unpaired predictions, else ``not found (not mine)``.

DATE OFF (helper dates20, session 20): a PAIRED prediction whose date is not the gold's (within
the scorer's window, so not a miss here, but the same reading a day or two further off is one),
and every ``wrong date`` / ``no date`` row above, by the form of the date in its sentence:
``told relative`` ("the following day", "hours later"), ``statement's day`` ("said on
Tuesday"), ``overnight``, ``live-blog entry``, ``carried`` (the sentence has no date: the date
told earlier), ``read`` (a weekday or date of its own).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports, run_reports
from ceasewatch.evaluate.world import WORLD_DIR, date_ok, place_ok
from ceasewatch.model import Event
from ceasewatch.pipeline import Resources


def _near(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return la is lb
    if la.name and la.name == lb.name:
        return True
    if None in (la.latitude, la.longitude, lb.latitude, lb.longitude):
        return False
    from ceasewatch.geo import km_between

    return km_between(la.latitude, la.longitude, lb.latitude, lb.longitude) <= 25.0  # type: ignore[arg-type]


_RELATIVE = re.compile(
    r"\b(?:following|next)\s+(?:day|morning|afternoon|evening|night)|days?\s+later"
    r"|hours\s+later|same\s+(?:day|night)|that\s+(?:day|night|evening)"
    r"|(?:previous|preceding)\s+(?:day|night|evening)|day\s+before",
    re.IGNORECASE,
)
_DATED = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|week|month|overnight"
    r"|january|february|march|april|may|june|july|august|september|october|november|december",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:said|told|announced|claimed|confirmed)\b[^.]{0,30}\b\w+day\b", re.I)


def date_form(sentence: str | None) -> str:
    """The form of the date in the sentence an event came from (module docstring)."""
    text = sentence or ""
    if re.match(r"^\W*(?:update\s*)?\d{1,2}[:.]\d\d", text, re.IGNORECASE):
        return "live-blog entry"
    if _RELATIVE.search(text):
        return "told relative"
    if _SAID.search(text):
        return "statement's day"
    if "overnight" in text.lower():
        return "overnight"
    return "read" if _DATED.search(text) else "carried"


def main(all_rows: bool) -> None:
    everything = load_reports(WORLD_DIR / REPORTS_DIR)
    dev = select(everything, [r.key for r in everything], "dev", None)
    _, outcomes = run_reports(dev, Resources())
    causes: dict[str, Counter[str]] = defaultdict(Counter)  # cause -> desk counts
    articles: dict[str, set[str]] = defaultdict(set)
    for o in outcomes:
        desk = o.report.id[:2]
        paired = [a for a in o.answers if a is not None]
        for g, a in zip(o.report.golds, o.answers, strict=True):
            if a is not None and a.event_date is not None and g.date is not None:
                off = (a.event_date - g.date).days
                if off:
                    sent = a.sentence.text if a.sentence else None
                    cause = f"DATE OFF {date_form(sent)}"
                    causes[cause][desk] += 1
                    articles[cause].add(o.report.id)
                    if all_rows:
                        print(f"{o.report.id}\t{cause}\t{off:+d} days: {sent}")
        missed = [g for g, a in zip(o.report.golds, o.answers, strict=True) if a is None]
        falses = list(o.false_positives)
        rows = []
        for e in falses:
            sent = e.sentence.text if e.sentence else None
            if e.event_date is None:
                cause = "FALSE no date"
            elif any(
                f is not e
                and f.sentence is not None
                and f.sentence.text == sent
                and f.sub_event_type == e.sub_event_type
                for f in o.events
            ):
                cause = "FALSE twice: same sentence"
            elif any(
                a.sub_event_type == e.sub_event_type
                and a.event_date == e.event_date
                and _near(a, e)
                for a in paired
            ):
                cause = "FALSE twice: told again"
            elif any(place_ok(e, g) and not date_ok(e, g) for g in missed):
                cause = "FALSE wrong date"
            elif any(
                date_ok(e, g) and not place_ok(e, g) and e.event_type == g.event_type
                for g in missed
            ):
                cause = "FALSE place (not mine)"
            else:
                cause = "FALSE other (not mine)"
            where = e.location.name if e.location else None
            rows.append((cause, f"{e.event_date} {e.sub_event_type} @ {where}: {sent}"))
        for g in missed:
            if any(f.event_date is None and place_ok(f, g) for f in falses):
                cause = "MISSED no date"
            elif any(place_ok(f, g) and not date_ok(f, g) for f in falses):
                cause = "MISSED wrong date"
            elif any(
                date_ok(f, g) and not place_ok(f, g) and f.event_type == g.event_type
                for f in falses
            ):
                cause = "MISSED place (not mine)"
            else:
                cause = "MISSED not found (not mine)"
            rows.append((cause, f"{g.date} {g.sub_event_type} | {g.actor1} @ {g.admin1}"))
        for cause, text in rows:
            if cause.endswith("wrong date") and cause.startswith("FALSE"):
                cause += f" ({date_form(text.split(': ', 1)[-1])})"
            causes[cause][desk] += 1
            articles[cause].add(o.report.id)
            if all_rows:
                print(f"{o.report.id}\t{cause}\t{text}")
    desks = ("ra", "rb", "rc", "rd")
    print("| cause | " + " | ".join(desks) + " | all | articles |")
    print("|---|" + "---:|" * (len(desks) + 2))
    for cause in sorted(causes):
        c = causes[cause]
        cells = " | ".join(str(c[d]) for d in desks)
        print(f"| {cause} | {cells} | {sum(c.values())} | {len(articles[cause])} |")


if __name__ == "__main__":
    main("--all-rows" in sys.argv)
