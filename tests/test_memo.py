"""The one bounded memo (ceasewatch.memo) and the memos that use it (health39)."""

from __future__ import annotations

import threading

from ceasewatch.memo import WORD_MEMO_LIMIT, LockedMemo, Memo


def test_an_answer_is_computed_once() -> None:
    memo: Memo[str, int] = Memo(10)
    calls: list[str] = []

    def compute(key: str) -> int:
        calls.append(key)
        return len(key)

    assert memo.answer("Aleppo", lambda: compute("Aleppo")) == 6
    assert memo.answer("Aleppo", lambda: compute("Aleppo")) == 6
    assert calls == ["Aleppo"]


def test_none_is_an_answer_kept() -> None:
    memo: Memo[str, int | None] = Memo(10)
    calls: list[str] = []

    def nothing() -> None:
        calls.append("x")

    assert memo.answer("nowhere", nothing) is None
    assert memo.answer("nowhere", nothing) is None
    assert calls == ["x"]


def test_a_full_memo_forgets_everything_then_keeps_the_new_key() -> None:
    memo: Memo[int, int] = Memo(3)
    for key in range(3):
        memo.keep(key, key * 10)
    assert len(memo) == 3
    assert memo.keep(3, 30) == 30
    assert dict(memo) == {3: 30}
    assert memo.answer(0, lambda: 99) == 99  # forgotten: computed again


def test_the_memo_never_holds_more_than_its_limit() -> None:
    memo: Memo[int, int] = Memo(5)
    for key in range(23):
        memo.answer(key, lambda k=key: k)  # type: ignore[misc]
        assert len(memo) <= 5


def test_a_hot_loop_reads_the_dict_and_keeps_on_a_miss() -> None:
    memo: Memo[str, int] = Memo(4)
    assert memo.get("a") is None
    memo.keep("a", 1)
    assert memo.get("a") == 1
    assert "a" in memo


def test_the_locked_memo_answers_like_the_memo() -> None:
    memo: LockedMemo[str, tuple[int, ...]] = LockedMemo(2)
    assert memo.answer("a", lambda: (1,)) == (1,)
    assert memo.answer("a", lambda: (2,)) == (1,)
    memo.keep("b", (2,))
    memo.keep("c", (3,))  # full: cleared under the lock it holds (no deadlock)
    assert dict(memo) == {"c": (3,)}
    memo.clear()
    assert not memo


def test_the_locked_memo_from_threads() -> None:
    memo: LockedMemo[int, int] = LockedMemo(50)
    errors: list[BaseException] = []

    def work(start: int) -> None:
        try:
            for key in range(start, start + 400):
                assert memo.answer(key % 120, lambda k=key % 120: k * 2) == (key % 120) * 2
        except BaseException as exc:  # collected for the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n * 7,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(memo) <= 50


def test_the_spacy_components_share_one_word_limit() -> None:
    from ceasewatch.extract.means_models import MeansModels, load_models
    from ceasewatch.extract.nlp import MemoLemmatizer

    means = MeansModels(load_models())
    lemmas = MemoLemmatizer(vocab=None)
    assert isinstance(means.memo, Memo) and means.memo.limit == WORD_MEMO_LIMIT
    assert isinstance(lemmas.memo, Memo) and lemmas.memo.limit == WORD_MEMO_LIMIT


def test_the_gazetteer_keeps_lookups_in_locked_memos() -> None:
    from ceasewatch.knowledge.gazetteer import LOOKUP_CACHE_SIZE, Gazetteer
    from ceasewatch.knowledge.geonames import open_builtin_index

    gazetteer = Gazetteer([("built-in", open_builtin_index())])
    first = gazetteer.lookup("Aleppo")
    assert first == gazetteer.lookup("Aleppo")
    memo = gazetteer._found
    assert isinstance(memo, LockedMemo) and memo.limit == LOOKUP_CACHE_SIZE
    assert ("Aleppo", False) in memo
    gazetteer.clear_cache()
    assert ("Aleppo", False) not in memo
    assert gazetteer.lookup("Aleppo") == first


def test_admin_areas_remember_points() -> None:
    from ceasewatch.knowledge.admin import LOCATED_CACHE_SIZE, load_admin_areas

    areas = load_admin_areas()
    found = areas.locate(35.74, 37.04)
    assert found is not None and areas.locate(35.74, 37.04) == found
    memo = areas._located
    assert isinstance(memo, Memo) and memo.limit == LOCATED_CACHE_SIZE
    assert (35.74, 37.04) in memo


def test_the_map_views_keep_their_answers_in_bounded_memos() -> None:
    from ceasewatch.serve.views import mapcore
    from ceasewatch.serve.views.mapzones import HELD_MAX, Zones

    zones = Zones([])
    assert isinstance(zones._held, Memo) and zones._held.limit == HELD_MAX
    assert isinstance(mapcore._TEXT_COUNTRIES, Memo)
