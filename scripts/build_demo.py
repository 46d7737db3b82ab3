"""Build the desk's demo input from US-government public-domain reports in the shared re3d set.

The re3d MANIFEST allows its ``centcom/`` and ``us-state-department/`` documents (US government
works, public domain) to ship as demo input with attribution. re3d gives no publication dates, so
only documents whose date we can establish are taken, each with the basis written below; the
others are left out rather than dated by a guess.

    python scripts/build_demo.py ../shared/data/eval/re3d src/ceasewatch/demo/us-government.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# document id prefix -> (folder, publisher, published, how we know the date)
DOCS = {
    "26CC32861EF7": (
        "centcom",
        "U.S. Central Command",
        "2017-01-09",
        "the release's title names 9 January; CENTCOM's daily strike releases of this numbering "
        "(Article/1044663) are from January 2017",
    ),
    "F5B5E86320A4": (
        "centcom",
        "U.S. Central Command",
        "2017-01-10",
        "the release's title names 10 January (Article/1045703, January 2017)",
    ),
    "6B183780227A": (
        "centcom",
        "U.S. Central Command",
        "2017-01-11",
        "the release's title names 11 January (Article/1046898, January 2017)",
    ),
    "2E857EFC55A3": (
        "us-state-department",
        "U.S. Department of State",
        "2016-05-23",
        "the statement condemns the attacks 'today'; the Jableh and Tartus bombings took place "
        "on 23 May 2016 (URL path 2016/05)",
    ),
    "2C271BB86275": (
        "us-state-department",
        "U.S. Department of Defense",
        "2016-10-16",
        "the statement welcomes 'today's news' of Dabiq's capture, which happened on 16 October "
        "2016",
    ),
}


def build(re3d: Path, out: Path) -> int:
    lines = []
    for prefix, (folder, publisher, published, _basis) in DOCS.items():
        docs = (json.loads(line) for line in (re3d / folder / "documents.json").open())
        doc = next(d for d in docs if d["_id"].startswith(prefix))
        record = {
            "text": doc["text"].strip(),
            "title": doc["title"].strip(),
            "published": published,
            "source": publisher,
            "url": doc["sourceUrl"].strip(),
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    n = build(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{n} documents written to {sys.argv[2]}")
