"""Where extraction's spaCy time goes, and how much a selective parse could save.

    python bench/spacy_share.py [--limit N] [--batch B ...]

Over the first N FA-KES articles, cut into chunks as extraction cuts them: the CPU seconds of
each component of extraction's pipeline (one after the other, ``pipe`` at each batch size),
what spaCy's ``senter`` (shipped disabled) would cost, how often its sentence starts agree with
the parser's, and the share of sentences and tokens holding a trigger form (a lemma or lower
form in the trigger index): the most a parse limited to those sentences could skip.
"""

from __future__ import annotations

import argparse
import time
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--batch", type=int, action="append", help="batch sizes (default 16)")
    args = parser.parse_args()

    import spacy

    from ceasewatch.evaluate.fakes import load
    from ceasewatch.evaluate.harness import find_data_dir
    from ceasewatch.extract import _report_text
    from ceasewatch.extract.nlp import MODEL_NAMES, split_text
    from ceasewatch.extract.tokens import token_table
    from ceasewatch.model import Article
    from ceasewatch.pipeline import Resources

    items = load(find_data_dir(None))
    articles = [i.article for i in items if isinstance(i.article, Article)][: args.limit]
    extractor = Resources().extractor
    nlp = extractor.nlp
    texts = [piece for a in articles for _, piece in split_text(_report_text(a))]
    docs: list[Any] = []
    for size in args.batch or [16]:
        started = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        cost = {"make_doc": time.process_time() - started}
        for name, pipe in nlp.pipeline:
            started = time.process_time()
            if hasattr(pipe, "pipe"):
                docs = list(pipe.pipe(docs, batch_size=size))
            else:  # extract/nlp.py's attribute ruler and lemmatizer: one Doc at a time
                docs = [pipe(doc) for doc in docs]
            cost[name] = time.process_time() - started
        total = sum(cost.values())
        print(f"batch {size}: spaCy {total:.2f} CPU s, {sum(len(d) for d in docs)} tokens")
        for name, seconds in cost.items():
            print(f"| {name} | {seconds:.2f} | {100 * seconds / total:.0f} % |")

    senter: Any = None
    for model in MODEL_NAMES:
        try:
            senter = spacy.load(model, exclude=[n for n in nlp.pipe_names if n != "senter"])
            break
        except OSError:
            continue
    if senter is not None:
        senter.enable_pipe("senter")
        split = [senter.make_doc(text) for text in texts]
        started = time.process_time()
        split = list(senter.get_pipe("senter").pipe(split, batch_size=16))
        agree = sum(
            a.is_sent_start == b.is_sent_start
            for d, s in zip(docs, split, strict=True)
            for a, b in zip(d, s, strict=True)
        )
        print(
            f"senter: {time.process_time() - started:.2f} CPU s; "
            f"{sum(len(list(d.sents)) for d in split)} sentences (parser "
            f"{sum(len(list(d.sents)) for d in docs)}); same sentence start on {agree} tokens"
        )

    triggers = extractor.tables.lex.trigger_index
    counts = [0, 0, 0, 0]  # sentences, tokens; with a trigger form: sentences, tokens
    for doc in docs:
        table = token_table(doc)
        for sent in doc.sents:
            forms = {*table.lemma[sent.start : sent.end], *table.lower[sent.start : sent.end]}
            cue = any(f in triggers for f in forms)
            counts[0] += 1
            counts[1] += len(sent)
            counts[2] += cue
            counts[3] += len(sent) * cue
    print(
        f"sentences with a trigger form: {counts[2]} of {counts[0]}, "
        f"holding {counts[3]} of {counts[1]} tokens"
    )


if __name__ == "__main__":
    main()
