"""Ingest: every input form, and every kind of bad input, on local files."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasewatch.errors import InputError
from ceasewatch.ingest import ingest
from ceasewatch.ingest.sources import from_directory
from ceasewatch.model import IngestFailure, RawDocument
from ceasewatch.pipeline import read, read_articles


def split(items):
    docs = [i for i in items if isinstance(i, RawDocument)]
    fails = [i for i in items if isinstance(i, IngestFailure)]
    return docs, fails


def test_text_file_is_one_document(seed_path):
    docs, fails = split(list(ingest([str(seed_path)])))
    assert not fails and len(docs) == 1
    assert docs[0].media_type == "text/plain" and docs[0].origin == str(seed_path)


def test_html_file_is_sniffed(fixtures):
    docs, _ = split(list(ingest([str(fixtures / "ingest" / "kafr-nabl-shelling.html")])))
    assert docs[0].media_type == "text/html"


def test_jsonl_one_article_per_line_and_bad_lines_fail_alone(fixtures):
    path = fixtures / "ingest" / "articles.jsonl"
    articles, failures = read_articles([str(path)])
    assert [a.title for a in articles] == ["Council member abducted in Sarmada", None]
    assert articles[0].source == "Levant Monitor"
    assert str(articles[1].published) == "2020-03-13"
    reasons = {f.origin.rsplit("#", 1)[1]: f.reason for f in failures}
    assert reasons["L2"].startswith("not JSON")
    assert "'text'" in reasons["L3"]
    assert "YYYY-MM-DD" in reasons["L6"]
    assert len(failures) == 3


def test_directory_is_recursive_and_ordered(tmp_path, seed_path, fixtures):
    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copy(seed_path, tmp_path / "a" / "b" / "seed.txt")
    shutil.copy(fixtures / "ingest" / "kafr-nabl-shelling.html", tmp_path / "a" / "page.html")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 ...")  # not an ingestible suffix: ignored
    (tmp_path / ".hidden.txt").write_text("secret")
    articles, failures = read_articles([str(tmp_path)])
    assert not failures
    assert [a.origin.rsplit("/", 1)[1] for a in articles] == ["seed.txt", "page.html"]


def test_bad_files_each_fail_with_a_reason_and_the_batch_goes_on(tmp_path, seed_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def" * 10)
    (tmp_path / "mojibake.txt").write_bytes(bytes(range(128, 256)) * 20)
    inputs = [str(p) for p in sorted(tmp_path.iterdir())]
    articles, failures = read_articles([*inputs, str(tmp_path / "missing.txt"), str(seed_path)])
    assert len(articles) == 1  # the seed, last in the batch, still gets through
    why = {f.origin.rsplit("/", 1)[1]: f.reason for f in failures}
    assert "empty" in why["empty.txt"] and "empty" in why["blank.txt"]
    assert "PNG" in why["image.txt"]
    assert "NUL" in why["nul.txt"]
    assert "undecodable" in why["mojibake.txt"]
    assert "no such file" in why["missing.txt"]


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setenv("CEASEWATCH_INGEST_MAX_FILE_BYTES", "1000")
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    _, failures = split(list(ingest([str(big)])))
    assert "too large" in failures[0].reason and "cap is 1000" in failures[0].reason


def test_empty_folder_is_a_failure(tmp_path):
    _, failures = split(list(ingest([str(tmp_path)])))
    assert "folder holds no" in failures[0].reason


def test_bytes_handed_over_directly(fixtures):
    from ceasewatch.ingest import ingest_bytes

    jsonl = (fixtures / "ingest" / "articles.jsonl").read_bytes()
    docs, fails = split(list(ingest_bytes("upload:articles.jsonl", jsonl, name="articles.jsonl")))
    assert len(docs) == 2 and len(fails) == 3
    assert fails[0].origin == "upload:articles.jsonl#L2"
    _, empty = split(list(ingest_bytes("pasted:1", b"  ", name="pasted.txt")))
    assert "empty" in empty[0].reason
    _, binary = split(list(ingest_bytes("upload:x.txt", b"%PDF-1.7 ...", name="x.txt")))
    assert "PDF" in binary[0].reason


# --- hostile input: every item contained -----------------------------------------------------

GOOD = "Shelling hit the market of Kafr Nabl on Tuesday, killing four civilians, residents said."


def jsonl(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_a_deeply_nested_jsonl_line_fails_alone(tmp_path):
    path = tmp_path / "hostile.jsonl"
    path.write_text(jsonl({"text": GOOD}, "[" * 100_000, {"text": GOOD + " Again."}))
    articles, failures = read_articles([str(path)])
    assert len(articles) == 2
    assert [f.origin.rsplit("#", 1)[1] for f in failures] == ["L2"]
    assert "nested too deeply" in failures[0].reason


def test_an_unforeseen_exception_fails_its_item_alone(tmp_path, monkeypatch):
    import ceasewatch.ingest.sources as sources

    real = sources.jsonl_line

    def buggy(origin, line):
        if "boom" in line:
            raise ZeroDivisionError("a bug in a reader")
        return real(origin, line)

    monkeypatch.setattr(sources, "jsonl_line", buggy)
    path = tmp_path / "a.jsonl"
    path.write_text(jsonl({"text": "boom " + GOOD}, {"text": GOOD}))
    articles, failures = read_articles([str(path)])
    assert len(articles) == 1
    assert "ZeroDivisionError: a bug in a reader" in failures[0].reason


def test_an_unforeseen_exception_while_cleaning_fails_its_item_alone(tmp_path, monkeypatch):
    import ceasewatch.pipeline as pipeline

    real = pipeline.clean

    def buggy(raw):
        if raw.origin.endswith("bad.txt"):
            raise OverflowError("date value out of range")
        return real(raw)

    monkeypatch.setattr(pipeline, "clean", buggy)
    (tmp_path / "bad.txt").write_text(GOOD)
    (tmp_path / "good.txt").write_text(GOOD + " More.")
    articles, failures = read_articles([str(tmp_path)])
    assert [a.origin.rsplit("/", 1)[1] for a in articles] == ["good.txt"]
    assert "could not be cleaned (OverflowError" in failures[0].reason


@pytest.mark.parametrize(
    ("published", "expected"),
    [("20180111", "2018-01-11"), ("2018-01-11", "2018-01-11"),
     ("2018-01-11T09:30:00Z", "2018-01-11"), ("20180111T093000", "2018-01-11")],
)  # fmt: skip
def test_published_dates_are_read_in_iso_and_compact_form(tmp_path, published, expected):
    path = tmp_path / "a.jsonl"
    path.write_text(jsonl({"text": GOOD, "published": published}))
    articles, failures = read_articles([str(path)])
    assert not failures
    assert str(articles[0].published) == expected


@pytest.mark.parametrize("published", ["0001-01-01", "1899-12-31", "9999-12-31", "2999-01-01"])
def test_published_dates_outside_1900_to_tomorrow_are_refused(tmp_path, published):
    path = tmp_path / "a.jsonl"
    path.write_text(jsonl({"text": GOOD, "published": published}))
    articles, failures = read_articles([str(path)])
    assert not articles
    assert f"'published' {published} is outside 1900-01-01.." in failures[0].reason


def test_tomorrow_is_accepted_the_day_after_is_not(tmp_path):
    today = dt.datetime.now(dt.UTC).date()
    lines = [
        {"text": f"{GOOD} Report {n}.", "published": str(today + dt.timedelta(days=n))}
        for n in (1, 2)
    ]
    path = tmp_path / "a.jsonl"
    path.write_text(jsonl(*lines))
    articles, failures = read_articles([str(path)])
    assert [a.published for a in articles] == [today + dt.timedelta(days=1)]
    assert len(failures) == 1 and "outside" in failures[0].reason


def test_feed_entry_dates_outside_the_range_are_refused(tmp_path):
    body = "<p>" + GOOD * 20 + "</p>"
    items = "".join(
        f"<item><title>t{n}</title><pubDate>{day}</pubDate><description><![CDATA[{body}{n}]]>"
        "</description></item>"
        for n, day in enumerate(["Fri, 31 Dec 9999 00:00:00 GMT", "Mon, 15 Jul 2019 08:00:00 GMT"])
    )
    feed = tmp_path / "f.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    articles, failures = read_articles([str(feed)])
    assert [str(a.published) for a in articles] == ["2019-07-15"]
    assert "9999-12-31 is outside" in failures[0].reason


def test_pasted_text_with_a_bad_published_hint_is_refused():
    from ceasewatch.ingest import ingest_bytes

    _, fails = split(
        list(ingest_bytes("pasted:1", GOOD.encode(), hints={"published": "0001-01-01"}))
    )
    assert "outside" in fails[0].reason


# --- folders: symlinks, unreadable entries, special files ------------------------------------


def test_symlinks_out_of_the_folder_are_never_read(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET " + GOOD)
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "sub" / "escape").symlink_to(outside, target_is_directory=True)
    (folder / "dangling.txt").symlink_to(tmp_path / "nothing")
    (folder / "alias.txt").symlink_to(folder / "good.txt")  # inside: its target is read anyway
    results = list(read([str(folder)]))
    articles = [r for _, r in results if not isinstance(r, IngestFailure)]
    failures = {Path(r.origin).name: r.reason for _, r in results if isinstance(r, IngestFailure)}
    assert [a.origin for a in articles] == [str(folder / "good.txt")]
    assert set(failures) == {"passwd.txt", "secret.txt", "escape", "dangling.txt"}
    assert "symbolic link to /etc/passwd, outside the folder" in failures["passwd.txt"]
    assert "to nothing" in failures["dangling.txt"]
    kept = " ".join(raw.data.decode() for raw, _ in results if raw is not None)
    assert "SECRET" not in kept and "root:" not in kept


def test_a_file_swapped_for_a_symlink_after_listing_is_not_followed(tmp_path):
    from ceasewatch.ingest.sources import from_file

    (tmp_path / "a.txt").symlink_to("/etc/passwd")
    with pytest.raises(InputError, match="symbolic link, not followed"):
        list(from_file(tmp_path / "a.txt", nofollow=True))


def test_unreadable_subfolder_is_a_recorded_failure(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(GOOD)
    (tmp_path / "ok.txt").write_text(GOOD)
    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":  # as chmod 000 does for anyone but root
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    articles, failures = read_articles([str(tmp_path)])
    assert len(articles) == 1
    assert failures[0].origin == str(tmp_path / "locked")
    assert failures[0].reason == "cannot read folder: Permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_and_folder_for_real(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(GOOD)
    (tmp_path / "secret.txt").write_text(GOOD)
    (tmp_path / "locked").chmod(0)
    (tmp_path / "secret.txt").chmod(0)
    try:
        _, failures = read_articles([str(tmp_path)])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert {Path(f.origin).name for f in failures} == {"locked", "secret.txt"}
    assert all("Permission denied" in f.reason for f in failures)


def test_a_named_pipe_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    _, failures = split(list(ingest([str(tmp_path / "pipe.txt")])))
    assert "not a regular file" in failures[0].reason


def test_plain_text_and_html_fragment_feed_descriptions_are_read(tmp_path):
    plain = f"{GOOD} The council said the shelling came from the west."
    fragment = f"<p>{GOOD}</p><script>alert(1)</script><p>Medics reached the market at noon.</p>"
    items = "".join(
        f"<item><title>t{n}</title><description><![CDATA[{body}]]></description></item>"
        for n, body in enumerate([plain, fragment])
    )
    feed = tmp_path / "f.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    articles, failures = read_articles([str(feed)])
    assert not failures
    assert articles[0].text == plain and articles[0].media_type == "text/plain"
    assert articles[1].text == f"{GOOD}\n\nMedics reached the market at noon."


def test_a_named_pipe_in_a_folder_is_a_failure(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.bin")  # not named like a report: ignored like any other file
    (tmp_path / "ok.txt").write_text(GOOD)
    articles, failures = read_articles([str(tmp_path)])
    assert len(articles) == 1
    assert [(Path(f.origin).name, f.reason) for f in failures] == [
        ("pipe.txt", "not a regular file (a device, pipe or socket)")
    ]


def test_unpaired_surrogates_from_json_are_refused_or_replaced(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"text": "Shelling hit Idlib \\ud800 on Tuesday, residents said."}\n'
        + json.dumps({"text": GOOD, "title": "Idlib \ud800 shelled"})
        + "\n"
    )
    articles, failures = read_articles([str(path)])
    assert "unpaired surrogate" in failures[0].reason
    assert articles[0].title == "Idlib ? shelled"


# --- properties: any bytes give documents or failures, never an exception ----------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.rss"]))
def test_any_bytes_give_documents_or_failures(data, name):
    from ceasewatch.ingest import ingest_bytes

    items = list(ingest_bytes("upload:x", data, name=name))
    assert items and all(isinstance(i, RawDocument | IngestFailure) for i in items)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=8))
def test_any_jsonl_lines_give_one_record_each_or_the_file_fails(lines):
    from ceasewatch.ingest import ingest_bytes

    data = "\n".join(lines).encode("utf-8")
    items = list(ingest_bytes("upload:x", data, name="x.jsonl"))
    nonblank = sum(1 for part in "\n".join(lines).split("\n") if part.strip())
    whole_file_refused = len(items) == 1 and items[0].origin == "upload:x"
    assert whole_file_refused or len(items) == nonblank


def test_jsonl_lines_end_at_newlines_only(tmp_path):
    path = tmp_path / "a.jsonl"
    text = GOOD.replace(" on ", " \u2028on\x85 ")  # valid inside a JSON string as they are
    path.write_bytes(('{"text": "' + text + '"}\r\n\u00a0\n').encode())
    articles, failures = read_articles([str(path)])
    assert not failures and len(articles) == 1
    (tmp_path / "b.jsonl").write_bytes("\u00a0\n \u2028\n".encode())
    _, only_blank = split(list(ingest([str(tmp_path / "b.jsonl")])))
    assert "no lines" in only_blank[0].reason


def test_a_folder_deeper_than_the_recursion_limit_is_walked(tmp_path):
    # A low limit stands in for a tree thousands of folders deep (which would also break
    # pytest's own recursive clean-up of tmp_path).
    deep = tmp_path
    for _ in range(300):
        deep = deep / "d"
        deep.mkdir()
    (deep / "deep.txt").write_text(GOOD)
    (tmp_path / "top.txt").write_text(GOOD + " Top.")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 250)
    try:
        found = list(from_directory(tmp_path))
    finally:
        sys.setrecursionlimit(limit)
    assert [p.name for p in found] == ["deep.txt", "top.txt"]
