"""perf31: the default reader reads a group of articles' events in one call
(``learn.apply.apply_reader_many``, ``pipeline._learned_many``); every event gets the same
probabilities, type and reason as when its article is read alone (``apply_reader``)."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace
from typing import Any

import pytest

from ceasewatch import pipeline
from ceasewatch.learn.apply import apply_reader, apply_reader_many
from ceasewatch.learn.reader import Reader, load_reader
from ceasewatch.model import Article, Extraction
from ceasewatch.pipeline import Resources
from tests.event_builders import make_event

# Invented descriptions, three types, to fit a small reader on.
WORDING = {
    "Armed clash": [
        "Gunmen and soldiers traded fire at the {p} bridge until dawn.",
        "A firefight erupted in {p} between militia fighters and police.",
        "Rebels fought troops on the road to {p} with machine guns.",
    ],
    "Peaceful protest": [
        "Nurses marched through {p} asking for back pay.",
        "Farmers gathered quietly outside the {p} town hall over water prices.",
        "Students held a peaceful vigil in {p} against tuition fees.",
    ],
    "Air/drone strike": [
        "A drone hit a pickup truck near {p}.",
        "Jets bombed a depot on the edge of {p} at night.",
        "An air raid struck the {p} bus station.",
    ],
}
PLACES = ["Tarvin", "Oleska", "Munro", "Pelling"]
# The built-in actor base: after the reader, a demonstration's actors follow its final type
# (``resolve.crowd_by_type``, actors31); these events have no place, so it changes nothing.
ACTORS = pipeline.Resources().actors
# Invented articles: (text, sentences of its events).
ARTICLES = [
    ("A drone hit a truck near Oleska. Two died.", ["A drone hit a truck near Oleska."]),
    (
        "Nurses marched in Munro on Monday. Later gunmen fired on police in Tarvin.",
        ["Nurses marched in Munro on Monday.", "Later gunmen fired on police in Tarvin."],
    ),
    ("Jets bombed a depot at Pelling.", ["Jets bombed a depot at Pelling."]),
    ("Nothing happened in Tarvin.", []),
]


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Reader:
    folder = tmp_path_factory.mktemp("train")
    rows = [
        {"text": line.format(p=place), "event": {"sub_event_type": sub}}
        for sub, lines in WORDING.items()
        for line in lines
        for place in PLACES
    ]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    fitted = load_reader(folder, tmp_path_factory.mktemp("cache"))
    assert isinstance(fitted, Reader)
    return fitted


def pairs() -> list[tuple[Extraction, Article]]:
    found = []
    for n, (text, sentences) in enumerate(ARTICLES):
        article = Article(
            id=f"a{n}", origin=f"test:a{n}", text=text, content_hash="0" * 64, raw_hash="0" * 64
        )
        events = tuple(
            # one day per sentence: two sentences' events of one place and day are one event
            # told twice, which the merge after the reader joins (session 48)
            make_event(
                id=f"a{n}-e{i}",
                article_id=article.id,
                sentence_text=s,
                start=text.index(s),
                event_date=dt.date(2020, 3, 1 + i),
            )
            for i, s in enumerate(sentences)
        )
        found.append((Extraction(article_id=article.id, events=events, stage="test"), article))
    return found


def test_a_group_read_at_once_gets_each_articles_own_reading(reader: Reader) -> None:
    alone = [apply_reader(x, article, reader) for x, article in pairs()]
    together = apply_reader_many(pairs(), reader)
    assert together == alone
    assert all(e.learned is not None for x in together for e in x.events)
    assert together[3].events == ()


class CountingReader:
    """The fitted reader, counting its calls."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.calls: list[int] = []
        self.name = reader.name

    def probabilities(self, texts: list[str]) -> list[dict[str, float]]:
        self.calls.append(len(texts))
        return self.reader.probabilities(texts)


def _stand_in(reader: Any, resources: Resources) -> Any:
    """Resources with ``reader`` and no model, reviewer or quiet reader; the real extractor
    for its lexicon, which the merge after the reader types reads (session 47)."""
    return SimpleNamespace(
        model=None,
        reader=reader,
        reviewer=None,
        actors=ACTORS,
        quiet_reader=None,
        extractor=resources.extractor,
    )


def test_the_pipeline_reads_a_group_in_one_call_and_skips_articles_without_events(
    reader: Reader, resources: Resources
) -> None:
    counting = CountingReader(reader)
    # quiet_reader None: the reader's recall fallback (session 32) reads nothing here
    fake = _stand_in(counting, resources)
    together = pipeline._learned_many(pairs(), fake)
    assert counting.calls == [4]  # the four events of the three articles that have some
    one_by_one = [pipeline._learned(x, article, fake) for x, article in pairs()]
    assert together == one_by_one
    assert counting.calls == [4, 1, 2, 1]  # the article without events is not read
    assert pipeline._learned_many([], fake) == []


def test_no_reader_leaves_the_rules_types(resources: Resources) -> None:
    fake = _stand_in(None, resources)
    assert pipeline._learned_many(pairs(), fake) == [x for x, _ in pairs()]
