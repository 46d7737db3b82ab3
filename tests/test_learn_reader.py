"""The default reader (learn.reader) and its policy (learn.apply.decide_default): fitted from a
training corpus at first use, cached by key, deterministic, switched off by a setting, and
falling back to the rules' types with a recorded reason when it cannot run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ceasewatch.learn import reader as reader_module
from ceasewatch.learn.apply import Policy, decide_default
from ceasewatch.learn.reader import (
    NO_EVENT,
    RECIPES,
    Reader,
    Recipe,
    Unavailable,
    cache_key,
    load_reader,
    read_corpus,
)
from ceasewatch.model import Event
from ceasewatch.pipeline import Resources

# Inputs built by hand: three wordings per type, varied so that a fit has something to learn.
WORDING = {
    "Armed clash": [
        "Soldiers and rebels exchanged fire near the {p} checkpoint for hours.",
        "Fighting broke out in {p} between the army and an armed group.",
        "Militants clashed with troops outside {p}, both sides firing rifles.",
    ],
    "Peaceful protest": [
        "Hundreds marched peacefully through {p} demanding fuel subsidies.",
        "Teachers held a sit-in at the {p} ministry over unpaid wages.",
        "Residents of {p} rallied calmly against the new tax.",
    ],
    "Air/drone strike": [
        "A drone struck a house in {p}, the air force said.",
        "Warplanes bombed positions around {p} overnight.",
        "An airstrike hit the market of {p}.",
    ],
}
PLACES = ["Abala", "Birni", "Kolo", "Dosso"]


def records() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for sub, lines in WORDING.items():
        for line in lines:
            for place in PLACES:
                rows.append({"text": line.format(p=place), "event": {"sub_event_type": sub}})
    rows.append(
        {"text": "A flood destroyed homes in Kolo.", "category": "non-event", "event": None}
    )
    rows.append({"text": "Odd row.", "event": {"sub_event_type": "Not a codebook type"}})
    return rows


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "train"
    folder.mkdir()
    lines = [json.dumps(r) for r in records()]
    (folder / "a.jsonl").write_text("\n".join(lines[:20]) + "\nnot json\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(lines[20:]) + "\n", encoding="utf-8")
    return folder


def test_the_corpus_keeps_event_records_with_codebook_types_in_file_order(corpus: Path) -> None:
    texts, labels, files = read_corpus(corpus)
    assert [f.name for f in files] == ["a.jsonl", "b.jsonl"]
    assert len(texts) == len(labels) == 36  # the non-event, the unknown type and junk left out
    assert set(labels) == set(WORDING)


def test_fitting_is_deterministic_and_cached_by_key(corpus: Path, tmp_path: Path) -> None:
    first = load_reader(corpus, tmp_path / "cache1")
    second = load_reader(corpus, tmp_path / "cache2")
    assert isinstance(first, Reader) and isinstance(second, Reader)
    assert first.key == second.key and first.rows == 36
    texts = ["Drone strike on a house in Zinder.", "Protesters marched in Zinder."]
    assert first.probabilities(texts) == second.probabilities(texts)
    assert (tmp_path / "cache1" / f"reader-{first.key}.joblib").is_file()
    cached = load_reader(corpus, tmp_path / "cache1")
    assert isinstance(cached, Reader) and cached.probabilities(texts) == first.probabilities(texts)
    top = max(first.probabilities(texts)[0].items(), key=lambda kv: kv[1])[0]
    assert top == "Air/drone strike"


def test_the_key_changes_with_the_corpus_and_the_library(corpus: Path) -> None:
    files = sorted(corpus.glob("*.jsonl"))
    key = cache_key(files, "1.0")
    assert cache_key(files, "1.1") != key
    files[0].write_text(files[0].read_text() + "\n", encoding="utf-8")
    assert cache_key(files, "1.0") != key


def test_a_damaged_cache_is_fitted_again(corpus: Path, tmp_path: Path) -> None:
    first = load_reader(corpus, tmp_path)
    assert isinstance(first, Reader)
    (tmp_path / f"reader-{first.key}.joblib").write_bytes(b"not a pickle")
    reader_module._LOADED.clear()  # a new process: nothing loaded yet
    again = load_reader(corpus, tmp_path)
    assert isinstance(again, Reader) and again.key == first.key


def test_a_process_loads_a_fit_once(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every Resources of a process (a test session builds dozens) shares one loaded fit: the
    cache file is read once, and a fit the cache could not store is not fitted again."""
    first = load_reader(corpus, tmp_path)
    assert isinstance(first, Reader)

    def unexpected(*_args: object) -> None:
        raise AssertionError("read or fitted again")

    monkeypatch.setattr(reader_module, "_cached", unexpected)
    monkeypatch.setattr(reader_module, "fit", unexpected)
    again = load_reader(corpus, tmp_path)
    assert isinstance(again, Reader) and again.pipeline is first.pipeline


