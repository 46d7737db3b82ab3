#!/usr/bin/env bash
# Session 45 distillation study, end to end (single-threaded; ~5 min per epoch of 0.67M tokens on a
# loaded 2-core machine). OUT defaults to /tmp/distill45. Variant A: config.cfg (a pure listener NER);
# variant B: config_b.cfg + arch.py (listener concatenated with a small own NORM/SHAPE embedding).
# The gensim wheel (PyPI, LGPL-2.1) is only unpacked for two of its test texts: an English
# Wikipedia extract (CC BY-SA 3.0 / GFDL) and lee_background.cor (300 news documents).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE"); OUT=${OUT:-/tmp/distill45}
PY=${PY:-/work/main/.venv/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONPATH="$ROOT/src:$HERE"
export CEASEWATCH_SHARED=${CEASEWATCH_SHARED:-/work/shared} CEASEWATCH_EVAL_DATA=${CEASEWATCH_EVAL_DATA:-/work/shared/data/eval}
mkdir -p "$OUT" && cd "$OUT"
[ -f dl/gensim-*.whl ] || $PY -m pip download gensim==4.4.0 --no-deps -d dl
TD=gensim/test/test_data
unzip -o -q dl/gensim-*.whl "$TD/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2" "$TD/lee_background.cor" -d x
$PY "$HERE/distill45_silver.py" silver --wiki x/$TD/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2 --lee x/$TD/lee_background.cor
VARIANT=${VARIANT:-a}
if [ "$VARIANT" = a ]; then CFG=("$HERE/distill45/config.cfg"); else CFG=("$HERE/distill45/config_b.cfg" --code "$HERE/distill45/arch.py"); fi
$PY -m spacy train "${CFG[@]}" --output "model_$VARIANT" --paths.train silver/train.spacy --paths.dev silver/dev.spacy
# measure (variant B: the measuring script must import arch.py first, see DISTILL45_CODE)
$PY "$HERE/distill45_measure.py" "model_$VARIANT/model-best" agree
$PY "$HERE/distill45_measure.py" "model_$VARIANT/model-best" time
