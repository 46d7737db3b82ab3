"""Gold events of the reports set's DEV halves found at the right place with the wrong date or
none (session 22, helper dates22), with how the article's publication date was read.

    PYTHONPATH=src python scripts/date_causes.py dump OUT.jsonl [reportsk ...]  # dev only; files
    python scripts/date_causes.py show OUT.jsonl [-v]              # lists and counts
    PYTHONPATH=src python scripts/date_causes.py numbers [reportsk ...]  # test halves: counts

A gold event not paired by date and place has a *twin* when a predicted event of the same event
type is at its place (``world.place_ok``: within 25 km or the same admin1) and is not paired
with another gold event. Each such gold is listed with the twin's date, the date words that gave
it (its ``event_date`` evidence), the article's publication date and its basis
(``Article.published_resolution``), and put in one cause by those facts alone:

- "no publication date": the article was read with no date at all;
- "twin undated": the twin has no date although the article has one;
- "publication date wrong": the gold is off the publication date by the same days as the twin's
  date error would be corrected by re-dating the article (the twin is dated by publication);
- "twin dated by publication": the twin took the publication date (no date words) and the gold
  lies elsewhere;
- "twin dated by words": the twin's date came from the sentence's words (or the context).

Dev halves only: the test halves are read as numbers (``ceasewatch evaluate``), never item by
item (docs/EVALUATION.md).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from ceasewatch.evaluate.harness import run_pipeline
from ceasewatch.evaluate.metrics import select
from ceasewatch.evaluate.reports import REPORTS_DIR, compare_report, load_reports
from ceasewatch.evaluate.world import WORLD_DIR, place_ok, read_as_user
from ceasewatch.model import Event
from ceasewatch.pipeline import Resources


def _words(e: Event) -> str | None:
    return next((s.text for s in e.evidence if s.field == "event_date"), None)


def _event(e: Event) -> dict[str, Any]:
    return {
        "date": e.event_date.isoformat() if e.event_date else None,
        "prec": e.time_precision,
        "type": e.event_type,
        "sub": e.sub_event_type,
        "place": e.location.name if e.location else None,
        "date_words": _words(e),
        "notes": e.notes,
        "sentence": e.sentence.text if e.sentence else None,
    }


def dump(out: Path, split: str = "dev", stems: tuple[str, ...] = ()) -> None:
    folder = WORLD_DIR / REPORTS_DIR
    resources = Resources()
    with out.open("w", encoding="utf-8") as handle:
        for path in sorted(folder.glob("reports?.jsonl")):
            if stems and path.stem not in stems:
                continue
            tmp = Path("/tmp") / f"date_causes_{path.stem}"
            tmp.mkdir(exist_ok=True)
            (tmp / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            everything = load_reports(tmp)
            dev = select(everything, [r.key for r in everything], split, None)
            with tempfile.TemporaryDirectory(prefix="date-causes-") as files:
                by_key = read_as_user(dev, Path(files))
            run = run_pipeline([by_key[r.key] for r in dev if r.key in by_key], resources)
            for report in dev:
                article = by_key.get(report.key)
                o = compare_report(report, run.events(article.id) if article else ())
                paired = {id(a) for a in o.answers if a is not None}
                golds = []
                for g, a in zip(o.report.golds, o.answers, strict=True):
                    spare = [e for e in o.events if id(e) not in paired and place_ok(e, g)]
                    twins = [_event(e) for e in spare if e.event_type == g.event_type]
                    others = [_event(e) for e in spare if e.event_type != g.event_type]
                    golds.append(
                        {
                            "date": g.date.isoformat(),
                            "type": g.event_type,
                            "sub": g.sub_event_type,
                            "admin1": g.admin1,
                            "hit": a is not None,
                            "twins": twins,
                            "others": others,  # at its place, another event type
                        }
                    )
                row = {
                    "file": path.stem,
                    "id": o.report.id,
                    "published": None,
                    "basis": None,
                    "title": None,
                    "head": o.report.text[:400],
                    "golds": golds,
                    "events": [_event(e) for e in o.events],
                }
                if article is not None:
                    row["published"] = article.published and article.published.isoformat()
                    row["basis"] = article.published_resolution
                    row["title"] = article.title
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                handle.flush()


def cause(row: dict[str, Any], gold: dict[str, Any], twin: dict[str, Any]) -> str:
    if row["published"] is None and row["events"]:
        return "no publication date"
    if twin["date"] is None:
        return "twin undated"
    if twin["date_words"] is None:
        return "twin dated by publication"
    return "twin dated by words"


def show(path: Path, verbose: bool) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    causes: Counter[str] = Counter()
    per_file: Counter[str] = Counter()
    for row in rows:
        wrong = [g for g in row["golds"] if not g["hit"] and g["twins"]]
        if not wrong:
            continue
        print(f"== {row['file']} {row['id']}: published {row['published']} ({row['basis']})")
        if row["title"]:
            print(f"   title: {row['title']!r}")
        for g in wrong:
            twin = g["twins"][0]
            why = cause(row, g, twin)
            causes[why] += 1
            per_file[row["file"]] += 1
            print(
                f"   gold {g['date']} {g['sub']} ({g['admin1']}) <- twin {twin['date']} "
                f"p{twin['prec']} [{why}] words={twin['date_words']!r} {twin['notes'][:120]!r}"
            )
            if verbose:
                print(f"      {twin['sentence'][:300]!r}")
    print()
    for why, n in causes.most_common():
        print(f"{n:4} {why}")
    print(dict(per_file))


KINDS = [  # (kind, words of the basis): the basis's own wording, never the article's words
    ("no date: no dateline", "opens with no dateline"),
    ("no date: a place-only dateline", "names a place but no date"),
    ("no date: other", "left unknown"),
    ("title", "the title ends"),
    ("editor's note or sign-off", "the head note"),
    ("editor's note or sign-off", "the sign-off"),
    ("lead below headlines", "the lead below"),
    ("site line", "site's date line"),
    ("wire dateline", "the body's dateline"),
    ("opening date", "the body opens with the date"),
    ("opening line", "a full date in the opening line"),
    ("metadata", "metadata"),
]


def _kind(basis: str | None) -> str:
    """The kind of publication-date basis (its last reading), by the basis's own wording only."""
    last = (basis or "left unknown").split(";")[-1]
    return next((kind for kind, words in KINDS if words in last), "other")


