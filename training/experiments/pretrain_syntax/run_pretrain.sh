#!/bin/sh
# Pretrain the syntax tok2vec (characters objective) on the recipe's raw text; one thread, niced.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
PY=${PY:-python}
exec nice -n 15 $PY -m spacy pretrain "$(dirname "$0")/syntax_pretrain.cfg" pretrain_out --paths.raw_text raw.spacy