def test_unavailable_without_a_corpus_without_sklearn_or_when_fitting_fails(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = load_reader(tmp_path / "nowhere", tmp_path)
    assert isinstance(missing, Unavailable) and "too few" in missing.reason

    def broken(*_args: object) -> None:
        raise ValueError("singular")

    monkeypatch.setattr(reader_module, "fit", broken)
    failed = load_reader(corpus, tmp_path / "fresh")
    assert isinstance(failed, Unavailable) and "ValueError: singular" in failed.reason
    monkeypatch.setitem(sys.modules, "sklearn", None)  # import sklearn now raises ImportError
    gone = load_reader(corpus, tmp_path)
    assert isinstance(gone, Unavailable) and "scikit-learn could not be imported" in gone.reason


def event(sub: str = "Armed clash") -> Event:
    return Event(
        id="e1",
        article_id="a1",
        event_date=None,
        time_precision=1,
        actor1=None,
        event_type="Battles",
        sub_event_type=sub,
        disorder_type="Political violence",
        confidence=0.7,
    )


POLICY = Policy(min_probability=0.5, max_rule_probability=0.1)


DRONE = "A drone hit a truck near Abala."


def test_the_reader_wins_only_when_sure_and_the_rules_type_is_unlikely() -> None:
    table = {"Air/drone strike": 0.8, "Armed clash": 0.05}
    won = decide_default(event(), table, "m", POLICY, DRONE)
    assert won.sub_event_type == "Air/drone strike"
    assert won.event_type == "Explosions/Remote violence"
    assert won.learned is not None and won.learned.chosen == "learned"
    assert won.learned.rule_sub_event_type == "Armed clash" and won.learned.score == 0.8
    torn = decide_default(event(), {"Air/drone strike": 0.6, "Armed clash": 0.3}, "m", POLICY)
    assert torn.sub_event_type == "Armed clash" and torn.learned is not None
    assert torn.learned.chosen == "rules" and "keeps probability 0.30" in torn.learned.reason
    unsure = decide_default(event(), {"Air/drone strike": 0.4, "Armed clash": 0.0}, "m", POLICY)
    assert unsure.sub_event_type == "Armed clash" and unsure.learned is not None
    assert "0.40 < 0.5" in unsure.learned.reason
    agrees = decide_default(event(), {"Armed clash": 0.9, "Attack": 0.1}, "m", POLICY)
    assert agrees.learned is not None and agrees.learned.reason.startswith("the reader agrees")


def test_who_acted_and_what_launched_stay_the_rules_reading() -> None:
    """The reader sees words, not the actor's type or the launcher: a type the event's facts
    contradict is refused however sure the reader is (learn.guard; its own tests in
    test_learn_guard.py); with the guard off the probabilities alone decide."""
    strike = event("Air/drone strike")
    table = {"Shelling/artillery/missile attack": 0.9, "Air/drone strike": 0.02}
    kept = decide_default(strike, table, "m", POLICY, "Jets struck a depot in Abala.")
    assert kept.sub_event_type == "Air/drone strike" and kept.learned is not None
    assert kept.learned.chosen == "rules" and "names 'Jet'" in kept.learned.reason
    unguarded = Policy(min_probability=0.5, max_rule_probability=0.1, guard=False)
    free = decide_default(strike, table, "m", unguarded, "Jets struck a depot in Abala.")
    assert free.sub_event_type == "Shelling/artillery/missile attack"
    # a type the facts allow is still the reader's to decide
    table = {"Shelling/artillery/missile attack": 0.9, "Armed clash": 0.02}
    other = decide_default(event(), table, "m", POLICY, "Mortars fell on Abala.")
    assert other.sub_event_type == "Shelling/artillery/missile attack"


def test_the_switch_and_a_model_folder_turn_the_reader_off(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CEASEWATCH_LEARN_DEFAULT_READER", "0")
    off = Resources()
    assert off.reader is None and off.reader_state == "off: setting learn.default_reader is 0"
    monkeypatch.setenv("CEASEWATCH_LEARN_DEFAULT_READER", "1")
    folder = Resources(model_dir=tmp_path)
    assert folder.use_reader and folder.reader is None
    assert folder.reader_state.startswith("off: a --model folder")


def test_a_reader_that_cannot_load_leaves_the_rules_and_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CEASEWATCH_LEARN_DEFAULT_READER", "1")
    monkeypatch.setenv(reader_module.CORPUS_ENV, str(tmp_path / "nowhere"))
    resources = Resources()
    assert resources.reader is None
    assert resources.reader_state.startswith("off: training corpus") and "too few" in (
        resources.reader_state
    )
    from ceasewatch.batch.versions import stage_versions

    assert stage_versions(resources)["reader"] == resources.reader_state


def test_a_recipe_with_non_events_learns_them_and_the_policy_never_types_an_event_so(
    corpus: Path, tmp_path: Path
) -> None:
    texts, labels, _ = read_corpus(corpus, non_events=True)
    assert labels.count(NO_EVENT) == 1 and len(texts) == 37
    recipe = Recipe("test-nonev", mask=True, balanced=True, non_events=True)
    fitted = load_reader(corpus, tmp_path, recipe)
    assert isinstance(fitted, Reader) and fitted.recipe == recipe
    assert NO_EVENT in fitted.probabilities(["A flood destroyed homes in Abala."])[0]
    table = {NO_EVENT: 0.9, "Air/drone strike": 0.08, "Armed clash": 0.02}
    typed = decide_default(event(), table, "m", Policy(0.05, 0.1), DRONE)
    assert typed.sub_event_type == "Air/drone strike"  # NO_EVENT is not a type to choose


def test_each_recipe_has_its_own_cache_key_and_masks_what_it_reads(corpus: Path) -> None:
    files = sorted(corpus.glob("*.jsonl"))
    keys = {cache_key(files, "1.0", r) for r in RECIPES.values()}
    assert len(keys) == len(RECIPES)
    masking = Recipe("test-mask", mask=True)
    assert masking.read("On 3 May 2021, 4 drones hit Kolo.") == "On DATE, NUM drones hit Kolo."
    assert RECIPES["reader.v1"].read("On 3 May 2021") == "On 3 May 2021"


def test_the_reader_reads_the_whole_text_of_a_one_event_text_and_else_the_sentence() -> None:
    from ceasewatch.learn.apply import reader_text
    from ceasewatch.model import Article
    from tests.event_builders import make_event

    text = "Background first. Shelling killed 3 civilians in Saraqib. Residents fled."
    article = Article(
        id="a1", origin="test:a1", text=text, content_hash="0" * 64, raw_hash="0" * 64
    )
    shelling = make_event(start=18)
    assert reader_text(shelling, article, 1) == text
    assert reader_text(shelling, article, 2) == "Shelling killed 3 civilians in Saraqib."