_WORD_KINDS = [  # (kind, pattern) of the date words a twin's date came from, first that fits
    ("weekday", r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"),
    ("told before", r"\b(?:following|next|previous|preceding|later|earlier|before|after|same)\b"),
    (
        "relative",
        r"\b(?:today|tonight|yesterday|overnight|night|morning|evening|week|weekend"
        r"|month|ago)\b",
    ),
    ("full date", r"\d"),
    ("month", r"[a-z]"),
]


def _source(twin: dict[str, Any]) -> str:
    """Where a twin's date came from, by the event's own facts (no words of the item kept)."""
    notes = twin["notes"] or ""
    if "date from earlier in the article" in notes:
        return "context (an earlier sentence's date)"
    if "publication date coded" in notes:
        return "publication (no date words)"
    words = (twin["date_words"] or "").lower()
    if not words:
        return "other"
    return "words: " + next((k for k, p in _WORD_KINDS if re.search(p, words)), "other")


def _offset(gold: dict[str, Any], twin: dict[str, Any], published: str | None) -> str:
    """The twin's date minus the gold's, and where the gold lies from publication, in buckets."""

    def bucket(days: int) -> str:
        if abs(days) <= 1:
            return f"{days:+d}"
        return ("+" if days > 0 else "-") + (
            "2-7" if abs(days) <= 7 else "8-45" if abs(days) <= 45 else ">45"
        )

    g = dt.date.fromisoformat(gold["date"])
    off = bucket((dt.date.fromisoformat(twin["date"]) - g).days) if twin["date"] else "undated"
    pub = bucket((dt.date.fromisoformat(published) - g).days) if published else "no pub"
    return f"twin-gold {off}, pub-gold {pub}"


def numbers(stems: tuple[str, ...] = ()) -> None:
    """The TEST halves as counts only: per file, the causes of gold events placed right and
    dated wrong (with where the twin's date came from and how far off it is), and the kinds of
    publication-date basis (quoted words masked). Nothing of an item is printed or kept."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as tmp:
        dump(Path(tmp.name), "test", stems)
        lines = Path(tmp.name).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    for file in sorted({r["file"] for r in rows}):
        causes: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        offsets: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for row in (r for r in rows if r["file"] == file):
            kinds[_kind(row["basis"])] += 1
            for g in row["golds"]:
                if not g["hit"] and not g["twins"] and g.get("others"):
                    twin = g["others"][0]
                    causes["(another event type) " + cause(row, g, twin)] += 1
                    sources["(another event type) " + _source(twin)] += 1
                    offsets["(another event type) " + _offset(g, twin, row["published"])] += 1
                if not g["hit"] and g["twins"]:
                    twin = g["twins"][0]
                    causes[cause(row, g, twin)] += 1
                    sources[_source(twin)] += 1
                    offsets[_offset(g, twin, row["published"])] += 1
        print(file, dict(causes))
        for name, counts in (("source", sources), ("offset", offsets), ("basis", kinds)):
            for kind, n in counts.most_common():
                print(f"   {name}: {n:3} {kind}")


if __name__ == "__main__":
    if sys.argv[1] == "numbers":
        numbers(tuple(sys.argv[2:]))
    elif sys.argv[1] == "dump":
        dump(Path(sys.argv[2]), stems=tuple(sys.argv[3:]))
    else:
        show(Path(sys.argv[2]), "-v" in sys.argv)
