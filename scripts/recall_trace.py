"""Trace why a text yields no event: per sentence, the words the trigger index knows, the hits
``find_hits`` keeps, what ``events.group_hits`` makes of them, and the events extract returns.
Works on any text given on the command line (hand-built sentences), or on dev items of the
world notes named by writer and id (``--item notesp np001``): test items are refused, as
docs/EVALUATION.md asks (session 29, recall29).

    python scripts/recall_trace.py "Gunmen shot two men in Kalo on Monday."
    python scripts/recall_trace.py --item notesp np001
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.test_extract_events import make_article

from ceasewatch.evaluate.metrics import split_of
from ceasewatch.extract import extract
from ceasewatch.extract.events import group_hits, senseless
from ceasewatch.extract.nlp import parse_many
from ceasewatch.extract.roles import roles_for
from ceasewatch.extract.sentences import read_sentence
from ceasewatch.extract.triggers import forms_at, sub_event
from ceasewatch.pipeline import Resources

ROOT = Path(__file__).resolve().parents[1] / "data" / "eval" / "world"


def dev_text(writer: str, item_id: str) -> str:
    path = ROOT / "notes" / f"{writer}.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] != item_id:
            continue
        if split_of(f"world_notes:{item_id}") != "dev":
            sys.exit("a test item: read as numbers only (docs/EVALUATION.md)")
        return str(row["text"])
    sys.exit(f"no item {item_id} in {path}")


def trace(text: str, resources: Resources) -> None:
    extractor = resources.extractor
    tables = extractor.tables
    for _, chunk in parse_many(extractor.nlp, [("x", text)]):
        for k, sent in enumerate(chunk.doc.sents):
            s = read_sentence(sent, chunk.offset, k, tables)
            print("SENT", sent.text)
            print("  parse", " ".join(f"{t.text}/{t.pos_}/{t.dep_}<{t.head.i}" for t in sent))
            known = [
                t.text
                for t in sent
                if any(tables.lex.trigger_index.get(f) for f in forms_at(chunk.doc, t.i))
            ]
            print("  index words", known)
            print(
                "  hits", [(h.trigger.words, h.trigger.sub, sent.doc[h.head].text) for h in s.hits]
            )
            for hit in s.hits:
                roles = roles_for(sent.doc[hit.head], s.by_tok(tables), tables.stop_verbs)
                sub = sub_event(hit, roles)
                one = (roles.actor1.name, roles.actor1.cls) if roles.actor1 else None
                two = (roles.actor2.name, roles.actor2.cls) if roles.actor2 else None
                dead = senseless(sub, hit, roles, s, tables)
                print("  roles", hit.trigger.words, sub, "a1:", one, "a2:", two, "senseless:", dead)
            if s.hits:
                for sub, hit, roles in group_hits(s, tables):
                    a1 = roles.actor1.name if roles.actor1 else None
                    a2 = roles.actor2.name if roles.actor2 else None
                    print("  group", sub, hit.trigger.words, "a1:", a1, "a2:", a2)
    x = extract(make_article(text), extractor)
    for e in x.events:
        print("EVENT", e.sub_event_type, e.event_date, e.location.name if e.location else None)
    if x.skipped:
        print("SKIPPED", x.skipped)


def main(argv: list[str]) -> None:
    resources = Resources()
    if argv[0] != "--item":
        trace(" ".join(argv), resources)
        return
    # --item WRITER ID [WRITER ID ...]
    for writer, item_id in zip(argv[1::2], argv[2::2], strict=True):
        print(f"### {writer} {item_id}")
        trace(dev_text(writer, item_id), resources)


if __name__ == "__main__":
    main(sys.argv[1:])
