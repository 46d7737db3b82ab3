"""Unit tests of the evaluation harness's arithmetic and mappings, on hand-built inputs.

Names and numbers here are invented or from other conflicts; none come from the seed or from
an evaluation item.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from ceasewatch.cli import main
from ceasewatch.errors import InputError
from ceasewatch.evaluate import evaluate, harness, to_markdown
from ceasewatch.evaluate.cameo_ner import join_tokens, read_conll
from ceasewatch.evaluate.case2021 import LABELS, NO_EVENT, predict
from ceasewatch.evaluate.fakes import (
    COALITION,
    GOVERNMENT,
    ISIS,
    NUSRA,
    OPPOSITION,
    OTHER,
    SELF_ADMIN,
    UNKNOWN,
    cause_of,
    governorate_of,
    perpetrator_of,
)
from ceasewatch.evaluate.harness import find_data_dir, main_event, make_article, run_pipeline
from ceasewatch.evaluate.metrics import (
    Counts,
    LabeledSpan,
    bio_spans,
    classification_scores,
    match_spans,
    select,
    split_of,
    stable_sample,
    tally,
)
from ceasewatch.evaluate.report import EvaluationReport, SetReport, from_counts, from_tally
from ceasewatch.geo import km_between
from ceasewatch.knowledge import ActorKB
from ceasewatch.model import (
    SUB_EVENT_TO_TYPE,
    Actor,
    ActorRef,
    Article,
    Event,
    Extraction,
    Location,
    Membership,
    Renaming,
    Span,
)
from ceasewatch.pipeline import Resources

# --- counts, tallies, classification ---------------------------------------------------------


def test_counts_precision_recall_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_counts_with_nothing_to_score_are_undefined_not_zero() -> None:
    assert Counts().precision is None
    assert Counts().recall is None
    assert Counts().f1 is None


def test_predicting_nothing_gives_zero_f1_not_undefined() -> None:
    counts = Counts(tp=0, fp=0, fn=4)
    assert counts.precision is None
    assert counts.recall == 0.0
    assert counts.f1 == 0.0


def test_counts_add() -> None:
    assert Counts(1, 2, 3) + Counts(4, 5, 6) == Counts(5, 7, 9)


def test_tally() -> None:
    result = tally([True, False, True, True])
    assert (result.correct, result.total, result.value) == (3, 4, 0.75)
    assert tally([]).value is None


def test_classification_scores_by_hand() -> None:
    gold = ["riot", "riot", "strike", "arrest"]
    predicted = ["riot", "strike", "strike", NO_EVENT]
    scores = classification_scores(gold, predicted)
    # riot: P 1, R 1/2, F 2/3; strike: P 1/2, R 1, F 2/3; arrest: F 0 (never predicted).
    assert scores.accuracy == pytest.approx(0.5)
    assert scores.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert scores.weighted_f1 == pytest.approx((2 / 3 * 2 + 2 / 3 * 1 + 0) / 4)
    assert scores.per_label["strike"] == Counts(tp=1, fp=1, fn=0)
    assert NO_EVENT not in scores.per_label  # a never-gold label gets no row of its own


def test_classification_scores_reject_unpaired_inputs() -> None:
    with pytest.raises(ValueError, match="gold has 2"):
        classification_scores(["a", "b"], ["a"])


# --- spans -------------------------------------------------------------------------------------


def test_match_spans_exact_overlap_and_labels() -> None:
    gold = [LabeledSpan(0, 10, "S"), LabeledSpan(20, 30, "T")]
    predicted = [LabeledSpan(4, 10, "S"), LabeledSpan(20, 30, "S")]
    assert match_spans(gold, predicted) == Counts(tp=0, fp=2, fn=2)
    assert match_spans(gold, predicted, overlap=True) == Counts(tp=1, fp=1, fn=1)
    assert match_spans(gold, predicted, overlap=True, use_labels=False) == Counts(tp=2, fp=0, fn=0)


def test_match_spans_uses_each_gold_span_once_and_collapses_duplicates() -> None:
    gold = [LabeledSpan(0, 20, "S")]
    two_halves = [LabeledSpan(0, 5, "S"), LabeledSpan(10, 20, "S"), LabeledSpan(10, 20, "S")]
    assert match_spans(gold, two_halves, overlap=True) == Counts(tp=1, fp=1, fn=0)


def test_touching_spans_do_not_overlap() -> None:
    assert not LabeledSpan(0, 5).overlaps(LabeledSpan(5, 9))
    assert LabeledSpan(0, 6).overlaps(LabeledSpan(5, 9))


def test_bio_spans() -> None:
    tags = ["B-S", "I-S", "O", "I-T", "I-T", "B-T", "B-R"]
    offsets = [(0, 3), (4, 8), (9, 12), (13, 15), (16, 20), (21, 25), (26, 30)]
    assert bio_spans(tags, offsets) == [
        LabeledSpan(0, 8, "S"),
        LabeledSpan(13, 20, "T"),  # I- without B- opens a span (conlleval)
        LabeledSpan(21, 25, "T"),
        LabeledSpan(26, 30, "R"),
    ]


def test_read_conll_and_join_tokens(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text("Maoist B-S\nrebels I-S\nambushed O\npolice B-T\n\nCalm O\n", encoding="utf-8")
    sentences = read_conll(path)
    assert [len(s) for s in sentences] == [4, 1]
    text, offsets = join_tokens([token for token, _ in sentences[0]])
    assert text == "Maoist rebels ambushed police"
    assert [text[a:b] for a, b in offsets] == ["Maoist", "rebels", "ambushed", "police"]


def test_read_conll_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("ok O\nlonely\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:2"):
        read_conll(path)


# --- distance, sampling ------------------------------------------------------------------------


def test_haversine_one_degree_of_longitude_on_the_equator() -> None:
    assert km_between(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.195, abs=0.01)
    assert km_between(12.5, 44.1, 12.5, 44.1) == 0.0


def test_stable_sample_is_deterministic_spread_and_ordered() -> None:
    items = list(range(100))
    keys = [f"item-{i}" for i in items]
    first = stable_sample(items, keys, 10)
    assert first == stable_sample(items, keys, 10)
    assert first == sorted(first) and len(first) == 10
    assert first != items[:10]  # not simply the head of the file
    assert stable_sample(items, keys, None) == items
    assert stable_sample(items, keys, 500) == items


def test_split_halves_are_disjoint_stable_and_near_even() -> None:
    items = list(range(400))
    keys = [f"toyset:{i}" for i in items]
    dev = select(items, keys, "dev", None)
    test = select(items, keys, "test", None)
    assert sorted(dev + test) == items and not set(dev) & set(test)
    assert 160 < len(dev) < 240  # a fair coin over 400 keys
    assert all(split_of(keys[i]) == "dev" for i in dev)
    assert select(items, keys, "all", None) == items
    # the half depends on the key alone, not on the item's position in the file
    assert select(items[::-1], keys[::-1], "dev", None) == dev[::-1]


def test_split_limit_applies_inside_the_half() -> None:
    items = list(range(400))
    keys = [f"toyset:{i}" for i in items]
    chosen = select(items, keys, "test", 20)
    assert len(chosen) == 20 and chosen == select(items, keys, "test", 20)
    assert all(split_of(keys[i]) == "test" for i in chosen)


def test_split_hashes_the_set_name_too() -> None:
    names = [f"{i}" for i in range(200)]
    same = sum(split_of(f"one:{n}") == split_of(f"two:{n}") for n in names)
    assert 60 < same < 140  # independent halves, not the same ids in every set


def test_unknown_split_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown split"):
        evaluate(["fakes"], data_dir=tmp_path, split="validation")


# --- the harness's failure isolation ------------------------------------------------------


def _toy_articles(n: int) -> list[Article]:
    return [
        make_article(f"toy:{i}", f"Report number {i} from Kassala.", origin="t") for i in range(n)
    ]


def test_batch_that_raises_is_redone_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """One article that breaks the batched path costs only itself, not its batch."""

    def many(articles: list[Article], resources: object) -> Iterator[Extraction]:
        for article in articles:
            if article.id == "toy:3":
                raise RuntimeError("bad parse")
            yield Extraction(article_id=article.id)

    def one(article: Article, resources: object) -> Extraction:
        if article.id == "toy:3":
            raise RuntimeError("bad parse")
        return Extraction(article_id=article.id)

    monkeypatch.setattr(harness, "process_many", many)
    monkeypatch.setattr(harness, "process_article", one)
    run = run_pipeline(_toy_articles(10), Resources(), batch=4)
    assert sorted(run.extractions) == sorted(f"toy:{i}" for i in range(10) if i != 3)
    assert [(f.item, f.error) for f in run.failures] == [("toy:3", "RuntimeError: bad parse")]


def test_extraction_recorded_as_skipped_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def many(articles: list[Article], resources: object) -> Iterator[Extraction]:
        for article in articles:
            skipped = "failed: KeyError: 'x'" if article.id == "toy:1" else None
            yield Extraction(article_id=article.id, skipped=skipped)

    monkeypatch.setattr(harness, "process_many", many)
    run = run_pipeline(_toy_articles(3), Resources())
    assert len(run.extractions) == 3 and run.events("toy:1") == ()
    assert [f.item for f in run.failures] == ["toy:1"]


# --- main event and per-set mappings ---------------------------------------------------------


def _event(
    n: int, sub: str, fatalities: int | None, start: int, admin1: str | None = None
) -> Event:
    return Event(
        id=f"e{n}",
        article_id="a",
        event_date=dt.date(2019, 3, 2),
        time_precision=1,
        disorder_type="Political violence",
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        actor1=None,
        fatalities=fatalities,
        sentence=Span(start=start, end=start + 10, text="x" * 10),
        location=Location(name="somewhere", admin1=admin1) if admin1 else None,
    )


def test_main_event_most_fatalities_then_first_in_text() -> None:
    late_deadly = _event(1, "Armed clash", 9, start=300)
    early = _event(2, "Air/drone strike", None, start=10)
    middle = _event(3, "Grenade", 9, start=100)
    assert main_event([late_deadly, early, middle]) == middle
    assert main_event([early, _event(4, "Grenade", None, start=50)]) == early
    assert main_event([]) is None


def test_case2021_labels_cover_every_acled_sub_event_once() -> None:
    assert set(LABELS) == set(SUB_EVENT_TO_TYPE)
    assert len(set(LABELS.values())) == len(LABELS)


def test_case2021_prediction() -> None:
    assert predict(()) == NO_EVENT
    assert predict((_event(1, "Suicide bomb", 3, start=0),)) == "SUIC_BOMB"


@pytest.mark.parametrize(
    ("admin1", "expected"),
    [
        ("Idleb", "idlib"),
        ("Rural Damascus", "damascus"),
        ("Deir-ez-Zor", "deir ezzor"),
        ("Dar'a", "daraa"),
        ("Al-Hasakeh Governorate", "hasakeh"),
        ("SY11", "raqqa"),
        ("Nineveh", None),
    ],
)
def test_governorate_mapping(admin1: str, expected: str | None) -> None:
    assert governorate_of(_event(1, "Armed clash", 1, 0, admin1=admin1)) == expected


def test_governorate_of_an_unplaced_event_is_none() -> None:
    assert governorate_of(_event(1, "Armed clash", 1, 0)) is None
    assert governorate_of(None) is None


def test_cause_mapping() -> None:
    assert cause_of(_event(1, "Air/drone strike", 1, 0)) == "shelling"
    assert cause_of(_event(1, "Remote explosive/landmine/IED", 1, 0)) == "explosion"
    assert cause_of(_event(1, "Chemical weapon", 1, 0)) == "chemical and toxic gases"
    assert cause_of(_event(1, "Peaceful protest", 0, 0)) == UNKNOWN
    assert cause_of(None) == UNKNOWN


def _actor(actor_id: str, name: str, **extra: object) -> Actor:
    fields: dict[str, object] = {
        "type": "rebel group",
        "inter": 2,
        "sources": ["https://example.org"],
    }
    fields.update(extra)
    return Actor.model_validate({"id": actor_id, "name": name, **fields})


@pytest.fixture(scope="module")
def tiny_kb() -> ActorKB:
    return ActorKB(
        [
            _actor("lions", "Lions of the Valley", memberships=[Membership(parent="front")]),
            _actor("front", "Northern Front", side="opposition"),
            _actor("guards", "Coastal Guards", type="state forces", inter=1, side="government"),
            _actor("wilaya", "Wilayat al-Badiya", memberships=[Membership(parent="is")]),
            _actor("is", "Islamic State", side="jihadist"),
            _actor(
                "old",
                "Jabhat al-Nusra",
                side="jihadist",
                renamings=[Renaming(successor="new", date=dt.date(2016, 7, 28))],
            ),
            _actor("new", "Renamed Front", side="jihadist"),
            _actor("brigade", "Free Hills Brigade", side="jihadist"),
            _actor("gunmen", "gunmen", generic=True),
            _actor(
                "reporters", "Valley Press", type="external/other forces", inter=8, side="media"
            ),
            _actor("units", "People's Protection Units", side="sdf"),
            _actor("usa", "US forces", type="external/other forces", inter=8, side="coalition"),
            _actor(
                "tr",
                "Turkish forces",
                type="external/other forces",
                inter=8,
                country="TR",
                side="opposition",
            ),
        ]
    )


@pytest.mark.parametrize(
    ("actor_id", "expected"),
    [
        ("lions", OPPOSITION),  # through its parent
        ("guards", GOVERNMENT),
        ("wilaya", ISIS),
        ("new", NUSRA),  # through its predecessor
        ("brigade", OPPOSITION),  # other jihadists: FA-KES files them with the opposition
        ("units", SELF_ADMIN),
        ("usa", COALITION),
        ("tr", OTHER),
        ("gunmen", UNKNOWN),  # a generic reference with no side: unidentified
        ("reporters", OTHER),
        ("ghost", UNKNOWN),  # an id the KB does not know
        (None, UNKNOWN),  # unresolved
    ],
)
def test_perpetrator_mapping(tiny_kb: ActorKB, actor_id: str | None, expected: str) -> None:
    ref = ActorRef(name="some fighters", id=actor_id)
    assert perpetrator_of(ref, tiny_kb) == expected


def test_perpetrator_of_no_actor(tiny_kb: ActorKB) -> None:
    assert perpetrator_of(None, tiny_kb) == UNKNOWN


# --- data folder, set names, rendering -------------------------------------------------------


def test_missing_data_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="does not exist"):
        find_data_dir(tmp_path / "nowhere")
    monkeypatch.setenv("CEASEWATCH_EVAL_DATA", str(tmp_path / "also-nowhere"))
    with pytest.raises(InputError, match="CEASEWATCH_EVAL_DATA"):
        find_data_dir()


def test_a_folder_without_the_set_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"fakes\.csv"):
        evaluate(["fakes"], data_dir=tmp_path)


def test_unknown_set_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown evaluation set"):
        evaluate(["imaginary"], data_dir=tmp_path)


def test_markdown_rendering() -> None:
    report = EvaluationReport(
        created=dt.datetime(2020, 5, 1, 12, 0),
        commit="abc1234",
        data_dir="/data",
        limit=None,
        sets=(
            SetReport(
                name="toy",
                description="A toy set.",
                items=4,
                total_items=4,
                seconds=1.0,
                fields=(
                    from_counts("spans", Counts(tp=1, fp=1, fn=3)),
                    from_tally("rate", tally([True, False]), aim=0.9),
                ),
                notes=("one note",),
            ),
        ),
    )
    text = to_markdown(report)
    assert "commit `abc1234`, split `all`" in text
    assert "### toy (split: all)" in text
    assert "| spans | 4 | 0.500 | 0.250 | 0.333 | – |  |" in text
    assert "| rate | 2 | – | – | – | 0.500 | ≥ 0.90 |" in text
    assert report.set("toy").field("rate").value == 0.5


# --- the command ----------------------------------------------------------------------------


def test_cli_missing_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", "--data", str(tmp_path / "gone")])
    assert result.exit_code != 0
    assert "does not exist" in result.output


def test_cli_json_on_a_hand_built_set(tmp_path: Path) -> None:
    """Two invented FA-KES-shaped rows: the command runs the pipeline and reports every field."""
    folder = tmp_path / "fakes"
    folder.mkdir()
    header = ["unit_id", "article_title", "article_content", "source", "date", "location"]
    header += ["actor", "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians"]
    header += ["nb_women", "label"]
    rows = [
        [
            "1",
            "Quiet day",
            "Tue 03 Mar 2015 The market reopened in Kadugli.",
            "x",
            "3/3/15",
            "homs",
            "unknown",
            "unknown",
            "0",
            "0",
            "0",
            "0",
            "1",
        ],
        [
            "2",
            "Shelling",
            "Wed 04 Mar 2015 Artillery hit Hama on Tuesday killing 4 civilians.",
            "x",
            "3/3/15",
            "hama",
            "unknown",
            "shelling",
            "0",
            "4",
            "0",
            "0",
            "1",
        ],
    ]
    with (folder / "fakes.csv").open("w", encoding="latin-1", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    result = CliRunner().invoke(
        main, ["evaluate", "--set", "fakes", "--data", str(tmp_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    (fakes,) = report["sets"]
    assert fakes["items"] == 2
    fields = {f["field"] for f in fakes["fields"]}
    assert {"date within 2 days", "governorate", "total deaths exact"} <= fields
    halves = []
    for split in ("dev", "test"):
        result = CliRunner().invoke(
            main,
            ["evaluate", "--set", "fakes", "--data", str(tmp_path), "--json", "--split", split],
        )
        assert result.exit_code == 0, result.output
        report = json.loads(result.output)
        assert report["split"] == split and report["sets"][0]["split"] == split
        halves.append(report["sets"][0]["items"])
    assert sum(halves) == 2
    result = CliRunner().invoke(
        main,
        ["evaluate", "--set", "fakes", "--data", str(tmp_path), "--split", "each", "--markdown"],
    )
    assert result.exit_code == 0, result.output
    assert "splits: dev, test, all." in result.output
    assert "| fakes | governorate |" in result.output
    assert "### fakes (split: all)" in result.output
