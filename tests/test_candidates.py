"""Issue 10: agreements the reports name but the catalogue lacks are candidates, kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceasewatch.assess import assess, candidates
from ceasewatch.model import AgreementMention
from tests.test_assess import KB, TRUCE, ref


def _mention(name: str | None, article: str = "art1", **kw: object) -> AgreementMention:
    return AgreementMention(
        article_id=article, text=f"The {name or 'truce'} was agreed.", name=name, **kw
    )  # type: ignore[arg-type]


def test_unknown_named_agreement_is_a_candidate_and_never_assessed() -> None:
    mention = _mention(
        "Hill Country truce", kind="truce", parties=(ref("red-front"), ref("nor-army"))
    )
    assert assess([], [mention], [TRUCE], KB) == []  # nothing proposed, nothing assessed
    [found] = candidates([mention, _mention("Hill Country truce", "art2")], [TRUCE])
    assert found.id == "candidate-hill-country-truce" and found.name == "Hill Country truce"
    assert found.mentions == 2 and found.articles == 2
    assert found.draft is not None and [p.actors for p in found.draft.parties] == [
        ("red-front",),
        ("nor-army",),
    ]
    assert {q.article_id for q in found.quotes} == {"art1", "art2"}


def test_syndicated_copies_count_as_one_story() -> None:
    group = [_mention("Hill Country truce", a) for a in ("a", "b")]
    [found] = candidates(group, [], stories={"a": "s1", "b": "s1"})
    assert found.articles == 2 and found.stories == 1


def test_bare_kind_words_and_known_agreements_are_not_candidates() -> None:
    bare = [_mention(None, kind="truce"), _mention("Ceasefire"), _mention("Truce")]
    known = _mention("Lakeside ceasefire")
    assert candidates([*bare, known], [TRUCE]) == []


@pytest.fixture(scope="module")
def furniture_analysis(resources, tmp_path_factory):  # type: ignore[no-untyped-def]
    from ceasewatch.pipeline import analyze

    folder = tmp_path_factory.mktemp("furniture")
    text = (
        "A 72-Hour Truce began in the north on Monday, residents said. Government forces and "
        "rebels exchanged fire near the town on Tuesday.\n\nTags: Syria, Airstrikes, Truce"
    )
    line = {"text": text, "title": "Truce in the north", "published": "2016-09-12"}
    feed = Path(folder) / "report.jsonl"
    feed.write_text(json.dumps(line), encoding="utf-8")
    return analyze([str(feed)], resources)


def test_page_furniture_and_durations_never_become_names(furniture_analysis) -> None:  # type: ignore[no-untyped-def]
    names = [m.name for m in furniture_analysis.agreement_mentions]
    assert names, "the truce is still read as a mention"
    assert all(n is None or ("Hour" not in n and "Tags" not in n) for n in names)
    assert furniture_analysis.agreement_candidates == ()
    assert all(
        not a.id.startswith(("proposed", "candidate")) for a in furniture_analysis.agreements
    )


def test_seed_lists_no_candidate_as_an_agreement(seed_path, resources) -> None:  # type: ignore[no-untyped-def]
    from ceasewatch.pipeline import analyze

    analysis = analyze([str(seed_path)], resources)
    ids = {a.id for a in analysis.agreements}
    assert "astana-idlib-de-escalation-zone" in ids
    assert all(
        not a.proposed and not i.startswith(("proposed", "candidate"))
        for i in ids
        for a in analysis.agreements
    )
    # Only Syrian agreements can hold a Syrian report's events.
    shipped = {a.id: a for a in resources.agreements}
    assert all("SY" in shipped[i].countries for i in ids)
