#!/bin/sh
# Stage-4 syntax training exactly as chronik.training.spacy_train_cmd builds it (mix "syntax", dev gsd/dev,
# 5,000 steps), one thread, niced. Usage: run_train.sh CONFIG OUT SEED [INIT_TOK2VEC]
# CORPUS = the recipe's training/corpus (after `chronik train de` has made mix/syntax).
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
PY=${PY:-python}
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
CORPUS=${CORPUS:-$REPO/training/corpus}
CFG=$1; OUT=$2; SEED=$3; INIT=${4:-}
set -- $PY -m spacy train "$CFG" -o "$OUT" --paths.train "$CORPUS/mix/syntax" --paths.dev "$CORPUS/gsd/dev.spacy" \
  --training.max_steps 5000 --system.seed "$SEED"
[ -n "$INIT" ] && set -- "$@" --paths.init_tok2vec "$INIT" --paths.raw_text "${RAW:-raw.spacy}"
date -u +"start %FT%TZ"
nice -n 15 "$@"
rc=$?
date -u +"end %FT%TZ"
exit $rc
