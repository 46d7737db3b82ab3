"""Ingest: every input form, and every kind of bad input, on local files."""

from __future__ import annotations

import shutil

from ceasewatch.ingest import ingest
from ceasewatch.model import IngestFailure, RawDocument
from ceasewatch.pipeline import read_articles


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
