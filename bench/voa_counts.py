"""What the pipeline makes of the 89 public-domain VOA stories, fed as a user would feed them.

    python bench/voa_counts.py [--corpus FILE] [--json]

The JSONL file goes through ``ceasewatch.pipeline.analyze`` exactly as ``ceasewatch analyze
voa_stories.jsonl`` runs it (ingest, clean, extract, resolve, geocode, assess). Printed: the
number of events, of events without actor1 and without coordinates, the events per story, and
every event coded from a story that (read by us, see ``QUIET``) reports no political violence,
protest or strategic development: those events are false positives.

The corpus has no gold; the counts are what docs/QUALITY.md ("World coverage") records before
and after a change. It lives in ../shared/data/corpus/voa (public domain, VOA).
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

from ceasewatch.model import Analysis, Event
from ceasewatch.pipeline import analyze

DEFAULT = (
    Path(os.environ.get("CEASEWATCH_SHARED", "../shared")) / "data/corpus/voa/voa_stories.jsonl"
)

# Stories that, read whole by us, report no political violence, protest or strategic development
# (ACLED's scope): health, trade and tariffs, diplomacy, courts, elections and constitutions,
# disasters, culture. A story that mentions a past attack only as background still counts as
# quiet: ACLED codes events from their own reporting. Judged once, by reading; never changed to
# suit a result. (8004380, on tariffs, was first listed here from its title; read whole, it
# reports Mexico sending 10,000 troops to its northern border, a development ACLED codes.)
QUIET: dict[str, str] = {
    "8011218": "archaeology in Guinea-Bissau",
    "8010779": "diabetes study",
    "8010588": "hunting revenues in Botswana",
    "8009719": "Cyclone Jude, no deaths",
    "8005797": "disability employment charity",
    "8010418": "constitutional crisis in Bosnia",
    "8009495": "tariffs on European spirits",
    "8010657": "screen time rules in China",
    "8008697": "Chinese Americans in Texas",
    "8007739": "AI and the trade war",
    "8006924": "tariffs on Canadian steel",
    "8008079": "India-Mauritius ties",
    "6204681": "Japanese PM's visits",
    "6203336": "maritime dispute hearing",
    "6205843": "trade aggression speech",
    "6205362": "travelling during COVID",
    "6181316": "dog meat ban",
    "6181132": "education in Indonesia",
    "6183074": "court ruling on dreadlocks",
    "6181245": "medical tourism",
    "6180705": "bushfire near Sydney",
    "6180790": "wind power",
    "7846440": "Kenyan court and a swearing-in",
    "7746511": "mpox cases",
    "7678740": "IMF loan",
    "7742331": "Chinese residents of Japan",
    "7808748": "EU tariffs on Chinese EVs",
}


def read(corpus: Path) -> Analysis:
    return analyze([str(corpus)])


def titles(corpus: Path) -> dict[str, str]:
    """Story id (as in the corpus) by its URL, to name the article an event came from."""
    with corpus.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["url"]: row["id"] for row in rows}


def _placed(event: Event) -> bool:
    loc = event.location
    return loc is not None and loc.latitude is not None and loc.longitude is not None


def _line(event: Event) -> str:
    actor = event.actor1.name if event.actor1 else "—"
    where = event.location.name if event.location else "—"
    words = next((s.text for s in event.evidence if s.field == "sub_event_type"), "")
    return f"{event.sub_event_type} | {actor} | {where} | trigger {words!r}"


def counts(result: Analysis, story_of: dict[str, str]) -> dict[str, object]:
    story = {a.id: story_of.get(a.url or "", a.origin) for a in result.articles}
    events = list(result.events)
    per_story = Counter(story[e.article_id] for e in events)
    quiet = [e for e in events if story[e.article_id] in QUIET]
    return {
        "stories": len(result.articles),
        "events": len(events),
        "without actor1": sum(1 for e in events if e.actor1 is None),
        "without coordinates": sum(1 for e in events if not _placed(e)),
        "stories with events": len(per_story),
        "quiet stories": len(QUIET),
        "quiet stories with events": len({story[e.article_id] for e in quiet}),
        "events from quiet stories": len(quiet),
        "by sub-event type": dict(Counter(e.sub_event_type for e in events).most_common()),
        "quiet events": [
            f"{story[e.article_id]} ({QUIET[story[e.article_id]]}): {_line(e)}" for e in quiet
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args()
    result = read(args.corpus)
    report = counts(result, titles(args.corpus))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    for key, value in report.items():
        if isinstance(value, list):
            print(f"{key}:")
            for line in value:
                print(f"  - {line}")
        else:
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
