"""False and missed merges of ``ceasewatch fuse`` on FA-KES outlets' reports of the same attacks.

    python bench/fusion_fakes.py [--data DIR] [--db FILE] [--reuse] [--json]

FA-KES (../shared/data/eval/fakes, evaluation only: nothing of it ships) has several outlets'
articles about the same attacks, each with crowd-annotated gold: the event's date, governorate,
cause of death and casualty counts (civilians, non-civilians, children, women). The pairs are
built from that gold alone, never from our output:

- same event:  the same date, governorate and cause and the same four casualty counts;
- other event:  another governorate, or dates two or more days apart (beyond the one day of
  ``fuse.max_days``: two reports of one attack may date it a day apart), or, within a day in
  the same governorate, two different known causes (a bombing is not a shelling);
- undecided (not scored): within a day, same governorate, and the same cause or an unknown
  one but other counts: one attack whose tolls outlets report differently, or two attacks;
  the gold cannot tell.

Every article goes through the product as a user's would (ingest, clean, then extract, resolve
and geocode into an archive: ``harness.user_article`` and ``run_pipeline``), then ``fuse_archive``
over the whole archive. A pair counts as merged when the two articles' main events
(``harness.main_event``: most fatalities, else first reported) are in one fused event.
Printed: pairs of each kind, missed-merge rate (same-event pairs not merged), false-merge rates
(other-event pairs merged, over the merges made and over the other-event pairs), and the same
for the harder negatives (same governorate, within a day). Two rows with one text are one
archived article (a syndicated copy of itself) and are not a pair.

The FA-KES date is wrong for about a quarter of the articles (docs/EVALUATION.md), so the gold
calls many outlets' reports of one attack "other events". ``--reviewed`` (default
``bench/data/fusion_fakes_reviewed.csv``) holds pairs read by hand, each with a verdict (same,
other, unclear) and its reason: every described-event pair the fuser merged against the gold.
``reviewed`` in the output scores the merges of described events with those verdicts in place
of the gold's (false merges: judged other; unclear ones counted apart) and says how many merges
against the gold no verdict covers (``unreviewed``: read them and add them to the list). Missed
merges stay counted on the gold's own same-event pairs, which the review does not widen: a
review of merges alone would only ever add pairs that were merged. ``--drawn`` scores the pairs
drawn by a rule and read whatever the fuser did (missed and false merges both);
``--drawn-second`` the part of them a second reader read blind, by that reader's verdicts;
``--drawn-fresh`` a fresh draw by the same rule (``fusion_draw.py --seed``), scored as
``drawn_fresh``: a sample no earlier change was tuned on; ``--drawn-third`` a third draw from a
wider pool (``fusion_draw.py --wide 3 --seed 13``), scored as ``drawn_third``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import json
import math
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ceasewatch.archive import fuse_archive
from ceasewatch.evaluate.fakes import governorate_of, load
from ceasewatch.evaluate.harness import find_data_dir, main_event, run_pipeline
from ceasewatch.model import Article, Event, RawDocument
from ceasewatch.pipeline import Resources
from ceasewatch.store import Store, open_store

COUNTS = ("nb_civilians", "nb_noncivilians", "nb_children", "nb_women")
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Gold:
    key: str
    date: dt.date
    governorate: str
    cause: str
    counts: tuple[int, ...]


def gold_rows(data_dir: Path) -> list[Gold]:
    """The gold of every row, keyed as ``evaluate.fakes`` keys its items."""
    path = data_dir / "fakes" / "fakes.csv"
    with path.open(encoding="latin-1", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for line, row in enumerate(rows, start=2):
        month, day, year = (int(p) for p in row["date"].split("/"))
        out.append(
            Gold(
                key=f"fakes:{line}:{row['unit_id']}",
                date=dt.date(2000 + year, month, day),
                governorate=row["location"].strip().lower(),
                cause=row["cause_of_death"].strip().lower(),
                counts=tuple(int(row[c] or 0) for c in COUNTS),
            )
        )
    return out


def kind(a: Gold, b: Gold) -> str:
    """ "same"; "other-place" (another governorate); "other-date" (two or more days apart);
    "other-near" (within a day, one governorate, two known causes); or "undecided"."""
    days = abs((a.date - b.date).days)
    if a.governorate != b.governorate:
        return "other-place"
    if days >= 2:
        return "other-date"
    if a.cause != b.cause and UNKNOWN not in (a.cause, b.cause):
        return "other-near"
    if days == 0 and a.cause == b.cause and a.counts == b.counts:
        return "same"
    return "undecided"


def build_archive(data_dir: Path, db: Path) -> dict[str, str]:
    """Every FA-KES row ingested, extracted and saved into ``db``: row key -> archived id."""
    items = load(data_dir)
    store = open_store(db)
    stored: dict[str, str] = {}
    for item in items:
        if isinstance(item.article, Article):
            raw = RawDocument(
                origin=item.article.origin, data=item.article.text.encode("utf-8"),
                media_type="text/plain", fetched_at=dt.datetime.now(dt.UTC),
            )  # fmt: skip
            stored[item.key] = store.add_article(item.article, raw)[0].id
    run = run_pipeline([i.article for i in items], Resources())
    for key, extraction in run.extractions.items():
        if stored.get(key) == key:  # a second row with the same text is the first's article
            store.save_extraction(extraction)
    store.close()
    (db.parent / (db.name + ".keys.json")).write_text(json.dumps(stored), encoding="utf-8")
    return stored


@dataclass(frozen=True)
class Linkage:
    main: str | None  # fused id of the article's main event (None: alone, or no event)
    placed: frozenset[str]  # fused ids of its events in the gold governorate
    gold: frozenset[str]  # fused ids (or own ids, when alone) of its events the gold describes
    has_gold: bool  # some event of the article is the one the gold describes


def linkages(store: Store, stored: dict[str, str], gold: dict[str, Gold]) -> dict[str, Linkage]:
    """Row key -> the fused events its article's events are in."""
    by_article: dict[str, list[Event]] = {}
    for event in store.events():
        by_article.setdefault(event.article_id, []).append(event)
    fused = store.fusion_of(e.id for evs in by_article.values() for e in evs)
    out = {}
    for key, aid in stored.items():
        events = by_article.get(aid, [])
        main = main_event(events)
        group = fused.get(main.id) if main is not None else None
        placed = {
            f.id
            for e in events
            if (f := fused.get(e.id)) is not None and governorate_of(e) == gold[key].governorate
        }
        described = [e for e in events if _described(e, gold[key])]
        ids = {(f.id if (f := fused.get(e.id)) else e.id) for e in described}
        out[key] = Linkage(
            group.id if group else None, frozenset(placed), frozenset(ids), bool(described)
        )
    return out


