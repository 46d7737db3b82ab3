"""Telegram Desktop chat exports (result.json) read as one report (session 26, telegram26):
ingest takes a ``.json`` file that is such an export and refuses, naming the problem, one that is
not (the batch goes on); clean writes each message as a dated entry and records where each
message lies, so every evidence span maps back to a message id. Exports written for these tests
(an invented channel and places)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasewatch.chatexport import KIND, _read, read_export
from ceasewatch.clean import clean
from ceasewatch.clean.telegram import english_side, stamp, words_of
from ceasewatch.errors import InputError
from ceasewatch.ingest import ingest, ingest_bytes
from ceasewatch.model import IngestFailure, RawDocument
from ceasewatch.pipeline import read_articles


def _msg(ident: int, date: str, text: Any, **more: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "type": "message",
        "date": date,
        "from": "Test Channel",
        "text": text,
        **more,
    }


def export(*messages: dict[str, Any], name: str = "Valley News | Новини") -> dict[str, Any]:
    return {"name": name, "type": "public_channel", "id": 777, "messages": list(messages)}


EXPORT = export(
    _msg(
        10,
        "2024-05-12T06:40:00",
        [
            "⚠️ ",
            {"type": "bold", "text": "BREAKING:"},
            " Gunmen attacked a checkpoint near Lowtown at dawn. ",
            {"type": "hashtag", "text": "#Lowtown"},
            " ",
            {"type": "hashtag", "text": "#news"},
        ],
    ),
    {
        "id": 11,
        "type": "service",
        "date": "2024-05-12T06:41:00",
        "action": "pin_message",
        "message_id": 10,
        "text": "",
    },
    _msg(12, "2024-05-12T07:02:00", "", photo="photos/photo_1@12-05-2024_07-02-00.jpg"),
    _msg(
        13,
        "2024-05-12T09:15:00",
        [
            "Update: ",
            {"type": "strikethrough", "text": "5"},
            " 3 soldiers were killed in the ",
            {"type": "hashtag", "text": "#Lowtown"},
            " attack. More: ",
            {"type": "link", "text": "https://example.org/a"},
        ],
        reply_to_message_id=10,
    ),
    _msg(
        14,
        "2024-05-13T08:00:00",
        "Old footage, not today.\nStay safe.",
        forwarded_from="Other Channel",
        media_type="video_file",
        file="video.mp4",
    ),
)


def _write(folder: Path, name: str, doc: Any) -> Path:
    path = folder / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False))
    return path


def test_an_export_is_one_document_of_its_kind(tmp_path: Path) -> None:
    items = list(ingest([str(_write(tmp_path, "result.json", EXPORT))]))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    assert items[0].media_type == KIND
    # a folder holding one is listed too
    assert [i.origin for i in ingest([str(tmp_path)])] == [str(tmp_path / "result.json")]


def test_messages_are_dated_entries_and_map_back_to_their_ids(tmp_path: Path) -> None:
    articles, failures = read_articles([str(_write(tmp_path, "result.json", EXPORT))])
    assert not failures
    a = articles[0]
    assert a.title == "Valley News | Новини" and a.published is not None
    assert a.published.isoformat() == "2024-05-13"  # the last message's day
    assert a.text.split("\n\n") == [
        "12 May 2024, 06:40 - Gunmen attacked a checkpoint near Lowtown at dawn.",
        "12 May 2024, 09:15 - Update: 3 soldiers were killed in the Lowtown attack. More:",
        "13 May 2024, 08:00 - Forwarded from Other Channel: Old footage, not today.",
        "Stay safe.",
    ]
    assert [m.id for m in a.messages] == [10, 13, 14]
    first, update, forward = a.messages
    assert a.text[first.words : first.end].startswith("Gunmen attacked")
    assert update.reply_to == 10 and forward.forwarded_from == "Other Channel"
    assert a.text[forward.start : forward.end].endswith("Stay safe.")
    assert any("1 service message(s) and 1 media-only post(s)" in n for n in a.notes)
    assert any(n.startswith("read as a thread or chat export") for n in a.notes)


def test_words_of_a_message() -> None:
    ex = read_export("x", json.dumps(EXPORT))
    assert (
        words_of(ex.messages[0]) == "BREAKING: Gunmen attacked a checkpoint near Lowtown at dawn."
    )
    assert stamp(ex.messages[0].date) == "12 May 2024, 06:40"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"name": "x", "messages": [', "truncated"),
        ('{"name": "x" "messages": []}', "malformed JSON"),
        ("[1, 2, 3]", "top level is a JSON list"),
        ('{"name": "x", "chats_count": 3}', "no 'messages' list"),
        (
            '{"name": "x", "messages": [{"id": 1, "type": "service", "date": "2024-01-01T00:00:00",'
            ' "text": ""}]}',
            "holds text",
        ),
        ('{"chats": {"list": [{"messages": []}, {"messages": []}]}}', "whole-account export"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_a_json_that_is_no_export_fails_naming_file_and_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = _write(tmp_path, "bad.json", content)
    items = list(ingest([str(path)]))
    assert len(items) == 1 and isinstance(items[0], IngestFailure)
    assert items[0].origin == str(path)
    assert "not a Telegram Desktop chat export" in items[0].reason and problem in items[0].reason


def test_bad_json_files_fail_alone_and_the_batch_goes_on(tmp_path: Path) -> None:
    _write(tmp_path, "a_truncated.json", json.dumps(EXPORT)[:200])
    (tmp_path / "b_binary.json").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "c_latin1.json").write_bytes('{"messages": "é"}'.encode("latin-1"))
    _write(tmp_path, "d_good.json", EXPORT)
    _write(tmp_path, "e_list.json", [EXPORT])
    articles, failures = read_articles([str(tmp_path)])
    assert [Path(a.origin).name for a in articles] == ["d_good.json"]
    why = {Path(f.origin).name: f.reason for f in failures}
    assert "truncated" in why["a_truncated.json"]
    assert "PNG" in why["b_binary.json"]
    assert "UTF-8" in why["c_latin1.json"]
    assert "top level is a JSON list" in why["e_list.json"]


def test_a_huge_export_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CEASEWATCH_INGEST_MAX_FILE_BYTES", "1000")
    path = _write(
        tmp_path,
        "result.json",
        export(*[_msg(i, "2024-05-12T06:40:00", "x " * 50) for i in range(30)]),
    )
    (failure,) = ingest([str(path)])
    assert isinstance(failure, IngestFailure) and "too large" in failure.reason


def test_a_whole_account_export_of_one_chat_and_an_upload_are_read() -> None:
    data = json.dumps({"chats": {"list": [EXPORT]}}).encode()
    (doc,) = ingest_bytes("upload:result.json", data, name="result.json")
    assert isinstance(doc, RawDocument) and doc.media_type == KIND
    (doc,) = ingest_bytes("upload:x", json.dumps(EXPORT).encode(), name="x.json")
    assert isinstance(doc, RawDocument)


def test_read_export_refuses_with_input_error() -> None:
    with pytest.raises(InputError, match="no 'messages' list"):
        read_export("f.json", b'{"a": 1}')


def test_an_export_is_parsed_once_by_ingest_and_clean() -> None:
    # house28: clean takes the Export ingest's check read from the same text
    data = json.dumps(EXPORT, ensure_ascii=False).encode()
    _read.cache_clear()
    (doc,) = ingest_bytes("upload:result.json", data, name="result.json")
    assert isinstance(doc, RawDocument)
    article = clean(doc)
    assert (_read.cache_info().misses, _read.cache_info().hits) == (1, 1)
    assert read_export("a.json", data) is read_export("b.json", data.decode("utf-8"))
    assert article.text.startswith("12 May 2024, 06:40 - Gunmen attacked")


def test_another_text_is_parsed_again_and_a_refusal_names_each_origin() -> None:
    data = json.dumps(EXPORT, ensure_ascii=False)
    first = read_export("a.json", data)
    # one character more (clean's decoding drops C1 controls): its own reading, not the last
    other = read_export("a.json", data.replace("at dawn", "at\u0085dawn"))
    assert other is not first and other.messages[0].plain != first.messages[0].plain
    for origin in ("f.json", "g.json"):
        with pytest.raises(InputError, match="no 'messages' list") as caught:
            read_export(origin, b'{"a": 1}')
        assert caught.value.origin == origin


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "Повітряна тривога / Air-raid alert in the valley. Go to shelters.",
            "Air-raid alert in the valley. Go to shelters.",
        ),
        (
            "Lowtown: une embuscade contre une patrouille de l'armée. / Ambush on an army patrol.",
            "Lowtown: Ambush on an army patrol.",
        ),
        (
            "Balacera en la colonia, no salgan todos! / Shootout in the quarter, stay inside!",
            "Shootout in the quarter, stay inside!",
        ),
        # one language only, or a slash between names: as written
        (
            "Shelling hit Lowtown / Hightown district overnight.",
            "Shelling hit Lowtown / Hightown district overnight.",
        ),
        (
            "Les manifestants scandent contre la France.",
            "Les manifestants scandent contre la France.",
        ),
        # a message's lines: the translated line goes
        (
            "Tirs entendus vers la sortie nord depuis ce matin.\nShooting heard toward the north exit.",
            "Shooting heard toward the north exit.",
        ),
    ],
)
def test_a_bilingual_posts_other_language_goes(words: str, expected: str) -> None:
    assert english_side(words)[0] == expected


def _events(extractor: Any, tmp_path: Path, *messages: dict[str, Any]) -> list[str]:
    from ceasewatch.extract import extract

    articles, _ = read_articles([str(_write(tmp_path, "result.json", export(*messages)))])
    return [e.sub_event_type for e in extract(articles[0], extractor).events]


POST = _msg(
    20,
    "2024-05-12T10:00:00",
    "Gunmen attacked the market in Lowtown this morning, 3 people killed.",
)
LATER = _msg(22, "2024-05-12T12:00:00", "Police arrested 4 men in Lowtown after a robbery.")


def test_a_post_a_reply_denies_tells_no_event(extractor: Any, tmp_path: Path) -> None:
    denial = _msg(21, "2024-05-12T10:05:00", "No, that video is old.", reply_to_message_id=20)
    other = _msg(21, "2024-05-12T10:05:00", "Stay safe everyone.", reply_to_message_id=20)
    assert "Attack" in _events(extractor, tmp_path, POST, other, LATER)
    assert "Attack" not in _events(extractor, tmp_path, POST, denial, LATER)
    # a denial that replies to nothing in the export denies nothing
    loose = _msg(21, "2024-05-12T10:05:00", "No, that video is old.", reply_to_message_id=5)
    assert "Attack" in _events(extractor, tmp_path, POST, loose, LATER)


def test_a_closing_town_hashtag_is_the_posts_tag(tmp_path: Path) -> None:
    town = _msg(
        30,
        "2024-05-12T06:40:00",
        ["Shots heard near the market. ", {"type": "hashtag", "text": "#Nairobi"}],
    )
    update = _msg(
        31, "2024-05-12T07:40:00", ["Update: calm again. ", {"type": "hashtag", "text": "#Nairobi"}]
    )
    unknown = _msg(
        32, "2024-05-12T08:40:00", ["Shots heard. ", {"type": "hashtag", "text": "#Lowtown"}]
    )
    articles, _ = read_articles(
        [str(_write(tmp_path, "result.json", export(town, update, unknown)))]
    )
    assert articles[0].text.split("\n\n") == [
        "12 May 2024, 06:40 - Nairobi: Shots heard near the market.",
        "12 May 2024, 07:40 - Update: calm again.",  # an update keeps its head for extract
        "12 May 2024, 08:40 - Shots heard.",
    ]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)))
def test_any_bytes_named_json_give_a_document_or_a_failure(data: bytes) -> None:
    items = list(ingest_bytes("upload:x.json", data, name="x.json"))
    assert len(items) == 1 and isinstance(items[0], RawDocument | IngestFailure)


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=20,
    )
)
def test_any_messages_list_is_read_or_refused(messages: Any) -> None:
    data = json.dumps({"name": "x", "messages": messages}).encode()
    try:
        read_export("x.json", data)
    except InputError as exc:
        assert "not a Telegram Desktop chat export" in exc.reason
