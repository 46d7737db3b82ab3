"""Every event the pipeline codes from the VOA corpus, one JSON line each, with its sentence.

    python scripts/voa_dump.py OUT.jsonl [--corpus FILE]

For reading what main (or a branch) makes of the stories (bench/voa_counts.py gives the counts);
two dumps diff by (story, sub-event, actor1, place, sentence).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from voa_counts import DEFAULT, QUIET, read, titles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    args = parser.parse_args()
    result = read(args.corpus)
    story_of = titles(args.corpus)
    texts = {a.id: a for a in result.articles}
    with args.out.open("w", encoding="utf-8") as out:
        for event in result.events:
            article = texts[event.article_id]
            story = story_of.get(article.url or "", article.origin)
            sentence = event.sentence.text if event.sentence else ""
            row = {
                "story": story,
                "title": article.title,
                "quiet": story in QUIET,
                "sub": event.sub_event_type,
                "actor1": event.actor1.name if event.actor1 else None,
                "actor2": event.actor2.name if event.actor2 else None,
                "place": event.location.name if event.location else None,
                "fatalities": event.fatalities,
                "date": str(event.event_date),
                "published": str(article.published),
                "trigger": next(
                    (s.text for s in event.evidence if s.field == "sub_event_type"), ""
                ),
                "sentence": sentence,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