def _described(event: Event, gold: Gold) -> bool:
    """The event the gold describes: in its governorate, with its total toll (the two gold
    fields the hand audit found sound: governorate 0 of 50 wrong, deaths 5 of 50)."""
    total = gold.counts[0] + gold.counts[1]
    return governorate_of(event) == gold.governorate and event.fatalities == total > 0


def score(gold: list[Gold], stored: dict[str, str], links: dict[str, Linkage]) -> dict[str, Any]:
    """Pairs of each kind, merged by main events and by events in the gold governorate."""
    # kind -> [pairs, merged (main), merged (placed), pairs with described events, merged]
    tally: dict[str, list[int]] = {}
    for a, b in itertools.combinations([g for g in gold if g.key in stored], 2):
        if stored[a.key] == stored[b.key]:
            continue
        la, lb = links[a.key], links[b.key]
        row = tally.setdefault(kind(a, b), [0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += la.main is not None and la.main == lb.main
        row[2] += bool(la.placed & lb.placed)
        row[3] += la.has_gold and lb.has_gold
        row[4] += bool(la.gold & lb.gold)
    names = ("pairs", "main", "placed", "described_pairs", "described")
    out: dict[str, Any] = {
        "pairs": {k: dict(zip(names, v, strict=True)) for k, v in sorted(tally.items())}
    }
    for i, n, how in ((1, 0, "main"), (2, 0, "placed"), (4, 3, "described")):
        same = [tally.get("same", [0] * 5)[j] for j in (n, i)]
        wrong = sum(v[i] for k, v in tally.items() if k.startswith("other"))
        others = sum(v[n] for k, v in tally.items() if k.startswith("other"))
        sure = sum(v[i] for k, v in tally.items() if k in ("other-place", "other-near"))
        out[how] = {
            "missed_merge_rate": round(1 - same[1] / same[0], 4) if same[0] else None,
            "false_merges_share_of_merges": round(wrong / max(1, same[1] + wrong), 4),
            "false_merges_sure_gold_share": round(sure / max(1, same[1] + sure), 4),
            "false_merge_rate_per_other_pair": round(wrong / max(1, others), 6),
        }
    return out


REVIEWED = Path(__file__).parent / "data" / "fusion_fakes_reviewed.csv"


def read_reviewed(path: Path) -> dict[frozenset[str], str]:
    """Pair of row keys -> verdict ("same", "other" or "unclear")."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return {frozenset((r["row_a"], r["row_b"])): r["verdict"] for r in csv.DictReader(lines)}


def reviewed_score(
    gold: list[Gold],
    stored: dict[str, str],
    links: dict[str, Linkage],
    verdicts: dict[frozenset[str], str],
) -> dict[str, Any]:
    """Merges of described events judged by the reviewed verdicts where there is one, else by
    the gold's kind; missed merges on the gold's same-event pairs."""
    merged: dict[str, int] = {"same": 0, "other": 0, "unclear": 0, "undecided": 0}
    other_pairs = unreviewed = 0
    for a, b in itertools.combinations([g for g in gold if g.key in stored], 2):
        la, lb = links[a.key], links[b.key]
        if stored[a.key] == stored[b.key] or not (la.has_gold and lb.has_gold):
            continue
        gold_kind = kind(a, b)
        found = verdicts.get(frozenset((a.key, b.key)))
        verdict = found or ("other" if gold_kind.startswith("other") else gold_kind)
        other_pairs += verdict == "other"
        if la.gold & lb.gold:
            merged[verdict] += 1
            unreviewed += found is None and gold_kind.startswith("other")
    judged = merged["same"] + merged["other"] + merged["unclear"]
    return {
        "merges": merged,
        "unreviewed": unreviewed,
        "false_merges_share_of_merges": round(merged["other"] / max(1, judged), 4),
        "false_or_unclear_share_of_merges": round(
            (merged["other"] + merged["unclear"]) / max(1, judged), 4
        ),
        "false_merge_rate_per_other_pair": round(merged["other"] / max(1, other_pairs), 6),
        "other_pairs": other_pairs,
    }


DRAWN = Path(__file__).parent / "data" / "fusion_fakes_drawn.csv"
# A second, blind reading of part of the drawn pairs (bench/fusion_agreement.py compares them)
DRAWN_SECOND = Path(__file__).parent / "data" / "fusion_fakes_drawn_second.csv"


# A fresh draw (bench/fusion_draw.py --seed 7), read by hand: pairs no earlier change looked at
DRAWN_FRESH = Path(__file__).parent / "data" / "fusion_fakes_drawn_fresh.csv"
# A third draw (fusion_draw.py --wide 3 --seed 13): the undecided pool and the gold's near others
DRAWN_THIRD = Path(__file__).parent / "data" / "fusion_fakes_drawn_third.csv"


def wilson(hits: int, n: int, z: float = 1.96) -> list[float] | None:
    """The 95 % Wilson score interval of a rate of ``hits`` in ``n`` (None when n is 0): the
    sets are small, and a rate alone would claim more than they can say."""
    if n == 0:
        return None
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return [round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)]


def drawn_score(
    stored: dict[str, str], links: dict[str, Linkage], verdicts: dict[frozenset[str], str]
) -> dict[str, Any]:
    """Missed and false merges on the pairs drawn by a rule and read by hand whatever the
    fuser did (``fusion_fakes_drawn.csv``): unlike the reviewed merges, they can show both."""
    tally = {"same": [0, 0], "other": [0, 0], "unclear": [0, 0]}  # verdict -> [pairs, merged]
    for pair, verdict in verdicts.items():
        a, b = sorted(pair)
        if a in stored and b in stored and links[a].has_gold and links[b].has_gold:
            tally[verdict][0] += 1
            tally[verdict][1] += bool(links[a].gold & links[b].gold)
    (same, same_merged), other_merged = tally["same"], tally["other"][1]
    return {
        "pairs": {k: {"pairs": v[0], "merged": v[1]} for k, v in tally.items()},
        "missed_merge_rate": round(1 - same_merged / same, 4) if same else None,
        "missed_ci95": wilson(same - same_merged, same),
        "false_merges_share_of_merges": round(other_merged / max(1, same_merged + other_merged), 4),
        "false_ci95": wilson(other_merged, same_merged + other_merged),
    }


def with_intervals(result: dict[str, Any]) -> None:
    """Intervals beside the headline rates, and the missed rate over the gold's same-event
    pairs and the drawn ones together (disjoint: the drawn are the gold's undecided)."""
    same = result["pairs"].get("same", {})
    pairs, merged = same.get("described_pairs", 0), same.get("described", 0)
    result["described"]["missed_ci95"] = wilson(pairs - merged, pairs)
    reviewed = result.get("reviewed")
    if reviewed:
        m = reviewed["merges"]
        judged = m["same"] + m["other"] + m["unclear"]
        reviewed["false_ci95"] = wilson(m["other"], judged)
    drawn = result.get("drawn")
    if drawn:
        d = drawn["pairs"]["same"]
        n, missed = pairs + d["pairs"], pairs - merged + d["pairs"] - d["merged"]
        result["missed_gold_and_drawn"] = {
            "pairs": n,
            "missed": missed,
            "rate": round(missed / n, 4) if n else None,
            "ci95": wilson(missed, n),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="Evaluation data folder.")
    parser.add_argument("--db", default=None, help="Archive to build (default: a temp file).")
    parser.add_argument("--reuse", action="store_true", help="Reuse --db built by a former run.")
    parser.add_argument(
        "--reviewed", default=str(REVIEWED), help="Pairs read by hand (CSV; '' for none)."
    )
    parser.add_argument(
        "--drawn", default=str(DRAWN), help="Pairs drawn by a rule, read by hand (CSV; '')."
    )
    parser.add_argument(
        "--drawn-second",
        default=str(DRAWN_SECOND),
        help="The drawn pairs a second reader read (CSV; ''): scored by that reader's verdicts.",
    )
    parser.add_argument(
        "--drawn-fresh",
        default=str(DRAWN_FRESH),
        help="A fresh draw read by hand (CSV; ''): scored as drawn_fresh.",
    )
    parser.add_argument(
        "--drawn-third",
        default=str(DRAWN_THIRD),
        help="A third draw read by hand (CSV; ''): scored as drawn_third.",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data_dir = find_data_dir(args.data)
    db = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "fakes.db"
    keys = db.parent / (db.name + ".keys.json")
    started = time.perf_counter()
    if args.reuse and keys.exists():
        stored = json.loads(keys.read_text(encoding="utf-8"))
    else:
        stored = build_archive(data_dir, db)
    built = time.perf_counter() - started
    store = open_store(db)
    started = time.perf_counter()
    report = fuse_archive(store, full=True)
    fused_seconds = time.perf_counter() - started
    gold = gold_rows(data_dir)
    linked = linkages(store, stored, {g.key: g for g in gold})
    result = score(gold, stored, linked)
    if args.reviewed:
        verdicts = read_reviewed(Path(args.reviewed))
        result["reviewed"] = reviewed_score(gold, stored, linked, verdicts)
    if args.drawn:
        result["drawn"] = drawn_score(stored, linked, read_reviewed(Path(args.drawn)))
    if args.drawn_second:
        second = read_reviewed(Path(args.drawn_second))
        result["drawn_second_reader"] = drawn_score(stored, linked, second)
    if args.drawn_fresh and Path(args.drawn_fresh).exists():
        result["drawn_fresh"] = drawn_score(stored, linked, read_reviewed(Path(args.drawn_fresh)))
    if args.drawn_third and Path(args.drawn_third).exists():
        result["drawn_third"] = drawn_score(stored, linked, read_reviewed(Path(args.drawn_third)))
    with_intervals(result)
    fused = store.fused_events()
    result |= {
        "articles": len(set(stored.values())),
        "events": report.events,
        "fused_events": report.groups,
        "events_in_fused": report.merged,
        "corroboration_max": max((f.corroboration for f in fused), default=0),
        "seconds_pipeline": round(built, 1),
        "seconds_fuse": round(fused_seconds, 2),
    }
    store.close()
    print(json.dumps(result, indent=2) if args.json else _text(result))


def _text(result: dict[str, Any]) -> str:
    lines = [f"{k}: {v}" for k, v in result.items() if k != "pairs"]
    lines += [f"  {k}: {v}" for k, v in result["pairs"].items()]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
